"""Charts: titled, both axes labelled, notebook width, the data drawn, no data handled."""

from __future__ import annotations

import io
import math

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from fixtures import tables
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from analysis import schema
from analysis.presentation import explore, figures


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


def _by_group() -> dict[str, list[float]]:
    return {"politics": [11.0, 12.5, 9.0], "sport (short)": [7.0]}


def _months() -> pd.DataFrame:
    frame = pd.DataFrame({"date": ["2024-01-05", "2024-01-09", "2024-03-02", None]})
    frame["status"] = "ok"
    frame["tone_mean"] = [0.1, -0.3, 0.2, 0.0]
    return explore.breakdown(frame, "month", explore.TONE)


def _all_figures() -> list[Figure]:
    arts = tables.articles()
    per_sentence = pd.DataFrame(
        {
            "label": ["A", "A", "B"],
            "flesch_kincaid_grade": [3.0, 9.0, 12.0],
        }
    )
    return [
        figures.readability_figure(arts),
        figures.tone_figure(arts),
        figures.speakers_figure(tables.speakers()),
        figures.sentence_difficulty_figure(per_sentence, "flesch_kincaid_grade"),
        figures.tone_arc_figure(explore.tone_arc(tables.sentences(), arts)),
        figures.quote_length_figure(tables.quotes()),
        figures.cue_figure(explore.cue_counts(tables.quotes())),
        figures.voices_figure(explore.voice_comparison(arts)),
        figures.histogram_figure([1.0, 2.0, 2.5], "words", "Length"),
        figures.box_figure(_by_group(), "grade", "By group"),
        figures.axes_figure([("grade", _by_group(), None), ("tone", _by_group(), (-1, 1))]),
        figures.timeline_figure(_months(), "month", "tone"),
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
        figures.speakers_figure(schema.empty("speakers")),
        figures.sentence_difficulty_figure(
            pd.DataFrame(columns=["label", "flesch_kincaid_grade"]), "flesch_kincaid_grade"
        ),
        figures.tone_arc_figure(explore.tone_arc(tables.sentences().head(0), arts)),
        figures.quote_length_figure(schema.empty("quotes")),
        figures.cue_figure(explore.cue_counts(schema.empty("quotes"))),
        figures.voices_figure(explore.voice_comparison(arts)),
        figures.histogram_figure([], "words", "Length"),
        figures.box_figure({}, "grade", "By group"),
        figures.axes_figure([("grade", {"all": []}, None)]),
        figures.timeline_figure(_months().head(0), "month"),
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


def test_speakers_figure_takes_the_top_in_order_coloured_by_type() -> None:
    fig = figures.speakers_figure(tables.speakers(), top=3)
    ax = fig.axes[0]
    bars = sorted((p.get_y(), p.get_width(), to_hex(p.get_facecolor())) for p in ax.patches)
    colours = figures.SPEAKER_COLOURS
    assert [(w, c) for _, w, c in bars] == [
        (30.0, colours["person"]),
        (20.0, colours["organisation"]),
        (10.0, colours["person"]),
    ]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Ann Lee", "City Council", "Bob Roy"]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["person", "organisation"]
    assert "top 3" in _title(fig)


def test_tone_arc_plots_every_sentence_and_its_running_mean() -> None:
    arc = explore.tone_arc(tables.sentences(), tables.articles(), window=2)
    fig = figures.tone_arc_figure(arc)
    ax = fig.axes[0]
    dots = [c.get_offsets().tolist() for c in ax.collections]
    assert dots[0] == [[0.0, 0.6], [0.5, -0.3], [1.0, 0.0]]
    line = ax.get_lines()[0]
    assert line.get_ydata().tolist() == pytest.approx([0.6, 0.15, -0.15])
    assert [t.get_text() for t in fig.legends[0].get_texts()] == [
        "Floods hit the valley",
        "Minister defends budget",
    ]


def test_quote_lengths_split_full_and_partial() -> None:
    fig = figures.quote_length_figure(tables.quotes())
    heights = [p.get_height() for p in fig.axes[0].patches]
    assert sum(heights) == 4  # two full, two partial; the scare quote is left out


def test_article_label_squeezes_white_space() -> None:
    row = pd.Series({"title": "  Storm\n closes   port ", "article_id": "x"})
    assert figures.article_label(row) == "Storm closes port"


def test_dollar_signs_in_labels_are_text_not_mathematics() -> None:
    speakers = tables.speakers().head(1).assign(speaker_name="pays $\\frac{ for $")
    fig = figures.speakers_figure(speakers)
    fig.savefig(io.BytesIO(), format="png")  # mathtext would raise ValueError here
    assert fig.axes[0].get_yticklabels()[0].get_text() == "pays $\\frac{ for $"


def _overlaps(a: object, b: object) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def test_legends_never_cover_the_data() -> None:
    """Every legend sits outside every axes, below the chart."""
    for fig in _all_figures():
        canvas = FigureCanvasAgg(fig)  # closed figures keep no canvas of their own
        canvas.draw()
        renderer = canvas.get_renderer()
        for legend in fig.legends + [ax.get_legend() for ax in fig.axes if ax.get_legend()]:
            box = legend.get_window_extent(renderer)
            for ax in fig.axes:
                assert not _overlaps(box, ax.get_window_extent(renderer)), _title(fig)


def test_many_articles_are_summarised_not_drawn_one_by_one() -> None:
    n = figures.MAX_LINES + 3
    arc = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(n) for _ in range(4)],
            "label": [f"Story {i}" for i in range(n) for _ in range(4)],
            "position": [0.0, 1 / 3, 2 / 3, 1.0] * n,
            "compound": [0.5, 0.0, -0.5, 0.25] * n,
            "smoothed": [0.5, 0.25, 0.0, -0.08] * n,
        }
    )
    fig = _check(figures.tone_arc_figure(arc, explore.arc_profile(arc, bins=4)))
    ax = fig.axes[0]
    assert not ax.collections[1:] and len(ax.get_lines()) == 2  # the mean and the zero line
    assert ax.get_lines()[0].get_ydata().tolist() == [0.5, 0.0, -0.5, 0.25]
    assert f"over {n:,} articles" in _title(fig)
    per_sentence = pd.DataFrame({"label": arc["label"], "flesch_kincaid_grade": arc["compound"]})
    hist = _check(figures.sentence_difficulty_figure(per_sentence, "flesch_kincaid_grade"))
    assert not hist.legends and sum(p.get_height() for p in hist.axes[0].patches) == len(arc)
    voices = pd.DataFrame(
        {
            "label": [f"S{i}" for i in range(figures.MAX_PER_ARTICLE_BARS + 1)],
            "quoted_tone": 0.2,
            "reporter_tone": -0.1,
        }
    )
    scatter = _check(figures.voices_figure(voices))
    assert len(scatter.axes[0].collections[0].get_offsets()) == len(voices)


def test_histogram_marks_the_median_and_boxes_show_few_values_as_dots() -> None:
    fig = figures.histogram_figure([1.0, 2.0, 3.0, math.nan], "x", "t")
    assert sum(p.get_height() for p in fig.axes[0].patches) == 3
    assert fig.axes[0].get_lines()[0].get_xdata()[0] == 2.0
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["median 2.00"]
    box = figures.box_figure(_by_group(), "grade", "By group")
    ticks = [t.get_text() for t in box.axes[0].get_yticklabels()]
    assert ticks == ["politics (3)", "sport (short) (1)"]
    dots = [len(c.get_offsets()) for c in box.axes[0].collections]
    assert dots == [3, 1]


def test_timeline_draws_the_periods_in_order_without_the_total() -> None:
    fig = figures.timeline_figure(_months(), "month", "tone")
    assert [p.get_height() for p in fig.axes[0].patches] == [2.0, 1.0]
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["2024-01", "2024-03"]
    assert fig.axes[1].get_lines()[0].get_ydata().tolist() == pytest.approx([-0.1, 0.2])


def test_figures_stay_under_two_thousand_pixels() -> None:
    many = {f"group {i}": [float(i)] for i in range(explore.TOP_GROUPS)}
    for fig in [*_all_figures(), figures.box_figure(many, "x", "t")]:
        width, height = fig.get_size_inches() * fig.dpi
        assert width <= 2000 and height <= 2000
