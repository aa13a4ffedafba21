"""Quotations in news text: what is quoted, in which kind, by whom.

:func:`quote_columns` runs the steps in order, each in its own module: pair the
marks (:mod:`.marks`), attribute each quotation (:mod:`.attribution`: its
speaker mention and cue), carry attributions over to the quotations that
continue them, classify each quotation (:mod:`.kinds`), then emit one row per
quotation with the mention resolved to a name (:mod:`.resolution`).
:func:`extract_quotes` frames the rows.

Quotations inside quotations
    A quotation inside another one (``“He told me ‘no’,” she said``) is its own
    row with ``nested=True`` and ``parent`` = the row index of the enclosing
    quotation; its speaker is left empty (the enclosing speaker reports it, the
    inner speaker is rarely named) and its kind follows the rules above with
    ``scare`` replaced by ``partial`` unless the words are a title. Top-level
    rows have ``parent`` -1.

Columns: the quotes table's (:data:`analysis.schema.EXTRACTED_QUOTES`, with their
meanings and dtypes) without the ones the tables add: ``paragraph``, ``start``,
``end`` (quoted words without the marks), ``text``, ``kind``, ``speaker`` …
``parent``.
"""

from __future__ import annotations

import pandas as pd

from analysis import schema
from analysis.measures.quotations.attribution import Attribution, attribute, carry_over
from analysis.measures.quotations.kinds import classify
from analysis.measures.quotations.marks import QuoteSpan, find_quote_spans, inside_quotes
from analysis.measures.quotations.resolution import CueMentions, Mention, Resolver, Speaker
from analysis.units.article import ArticleText
from analysis.values import require_text

COLUMNS = [c.name for c in schema.EXTRACTED_QUOTES]
_DTYPES = {c.name: c.dtype for c in schema.EXTRACTED_QUOTES}


def extract_quotes(text: str) -> pd.DataFrame:
    """One row per quotation in ``text`` (see the module docstring for columns).

    >>> df = extract_quotes("“We will win,” Mayor John Doe said. He called it “a farce.”")
    >>> df[["text", "kind", "speaker", "cue"]].values.tolist()
    [['We will win,', 'full', 'Mayor John Doe', 'said'], ['a farce.', 'partial', 'He', 'called']]
    >>> df[["speaker_name", "speaker_type", "speaker_gender"]].values.tolist()
    [['John Doe', 'person', 'male'], ['John Doe', 'person', 'male']]
    """
    require_text(text, "extract_quotes")  # None or bytes would read as 'no quotation'
    columns = quote_columns(text)
    return pd.DataFrame({c: pd.array(columns[c], dtype=_DTYPES[c]) for c in COLUMNS})


def quote_columns(
    text: str | ArticleText,
    paragraphs: list[tuple[int, int]] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> dict[str, list]:
    """The quotations of ``text`` as plain column lists (what :func:`extract_quotes` frames).

    The tables call this directly with the article's :class:`~analysis.units.ArticleText`
    (a DataFrame per article costs more than finding the quotations).
    ``paragraphs`` and ``sentences``, when given with a plain string, must be
    ``paragraph_spans(text)`` and ``sentence_spans(text, paragraphs)``.
    """
    rows: dict[str, list] = {c: [] for c in COLUMNS}
    if isinstance(text, str):
        if not text:
            return rows
        doc = ArticleText(text, paragraphs, sentences)
    elif isinstance(text, ArticleText):
        doc = text
    else:
        return rows
    spans = find_quote_spans(doc.text, doc.paragraphs)
    if not spans:
        return rows
    inside = inside_quotes(spans)
    found = attribute(doc, spans, inside)
    carry_over(doc, spans, found.by_quote)
    # Every speech event of the article is an earlier mention for resolution.
    mentions = [Mention(*a.speaker) for a in found.by_quote.values() if a is not None]
    resolver = Resolver(doc, mentions, doc.paragraph_starts, CueMentions(doc), inside)
    kept: list[tuple[QuoteSpan, str, Attribution | None]] = []
    for i, q in enumerate(spans):
        a = found.by_quote.get(i)
        kind = classify(doc, q, a, found.sentence_start.get(i), inside)
        kept.append((q, kind, None if kind == "scare" else a))
    # Every mention first, then the speakers: a later pronoun may add a person's gender.
    refs = [resolver.resolve(*a.speaker) if a is not None else None for _, _, a in kept]
    for (q, kind, a), ref in zip(kept, refs, strict=True):
        _emit(rows, doc.text, q, kind, a, None if ref is None else resolver.speaker(ref))
    return rows


def _emit(
    rows: dict[str, list],
    text: str,
    q: QuoteSpan,
    kind: str,
    a: Attribution | None,
    speaker: Speaker | None,
) -> None:
    """Append quotation ``q``'s row to the column lists ``rows``."""
    rows["start"].append(q.start)
    rows["end"].append(q.end)
    rows["text"].append(text[q.start : q.end])
    rows["kind"].append(kind)
    if a is not None and speaker is not None:
        ss, se = a.speaker
        rows["speaker"].append(text[ss:se])
        rows["speaker_start"].append(ss)
        rows["speaker_end"].append(se)
        rows["speaker_name"].append(_or_na(speaker.name))
        rows["speaker_type"].append(speaker.type)
        rows["speaker_gender"].append(_or_na(speaker.gender))
        rows["speaker_gender_evidence"].append(_or_na(speaker.evidence))
        rows["speaker_id"].append(_or_na(speaker.id))
        has_cue = a.cue[0] >= 0
        rows["cue"].append(text[a.cue[0] : a.cue[1]] if has_cue else pd.NA)
        rows["cue_start"].append(a.cue[0] if has_cue else pd.NA)
        rows["cue_end"].append(a.cue[1] if has_cue else pd.NA)
    else:
        for c in _SPEAKER_COLUMNS:
            rows[c].append(pd.NA)
    p0, p1 = q.paragraphs
    rows["paragraph"].append(p0)
    rows["paragraphs"].append(p1 - p0 + 1)
    rows["closed"].append(q.closed)
    rows["nested"].append(q.parent >= 0)
    rows["parent"].append(q.parent)


_SPEAKER_COLUMNS = (
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_name",
    "speaker_type",
    "speaker_gender",
    "speaker_gender_evidence",
    "speaker_id",
    "cue",
    "cue_start",
    "cue_end",
)


def _or_na(value: str | None) -> object:
    return pd.NA if value is None else value
