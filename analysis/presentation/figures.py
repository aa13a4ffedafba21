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
MAX_LINES = 7  # articles drawn one by one in a chart; more are summarised
BOX_DOTS = 60  # values of a box drawn as dots as well
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


def _figure(height: float, ncols: int = 1, nrows: int = 1) -> tuple[Figure, list[Axes]]:
    fig, axes = plt.subplots(
        nrows,
        ncols,
        figsize=(WIDTH, max(height, 2.2)),
        dpi=100,  # fixed: the stored "<Figure size …>" must not follow a user's rcParams
        squeeze=False,
        layout="constrained",
    )
    plt.close(fig)
    return fig, list(axes.flat)


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
        legend_below(ax)


def legend_below(ax: Axes, columns: int = 3) -> None:
    """The axes' legend under the chart, outside it: a legend never covers data."""
    handles, names = ax.get_legend_handles_labels()
    if handles:
        ax.figure.legend(
            handles,
            names,
            loc="outside lower center",
            ncols=min(columns, len(handles)),
            fontsize="small",
            frameon=False,
        )


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


#: A fixed colour per kind of speaker, so that a kind looks the same in every report.
SPEAKER_COLOURS = {
    "person": COLOURS[0],
    "organisation": COLOURS[1],
    "group": COLOURS[2],
    "document": COLOURS[4],
}


def speakers_figure(speakers: pd.DataFrame, top: int = 15) -> Figure:
    """Quoted words per named speaker, the ``top`` speakers in the order of ``speakers``
    (the speakers table, most quoted first), coloured by ``speaker_type`` when it has one."""
    data = speakers.head(top)
    fig, (ax,) = _figure(_bar_height(len(data), 0.4))
    y = np.arange(len(data))
    kinds = data["speaker_type"] if "speaker_type" in data else pd.Series([None] * len(data))
    kinds = kinds.astype("object").where(kinds.isin(list(SPEAKER_COLOURS)), "other")
    for kind in [*SPEAKER_COLOURS, "other"]:
        drawn = (kinds == kind).to_numpy(dtype=bool)
        if drawn.any():
            colour = SPEAKER_COLOURS.get(kind, COLOURS[5])
            ax.barh(y[drawn], data["words"].astype(float)[drawn], color=colour, label=kind)
    ax.set_yticks(y, data["speaker_name"].astype(str).tolist(), parse_math=False)
    ax.invert_yaxis()
    if data.empty:
        _no_data(ax)
    elif "speaker_type" in data:
        legend_below(ax, columns=5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("quoted words (full and partial quotations)")
    ax.set_ylabel("speaker")
    ax.set_title(f"Who is quoted (top {len(data)} named speakers by quoted words)")
    return fig


# -- notebook charts -------------------------------------------------------------------


def sentence_difficulty_figure(per_sentence: pd.DataFrame, metric: str) -> Figure:
    """Distribution of one readability metric over sentences.

    ``per_sentence`` is :func:`.explore.sentence_readability` (columns ``label``
    and ``metric``): one histogram per article for up to :data:`MAX_LINES`
    articles, else one over all sentences.
    """
    fig, (ax,) = _figure(3.5)
    data = per_sentence.dropna(subset=[metric]) if metric in per_sentence else per_sentence
    if data.empty:
        _no_data(ax)
    else:
        values = data[metric].astype(float)
        bins = np.histogram_bin_edges(values, bins=min(30, max(len(values) // 2, 5)))
        groups = list(data.groupby("label", sort=False))
        if len(groups) <= MAX_LINES:
            for i, (label, group) in enumerate(groups):
                ax.hist(
                    group[metric].astype(float),
                    bins=bins,
                    alpha=0.6,
                    label=label,
                    color=COLOURS[i % len(COLOURS)],
                )
            legend_below(ax, columns=2)
        else:
            ax.hist(values, bins=bins, color=COLOURS[0])
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(f"{metric} per sentence")
    ax.set_ylabel("sentences")
    ax.set_title(f"How hard the sentences are ({metric})")
    return fig


def tone_arc_figure(arc: pd.DataFrame, profile: pd.DataFrame | None = None) -> Figure:
    """Tone sentence by sentence, sentence position scaled to 0–1.

    ``arc`` is :func:`analysis.presentation.explore.tone_arc` (columns ``label``,
    ``position``, ``compound``, ``smoothed``). Up to :data:`MAX_LINES` articles:
    dots are sentences, the line each article's running mean. More articles:
    ``profile`` (:func:`.explore.arc_profile`) is drawn, the mean compound per
    stretch of the articles with the middle half of the sentences shaded.
    """
    fig, (ax,) = _figure(4.0)
    groups = list(arc.groupby("label", sort=False)) if len(arc) else []
    if arc.empty:
        _no_data(ax)
    elif len(groups) <= MAX_LINES or profile is None:
        for i, (label, group) in enumerate(groups[:MAX_LINES]):
            colour = COLOURS[i % len(COLOURS)]
            ax.scatter(group["position"], group["compound"], s=14, color=colour, alpha=0.6)
            ax.plot(group["position"], group["smoothed"], color=colour, label=label)
        legend_below(ax, columns=2)
    else:
        middle = (profile["from"] + profile["to"]) / 2
        ax.fill_between(
            middle, profile["q1"], profile["q3"], color=COLOURS[0], alpha=0.2,
            label="middle half of the sentences",
        )  # fmt: skip
        ax.plot(middle, profile["mean"], color=COLOURS[0], marker="o", label="mean compound")
        legend_below(ax, columns=2)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("position in the article (0 = first sentence, 1 = last)")
    ax.set_ylabel("VADER compound (−1 … +1)")
    title = "Tone arc: sentence by sentence (line: running mean)"
    if len(groups) > MAX_LINES and profile is not None:
        title = f"Tone arc over {len(groups):,} articles"
    ax.set_title(title)
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
        legend_below(ax)
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
    """Tone of the quoted words against the reporter's own.

    ``voices`` is :func:`analysis.presentation.explore.voice_comparison`: bars per
    article for up to :data:`MAX_PER_ARTICLE_BARS` articles, else one dot per
    article (quoted tone across, reporter's up), the diagonal where they are equal.
    """
    if len(voices) <= MAX_PER_ARTICLE_BARS:
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
    else:
        fig, (ax,) = _figure(WIDTH * 0.75)
        ax.scatter(
            voices["quoted_tone"].astype(float),
            voices["reporter_tone"].astype(float),
            s=8,
            alpha=0.35,
            color=COLOURS[0],
            linewidths=0,
        )
        ax.plot([-1, 1], [-1, 1], color="black", linewidth=0.8)
        ax.set_xlim(-1, 1)
        ax.set_ylim(-1, 1)
        ax.set_aspect("equal")
        ax.set_xlabel("quoted voices: mean compound (right of the line: warmer than the reporter)")
        ax.set_ylabel("reporter: mean compound")
    ax.set_title("Quoted voices against the reporter's own words")
    return fig


# -- corpus-scale charts: distributions, groups, time ------------------------------------


def histogram_figure(
    values: Sequence[float] | np.ndarray | pd.Series,
    xlabel: str,
    title: str,
    *,
    limits: tuple[float, float] | None = None,
    ylabel: str = "articles",
) -> Figure:
    """How one measure is spread: a histogram, the median marked. NaN values are left out."""
    data = np.asarray(pd.to_numeric(pd.Series(values), errors="coerce"), dtype=float)
    data = data[~np.isnan(data)]
    fig, (ax,) = _figure(3.2)
    if not len(data):
        _no_data(ax)
    else:
        bins = min(40, max(len(data) // 4, 5))
        ax.hist(data, bins=bins, range=limits, color=COLOURS[0])
        median = float(np.median(data))
        ax.axvline(median, color="black", linewidth=1, linestyle="--", label=f"median {median:.2f}")
        legend_below(ax)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    _frame(ax, limits, xlabel, ylabel, title)
    return fig


def _frame(
    ax: Axes, limits: tuple[float, float] | None, xlabel: str, ylabel: str, title: str
) -> None:
    """The x range (when given), the axis labels and the title of a distribution."""
    if limits:
        ax.set_xlim(*limits)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)


def _boxes(ax: Axes, groups: dict[str, np.ndarray], colour: str) -> None:
    """One horizontal box per group (first on top), with its dots when it has few values."""
    names = list(groups)
    values = [
        np.asarray(v, dtype=float)[~np.isnan(np.asarray(v, dtype=float))] for v in groups.values()
    ]
    y = np.arange(len(names))
    drawn = [v if len(v) else np.array([np.nan]) for v in values]
    ax.boxplot(
        drawn,
        positions=y,
        orientation="horizontal",
        widths=0.6,
        showfliers=False,
        patch_artist=True,
        boxprops={"facecolor": colour, "alpha": 0.35},
        medianprops={"color": "black"},
    )
    for i, v in enumerate(values):
        if 0 < len(v) <= BOX_DOTS:
            jitter = (np.arange(len(v)) % 5 - 2) * 0.06  # spread, not random: same image each run
            ax.scatter(v, i + jitter, s=12, color=colour, zorder=3)
    ax.set_yticks(
        y, [f"{n} ({len(v):,})" for n, v in zip(names, values, strict=True)], parse_math=False
    )
    ax.invert_yaxis()


def box_figure(
    groups: dict[str, Sequence[float] | np.ndarray],
    xlabel: str,
    title: str,
    *,
    limits: tuple[float, float] | None = None,
    ylabel: str = "group (articles)",
) -> Figure:
    """One measure per group as box plots (quartiles, whiskers to 1.5 IQR), groups in order.

    ``groups`` maps a group's name to its values (:func:`.explore.values_by_group`).
    Groups of up to :data:`BOX_DOTS` values show every value as a dot as well.
    """
    fig, (ax,) = _figure(_bar_height(len(groups), 0.4))
    if not groups or all(len(v) == 0 for v in groups.values()):
        _no_data(ax)
    else:
        _boxes(ax, {k: np.asarray(v, dtype=float) for k, v in groups.items()}, COLOURS[0])
    _frame(ax, limits, xlabel, ylabel, title)
    return fig


def axes_figure(
    panels: Sequence[tuple[str, dict[str, np.ndarray], tuple[float, float] | None]],
) -> Figure:
    """Several measures side by side, one panel each, a box per group in every panel.

    ``panels`` are ``(axis label, values by group, limits)``; the groups are the
    same in every panel (names shown on the first).
    """
    names = list(panels[0][1]) if panels else []
    fig, axes = _figure(1.2 + _bar_height(len(names), 0.4), ncols=max(len(panels), 1))
    for i, (ax, (xlabel, groups, limits)) in enumerate(zip(axes, panels, strict=False)):
        if not groups or all(len(v) == 0 for v in groups.values()):
            _no_data(ax)
        else:
            _boxes(ax, groups, COLOURS[i % len(COLOURS)])
        if i:
            ax.set_yticklabels([])
        if limits:
            ax.set_xlim(*limits)
        ax.set_xlabel(xlabel)
    axes[0].set_ylabel("group (articles)")
    fig.suptitle("The three axes by group")
    return fig


def timeline_figure(by_period: pd.DataFrame, unit: str, measure: str | None = None) -> Figure:
    """Articles per period (a breakdown by ``week``/``month``/``year``), and a measure's value.

    ``by_period`` is :func:`.explore.breakdown` by ``unit``; its ``all`` and
    ``(no date)`` rows are left out. With ``measure`` (one of its columns) a second
    panel draws that column per period.
    """
    data = by_period[~by_period[unit].astype(str).isin(["all", "(no date)"])]
    fig, axes = _figure(3.4 if measure is None else 5.6, nrows=1 if measure is None else 2)
    x = np.arange(len(data))
    names = data[unit].astype(str).tolist()
    axes[0].bar(x, data["articles"].astype(float), color=COLOURS[0])
    axes[0].set_ylabel("articles")
    axes[0].yaxis.set_major_locator(MaxNLocator(integer=True))
    axes[0].set_title(f"Articles per {unit}")
    if measure is not None:
        axes[1].plot(x, data[measure].astype(float), marker="o", color=COLOURS[1])
        axes[1].axhline(0, color="black", linewidth=0.6)
        axes[1].set_ylabel(measure)
        axes[1].set_title(f"{measure} per {unit}")
    step = max(1, -(-len(names) // 12))  # at most about a dozen tick labels
    for ax in axes:
        ax.set_xticks(x[::step], names[::step], rotation=45, ha="right", parse_math=False)
        ax.set_xlabel(unit)
        if data.empty:
            _no_data(ax)
    return fig
