"""Small table-shaping helpers behind the notebooks.

The notebooks only call these and print or plot the result, so every number a
notebook shows is computed here, where it is tested. Conventions:

- every result is sorted on explicit keys with a final tie-breaker, so a rerun
  prints the same rows in the same order;
- :func:`as_text` prints frames with a fixed number of decimals (notebook outputs
  are compared as text, and ``repr`` would switch formats with the data);
- columns the loader may not provide (``section``, ``date``, ``duplicate_of`` …)
  are read with :func:`_column`, which gives NA when they are absent;
- degenerate input (no articles, no quotations) gives empty frames, not errors.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import paths, schema
from analysis.loading.encoding import decode_bytes
from analysis.measures.readability.formulas import readability
from analysis.presentation.figures import article_label
from analysis.schema import NEGATIVE, POSITIVE, UNATTRIBUTED
from analysis.units.spans import word_spans

NO_CUE = "(no cue)"
VOICED = ("full", "partial")
MIN_HARD_WORD = 7  # letters: see hardest_words


# -- presentation ----------------------------------------------------------------------


def display_path(path: str | Path) -> str:
    """``path`` relative to the repository when it lies inside it, else as given.

    Notebook outputs are committed, so they must not hold the absolute path of
    the machine that ran them.

    >>> display_path(paths.SEEDS_DIR)
    'seeds'
    >>> display_path("my/articles")
    'my/articles'
    """
    p = Path(path)
    if p.is_absolute():
        try:
            return p.resolve().relative_to(paths.REPO_DIR).as_posix() or "."
        except ValueError:
            return str(path)
    return p.as_posix()


def as_text(frame: pd.DataFrame, floats: int = 2, width: int = 60, index: bool = False) -> str:
    """A frame as fixed-format text: ``floats`` decimals, text left-aligned and cut to ``width``.

    Missing values print as ``NaN`` in number columns and ``NA`` in text columns.

    >>> print(as_text(pd.DataFrame({"name": ["a", "bb"], "x": [1 / 3, float("nan")]})))
    name    x
    a    0.33
    bb    NaN
    """
    if frame.empty:
        return "(none)"
    out = frame.copy()
    formatters = {}
    headers = {}
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            cells = [_cell(v, floats, width) for v in out[column]]
            size = max([len(str(column)), *map(len, cells)])
            out[column] = [c.ljust(size) for c in cells]
            headers[column] = str(column).ljust(size)
            formatters[headers[column]] = str
    out = out.rename(columns=headers)
    text = out.to_string(
        index=index,
        float_format=lambda v: fmt(v, floats),
        na_rep="NaN",
        formatters=formatters,
    )
    return "\n".join(line.rstrip() for line in text.splitlines())


def as_blocks(frame: pd.DataFrame, text: str = "text", floats: int = 2, wrap: int = 88) -> str:
    """Rows as numbered blocks: the other columns on one line, then ``text`` in full, wrapped.

    For long sentences and quotations, which a table would cut.

    >>> print(as_blocks(pd.DataFrame({"compound": [0.5], "text": ["Rain fell."]})))
    1. compound 0.50
       Rain fell.
    """
    if frame.empty:
        return "(none)"
    blocks = []
    for i, (_, row) in enumerate(frame.iterrows(), start=1):
        fields = []
        for column, value in row.items():
            if column == text:
                continue
            if isinstance(value, float):
                value = fmt(value, floats)
            elif _missing(value):
                value = "NA"
            fields.append(f"{column} {value}")
        body = textwrap.fill(
            " ".join(str(row[text]).split()),
            width=wrap,
            initial_indent="   ",
            subsequent_indent="   ",
        )
        blocks.append(f"{i}. " + " · ".join(fields) + "\n" + body)
    return "\n".join(blocks)


def fmt(value: float, floats: int = 2, sign: bool = False) -> str:
    """``value`` with ``floats`` decimals, never ``-0.00``; ``sign`` always shows + or −.

    >>> fmt(-0.001), fmt(0.25, sign=True), fmt(-0.004, sign=True), fmt(float("nan"))
    ('0.00', '+0.25', '+0.00', 'NaN')
    """
    if math.isnan(value):
        return "NaN"
    rounded = round(value, floats) + 0.0  # + 0.0 turns -0.0 into 0.0
    return f"{rounded:{'+' if sign else ''}.{floats}f}"


def _cell(value: object, floats: int, width: int) -> str:
    if _missing(value):
        return "NA"
    if isinstance(value, float | np.floating):
        return fmt(float(value), floats)
    return str(_cut(value, width))


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _cut(value: object, width: int) -> object:
    if isinstance(value, str):
        value = " ".join(value.split())
        return value if len(value) <= width else value[: width - 1] + "…"
    if isinstance(value, list):
        return _cut("; ".join(map(str, value)), width)
    return value


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """``frame[name]``, or NA of the right length when the loader did not provide it."""
    if name in frame.columns:
        return frame[name]
    return pd.Series([pd.NA] * len(frame), index=frame.index, dtype="object")


def labels(articles: pd.DataFrame, width: int = 40) -> pd.Series:
    """A short, unique label per article (headline cut to ``width``), keyed by article_id.

    Two articles with the same headline get ``(2)``, ``(3)`` … appended.

    >>> labels(pd.DataFrame({"article_id": ["a", "b"], "title": ["Rain", "Rain"]})).tolist()
    ['Rain', 'Rain (2)']
    """
    seen: Counter[str] = Counter()
    out = []
    for _, row in articles.iterrows():
        label = article_label(row, width)
        seen[label] += 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return pd.Series(out, index=articles["article_id"].astype(str).tolist(), dtype="object")


def _with_labels(frame: pd.DataFrame, articles: pd.DataFrame, width: int = 40) -> pd.DataFrame:
    names = labels(articles, width)
    return frame.assign(label=frame["article_id"].astype(str).map(names).astype("object"))


# -- 01 corpus -------------------------------------------------------------------------


def corpus_overview(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per loaded article: where it came from, headline, sizes and status."""
    bodies = articles["body"].astype("object")
    captions = _column(articles, "captions")
    out = pd.DataFrame(
        {
            "article_id": articles["article_id"].astype(str),
            "source": [
                display_path(s) if isinstance(s, str) else s for s in _column(articles, "source")
            ],
            "position": _column(articles, "position"),
            "reader": _column(articles, "reader"),
            "section": _column(articles, "section"),
            "date": _column(articles, "date"),
            "title": articles["title"],
            "captions": [
                len(c) if isinstance(c, list | tuple | np.ndarray) else 0 for c in captions
            ],
            "characters": [len(b) if isinstance(b, str) else 0 for b in bodies],
            "paragraphs": [_count_paragraphs(b) for b in bodies],
            "words": [len(word_spans(b)) if isinstance(b, str) else 0 for b in bodies],
            "encoding": _column(articles, "encoding"),
            "language": _column(articles, "language"),
            "status": articles["status"],
            "duplicate_of": _column(articles, "duplicate_of"),
        }
    )
    return out.reset_index(drop=True)


def _count_paragraphs(body: object) -> int:
    if not isinstance(body, str):
        return 0
    return sum(1 for block in re.split(r"\n\s*\n", body) if block.strip())


def captions_list(articles: pd.DataFrame) -> pd.DataFrame:
    """Every photo caption with its article's label, in corpus order."""
    rows = []
    names = labels(articles)
    for (_, row), label in zip(articles.iterrows(), names, strict=True):
        captions = row.get("captions")
        if isinstance(captions, list | tuple | np.ndarray):
            rows += [{"article": label, "caption": str(c)} for c in captions]
    return pd.DataFrame(rows, columns=["article", "caption"])


def status_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per status (``ok`` or the reason they were not analysed), most first."""
    status = articles["status"].astype("object").where(articles["status"].notna(), "NA")
    counts = status.value_counts()
    out = counts.rename_axis("status").reset_index(name="articles")
    return out.sort_values(["articles", "status"], ascending=[False, True]).reset_index(drop=True)


def duplicates(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles whose body repeats an earlier one's (the loader's ``duplicate_of``)."""
    dup = _column(articles, "duplicate_of")
    rows = articles[dup.notna()]
    return pd.DataFrame(
        {
            "article_id": rows["article_id"].astype(str),
            "title": rows["title"],
            "duplicate_of": dup[dup.notna()].astype(str),
        }
    ).reset_index(drop=True)


def source_file(source: str, corpus: str | Path) -> Path | None:
    """The file an article's ``source`` names, whether absolute or relative to ``corpus``."""
    corpus = Path(corpus)
    candidates = [Path(source)] if Path(source).is_absolute() else []
    candidates += [corpus / source, corpus.parent / source, corpus]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


def dropped_lines(articles: pd.DataFrame, corpus: str | Path) -> pd.DataFrame:
    """Lines of the text source files that reached no article's headline, captions or body.

    Only plain-text sources are read (``.txt`` and files without a suffix; table
    formats have no lines to lose). Lines are compared with white space squeezed.
    A line is used once per article whose headline it is, once per article
    listing it as a caption, and once per body line equal to it; every further
    occurrence in the file was dropped by the loader. Columns: ``source``,
    ``line``, ``times`` (occurrences dropped) and ``why``: ``headline repeated``,
    ``caption repeated`` or ``paragraph repeated`` when the text was kept once
    elsewhere, ``page chrome`` for short lines without lower-case letters (share
    counts, ``TT``), else ``dropped``. Sorted by source, reason, times, line.
    """
    columns = ["source", "line", "times", "why"]
    sources = _column(articles, "source")
    rows = []
    for source in sorted({s for s in sources if isinstance(s, str)}):
        path = source_file(source, corpus)
        if path is None or path.suffix.lower() not in (".txt", ""):
            continue
        mine = articles[(sources == source).fillna(False).to_numpy(dtype=bool)]
        titles = Counter(_squeeze(t) for t in mine["title"] if isinstance(t, str))
        captions: Counter[str] = Counter()
        for listed in _column(mine, "captions"):
            if isinstance(listed, list | tuple | np.ndarray):
                captions.update({_squeeze(str(c)) for c in listed})
        body_lines = Counter(
            _squeeze(line)
            for body in mine["body"]
            if isinstance(body, str)
            for line in body.splitlines()
        )
        text = decode_bytes(path.read_bytes()).text or ""  # as the loader decoded it
        in_file = Counter(_squeeze(line) for line in text.splitlines())
        in_file.pop("", None)
        for line, times in in_file.items():
            dropped = times - titles[line] - captions[line] - body_lines[line]
            if dropped > 0:
                rows.append(
                    {
                        "source": display_path(source),
                        "line": line,
                        "times": dropped,
                        "why": _why(line, titles, captions, body_lines),
                    }
                )
    out = pd.DataFrame(rows, columns=columns)
    out = out.sort_values(["source", "why", "times", "line"], ascending=[True, True, False, True])
    return out.reset_index(drop=True)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _why(line: str, titles: Counter[str], captions: Counter[str], body: Counter[str]) -> str:
    if titles[line]:
        return "headline repeated"
    if captions[line]:
        return "caption repeated"
    if body[line]:
        return "paragraph repeated"
    if len(line) <= 6 and not any(c.islower() for c in line):
        return "page chrome"
    return "dropped"


def dropped_summary(dropped: pd.DataFrame) -> pd.DataFrame:
    """Dropped lines per reason: how many distinct lines and how many times."""
    if dropped.empty:
        return pd.DataFrame(columns=["why", "lines", "times"])
    return (
        dropped.groupby("why", sort=True)
        .agg(lines=("line", "size"), times=("times", "sum"))
        .reset_index()
    )


# -- 02 readability --------------------------------------------------------------------

# Formulas on a school-grade scale (the rest use their own scale), in the schema's order.
GRADE_METRICS = tuple(c.name for c in schema.FORMULAS if c.scale == "grade")
# Read in this order: the ease score, the grade formulas, those on a scale of their own,
# then the consensus of the grades.
FORMULAS = (
    *(c.name for c in schema.FORMULAS if c.scale == "0–100 ease"),
    *(c.name for c in schema.FORMULAS if c.scale == "grade" and c.name != schema.CONSENSUS),
    *(c.name for c in schema.FORMULAS if c.scale not in ("grade", "0–100 ease")),
    schema.CONSENSUS,
)


def metric_guide() -> pd.DataFrame:
    """What each readability formula weighs, on what scale, and which direction is harder.

    Read from :mod:`analysis.schema`, the one place the formulas are written down.

    >>> metric_guide().set_index("metric").loc["flesch_reading_ease", "harder"]
    'lower'
    """
    columns = {c.name: c for c in schema.FORMULAS}
    rows = [
        {
            "metric": name,
            "scale": columns[name].scale,
            "harder": columns[name].direction.split()[0],
            "formula": columns[name].doc,
        }
        for name in FORMULAS
    ]
    return pd.DataFrame(rows)


def readability_side_by_side(articles: pd.DataFrame, width: int = 30) -> pd.DataFrame:
    """One row per formula, one column per analysed article, plus ``scale`` and ``harder``."""
    analysed = articles.dropna(subset=["flesch_kincaid_grade"])
    guide = metric_guide().set_index("metric")
    out = pd.DataFrame(index=pd.Index(list(FORMULAS), name="metric"))
    for label, (_, row) in zip(labels(analysed, width), analysed.iterrows(), strict=True):
        out[label] = [float(row[m]) for m in FORMULAS]
    out["scale"] = guide.loc[list(FORMULAS), "scale"].to_numpy()
    out["harder"] = guide.loc[list(FORMULAS), "harder"].to_numpy()
    return out


def formula_agreement(side_by_side: pd.DataFrame) -> pd.DataFrame:
    """For each formula, the article it finds hardest (ties go to the first article)."""
    articles = [c for c in side_by_side.columns if c not in ("scale", "harder")]
    rows = []
    for metric, row in side_by_side.iterrows():
        values = row[articles].astype(float)
        if values.isna().all():
            continue
        pick = values.idxmin() if row["harder"] == "lower" else values.idxmax()
        rows.append({"metric": metric, "harder": row["harder"], "hardest article": pick})
    return pd.DataFrame(rows, columns=["metric", "harder", "hardest article"])


def sentence_readability(
    sentences: pd.DataFrame,
    articles: pd.DataFrame,
    metrics: Iterable[str] = ("flesch_kincaid_grade", "flesch_reading_ease"),
) -> pd.DataFrame:
    """Readability of each sentence on its own (:func:`analysis.readability` per sentence).

    Columns: ``article_id``, ``label``, ``sentence``, ``n_words``, the ``metrics``,
    ``syllables_per_word`` and ``text``.
    """
    metrics = list(metrics)
    rows = []
    for _, row in sentences.iterrows():
        text = row["text"]
        if not isinstance(text, str) or not text.strip():
            continue
        scores = readability(text)
        words = scores.get("words", math.nan)
        rows.append(
            {
                "article_id": row["article_id"],
                "sentence": int(row["sentence"]),
                "n_words": row["n_words"],
                **{m: float(scores.get(m, math.nan)) for m in metrics},
                "syllables_per_word": scores.get("syllables", math.nan) / words
                if words
                else math.nan,
                "text": text,
            }
        )
    out = pd.DataFrame(
        rows,
        columns=[
            "article_id",
            "sentence",
            "n_words",
            *metrics,
            "syllables_per_word",
            "text",
        ],
    )
    out = _with_labels(out, articles)
    return out[["article_id", "label", *out.columns[1:-1]]]


def hardest_sentences(
    per_sentence: pd.DataFrame,
    metric: str = "flesch_kincaid_grade",
    n: int = 5,
    min_words: int = 5,
    harder: str = "higher",
) -> pd.DataFrame:
    """The ``n`` hardest sentences of at least ``min_words`` words by ``metric``."""
    data = per_sentence[per_sentence["n_words"].astype(float) >= min_words]
    data = data.dropna(subset=[metric])
    ascending = harder == "lower"
    data = data.sort_values(
        [metric, "article_id", "sentence"], ascending=[ascending, True, True], kind="mergesort"
    )
    return data.head(n)[["label", "sentence", "n_words", metric, "text"]].reset_index(drop=True)


def hardest_words(articles: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """The longest words by syllables, with how often they occur and in how many articles.

    Syllables are counted as the readability formulas count them
    (:func:`analysis.readability` of the word alone). Spellings that differ only in case
    count as one word, shown in its most frequent spelling (the first seen on a tie).
    Only words of seven letters or more are looked up: shorter words seldom reach
    four syllables, and the look-up is the slow part. Sorted by syllables, then
    occurrences, then word.
    """
    counts: Counter[str] = Counter()
    in_articles: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for body in articles["body"]:
        if not isinstance(body, str):
            continue
        found = [body[s:e] for s, e in word_spans(body)]
        found = [w for w in found if any(c.isalpha() for c in w)]
        for word in found:
            spellings.setdefault(word.lower(), Counter())[word] += 1
        words = [w.lower() for w in found]
        counts.update(words)
        in_articles.update(set(words))
    candidates = [w for w in counts if len(w) >= MIN_HARD_WORD]
    rows = [
        {
            "word": spellings[w].most_common(1)[0][0],
            "syllables": int(readability(w).get("syllables", 0)),
            "times": counts[w],
            "articles": in_articles[w],
        }
        for w in candidates
    ]
    out = pd.DataFrame(rows, columns=["word", "syllables", "times", "articles"])
    out = out.sort_values(["syllables", "times", "word"], ascending=[False, False, True])
    return out.head(n).reset_index(drop=True)


# -- 03 tone ---------------------------------------------------------------------------


def tone_arc(sentences: pd.DataFrame, articles: pd.DataFrame, window: int = 3) -> pd.DataFrame:
    """Each article's sentences in order with their compound and a running mean.

    ``position`` is the sentence index scaled to 0–1 (0 first, 1 last), so articles
    of different lengths share an axis; ``smoothed`` is the mean compound of the
    ``window`` sentences ending at this one (fewer at the start).
    """
    data = sentences.dropna(subset=["compound"]).sort_values(["article_id", "sentence"])
    parts = []
    order = {a: i for i, a in enumerate(articles["article_id"].astype(str))}
    for article_id in sorted(
        data["article_id"].astype(str).unique(), key=lambda a: (order.get(a, len(order)), a)
    ):
        group = data[data["article_id"].astype(str) == article_id]
        n = len(group)
        parts.append(
            pd.DataFrame(
                {
                    "article_id": article_id,
                    "sentence": group["sentence"].astype(int).to_numpy(),
                    "position": np.arange(n) / (n - 1) if n > 1 else np.zeros(n),
                    "compound": group["compound"].astype(float).to_numpy(),
                    "smoothed": group["compound"]
                    .astype(float)
                    .rolling(window, min_periods=1)
                    .mean()
                    .to_numpy(),
                }
            )
        )
    columns = ["article_id", "sentence", "position", "compound", "smoothed"]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    return _with_labels(out, articles)


def arc_summary(arc: pd.DataFrame) -> pd.DataFrame:
    """Per article: mean compound of its first, middle and last thirds of sentences."""
    rows = []
    for label, group in arc.groupby("label", sort=False):
        thirds = np.minimum((group["position"].to_numpy() * 3).astype(int), 2)
        means = [group["compound"].to_numpy()[thirds == k] for k in range(3)]
        rows.append(
            {
                "article": label,
                "sentences": len(group),
                "first third": float(np.mean(means[0])) if len(means[0]) else math.nan,
                "middle third": float(np.mean(means[1])) if len(means[1]) else math.nan,
                "last third": float(np.mean(means[2])) if len(means[2]) else math.nan,
            }
        )
    return pd.DataFrame(
        rows, columns=["article", "sentences", "first third", "middle third", "last third"]
    )


def extreme_sentences(
    sentences: pd.DataFrame, articles: pd.DataFrame, n: int = 3
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``n`` most positive and the ``n`` most negative sentences of the corpus."""
    data = _with_labels(sentences.dropna(subset=["compound"]), articles)
    keep = ["label", "sentence", "compound", "text"]
    pos = data.sort_values(
        ["compound", "article_id", "sentence"], ascending=[False, True, True], kind="mergesort"
    )
    neg = data.sort_values(
        ["compound", "article_id", "sentence"], ascending=[True, True, True], kind="mergesort"
    )
    pos = pos[pos["compound"] >= POSITIVE].head(n)[keep].reset_index(drop=True)
    neg = neg[neg["compound"] <= NEGATIVE].head(n)[keep].reset_index(drop=True)
    return pos, neg


def tone_shares(articles: pd.DataFrame) -> pd.DataFrame:
    """Per analysed article: mean compound and the shares of positive, neutral, negative."""
    data = articles.dropna(subset=["tone_mean"])
    out = pd.DataFrame(
        {
            "article": labels(data).to_numpy(),
            "tone_mean": data["tone_mean"].to_numpy(),
            "positive": data["share_positive"].to_numpy(),
            "neutral": data["share_neutral"].to_numpy(),
            "negative": data["share_negative"].to_numpy(),
        }
    )
    return out


def tone_class(compound: float) -> str:
    """VADER's usual reading of a compound score.

    >>> tone_class(0.3), tone_class(0.0), tone_class(-0.05)
    ('positive', 'neutral', 'negative')
    """
    if compound is None or (isinstance(compound, float) and math.isnan(compound)):
        return "NA"
    if compound >= POSITIVE:
        return "positive"
    return "negative" if compound <= NEGATIVE else "neutral"


def headline_vs_body(articles: pd.DataFrame) -> pd.DataFrame:
    """Headline tone against the body's mean sentence tone, per analysed article."""
    data = articles.dropna(subset=["tone_mean"])
    head = data["headline_compound"].astype(float)
    body = data["tone_mean"].astype(float)
    return pd.DataFrame(
        {
            "article": labels(data).to_numpy(),
            "headline": head.to_numpy(),
            "body": body.to_numpy(),
            "headline class": [tone_class(v) for v in head],
            "body class": [tone_class(v) for v in body],
            "headline − body": (head - body).to_numpy(),
        }
    )


# -- 04 quotations ---------------------------------------------------------------------


def _voiced(quotes: pd.DataFrame) -> pd.DataFrame:
    """Full and partial quotations, nested ones left out as the speakers table does."""
    nested = quotes["nested"].fillna(False).astype(bool) if "nested" in quotes else False
    return quotes[quotes["kind"].isin(VOICED) & ~nested]


def speaker_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who is quoted: per resolved speaker, quotations (full, partial), words and tone.

    Scare quotes are left out (nobody is quoted in them); quotations without a
    speaker are gathered under ``(unattributed)``. Sorted by quoted words, then
    quotations, then name.
    """
    columns = [
        "speaker",
        "articles",
        "quotes",
        "full",
        "partial",
        "words",
        "words per quote",
        "compound",
    ]
    data = _voiced(quotes)
    if data.empty:
        return pd.DataFrame(columns=columns)
    name = data["speaker_name"].astype("object").where(data["speaker_name"].notna(), UNATTRIBUTED)
    data = data.assign(
        speaker=name,
        is_full=(data["kind"] == "full").astype(int),
        is_partial=(data["kind"] == "partial").astype(int),
        words=data["n_words"].astype(float),
        compound=data["compound"].astype(float),
    )
    out = (
        data.groupby("speaker", sort=True)
        .agg(
            articles=("article_id", "nunique"),
            quotes=("quote", "size"),
            full=("is_full", "sum"),
            partial=("is_partial", "sum"),
            words=("words", "sum"),
            compound=("compound", "mean"),
        )
        .reset_index()
    )
    out["words"] = out["words"].astype(int)
    out["words per quote"] = out["words"] / out["quotes"]
    out = out.sort_values(["words", "quotes", "speaker"], ascending=[False, False, True])
    return out[columns].reset_index(drop=True)


def speaker_bars(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`speaker_table` in the shape :func:`.figures.speakers_figure` draws."""
    return table.rename(columns={"speaker": "speaker_name"})[["speaker_name", "words"]]


def cue_counts(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotations (full and partial) per attribution cue, most used first."""
    data = _voiced(quotes)
    cue = data["cue"].astype("object").where(data["cue"].notna(), NO_CUE)
    cue = cue.map(lambda c: c.lower() if isinstance(c, str) else c)
    out = cue.value_counts().rename_axis("cue").reset_index(name="quotations")
    out = out.sort_values(["quotations", "cue"], ascending=[False, True]).reset_index(drop=True)
    out["share"] = out["quotations"] / out["quotations"].sum() if len(out) else []
    return out


def kind_summary(quotes: pd.DataFrame) -> pd.DataFrame:
    """Full, partial and scare quotations: how many, how long, how toned, how attributed."""
    rows = []
    for kind in ("full", "partial", "scare"):
        data = quotes[quotes["kind"] == kind]
        words = data["n_words"].astype(float)
        rows.append(
            {
                "kind": kind,
                "quotations": len(data),
                "words": int(words.sum()),
                "mean words": float(words.mean()) if len(data) else math.nan,
                "median words": float(words.median()) if len(data) else math.nan,
                "attributed": float(data["speaker_name"].notna().mean()) if len(data) else math.nan,
                "compound": float(data["compound"].astype(float).mean()) if len(data) else math.nan,
            }
        )
    return pd.DataFrame(rows)


def quote_examples(
    quotes: pd.DataFrame, articles: pd.DataFrame, kind: str, n: int = 3
) -> pd.DataFrame:
    """The first ``n`` quotations of ``kind`` in corpus order, with speaker and cue."""
    data = _with_labels(quotes[quotes["kind"] == kind], articles)
    order = {a: i for i, a in enumerate(articles["article_id"].astype(str))}
    data = data.assign(_order=data["article_id"].astype(str).map(order))
    data = data.sort_values(["_order", "quote"], kind="mergesort").head(n)
    return data[["label", "speaker_name", "cue", "n_words", "text"]].reset_index(drop=True)


def voice_comparison(articles: pd.DataFrame) -> pd.DataFrame:
    """Per article with quotations: tone of the quoted words against the reporter's own."""
    data = articles[articles["n_quotes"].fillna(0).astype(int) > 0]
    data = data.dropna(subset=["quoted_tone"])
    quoted = data["quoted_tone"].astype(float)
    reporter = data["reporter_tone"].astype(float)
    return pd.DataFrame(
        {
            "label": labels(data).to_numpy(),
            "quotes": data["n_quotes"].astype(int).to_numpy(),
            "quoted_share": data["quoted_share"].astype(float).to_numpy(),
            "quoted_tone": quoted.to_numpy(),
            "reporter_tone": reporter.to_numpy(),
            "quoted − reporter": (quoted - reporter).to_numpy(),
        }
    )


# -- 05 findings -----------------------------------------------------------------------

COMPARED = (
    "n_words",
    "text_standard",
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "tone_mean",
    "headline_compound",
    "share_negative",
    "n_quotes",
    "quoted_share",
    "n_speakers",
    "quoted_tone",
    "reporter_tone",
)


def compare_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """The analysed articles on all three axes (readability, tone, quotation).

    Articles flagged as duplicates of an earlier one are left out, so a story
    filed twice does not count twice.
    """
    data = articles[(articles["status"] == "ok").fillna(False).to_numpy(dtype=bool)]
    data = data[_column(data, "duplicate_of").isna().to_numpy(dtype=bool)]
    out = pd.DataFrame({"label": labels(data, 28).to_numpy()})
    for column in COMPARED:
        out[column] = data[column].to_numpy()
    out["top_speaker"] = data["top_speaker"].to_numpy()
    return out


def _extreme(compared: pd.DataFrame, column: str, largest: bool) -> tuple[str, float] | None:
    values = compared[column].astype(float)
    if values.isna().all():
        return None
    i = values.idxmax() if largest else values.idxmin()
    return str(compared.loc[i, "label"]), float(values[i])


def findings(compared: pd.DataFrame) -> list[str]:
    """Plain sentences the numbers of :func:`compare_articles` support.

    Each states a comparison and the values it rests on; with fewer than two
    articles the sentences describe the one article instead of ranking.
    """
    n = len(compared)
    if n == 0:
        return ["No article was analysed in full, so there is nothing to compare."]
    out = [f"{n} article{'s' if n != 1 else ''} analysed in full."]
    if n >= 2:
        hard, hard_v = _extreme(compared, "text_standard", True) or ("", math.nan)
        easy, easy_v = _extreme(compared, "text_standard", False) or ("", math.nan)
        if hard and hard != easy:
            out.append(
                f"Hardest to read by the consensus grade: “{hard}” (grade {hard_v:.1f}); "
                f"easiest: “{easy}” (grade {easy_v:.1f})."
            )
        neg, neg_v = _extreme(compared, "tone_mean", False) or ("", math.nan)
        pos, pos_v = _extreme(compared, "tone_mean", True) or ("", math.nan)
        if neg and neg != pos:
            out.append(
                f"Most negative body: “{neg}” (mean compound {fmt(neg_v, sign=True)}); "
                f"most positive: “{pos}” ({fmt(pos_v, sign=True)})."
            )
        most, most_v = _extreme(compared, "quoted_share", True) or ("", math.nan)
        if most:
            out.append(f"Leans most on quotation: “{most}” ({most_v:.0%} of its words quoted).")
    for _, row in compared.iterrows():
        out.append(_article_finding(row))
    return out


def _article_finding(row: pd.Series) -> str:
    parts = [f"“{row['label']}”:"]
    grade = row["text_standard"]
    if pd.notna(grade):
        parts.append(f"grade {float(grade):.1f} by consensus,")
    tone = row["tone_mean"]
    if pd.notna(tone):
        parts.append(f"body {tone_class(float(tone))} on average ({fmt(float(tone), sign=True)}),")
    head = row["headline_compound"]
    if pd.notna(head):
        parts.append(f"headline {tone_class(float(head))} ({fmt(float(head), sign=True)});")
    quotes = row["n_quotes"]
    if pd.notna(quotes) and int(quotes) > 0:
        parts.append(
            f"{int(quotes)} quotations carry {float(row['quoted_share']):.0%} of the words"
        )
        q, r = row["quoted_tone"], row["reporter_tone"]
        if pd.notna(q) and pd.notna(r):
            side = "warmer" if q > r else "cooler" if q < r else "no different"
            parts.append(
                f"and the quoted voices sound {side} than the reporter "
                f"({fmt(float(q), sign=True)} against {fmt(float(r), sign=True)})."
            )
        else:
            parts[-1] += "."
    else:
        parts.append("no quotations.")
    return " ".join(parts)


def versions_text(versions: dict[str, str]) -> str:
    """One ``name == version`` line per distribution, sorted by name."""
    return "\n".join(f"{name} == {versions[name]}" for name in sorted(versions, key=str.lower))
