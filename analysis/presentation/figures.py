"""Every chart the report and the notebooks draw, in one place.

Each function takes tables (or frames shaped by :mod:`analysis.presentation.explore`) and
returns a closed :class:`matplotlib.figure.Figure` with a title and both axes
labelled, at most :data:`WIDTH` inches wide so it reads at notebook width.
Closed, because a figure left open in pyplot's registry would be drawn a second
time by Jupyter's inline backend and would leak in long scripts; a closed figure
still saves and still displays as a cell's last expression.

Rules shared by all charts: rows are drawn in the order given (the callers sort),
colours are fixed, and empty input gives a figure that says "no data" rather
than an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

WIDTH = 8.0  # inches: about a notebook's text width at the default resolution
MAX_PER_ARTICLE_BARS = 40
LABEL_WIDTH = 36  # characters: leaves most of the width to the bars
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2")


def article_label(row: pd.Series, width: int = LABEL_WIDTH) -> str:
    """The headline cut to ``width`` characters, else the article id.

    >>> article_label(pd.Series({"title": "Floods hit the valley", "article_id": "b"}))
    'Floods hit the valley'
    >>> article_label(pd.Series({"title": None, "article_id": "b"}))
    'b'
    >>> article_label(pd.Series({"title": "A" * 60, "article_id": "b"}), width=10)
    'AAAAAAAAA…'
    """
    title = row.get("title")
    text = title if isinstance(title, str) and title.strip() else str(row.get("article_id"))
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _figure(height: float, ncols: int = 1) -> tuple[Figure, list[Axes]]:
    fig, axes = plt.subplots(
        1,
        ncols,
        figsize=(WIDTH, max(height, 2.2)),
        dpi=100,  # fixed: the stored "<Figure size …>" must not follow a user's rcParams
        squeeze=False,
        layout="constrained",
    )
    plt.close(fig)
    return fig, list(axes[0])


def _bar_height(rows: int, per_row: float = 0.45) -> float:
    return 0.9 + per_row * max(rows, 1)


def _no_data(ax: Axes) -> None:
    ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])


def _grouped_barh(
    ax: Axes, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
) -> None:
    """Horizontal bars, one group per label, one bar per series; first label on top."""
    y = np.arange(len(labels))
    height = 0.8 / max(len(series), 1)
    for i, (name, values) in enumerate(series):
        offset = (i - (len(series) - 1) / 2) * height
        ax.barh(y + offset, values, height=height, label=name, color=COLOURS[i % len(COLOURS)])
    ax.set_yticks(y, list(labels), parse_math=False)  # headlines may hold "$"
    ax.invert_yaxis()
    if len(series) > 1:
        ax.legend(loc="best", fontsize="small")


# -- the report's three charts ---------------------------------------------------------


def _compound_axis(ax: Axes) -> None:
    """VADER's whole scale, with its neutral zero marked."""
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlim(-1, 1)


def _per_article_or_histogram(
    articles: pd.DataFrame,
    measure: str,
    series: list[tuple[str, str]],
    bar_label: str,
    histogram: tuple[Callable[[pd.Series], pd.Series], dict, str],
) -> tuple[Figure, Axes, bool]:
    """Bars per article for a few articles, else a histogram; returns (fig, ax, bars).

    Only the articles with a ``measure`` count; ``series`` are ``(legend, column)``
    pairs of the bars (NaN drawn as 0), ``histogram`` a function of the measure's
    values, keywords for ``hist`` and the axis label. A corpus of many articles
    has only the measure's column copied (the report draws 100,000 articles).
    """
    has = articles[measure].notna()
    if has.sum() <= MAX_PER_ARTICLE_BARS:
        data = articles[has]
        fig, (ax,) = _figure(_bar_height(len(data)))
        bars = [(legend, data[c].fillna(0).tolist()) for legend, c in series]
        _grouped_barh(ax, [article_label(r) for _, r in data.iterrows()], bars)
        if data.empty:
            _no_data(ax)
        ax.set_xlabel(bar_label)
        ax.set_ylabel("article")
        return fig, ax, True
    values, hist_kwargs, hist_label = histogram
    fig, (ax,) = _figure(3.5)
    ax.hist(values(articles[measure][has]), bins=40, **hist_kwargs)
    ax.set_xlabel(hist_label)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("articles")
    return fig, ax, False


def readability_figure(articles: pd.DataFrame) -> Figure:
    """Grade level per article (few articles) or its distribution (many)."""
    fig, ax, _ = _per_article_or_histogram(
        articles,
        "flesch_kincaid_grade",
        [
            ("Flesch–Kincaid grade", "flesch_kincaid_grade"),
            ("consensus (text_standard)", "text_standard"),
        ],
        "US school grade (higher is harder)",
        (
            lambda grades: grades.clip(0, 30),
            {},
            "Flesch–Kincaid grade (higher is harder; clipped to 0–30)",
        ),
    )
    ax.set_title("Readability")
    return fig


def tone_figure(articles: pd.DataFrame) -> Figure:
    """Mean sentence tone against the headline's tone per article (few) or its distribution."""
    fig, ax, bars = _per_article_or_histogram(
        articles,
        "tone_mean",
        [("body: mean sentence compound", "tone_mean"), ("headline", "headline_compound")],
        "VADER compound (−1 negative … +1 positive)",
        (lambda tone: tone, {"range": (-1, 1)}, "mean sentence compound per article (−1 … +1)"),
    )
    if bars:
        _compound_axis(ax)
    ax.set_title("Tone")
    return fig


def speakers_figure(summary: pd.DataFrame, top: int = 15) -> Figure:
    """Quoted words per speaker, the ``top`` speakers as ``summary`` orders them."""
    data = summary.head(top)
    fig, (ax,) = _figure(_bar_height(len(data), 0.4))
    ax.barh(np.arange(len(data)), data["words"].astype(float), color=COLOURS[0])
    ax.set_yticks(np.arange(len(data)), data["speaker_name"].astype(str).tolist(), parse_math=False)
    ax.invert_yaxis()
    if data.empty:
        _no_data(ax)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("quoted words")
    ax.set_ylabel("speaker")
    ax.set_title(f"Who is quoted (top {len(data)} by quoted words)")
    return fig


# -- notebook charts -------------------------------------------------------------------


def metrics_figure(side_by_side: pd.DataFrame) -> Figure:
    """The grade-scale readability formulas side by side, one group per formula.

    ``side_by_side`` is :func:`analysis.presentation.explore.readability_side_by_side`: one row per
    metric, one column per article (plus ``scale`` and ``harder``); only the rows on a
    school-grade scale are drawn, so the bars share one axis.
    """
    grades = side_by_side[side_by_side["scale"] == "grade"]
    articles = [c for c in side_by_side.columns if c not in ("scale", "harder")]
    fig, (ax,) = _figure(_bar_height(len(grades), 0.25 + 0.15 * len(articles)))
    _grouped_barh(
        ax,
        grades.index.astype(str).tolist(),
        [(a, grades[a].astype(float).tolist()) for a in articles],
    )
    if grades.empty or not articles:
        _no_data(ax)
    ax.set_xlabel("US school grade (higher is harder)")
    ax.set_ylabel("formula")
    ax.set_title("Grade-level formulas side by side")
    return fig


def sentence_difficulty_figure(per_sentence: pd.DataFrame, metric: str) -> Figure:
    """Distribution of one readability metric over sentences, one histogram per article.

    ``per_sentence`` is :func:`.explore.sentence_readability` (columns ``label``
    and ``metric``).
    """
    fig, (ax,) = _figure(3.5)
    data = per_sentence.dropna(subset=[metric]) if metric in per_sentence else per_sentence
    if data.empty:
        _no_data(ax)
    else:
        values = data[metric].astype(float)
        bins = np.histogram_bin_edges(values, bins=min(20, max(len(values) // 2, 5)))
        for i, (label, group) in enumerate(data.groupby("label", sort=False)):
            ax.hist(
                group[metric].astype(float),
                bins=bins,
                alpha=0.6,
                label=label,
                color=COLOURS[i % len(COLOURS)],
            )
        ax.legend(loc="best", fontsize="small")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(f"{metric} per sentence")
    ax.set_ylabel("sentences")
    ax.set_title(f"How hard the sentences are ({metric})")
    return fig


def tone_arc_figure(arc: pd.DataFrame) -> Figure:
    """Each article's sentence-by-sentence tone, sentence position scaled to 0–1.

    ``arc`` is :func:`analysis.presentation.explore.tone_arc` (columns ``label``, ``position``,
    ``compound``, ``smoothed``): dots are sentences, the line their running mean.
    """
    fig, (ax,) = _figure(4.0)
    if arc.empty:
        _no_data(ax)
    for i, (label, group) in enumerate(arc.groupby("label", sort=False)):
        colour = COLOURS[i % len(COLOURS)]
        ax.scatter(group["position"], group["compound"], s=14, color=colour, alpha=0.6)
        ax.plot(group["position"], group["smoothed"], color=colour, label=label)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(-0.02, 1.02)
    if not arc.empty:
        ax.legend(loc="lower left", fontsize="small")
    ax.set_xlabel("position in the article (0 = first sentence, 1 = last)")
    ax.set_ylabel("VADER compound (−1 … +1)")
    ax.set_title("Tone arc: sentence by sentence (line: running mean)")
    return fig


def quote_length_figure(quotes: pd.DataFrame) -> Figure:
    """Length of quotations in words, full and partial quotations side by side."""
    fig, (ax,) = _figure(3.5)
    voiced = quotes[quotes["kind"].isin(["full", "partial"])] if len(quotes) else quotes
    if voiced.empty:
        _no_data(ax)
    else:
        lengths = voiced["n_words"].astype(float)
        bins = np.histogram_bin_edges(lengths, bins=min(15, max(len(lengths) // 2, 5)))
        groups = [
            voiced.loc[voiced["kind"] == kind, "n_words"].astype(float).to_numpy()
            for kind in ("full", "partial")
        ]
        ax.hist(groups, bins=bins, label=["full", "partial"], color=COLOURS[:2])
        ax.legend(loc="best", fontsize="small")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("words in the quotation")
    ax.set_ylabel("quotations")
    ax.set_title("How long the quotations are")
    return fig


def cue_figure(cues: pd.DataFrame) -> Figure:
    """Quotations per attribution cue (:func:`analysis.presentation.explore.cue_counts`)."""
    fig, (ax,) = _figure(_bar_height(len(cues), 0.35))
    ax.barh(np.arange(len(cues)), cues["quotations"].astype(float), color=COLOURS[0])
    ax.set_yticks(np.arange(len(cues)), cues["cue"].astype(str).tolist(), parse_math=False)
    ax.invert_yaxis()
    if cues.empty:
        _no_data(ax)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("quotations")
    ax.set_ylabel("attribution cue")
    ax.set_title("How quotations are attributed")
    return fig


def voices_figure(voices: pd.DataFrame) -> Figure:
    """Tone of the quoted words against the reporter's own, per article.

    ``voices`` is :func:`analysis.presentation.explore.voice_comparison`.
    """
    fig, (ax,) = _figure(_bar_height(len(voices)))
    _grouped_barh(
        ax,
        voices["label"].astype(str).tolist(),
        [
            ("quoted voices", voices["quoted_tone"].astype(float).tolist()),
            ("reporter", voices["reporter_tone"].astype(float).tolist()),
        ],
    )
    if voices.empty:
        _no_data(ax)
    _compound_axis(ax)
    ax.set_xlabel("mean VADER compound (−1 negative … +1 positive)")
    ax.set_ylabel("article")
    ax.set_title("Quoted voices against the reporter's own words")
    return fig


def comparison_figure(compared: pd.DataFrame) -> Figure:
    """The articles on the three axes: consensus grade, mean tone, quoted share.

    ``compared`` is :func:`analysis.presentation.explore.compare_articles`.
    """
    fig, axes = _figure(1.4 + _bar_height(len(compared), 0.4), ncols=3)
    labels = compared["label"].astype(str).tolist()
    y = np.arange(len(labels))
    panels = (
        ("text_standard", "consensus grade\n(higher is harder)", None),
        ("tone_mean", "mean sentence compound\n(−1 … +1)", (-1, 1)),
        ("quoted_share", "share of words quoted\n(0 … 1)", (0, 1)),
    )
    for i, (ax, (column, xlabel, limits)) in enumerate(zip(axes, panels, strict=True)):
        ax.barh(y, compared[column].astype(float), color=COLOURS[i])
        ax.set_yticks(y, labels if i == 0 else [], parse_math=False)
        ax.invert_yaxis()
        if limits:
            ax.set_xlim(*limits)
        if column == "tone_mean":
            ax.axvline(0, color="black", linewidth=0.8)
        ax.set_xlabel(xlabel)
        if compared.empty:
            _no_data(ax)
    axes[0].set_ylabel("article")
    fig.suptitle("The articles on three axes")
    return fig
