"""The output tables' columns: name, dtype, meaning and, for measures, scale and direction.

Every table the pipeline writes is cast to these dtypes, so chunks of a streamed
run, the pandas and Dask engines, and an empty corpus all give identical schemas.
The README's data dictionary is generated from the descriptions here
(``news-workbook columns``), and a test checks that it is up to date.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass

import numpy as np
import pandas as pd

# Tone classes of a VADER compound, as VADER's authors define them.
POSITIVE, NEGATIVE = 0.05, -0.05
# The speakers table's name for quotations with no speaker.
UNATTRIBUTED = "(unattributed)"
# The article_speakers table's name for the unnamed sources of an article ("a senior official").
UNNAMED = "(unnamed source)"


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # a pandas dtype name; "object" holds lists (captions)
    doc: str
    scale: str = ""  # for a measure: what its numbers are ("grade", "−1 … +1")
    direction: str = ""  # for a measure: which way is harder, more positive …


def _cols(*rows: tuple[str, ...]) -> tuple[Column, ...]:
    return tuple(Column(*row) for row in rows)


LOADED = _cols(
    ("article_id", "string", "Stable identifier (same file and position give the same id)."),
    (
        "source",
        "string",
        "Path of the file, relative to the parent of the path given "
        "(`bbc/politics/001.txt`); for a file given directly, its name; for an archive "
        "member, the archive's path and the member's (`bbc.zip/politics/001.txt`). Bytes "
        "of a name that are not UTF-8, and control characters, are shown as `\\xNN`.",
    ),
    ("position", "Int64", "Index of the article within its file (0 for one-article files)."),
    (
        "reader",
        "string",
        "Reader that produced the row: seedpage, text, html, csv, jsonl, parquet, "
        "reuters-sgml; `skipped` for a file not read on purpose, `unreadable` for one that "
        "could not be read.",
    ),
    ("section", "string", "Sub-folder the file sits in (e.g. `politics`), NA at the top level."),
    ("title", "string", "Headline, once."),
    ("captions", "object", "Photo captions, de-duplicated (list of str)."),
    ("date", "string", "Publication date as ISO 8601 where the source gives one, else NA."),
    (
        "body",
        "string",
        "Article text: one paragraph per line, blank line between paragraphs. "
        "All offsets in the other tables point into this string.",
    ),
    ("encoding", "string", "Encoding the file was decoded with."),
    ("repaired", "boolean", "True when mojibake or an encoding error was repaired."),
    ("language", "string", "Detected language (`en`, another code, or `und`)."),
    (
        "status",
        "string",
        "`ok`, or a short reason why the article was not (fully) analysed: "
        "`empty`, `binary`, `not english`, `too large`, `skipped: …` (a file that is not an "
        "article: unsupported format, documentation, hidden), `unreadable: …`, "
        "`error: <step>: …`.",
    ),
    (
        "reason",
        "string",
        "The details behind `status` (the columns a table has, the limit exceeded, what to do "
        "about an unsupported format) or, for an article read in full, what was repaired; NA "
        "when there is nothing to add.",
    ),
    ("duplicate_of", "string", "article_id of the first article with an identical body, else NA."),
    ("external_id", "string", "The source's own id (a table's id column, Reuters NEWID), else NA."),
)

# Readability: textstat's own function names, so values line up with textstat's.
READABILITY = _cols(
    (
        "flesch_reading_ease",
        "float64",
        "206.835 − 1.015·W/S − 84.6·Y/W (W words, S sentences, Y syllables). About 0–100; "
        "LOWER is harder.",
        "0–100 ease",
        "lower is harder",
    ),
    (
        "flesch_kincaid_grade",
        "float64",
        "0.39·W/S + 11.8·Y/W − 15.59. US school grade; higher is harder.",
        "grade",
        "higher is harder",
    ),
    (
        "gunning_fog",
        "float64",
        "0.4·(W/S + 100·D₃/W), D₃ = words off the Dale–Chall easy list with 3+ syllables. "
        "Grade; higher is harder.",
        "grade",
        "higher is harder",
    ),
    (
        "smog_index",
        "float64",
        "1.043·√(30·P/S) + 3.1291, P = words of 3+ syllables. Grade; higher is harder.",
        "grade",
        "higher is harder",
    ),
    (
        "coleman_liau_index",
        "float64",
        "0.058·(100·L/W) − 0.296·(100·S/W) − 15.8, L = letters. Grade; higher is harder.",
        "grade",
        "higher is harder",
    ),
    (
        "automated_readability_index",
        "float64",
        "4.71·C/T + 0.5·W/S − 21.43, C = non-space characters, T = space-separated tokens. "
        "Grade; higher is harder.",
        "grade",
        "higher is harder",
    ),
    (
        "dale_chall_readability_score",
        "float64",
        "0.1579·(100·D/W) + 0.0496·W/S, +3.6365 when 100·D/W > 5, D = words off the easy list. "
        "Higher is harder (9–10 ≈ college).",
        "Dale–Chall score",
        "higher is harder",
    ),
    (
        "linsear_write_formula",
        "float64",
        "First 100 words: (easy + 3·hard words)/S, minus 2 if ≤ 20, halved. Grade; higher is "
        "harder.",
        "grade",
        "higher is harder",
    ),
    (
        "text_standard",
        "float64",
        "textstat's consensus grade of the formulas, clamped to 1–18.",
        "grade",
        "higher is harder",
    ),
    (
        "words",
        "float64",
        "W as textstat counts it: punctuation removed; a contraction or hyphenated word is one.",
    ),
    (
        "sentences",
        "float64",
        "S as textstat counts it: segments ending in . ! ?, those of ≤ 2 words ignored.",
    ),
    (
        "syllables",
        "float64",
        "Y: CMU Pronouncing Dictionary (first pronunciation), Pyphen "
        "hyphenation for words it lacks.",
    ),
    ("polysyllables", "float64", "Words of 3+ syllables."),
    ("monosyllables", "float64", "Words of exactly 1 syllable."),
    (
        "difficult_words",
        "float64",
        "Distinct words off the Dale–Chall easy list with 2+ syllables.",
    ),
    ("characters", "float64", "Non-space characters."),
    ("letters", "float64", "Word characters."),
)
READABILITY_KEYS = tuple(c.name for c in READABILITY)
#: The readability formulas (the other readability columns are the counts they rest on).
FORMULAS = tuple(c for c in READABILITY if c.scale)
#: The formula that is textstat's consensus of the grade formulas.
CONSENSUS = "text_standard"

TONE = _cols(
    ("tone_mean", "float64", "Mean VADER compound over the body's sentences (−1 … +1)."),
    ("share_positive", "float64", "Share of sentences with compound ≥ 0.05."),
    ("share_neutral", "float64", "Share of sentences with −0.05 < compound < 0.05."),
    ("share_negative", "float64", "Share of sentences with compound ≤ −0.05."),
    ("most_positive_sentence", "string", "The sentence with the highest compound."),
    ("most_positive_compound", "float64", "Its compound."),
    ("most_negative_sentence", "string", "The sentence with the lowest compound."),
    ("most_negative_compound", "float64", "Its compound."),
    ("headline_compound", "float64", "VADER compound of the headline."),
)

QUOTATION = _cols(
    (
        "n_quotes",
        "Int64",
        "Quotations, attributed or not; scare quotes and quotations nested in another excluded.",
    ),
    (
        "n_quotes_full",
        "Int64",
        "Quotations (nested ones included) that stand as a sentence or more.",
    ),
    (
        "n_quotes_partial",
        "Int64",
        "Fragments woven into the reporter's sentence (nested included).",
    ),
    ("n_quotes_scare", "Int64", "Terms in quotation marks that nobody is quoted as saying."),
    ("quoted_words", "Int64", "Words inside full and partial quotations."),
    ("quoted_share", "float64", "quoted_words / n_words."),
    ("n_speakers", "Int64", "Distinct named speakers (people and institutions, by speaker_id)."),
    ("top_speaker", "string", "The named speaker with the most quoted words."),
    ("quoted_tone", "float64", "Mean VADER compound of the full and partial quotations."),
    (
        "reporter_tone",
        "float64",
        "Mean VADER compound of the sentences with the quoted words taken out (the reporter's "
        "own words).",
    ),
    (
        "n_quotes_unnamed",
        "Int64",
        'Quotations (full and partial) from unnamed sources ("a senior official", "aides").',
    ),
    (
        "unnamed_share",
        "float64",
        "n_quotes_unnamed / quotations with a speaker: the share of anonymous sourcing.",
    ),
    ("n_quotes_person", "Int64", "Quotations with a speaker that is a person."),
    ("n_quotes_organisation", "Int64", "Quotations with a speaker that is an organisation."),
    ("n_quotes_group", "Int64", "Quotations with a speaker that is a group of people."),
    ("n_quotes_document", "Int64", "Quotations with a speaker that is a document."),
    ("n_quotes_female", "Int64", "Quotations of persons whose speaker_gender is female."),
    ("n_quotes_male", "Int64", "Quotations of persons whose speaker_gender is male."),
    ("n_quotes_gender_unknown", "Int64", "Quotations of persons of unknown gender."),
    ("n_women_quoted", "Int64", "Distinct named women quoted."),
    ("n_men_quoted", "Int64", "Distinct named men quoted."),
    (
        "women_share",
        "float64",
        "n_women_quoted / (n_women_quoted + n_men_quoted), as gender-balance trackers count "
        "people quoted; NaN when no named person of known gender is quoted.",
    ),
)

COUNTS = _cols(
    ("n_paragraphs", "Int64", "Paragraphs in the body."),
    (
        "n_sentences",
        "Int64",
        "Sentences (rule-based: abbreviations, initials, quotes).",
    ),
    (
        "n_words",
        "Int64",
        "Words (hyphenated and dotted words count once).",
    ),
)

ARTICLES = LOADED + COUNTS + READABILITY + TONE + QUOTATION

PARAGRAPHS = _cols(
    ("article_id", "string", "The article."),
    ("paragraph", "Int64", "Index of the paragraph in the body, from 0."),
    ("start", "Int64", "Offset of the paragraph in the body."),
    ("end", "Int64", "End offset (exclusive)."),
    ("n_sentences", "Int64", "Sentences in the paragraph."),
    ("n_words", "Int64", "Words in the paragraph."),
    ("compound", "float64", "Mean VADER compound of its sentences."),
    ("quoted_share", "float64", "Share of its words inside full or partial quotations."),
)

SENTENCES = _cols(
    ("article_id", "string", "The article."),
    ("sentence", "Int64", "Index of the sentence in the body, from 0."),
    ("paragraph", "Int64", "Index of the paragraph it belongs to."),
    ("start", "Int64", "Offset in the body."),
    ("end", "Int64", "End offset (exclusive)."),
    ("text", "string", "The sentence."),
    ("n_words", "Int64", "Words in the sentence."),
    ("compound", "float64", "VADER compound (−1 … +1); ≥0.05 positive, ≤−0.05 negative."),
    ("pos", "float64", "VADER share of positive valence."),
    ("neu", "float64", "VADER share of neutral valence."),
    ("neg", "float64", "VADER share of negative valence."),
    ("quoted_share", "float64", "Share of its words inside full or partial quotations."),
)

QUOTES = _cols(
    ("article_id", "string", "The article."),
    ("quote", "Int64", "Index of the quotation in the article, from 0."),
    ("paragraph", "Int64", "Paragraph where the quotation opens."),
    ("start", "Int64", "Offset of the quoted words (marks excluded) in the body."),
    ("end", "Int64", "End offset (exclusive); body[start:end] is `text`."),
    ("text", "string", "The quoted words."),
    (
        "kind",
        "string",
        "`full` (a sentence or more), `partial` (a fragment in the reporter's "
        "sentence) or `scare` (a term nobody is quoted as saying).",
    ),
    ("speaker", "string", 'The speaker as written ("he", "the ministry"), NA if none.'),
    ("speaker_start", "Int64", "Offset of the speaker mention, NA if none."),
    ("speaker_end", "Int64", "End offset of the speaker mention."),
    (
        "speaker_name",
        "string",
        "Who the speaker is: the fullest proper name the article uses for them, without "
        'titles ("he", "President Trump" → "Donald Trump"); NA for an unnamed source '
        '("a senior official", "aides", "the report").',
    ),
    (
        "speaker_type",
        "string",
        "`person`, `organisation`, `group` (several people who are not one organisation) "
        "or `document` (a report, letter, statement that says something); NA if no speaker.",
    ),
    (
        "speaker_gender",
        "string",
        "For a person: `female`, `male` or `unknown` (see `speaker_gender_evidence`); NA "
        "otherwise.",
    ),
    (
        "speaker_gender_evidence",
        "string",
        "`text` (an honorific, a gendered role or a pronoun of the article refers to the "
        "person), `name` (an unambiguous first name, US births 1920–1999) or NA.",
    ),
    (
        "speaker_id",
        "string",
        "Key of the speaker's name, the same in every article (`sp-` + 10 hex digits); NA "
        "for an unnamed source.",
    ),
    (
        "cue",
        "string",
        'The attribution cue ("said", "according to"; "—" for a dash, ":" for '
        "`Name: “…”`), NA if none.",
    ),
    ("cue_start", "Int64", "Offset of the cue, NA if none."),
    ("cue_end", "Int64", "End offset of the cue."),
    ("paragraphs", "Int64", "Paragraphs the quotation runs over (1 unless it continues)."),
    ("closed", "boolean", "False when no closing mark was found (it ends at its paragraph)."),
    ("nested", "boolean", "True for a quotation inside another quotation."),
    ("parent", "Int64", "`quote` index of the enclosing quotation, −1 if none."),
    ("n_words", "Int64", "Words in the quotation."),
    ("compound", "float64", "VADER compound of the quoted words."),
)

ARTICLE_SPEAKERS = _cols(
    ("article_id", "string", "The article."),
    ("speaker_id", "string", "The speaker's key (as in quotes), NA for the two rows below."),
    (
        "speaker_name",
        "string",
        "The speaker's name; `(unnamed source)` for the article's unnamed sources of one type, "
        "`(unattributed)` for its quotations without a speaker.",
    ),
    ("speaker_type", "string", "person, organisation, group or document; NA if unattributed."),
    ("speaker_gender", "string", "For a person: female, male or unknown."),
    ("quotes", "Int64", "Full and partial quotations by this speaker in the article."),
    ("words", "Int64", "Quoted words."),
    ("compound", "float64", "Mean VADER compound of the speaker's quotations in the article."),
)

SPEAKERS = _cols(
    ("speaker_id", "string", "The speaker's key, the same in every article."),
    ("speaker_name", "string", "The speaker's name (the spelling most of its quotations give)."),
    ("speaker_type", "string", "person, organisation, group or document."),
    (
        "speaker_gender",
        "string",
        "For a person: female or male when every quotation that tells agrees, else unknown.",
    ),
    ("articles", "Int64", "Articles quoting this speaker."),
    ("quotes", "Int64", "Full and partial quotations by this speaker over the corpus."),
    ("words", "Int64", "Quoted words."),
    ("compound", "float64", "Mean VADER compound of the speaker's quotations."),
)

# What :func:`analysis.extract_quotes` gives: the quotes table without the columns the
# tables add (the article, the row index, the word count and the tone).
EXTRACTED_QUOTES = tuple(
    c for c in QUOTES if c.name not in {"article_id", "quote", "n_words", "compound"}
)

TABLES: dict[str, tuple[Column, ...]] = {
    "articles": ARTICLES,
    "paragraphs": PARAGRAPHS,
    "sentences": SENTENCES,
    "quotes": QUOTES,
    "speakers": SPEAKERS,
    "article_speakers": ARTICLE_SPEAKERS,
}


def conform(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return ``frame`` with exactly the columns of ``table``, in order, with their dtypes.

    Missing columns are added as NA; extra columns are dropped. A column that
    already has its dtype is kept as it is, and numpy ints, floats and bools and
    pandas' ``str`` go straight to their dtype (the pipeline's columns, cheaply);
    anything else goes through Python objects.

    >>> frame = conform(pd.DataFrame({"speaker_id": ["a"], "quotes": [2]}), "speakers")
    >>> [str(t) for t in frame.dtypes]
    ['string', 'string', 'string', 'string', 'Int64', 'Int64', 'Int64', 'float64']
    """
    columns = TABLES[table]
    out = {}
    for col in columns:
        if col.name not in frame.columns:
            out[col.name] = _missing(col.dtype, frame.index)
            continue
        direct = _direct(frame[col.name], col.dtype)
        if direct is not None:
            out[col.name] = direct
            continue
        values = pd.Series(frame[col.name].to_numpy(dtype=object), index=frame.index)
        if col.dtype == "float64":
            out[col.name] = pd.to_numeric(values, errors="coerce").astype("float64")
        elif col.dtype == "object":  # lists of str; Parquet gives arrays, CSV gives JSON
            out[col.name] = pd.Series(
                [_as_list(v) for v in values], index=frame.index, dtype=object
            )
        else:
            out[col.name] = values.astype(col.dtype)
    return pd.DataFrame(out, index=frame.index)


def _missing(dtype: str, index: pd.Index) -> pd.Series:
    """A column of NA of schema dtype ``dtype`` (``[]`` for lists), made without Python objects."""
    if dtype == "object":
        return pd.Series([[] for _ in range(len(index))], index=index, dtype=object)
    if dtype == "float64":
        return pd.Series(np.nan, index=index, dtype="float64")
    return pd.Series(pd.NA, index=index, dtype=_TARGETS[dtype])


def _target(dtype: str) -> object:
    """The dtype :func:`conform` gives a column of schema dtype ``dtype``."""
    return pd.Series([], dtype=object).astype(dtype).dtype


_TARGETS = {name: _target(name) for name in ("string", "Int64", "float64", "boolean")}
_STR_NAN = pd.Series(["a", None]).dtype  # pandas' default ``str``: NaN for missing
# Source dtype kind -> schema dtypes it casts to directly, with the same values as
# going through Python objects (checked by tests/test_schema.py).
_DIRECT_KINDS = {"i": ("Int64", "float64"), "u": ("Int64", "float64"), "b": ("boolean",)}


def _direct(values: pd.Series, dtype: str) -> pd.Series | None:
    """``values`` cast to ``dtype`` without a trip through Python objects, or None."""
    target = _TARGETS.get(dtype)
    if target is None:
        return None
    have = values.dtype
    if have == target:
        return values
    if isinstance(have, np.dtype):
        if dtype in _DIRECT_KINDS.get(have.kind, ()) or (have.kind == "f" and dtype == "Int64"):
            return values.astype(target)
        return None
    if dtype == "string" and have == _STR_NAN:
        return values.astype(target)
    return None


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        # A list written out as text: JSON from our CSV, a Python repr from Dask's string
        # conversion. Anything else, "[AP] Trump speaks" included, is one caption.
        if value.startswith("[") and value.endswith("]"):
            for parse in (json.loads, ast.literal_eval):
                try:
                    parsed = parse(value)
                except (ValueError, SyntaxError):
                    continue
                if isinstance(parsed, list):
                    return [str(v) for v in parsed]
        return [value]
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return []
    return [str(v) for v in value]  # type: ignore[attr-defined]


def empty(table: str) -> pd.DataFrame:
    """An empty frame with ``table``'s columns and dtypes."""
    return conform(pd.DataFrame(), table)


def data_dictionary() -> str:
    """The README's data dictionary as Markdown, one section per table."""
    lines = []
    for table, columns in TABLES.items():
        lines += [f"#### `{table}`", "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.dtype} | {c.doc} |" for c in columns]
        lines.append("")
    return "\n".join(lines)
