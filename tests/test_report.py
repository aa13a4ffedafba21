from __future__ import annotations

import pandas as pd
from fixtures.articles import sample_articles

import analysis
from analysis.presentation.report import render_report, speaker_summary, tally_speakers


def _hostile() -> pd.DataFrame:
    arts = sample_articles()
    arts.loc[0, "title"] = "<script>alert('x')</script> & <b>bold</b>"
    return arts


def test_article_text_is_escaped() -> None:
    t = analysis.analyze(_hostile())
    page = render_report(t.articles, t.speakers, {"news-workbook": "test"})
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page
    assert "<b>bold" not in page


def test_report_is_self_contained_with_three_charts() -> None:
    t = analysis.analyze(sample_articles())
    page = render_report(t.articles, t.speakers, {"news-workbook": "test"})
    assert page.count("src='data:image/png;base64,") == 3
    assert "http://" not in page and "https://" not in page


def test_speaker_tallies_of_chunks_add_up_to_the_whole() -> None:
    speakers = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b", "c"],
            "speaker_name": ["Ann", "(unattributed)", "Ann", "Bob", "Bob"],
            "quotes": [2, 1, 1, 3, 1],
            "words": [20, 5, 4, 30, 10],
            "compound": [0.5, 0.0, -0.5, 0.1, 0.3],
        }
    )
    whole = speaker_summary(speakers)
    parts = speaker_summary([tally_speakers(speakers.iloc[:3]), tally_speakers(speakers.iloc[3:])])
    pd.testing.assert_frame_equal(whole, parts)
    assert whole["speaker_name"].tolist() == ["Bob", "Ann"]
    assert whole["articles"].tolist() == [2, 2]
    assert whole["compound"].tolist() == [(3 * 0.1 + 0.3) / 4, (2 * 0.5 - 0.5) / 3]
