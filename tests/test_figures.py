"""Charts: titled, both axes labelled, notebook width, the data drawn, no data handled."""

from __future__ import annotations

import io
import math

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from fixtures import tables
from matplotlib.figure import Figure

from analysis import schema
from analysis.presentation import explore, figures
from analysis.presentation.report import speaker_summary


def _title(fig: Figure) -> str:
    suptitle = fig._suptitle.get_text() if fig._suptitle is not None else ""
    return suptitle or " ".join(ax.get_title() for ax in fig.axes).strip()


def _check(fig: Figure) -> Figure:
    """The house rules every chart must follow."""
    assert isinstance(fig, Figure)
    assert _title(fig)
    assert fig.axes and all(ax.get_xlabel() for ax in fig.axes)
    assert fig.axes[0].get_ylabel()
    width, height = fig.get_size_inches()
    assert width <= figures.WIDTH and 2 <= height <= 12
    assert fig.number not in plt.get_fignums()  # closed: no double drawing, no leak
    return fig


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def _bar_widths(fig: Figure, ax: int = 0) -> list[float]:
    return [p.get_width() for p in fig.axes[ax].patches]


def _has_no_data_note(fig: Figure) -> bool:
    return any(t.get_text() == "no data" for ax in fig.axes for t in ax.texts)


def _all_figures() -> list[Figure]:
    arts = tables.articles()
    side = explore.readability_side_by_side(arts)
    per_sentence = pd.DataFrame(
        {
            "label": ["A", "A", "B"],
            "flesch_kincaid_grade": [3.0, 9.0, 12.0],
        }
    )
    return [
        figures.readability_figure(arts),
        figures.tone_figure(arts),
        figures.speakers_figure(explore.speaker_bars(explore.speaker_table(tables.quotes()))),
        figures.metrics_figure(side),
        figures.sentence_difficulty_figure(per_sentence, "flesch_kincaid_grade"),
        figures.tone_arc_figure(explore.tone_arc(tables.sentences(), arts)),
        figures.quote_length_figure(tables.quotes()),
        figures.cue_figure(explore.cue_counts(tables.quotes())),
        figures.voices_figure(explore.voice_comparison(arts)),
        figures.comparison_figure(explore.compare_articles(arts)),
    ]


def test_every_chart_follows_the_house_rules() -> None:
    for fig in _all_figures():
        _check(fig)
        assert not _has_no_data_note(fig)


def test_charts_render_identically_twice() -> None:
    first = [_png(f) for f in _all_figures()]
    second = [_png(f) for f in _all_figures()]
    assert first == second


def test_empty_input_gives_a_no_data_figure() -> None:
    arts = tables.articles().head(0)
    empties = [
        figures.readability_figure(arts),
        figures.tone_figure(arts),
        figures.speakers_figure(
            explore.speaker_bars(explore.speaker_table(tables.quotes().head(0)))
        ),
        figures.metrics_figure(explore.readability_side_by_side(arts)),
        figures.sentence_difficulty_figure(
            pd.DataFrame(columns=["label", "flesch_kincaid_grade"]), "flesch_kincaid_grade"
        ),
        figures.tone_arc_figure(explore.tone_arc(tables.sentences().head(0), arts)),
        figures.quote_length_figure(schema.empty("quotes")),
        figures.cue_figure(explore.cue_counts(schema.empty("quotes"))),
        figures.voices_figure(explore.voice_comparison(arts)),
        figures.comparison_figure(explore.compare_articles(arts)),
    ]
    for fig in empties:
        _check(fig)
        assert _has_no_data_note(fig)


def test_report_bars_show_the_values_per_article() -> None:
    fig = figures.readability_figure(tables.articles())
    assert _bar_widths(fig) == [5.5, 12.25, 6.0, 11.0]  # FK per article, then consensus
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Floods hit the valley", "Minister defends budget"]
    tone = figures.tone_figure(tables.articles(headline_compound=[math.nan, 0.0]))
    assert _bar_widths(tone) == [-0.4, 0.2, 0.0, 0.0]  # a missing headline draws as 0


def test_many_articles_switch_to_a_histogram() -> None:
    n = figures.MAX_PER_ARTICLE_BARS + 1
    arts = schema.conform(
        pd.DataFrame(
            {
                "article_id": [str(i) for i in range(n)],
                "flesch_kincaid_grade": [float(i % 20) for i in range(n)],
                "tone_mean": [0.1] * n,
            }
        ),
        "articles",
    )
    for fig in (figures.readability_figure(arts), figures.tone_figure(arts)):
        _check(fig)
        assert fig.axes[0].get_ylabel() == "articles"
        assert sum(p.get_height() for p in fig.axes[0].patches) == n


def test_speakers_figure_takes_the_top_in_order() -> None:
    summary = pd.DataFrame({"speaker_name": ["Ann", "Bob", "Cy"], "words": [30, 20, 10]})
    fig = figures.speakers_figure(summary, top=2)
    assert _bar_widths(fig) == [30.0, 20.0]
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Ann", "Bob"]
    assert "top 2" in _title(fig)


def test_metrics_figure_draws_only_grade_scale_formulas() -> None:
    side = explore.readability_side_by_side(tables.articles())
    fig = figures.metrics_figure(side)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks == list(explore.GRADE_METRICS)
    assert "flesch_reading_ease" not in ticks
    assert len(fig.axes[0].patches) == 2 * len(explore.GRADE_METRICS)


def test_tone_arc_plots_every_sentence_and_its_running_mean() -> None:
    arc = explore.tone_arc(tables.sentences(), tables.articles(), window=2)
    fig = figures.tone_arc_figure(arc)
    ax = fig.axes[0]
    dots = [c.get_offsets().tolist() for c in ax.collections]
    assert dots[0] == [[0.0, 0.6], [0.5, -0.3], [1.0, 0.0]]
    line = ax.get_lines()[0]
    assert line.get_ydata().tolist() == pytest.approx([0.6, 0.15, -0.15])
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "Floods hit the valley",
        "Minister defends budget",
    ]


def test_quote_lengths_split_full_and_partial() -> None:
    fig = figures.quote_length_figure(tables.quotes())
    heights = [p.get_height() for p in fig.axes[0].patches]
    assert sum(heights) == 4  # two full, two partial; the scare quote is left out


def test_comparison_panels_hold_the_three_axes() -> None:
    compared = explore.compare_articles(tables.articles())
    fig = figures.comparison_figure(compared)
    assert len(fig.axes) == 3
    assert [_bar_widths(fig, i) for i in range(3)] == [[6.0, 11.0], [-0.4, 0.2], [0.0, 0.5]]
    assert _title(fig) == "The articles on three axes"


def test_article_label_squeezes_white_space() -> None:
    row = pd.Series({"title": "  Storm\n closes   port ", "article_id": "x"})
    assert figures.article_label(row) == "Storm closes port"


def test_dollar_signs_in_labels_are_text_not_mathematics() -> None:
    speakers = pd.DataFrame(
        {
            "article_id": ["a"],
            "speaker_name": ["pays $\\frac{ for $"],
            "quotes": [1],
            "words": [3],
            "compound": [0.1],
        }
    )
    fig = figures.speakers_figure(speaker_summary(speakers))
    fig.savefig(io.BytesIO(), format="png")  # mathtext would raise ValueError here
    assert fig.axes[0].get_yticklabels()[0].get_text() == "pays $\\frac{ for $"
