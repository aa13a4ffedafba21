"""01-corpus: what was loaded, from where, and what the loader left out."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.loading.encoding import decode_bytes
from analysis.presentation.explore.formatting import count, display_path
from analysis.presentation.explore.groups import group_keys, parsed_dates
from analysis.presentation.explore.selection import (
    articles_read,
    column,
    is_analysed,
    labels,
    mask,
)
from analysis.units.spans import word_spans

__all__ = [
    "captions_list",
    "corpus_overview",
    "dropped_lines",
    "dropped_summary",
    "duplicates",
    "inventory",
    "loaded_summary",
    "source_file",
    "status_counts",
]


def loaded_summary(corpus: str | Path, articles: pd.DataFrame) -> str:
    """One sentence: how many articles from how many files, how many analysed, how many repeats.

    "Analysed in full" counts status ``ok``; the repeats among them (``duplicate_of``)
    are left out of every corpus figure in the notebooks, so both numbers are given.
    """
    n = articles_read(articles)
    files = column(articles, "source").nunique()
    skipped = len(articles) - n
    ok = mask(column(articles, "status") == "ok")
    distinct = int(is_analysed(articles).sum())
    read = count(n, "article")
    if skipped:
        # Documentation and unsupported files keep their rows but are no articles.
        read += f" (and {count(skipped, 'file')} skipped, not articles)"
    text = (
        f"Corpus {display_path(corpus)}: {read} loaded from {count(files, 'file')}; "
        f"{int(ok.sum()):,} analysed in full"
    )
    repeats = int(ok.sum()) - distinct
    if repeats:
        verb = "repeats" if repeats == 1 else "repeat"
        text += f", of which {repeats:,} {verb} an earlier body: {distinct:,} distinct articles"
    return text + "."


def inventory(articles: pd.DataFrame) -> pd.DataFrame:
    """What was loaded per section (one ``all`` row when there are none), and in total.

    Columns: ``section``, ``files``, ``articles``, ``analysed`` (status ok, repeats
    left out), ``words`` (in the analysed articles), ``median words``, and, when any
    date is known, ``first`` and ``last`` date.
    """
    sections = group_keys(articles, "section")
    has_sections = column(articles, "section").notna().any()
    dates = parsed_dates(articles)
    words = pd.to_numeric(column(articles, "n_words"), errors="coerce")
    if words.isna().all():  # the loaded frame, before analysis: count the words here
        words = pd.Series([_words(b) for b in column(articles, "body")], index=articles.index)
    keep = is_analysed(articles)
    rows = []
    names = sorted(set(sections)) if has_sections else []
    for name in [*names, None]:
        in_group = np.ones(len(articles), bool) if name is None else (sections == name).to_numpy()
        chosen = in_group & keep
        row = {
            "section": "all" if name is None else name,
            "files": column(articles, "source")[in_group].nunique(),
            "articles": int(in_group.sum()),
            "analysed": int(chosen.sum()),
            "words": int(words[chosen].sum()),
            "median words": float(words[chosen].median()) if chosen.any() else np.nan,
        }
        if dates.notna().any():
            known = dates[in_group].dropna()
            row["first"] = known.min().strftime("%Y-%m-%d") if len(known) else "NA"
            row["last"] = known.max().strftime("%Y-%m-%d") if len(known) else "NA"
        rows.append(row)
    return pd.DataFrame(rows)


def _words(body: object) -> int:
    return len(word_spans(body)) if isinstance(body, str) else 0


def corpus_overview(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per loaded article: where it came from, headline, sizes and status."""
    bodies = articles["body"].astype("object")
    captions = column(articles, "captions")
    out = pd.DataFrame(
        {
            "article_id": articles["article_id"].astype(str),
            "source": [
                display_path(s) if isinstance(s, str) else s for s in column(articles, "source")
            ],
            "position": column(articles, "position"),
            "reader": column(articles, "reader"),
            "section": column(articles, "section"),
            "date": column(articles, "date"),
            "title": articles["title"],
            "captions": [
                len(c) if isinstance(c, list | tuple | np.ndarray) else 0 for c in captions
            ],
            "characters": [len(b) if isinstance(b, str) else 0 for b in bodies],
            "paragraphs": [_count_paragraphs(b) for b in bodies],
            "words": [_words(b) for b in bodies],
            "encoding": column(articles, "encoding"),
            "language": column(articles, "language"),
            "status": articles["status"],
            "duplicate_of": column(articles, "duplicate_of"),
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
    for captions, label in zip(column(articles, "captions"), names, strict=True):
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
    dup = column(articles, "duplicate_of")
    rows = articles[dup.notna().to_numpy(dtype=bool)]
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
    sources = column(articles, "source")
    rows = []
    for source in sorted({s for s in sources if isinstance(s, str)}):
        path = source_file(source, corpus)
        if path is None or path.suffix.lower() not in (".txt", ""):
            continue
        mine = articles[mask(sources == source)]
        titles = Counter(_squeeze(t) for t in mine["title"] if isinstance(t, str))
        captions: Counter[str] = Counter()
        for listed in column(mine, "captions"):
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
