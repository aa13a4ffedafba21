"""Measure articles: every number of the output tables, one article at a time.

:class:`ChunkBuilder` accumulates plain column lists for many articles and turns
them into DataFrames once per chunk (building five small DataFrames per article
would cost more than the measures themselves). Per article, the arithmetic runs
on Python lists and :mod:`bisect`: the arrays are a few dozen items long, where
a numpy call costs more than the loop it replaces. Float results keep numpy's
operation order (sums in index order, means by :func:`analysis.speed.pairwise.mean`,
``np.mean`` bit for bit), so values are those of the numpy version.

Failure isolation: each step (text units, tone, quotations, readability) runs
on its own; an exception in one leaves that step's measures NaN, records
``error: <step>: <exception>`` in ``status`` and the run goes on. Articles whose
status from loading is not ``ok`` keep their row with NaN measures; articles not
in English get their counts but NaN for the English-only measures (readability,
tone and quotations).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from itertools import compress, repeat
from operator import itemgetter, not_, sub
from typing import Any

import numpy as np
import pandas as pd

from analysis import schema
from analysis.measures.quotations.engine import quote_columns
from analysis.measures.readability.formulas import readability
from analysis.measures.tone.sentiment import score_columns
from analysis.schema import NEGATIVE, POSITIVE
from analysis.speed import pairwise
from analysis.speed.collector import collector_paused
from analysis.tables.speakers import article_rows, is_voiced, top_speaker
from analysis.units.article import ArticleText

# Loader statuses whose text is still measured (counts; English-only measures need "en").
MEASURABLE = frozenset({"ok", "not english"})
_NAN = float("nan")


def _attempt(step: str, errors: list[str], fn: Callable[[], Any]) -> Any:
    """Run one step; on failure note it and return None so the article keeps its row."""
    try:
        return fn()
    except Exception as exc:  # any failure of one step must not stop the run
        message = str(exc).splitlines()[0][:120] if str(exc) else ""
        errors.append(f"error: {step}: {type(exc).__name__}: {message}".rstrip(": "))
        return None


class ChunkBuilder:
    """Accumulates the rows of all five tables for a chunk of articles.

    :meth:`add` keeps the article's own columns; :meth:`measure_frame` measures a
    whole DataFrame and keeps only the measures, and :meth:`tables` joins them to
    the frame's typed columns (no trip through Python objects).
    """

    def __init__(self) -> None:
        self.articles: list[dict[str, Any]] = []
        self.loaded: pd.DataFrame | None = None
        self.paragraphs: dict[str, list[Any]] = {c.name: [] for c in schema.PARAGRAPHS}
        self.sentences: dict[str, list[Any]] = {c.name: [] for c in schema.SENTENCES}
        self.quotes: dict[str, list[Any]] = {c.name: [] for c in schema.QUOTES}
        self.article_speakers: dict[str, list[Any]] = {c.name: [] for c in schema.ARTICLE_SPEAKERS}

    def add(self, article: Mapping[str, Any]) -> None:
        row = dict(article)
        row.update(self._measure_safely(row))
        self.articles.append(row)

    def measure_frame(self, frame: pd.DataFrame) -> None:
        """Measure every row of ``frame`` (loaded articles); only once per builder."""
        names = [c for c in _READS if c in frame.columns]
        overlap = (set(frame.columns) & _MEASURED) - {"status"}
        if self.articles or self.loaded is not None or overlap:
            # Measures already in the frame: a row that gets none keeps its own.
            for article in frame.to_dict("records"):
                self.add(article)
            return
        columns = [frame[c].tolist() for c in names]
        for values in zip(*columns, strict=True):
            self.articles.append(self._measure_safely(dict(zip(names, values, strict=True))))
        self.loaded = frame.reset_index(drop=True)

    def tables(self) -> dict[str, pd.DataFrame]:
        quotes = schema.conform(typed_frame(self.quotes, "quotes"), "quotes")
        articles = pd.DataFrame(self.articles)
        if self.loaded is not None:
            loaded = self.loaded.drop(columns=list(articles.columns), errors="ignore")
            articles = pd.concat([loaded, articles], axis=1)
        return {
            "articles": schema.conform(articles, "articles"),
            "paragraphs": schema.conform(typed_frame(self.paragraphs, "paragraphs"), "paragraphs"),
            "sentences": schema.conform(typed_frame(self.sentences, "sentences"), "sentences"),
            "quotes": quotes,
            "article_speakers": schema.conform(
                typed_frame(self.article_speakers, "article_speakers"), "article_speakers"
            ),
        }

    # -- one article -------------------------------------------------------------------

    def _measure_safely(self, row: dict[str, Any]) -> dict[str, Any]:
        """:meth:`_measure`, and a failure outside its guarded steps costs only this article.

        The rows the article had added to the other tables are taken back, so the
        chunk's columns stay aligned; the article keeps its row, NaN measures and
        ``error: measure: …`` as its status.
        """
        mark = self._lengths()
        errors: list[str] = []
        measured = _attempt("measure", errors, lambda: self._measure(row))
        if measured is None:
            self._truncate(mark)
            measured = {"status": errors[0]}
        return measured

    def _tables(self) -> tuple[dict[str, list[Any]], ...]:
        return (self.paragraphs, self.sentences, self.quotes, self.article_speakers)

    def _lengths(self) -> list[list[int]]:
        return [[len(v) for v in table.values()] for table in self._tables()]

    def _truncate(self, mark: list[list[int]]) -> None:
        for table, lengths in zip(self._tables(), mark, strict=True):
            for column, n in zip(table.values(), lengths, strict=True):
                del column[n:]

    def _measure(self, row: dict[str, Any]) -> dict[str, Any]:
        body = row.get("body")
        status = row.get("status")
        status = status if isinstance(status, str) and status else "ok"  # None, NaN, NA: unset
        if status not in MEASURABLE or not isinstance(body, str) or not body.strip():
            return {"status": "empty" if status in MEASURABLE else status}
        errors: list[str] = []
        out: dict[str, Any] = {}
        article_id = row["article_id"]
        # "und" (too few words, tables of figures) is measured, as the loader's status says.
        language = row.get("language")
        english = not isinstance(language, str) or language in ("en", "und")

        doc = ArticleText(body)  # its units are built once, on first use, for every step
        units = _attempt("text units", errors, lambda: _units(doc))
        if units is None:
            return {"status": errors[0]}
        paragraphs, sentences, starts, _ = units
        out.update(n_paragraphs=len(paragraphs), n_sentences=len(sentences), n_words=len(starts))

        texts = [body[s:e] for s, e in sentences]
        tone: list[list[float]] | None = None  # compound, pos, neu, neg per sentence
        quoted: list[tuple[int, int]] = []  # word-index ranges inside quotations
        if english:
            tone = _attempt("tone", errors, lambda: score_columns(texts))
            if tone is not None:
                out.update(_tone_rollup(texts, tone[0]))
                title = row.get("title")
                if isinstance(title, str) and title.strip():
                    headline = _attempt("tone", errors, lambda: score_columns([title]))
                    if headline is not None:
                        out["headline_compound"] = headline[0][0]
            quotes = _attempt("quotes", errors, lambda: quote_columns(doc))
            if quotes is not None:
                quote_out = _attempt(
                    "quotes",
                    errors,
                    lambda: self._add_quotes(article_id, body, quotes, units, tone),
                )
                if quote_out is not None:
                    quoted = quote_out.pop("_quoted")
                    out.update(quote_out)
            metrics = _attempt("readability", errors, lambda: readability(body))
            if metrics is not None:
                out.update({k: metrics.get(k, _NAN) for k in schema.READABILITY_KEYS})
        else:
            errors.append("not english")

        self._add_units(article_id, texts, units, tone, quoted)
        out["status"] = errors[0] if errors else "ok"
        return out

    def _add_units(
        self,
        article_id: str,
        texts: list[str],
        units: _Units,
        tone: list[list[float]] | None,
        quoted: list[tuple[int, int]],
    ) -> None:
        paragraphs, sentences, starts, sentence_paragraph = units
        n, m = len(sentences), len(paragraphs)
        s_words, s_quoted = sentence_words(starts, sentences, quoted)
        if tone is None:
            tone = [[_NAN] * n for _ in range(4)]
        p = self.sentences
        p["article_id"] += [article_id] * n
        p["sentence"] += range(n)
        p["paragraph"] += sentence_paragraph
        p["start"] += [s for s, _ in sentences]
        p["end"] += [e for _, e in sentences]
        p["text"] += texts
        p["n_words"] += s_words
        for name, values in zip(("compound", "pos", "neu", "neg"), tone, strict=True):
            p[name] += values
        p["quoted_share"] += list(map(_share, s_quoted, s_words))

        # A paragraph's words are its sentences' (its first sentence starts where it
        # does, its last ends where it does, only white space lies between them).
        per_para = [0] * m
        p_words = [0] * m
        p_quoted = [0] * m
        compound_sum = [0.0] * m
        for k, c, w, qw in zip(sentence_paragraph, tone[0], s_words, s_quoted, strict=True):
            per_para[k] += 1
            compound_sum[k] += c  # in sentence order, as np.bincount adds
            p_words[k] += w
            p_quoted[k] += qw
        q = self.paragraphs
        q["article_id"] += [article_id] * m
        q["paragraph"] += range(m)
        q["start"] += [s for s, _ in paragraphs]
        q["end"] += [e for _, e in paragraphs]
        q["n_sentences"] += per_para
        q["n_words"] += p_words
        q["compound"] += list(map(_share, compound_sum, per_para))
        q["quoted_share"] += list(map(_share, p_quoted, p_words))

    def _add_quotes(
        self,
        article_id: str,
        body: str,
        quotes: dict[str, list[Any]],
        units: _Units,
        tone: list[list[float]] | None,
    ) -> dict[str, Any]:
        _, sentences, starts, _ = units
        q_starts, q_ends, kinds = quotes["start"], quotes["end"], quotes["kind"]
        n = len(q_starts)
        lo = list(map(bisect_left, repeat(starts), q_starts))
        hi = list(map(bisect_left, repeat(starts), q_ends))
        n_words = list(map(sub, hi, lo))
        # A quotation inside a quotation is already counted in the outer one's words.
        nested = quotes.get("nested") or [False] * n
        voiced = list(map(is_voiced, kinds, nested))
        spans = [(s, e) for s, e, v in zip(q_starts, q_ends, voiced, strict=True) if v]
        rescore, kept = reporter_pieces(body, sentences, None if tone is None else tone[0], spans)
        # One VADER call for the quotations and the reporter's rescored sentences.
        scored = score_columns(quotes["text"] + rescore)[0]
        compound, rescored = scored[:n], scored[n:]

        rows, rollup = article_rows(article_id, quotes, voiced, n_words, compound)
        n_speakers, top = top_speaker(rows)
        ranges = merge_ranges(
            [(a, b) for a, b, v in zip(lo, hi, voiced, strict=True) if v and b > a]
        )
        quoted_words = sum(b - a for a, b in ranges)

        table = self.quotes
        for name in _FROM_ENGINE:
            table[name] += quotes[name] if name in quotes else [None] * n
        table["article_id"] += [article_id] * n
        table["quote"] += range(n)
        table["n_words"] += n_words
        table["compound"] += compound
        for name, values in rows.items():
            self.article_speakers[name] += values
        return {
            "_quoted": ranges,
            "n_quotes": sum(voiced),
            "n_quotes_full": kinds.count("full"),
            "n_quotes_partial": kinds.count("partial"),
            "n_quotes_scare": kinds.count("scare"),
            "quoted_words": quoted_words,
            "quoted_share": quoted_words / len(starts) if starts else _NAN,
            "n_speakers": n_speakers,
            "top_speaker": top,
            "quoted_tone": pairwise.mean(list(compress(compound, voiced))),
            "reporter_tone": _NAN if kept is None else pairwise.mean(kept + rescored),
            **rollup,
        }


_Units = tuple[list[tuple[int, int]], list[tuple[int, int]], list[int], list[int]]
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
# Columns the measuring reads, and those it writes (see _measured_names).
_READS = ("article_id", "body", "status", "language", "title")
# Quotes-table columns taken as the engine gives them; the others are made here.
_FROM_ENGINE = tuple(c.name for c in schema.EXTRACTED_QUOTES)
_MEASURED = frozenset(
    c.name for c in schema.COUNTS + schema.READABILITY + schema.TONE + schema.QUOTATION
) | {"status"}


def _numeric(table: str, dtype: str) -> frozenset[str]:
    """The ``table`` columns of ``dtype`` that this module fills itself (never NA).

    They go to pandas as numpy arrays, converted in C, where pandas would infer
    each list's type value by value. The quotation engine's columns may hold NA.
    """
    engine = set(_FROM_ENGINE) if table == "quotes" else set()
    return frozenset(
        c.name for c in schema.TABLES[table] if c.dtype == dtype and c.name not in engine
    )


_BUILT = ("sentences", "paragraphs", "quotes", "article_speakers")
INT_COLUMNS = {table: _numeric(table, "Int64") for table in _BUILT}
FLOAT_COLUMNS = {table: _numeric(table, "float64") for table in _BUILT}


def typed_frame(columns: dict[str, list[Any]], table: str) -> pd.DataFrame:
    """The DataFrame of a table's column lists, its numeric columns typed at once."""
    ints, floats = INT_COLUMNS[table], FLOAT_COLUMNS[table]
    data: dict[str, Any] = {}
    for name, values in columns.items():
        if name in ints:
            data[name] = np.array(values, dtype=np.int64)
        elif name in floats:
            data[name] = np.array(values, dtype=np.float64)
        else:
            data[name] = values
    return pd.DataFrame(data)


def _units(doc: ArticleText) -> _Units:
    return doc.paragraphs, doc.sentences, doc.word_starts, doc.sentence_paragraph


def sentence_words(
    starts: list[int], sentences: list[tuple[int, int]], quoted: list[tuple[int, int]]
) -> tuple[list[int], list[int]]:
    """Words starting in each sentence, and how many of them lie in the ``quoted`` ranges.

    ``starts``: the text's word starts; ``quoted`` holds disjoint sorted ranges of
    word indices (see :func:`merge_ranges`). Only white space lies between one sentence
    and the next (in a paragraph or across paragraphs), where no word starts, so
    a sentence's words begin where the previous sentence's end: one bisection per
    sentence end, not two per sentence (and paragraph words are their sentences').
    """
    if not sentences:
        return [], []
    bounds = [bisect_left(starts, sentences[0][0])]
    bounds += map(bisect_left, repeat(starts), map(_SECOND, sentences))
    words = list(map(sub, bounds[1:], bounds[:-1]))
    if not quoted:
        return words, [0] * len(sentences)
    q_starts = [a for a, _ in quoted]
    before = [0]  # quoted words before each range
    for a, b in quoted:
        before.append(before[-1] + b - a)

    def below(x: int) -> int:  # quoted word indices < x
        k = bisect_left(q_starts, x)
        return before[k - 1] + min(x, quoted[k - 1][1]) - quoted[k - 1][0] if k else 0

    counts = list(map(below, bounds))
    return words, list(map(sub, counts[1:], counts[:-1]))


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of half-open ranges, as disjoint sorted ranges."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _share(part: float, whole: int) -> float:
    return part / whole if whole > 0 else _NAN


def _tone_rollup(texts: list[str], compound: list[float]) -> dict[str, Any]:
    if not texts:
        return {}
    n = len(compound)
    top, bottom = max(compound), min(compound)
    hi, lo = compound.index(top), compound.index(bottom)  # first, as np.argmax/argmin
    positive = sum(c >= POSITIVE for c in compound)
    negative = sum(c <= NEGATIVE for c in compound)
    return {
        "tone_mean": pairwise.mean(compound),
        # A share of n booleans is an exact count over n, as np.mean gives it.
        "share_positive": positive / n,
        "share_neutral": (n - positive - negative) / n,
        "share_negative": negative / n,
        "most_positive_sentence": texts[hi],
        "most_positive_compound": top,
        "most_negative_sentence": texts[lo],
        "most_negative_compound": bottom,
    }


def reporter_pieces(
    body: str,
    sentences: list[tuple[int, int]],
    compound: list[float] | None,
    quotes: list[tuple[int, int]],
) -> tuple[list[str], list[float] | None]:
    """The reporter's own words: sentences to score again, and the scores kept as they are.

    The reporter's tone is the mean compound of each sentence's own words,
    quotations cut out: sentences that hold no quoted words keep their score;
    those that do are scored again on what is left, and dropped when nothing but
    quotation is left. Returns ``(texts to score, kept scores)``, kept None when
    there is no tone.
    """
    if compound is None or not sentences:
        return [], None
    if not quotes:
        return [], compound
    # The sentences a quotation reaches into (qs < e and qe > s) are a run of
    # sentences, found by bisection; the others keep their scores. Quotations are
    # taken in sorted order, so each sentence's list is sorted as sorted() gives it.
    s_starts = list(map(_FIRST, sentences))
    s_ends = list(map(_SECOND, sentences))
    inside: dict[int, list[tuple[int, int]]] = {}
    touched = bytearray(len(sentences))
    for q in sorted(quotes):
        for i in range(bisect_right(s_ends, q[0]), bisect_left(s_starts, q[1])):
            inside.setdefault(i, []).append(q)
            touched[i] = 1
    kept = list(compress(compound, map(not_, touched)))
    rescore: list[str] = []
    for i in sorted(inside):
        s, e = sentences[i]
        pieces, cursor = [], s
        for qs, qe in inside[i]:
            pieces.append(body[cursor : max(cursor, qs)])
            cursor = max(cursor, min(qe, e))
        pieces.append(body[cursor:e])
        own = " ".join(filter(None, map(str.strip, pieces)))  # the pieces with words
        if any(map(str.isalnum, own)):
            rescore.append(own)
    return rescore, kept


def measure(articles: Iterable[Mapping[str, Any]] | pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Measure a batch of loaded articles into the tables with rows per article (pandas,
    one process); :class:`~analysis.tables.Tables` derives the corpus ``speakers`` from them."""
    builder = ChunkBuilder()
    with collector_paused():  # the measuring makes no reference cycles
        if isinstance(articles, pd.DataFrame):
            builder.measure_frame(articles)
        else:
            for article in articles:
                builder.add(article)
        return builder.tables()
