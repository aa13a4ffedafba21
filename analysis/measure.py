"""Measure articles: every number of the output tables, one article at a time.

:class:`ChunkBuilder` accumulates plain column lists for many articles and turns
them into DataFrames once per chunk (building five small DataFrames per article
would cost more than the measures themselves).

Failure isolation: each step (text units, tone, quotations, readability) runs
on its own; an exception in one leaves that step's measures NaN, records
``error: <step>: <exception>`` in ``status`` and the run goes on. An exception
anywhere else in measuring an article gives ``error: measure: <exception>``: the
article keeps its loaded columns with every measure NaN, and its partial rows in
the other tables are taken back. Articles whose
status from loading is not ``ok`` keep their row with NaN measures; articles not
in English get their counts but NaN for the English-only measures (readability,
tone and quotations). A language of ``und`` (undetermined: too few words, tables
of figures) or none counts as English, as in the loader's status.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from analysis import schema
from analysis.quotes import quote_columns
from analysis.readability import readability
from analysis.sentiment import score_sentences
from analysis.text import paragraph_spans, sentence_spans, word_spans

POSITIVE, NEGATIVE = 0.05, -0.05
UNATTRIBUTED = "(unattributed)"
# Loader statuses whose text is still measured (counts; English-only measures need "en").
MEASURABLE = frozenset({"ok", "not english"})
_NAN = float("nan")


def _mean(values: Sequence[float] | np.ndarray) -> float:
    return float(np.mean(values)) if len(values) else _NAN


def _attempt(step: str, errors: list[str], fn: Callable[[], Any]) -> Any:
    """Run one step; on failure note it and return None so the article keeps its row."""
    try:
        return fn()
    except Exception as exc:  # any failure of one step must not stop the run
        message = str(exc).splitlines()[0][:120] if str(exc) else ""
        errors.append(f"error: {step}: {type(exc).__name__}: {message}".rstrip(": "))
        return None


class ChunkBuilder:
    """Accumulates the rows of all five tables for a chunk of articles."""

    def __init__(self) -> None:
        self.articles: list[dict[str, Any]] = []
        self.paragraphs: dict[str, list[Any]] = {c.name: [] for c in schema.PARAGRAPHS}
        self.sentences: dict[str, list[Any]] = {c.name: [] for c in schema.SENTENCES}
        self.quotes: list[dict[str, Any]] = []
        self.speakers: list[dict[str, Any]] = []

    def add(self, article: Mapping[str, Any]) -> None:
        row = dict(article)
        mark = self._lengths()
        errors: list[str] = []
        measured = _attempt("measure", errors, lambda: self._measure(row))
        if measured is None:
            # A failure outside the guarded steps (building the unit rows, say): drop
            # what this article had added, so the chunk's columns stay aligned; the
            # article keeps its row with NaN measures and the status.
            self._truncate(mark)
            measured = {"status": errors[0]}
        row.update(measured)
        self.articles.append(row)

    def _lengths(self) -> tuple[list[int], list[int], int, int]:
        return (
            [len(v) for v in self.paragraphs.values()],
            [len(v) for v in self.sentences.values()],
            len(self.quotes),
            len(self.speakers),
        )

    def _truncate(self, mark: tuple[list[int], list[int], int, int]) -> None:
        paragraphs, sentences, quotes, speakers = mark
        for column, n in zip(self.paragraphs.values(), paragraphs, strict=True):
            del column[n:]
        for column, n in zip(self.sentences.values(), sentences, strict=True):
            del column[n:]
        del self.quotes[quotes:]
        del self.speakers[speakers:]

    def tables(self) -> dict[str, pd.DataFrame]:
        return {
            "articles": schema.conform(pd.DataFrame(self.articles), "articles"),
            "paragraphs": schema.conform(pd.DataFrame(self.paragraphs), "paragraphs"),
            "sentences": schema.conform(pd.DataFrame(self.sentences), "sentences"),
            "quotes": schema.conform(pd.DataFrame(self.quotes), "quotes"),
            "speakers": schema.conform(pd.DataFrame(self.speakers), "speakers"),
        }

    # -- one article -------------------------------------------------------------------

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

        units = _attempt("text units", errors, lambda: _units(body))
        if units is None:
            return {"status": errors[0]}
        paragraphs, sentences, word_starts, sentence_paragraph = units
        out.update(
            n_paragraphs=len(paragraphs), n_sentences=len(sentences), n_words=len(word_starts)
        )

        scores = None
        quote_mask = np.zeros(len(word_starts), dtype=bool)
        if english:
            texts = [body[s:e] for s, e in sentences]
            scores = _attempt("tone", errors, lambda: score_sentences(texts))
            if scores is not None:
                out.update(_tone_rollup(texts, scores))
                title = row.get("title")
                if isinstance(title, str) and title.strip():
                    headline = _attempt("tone", errors, lambda: score_sentences([title]))
                    if headline is not None:
                        out["headline_compound"] = float(headline[0, 0])
            quotes = _attempt(
                "quotes", errors, lambda: _records(quote_columns(body, paragraphs, sentences))
            )
            if quotes is not None:
                quote_out = _attempt(
                    "quotes",
                    errors,
                    lambda: self._add_quotes(
                        article_id, body, quotes, paragraphs, word_starts, sentences, scores
                    ),
                )
                if quote_out is not None:
                    quote_mask = quote_out.pop("_mask")
                    out.update(quote_out)
            metrics = _attempt("readability", errors, lambda: readability(body))
            if metrics is not None:
                out.update({k: metrics.get(k, _NAN) for k in schema.READABILITY_KEYS})
        else:
            errors.append("not english")

        self._add_units(
            article_id,
            body,
            paragraphs,
            sentences,
            sentence_paragraph,
            word_starts,
            scores,
            quote_mask,
        )
        out["status"] = errors[0] if errors else "ok"
        return out

    def _add_units(
        self,
        article_id: str,
        body: str,
        paragraphs: list[tuple[int, int]],
        sentences: list[tuple[int, int]],
        sentence_paragraph: list[int],
        word_starts: np.ndarray,
        scores: np.ndarray | None,
        quote_mask: np.ndarray,
    ) -> None:
        quoted_cum = np.concatenate([[0], np.cumsum(quote_mask)])

        def words_in(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            lo = np.searchsorted(word_starts, starts, side="left")
            hi = np.searchsorted(word_starts, ends, side="left")
            return hi - lo, quoted_cum[hi] - quoted_cum[lo]

        s_starts = np.array([s for s, _ in sentences], dtype=np.int64)
        s_ends = np.array([e for _, e in sentences], dtype=np.int64)
        s_words, s_quoted = words_in(s_starts, s_ends)
        p = self.sentences
        n = len(sentences)
        p["article_id"] += [article_id] * n
        p["sentence"] += range(n)
        p["paragraph"] += sentence_paragraph
        p["start"] += s_starts.tolist()
        p["end"] += s_ends.tolist()
        p["text"] += [body[s:e] for s, e in sentences]
        p["n_words"] += s_words.tolist()
        tone = scores if scores is not None else np.full((n, 4), _NAN)
        for j, name in enumerate(("compound", "pos", "neu", "neg")):
            p[name] += tone[:, j].tolist()
        p["quoted_share"] += _share(s_quoted, s_words).tolist()

        p_starts = np.array([s for s, _ in paragraphs], dtype=np.int64)
        p_ends = np.array([e for _, e in paragraphs], dtype=np.int64)
        p_words, p_quoted = words_in(p_starts, p_ends)
        per_para = np.bincount(sentence_paragraph, minlength=len(paragraphs))
        compound_sum = np.bincount(
            sentence_paragraph, weights=tone[:, 0], minlength=len(paragraphs)
        )
        with np.errstate(invalid="ignore", divide="ignore"):
            para_compound = np.where(per_para > 0, compound_sum / np.maximum(per_para, 1), _NAN)
        q = self.paragraphs
        m = len(paragraphs)
        q["article_id"] += [article_id] * m
        q["paragraph"] += range(m)
        q["start"] += p_starts.tolist()
        q["end"] += p_ends.tolist()
        q["n_sentences"] += per_para.tolist()
        q["n_words"] += p_words.tolist()
        q["compound"] += para_compound.tolist()
        q["quoted_share"] += _share(p_quoted, p_words).tolist()

    def _add_quotes(
        self,
        article_id: str,
        body: str,
        quotes: list[dict[str, Any]],
        paragraphs: list[tuple[int, int]],
        word_starts: np.ndarray,
        sentences: list[tuple[int, int]],
        sentence_scores: np.ndarray | None,
    ) -> dict[str, Any]:
        n = len(quotes)
        starts = np.array([q["start"] for q in quotes], dtype=np.int64)
        ends = np.array([q["end"] for q in quotes], dtype=np.int64)
        kinds = [q["kind"] for q in quotes]
        lo = np.searchsorted(word_starts, starts, side="left")
        hi = np.searchsorted(word_starts, ends, side="left")
        n_words = (hi - lo).tolist()
        compound = score_sentences([q["text"] for q in quotes])[:, 0] if n else np.zeros(0)
        para_starts = [s for s, _ in paragraphs]
        for i, q in enumerate(quotes):
            self.quotes.append(
                {
                    **q,
                    "article_id": article_id,
                    "quote": i,
                    "paragraph": max(bisect.bisect_right(para_starts, q["start"]) - 1, 0),
                    "n_words": n_words[i],
                    "compound": float(compound[i]),
                }
            )

        # A quotation inside a quotation is already counted in the outer one's words.
        voiced = np.array(
            [
                k != "scare" and not q.get("nested", False)
                for k, q in zip(kinds, quotes, strict=True)
            ],
            dtype=bool,
        )
        mask = np.zeros(len(word_starts), dtype=bool)
        for a, b in zip(lo[voiced], hi[voiced], strict=True):
            mask[a:b] = True
        quoted_words = int(mask.sum())

        # speaker -> [quotes, words, sum of compound]
        tally: dict[str, list[float]] = {}
        for i, q in enumerate(quotes):
            if voiced[i]:
                name = q.get("speaker_name")
                key = name if isinstance(name, str) and name else UNATTRIBUTED
                t = tally.setdefault(key, [0, 0, 0.0])
                t[0] += 1
                t[1] += n_words[i]
                t[2] += float(compound[i])
        for name in sorted(tally):
            quotes_n, words, tone = tally[name]
            self.speakers.append(
                {
                    "article_id": article_id,
                    "speaker_name": name,
                    "quotes": quotes_n,
                    "words": words,
                    "compound": tone / quotes_n,
                }
            )
        named = {k: v for k, v in tally.items() if k != UNATTRIBUTED}
        top = min(named, key=lambda k: (-named[k][1], -named[k][0], k)) if named else pd.NA
        return {
            "_mask": mask,
            "n_quotes": int(voiced.sum()),
            "n_quotes_full": kinds.count("full"),
            "n_quotes_partial": kinds.count("partial"),
            "n_quotes_scare": kinds.count("scare"),
            "quoted_words": quoted_words,
            "quoted_share": quoted_words / len(word_starts) if len(word_starts) else _NAN,
            "n_speakers": len(named),
            "top_speaker": top,
            "quoted_tone": _mean(compound[voiced]),
            "reporter_tone": _reporter_tone(
                body, sentences, sentence_scores, starts[voiced], ends[voiced]
            ),
        }


def _records(columns: dict[str, list[Any]]) -> list[dict[str, Any]]:
    names = list(columns)
    return [dict(zip(names, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def _units(body: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], np.ndarray, list[int]]:
    paragraphs = paragraph_spans(body)
    sentences = sentence_spans(body, paragraphs)
    word_starts = np.fromiter((s for s, _ in word_spans(body)), dtype=np.int64)
    para_starts = [s for s, _ in paragraphs]
    sentence_paragraph = [bisect.bisect_right(para_starts, s) - 1 for s, _ in sentences]
    return paragraphs, sentences, word_starts, sentence_paragraph


def _share(part: np.ndarray, whole: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(whole > 0, part / np.maximum(whole, 1), _NAN)


def _tone_rollup(texts: list[str], scores: np.ndarray) -> dict[str, Any]:
    if not len(texts):
        return {}
    compound = scores[:, 0]
    hi, lo = int(np.argmax(compound)), int(np.argmin(compound))
    return {
        "tone_mean": float(compound.mean()),
        "share_positive": float((compound >= POSITIVE).mean()),
        "share_neutral": float(((compound > NEGATIVE) & (compound < POSITIVE)).mean()),
        "share_negative": float((compound <= NEGATIVE).mean()),
        "most_positive_sentence": texts[hi],
        "most_positive_compound": float(compound[hi]),
        "most_negative_sentence": texts[lo],
        "most_negative_compound": float(compound[lo]),
    }


def _reporter_tone(
    body: str,
    sentences: list[tuple[int, int]],
    scores: np.ndarray | None,
    q_starts: np.ndarray,
    q_ends: np.ndarray,
) -> float:
    """Mean compound of each sentence's own words, quotations cut out.

    Sentences that hold no quoted words keep their score; those that do are scored
    again on what is left, and dropped when nothing but quotation is left.
    """
    if scores is None or not sentences:
        return _NAN
    values: list[float] = []
    rescore: list[str] = []
    for i, (s, e) in enumerate(sentences):
        inside = (q_starts < e) & (q_ends > s)
        if not inside.any():
            values.append(float(scores[i, 0]))
            continue
        pieces, cursor = [], s
        for qs, qe in sorted(zip(q_starts[inside].tolist(), q_ends[inside].tolist(), strict=True)):
            pieces.append(body[cursor : max(cursor, qs)])
            cursor = max(cursor, min(qe, e))
        pieces.append(body[cursor:e])
        own = " ".join(p.strip() for p in pieces if p.strip())
        if any(ch.isalnum() for ch in own):
            rescore.append(own)
    if rescore:
        values.extend(score_sentences(rescore)[:, 0].tolist())
    return _mean(values)


def measure(articles: Iterable[Mapping[str, Any]]) -> dict[str, pd.DataFrame]:
    """Measure a batch of loaded articles into the five tables (pandas, one process)."""
    builder = ChunkBuilder()
    for article in articles:
        builder.add(article)
    return builder.tables()
