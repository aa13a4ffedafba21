"""05-findings (explore.findings): corpus-level statements with their numbers, group against
group, never a sentence per article."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from fixtures import tables
from fixtures.articles import speaker_articles

import analysis
from analysis import schema
from analysis.presentation import explore


def _corpus(n_per_section: int = 6) -> pd.DataFrame:
    """Two sections of hand-set articles: politics harder, more negative, quoting more."""
    rows = []
    for section, grade, tone, share in (("politics", 12.0, -0.2, 0.3), ("sport", 8.0, 0.3, 0.1)):
        for i in range(n_per_section):
            rows.append(
                {
                    "article_id": f"{section}-{i}",
                    "title": f"{section} story {i}",
                    "source": f"c/{section}/{i}.txt",
                    "section": section,
                    "status": "ok",
                    "n_words": 200 + 10 * i,
                    "text_standard": grade + 1,
                    "flesch_kincaid_grade": grade + i * 0.1,
                    "flesch_reading_ease": 60.0 - grade,
                    "tone_mean": tone,
                    "headline_compound": 0.0,
                    "share_negative": 0.5 if tone < 0 else 0.0,
                    "n_quotes": 2,
                    "quoted_share": share,
                    "n_speakers": 1,
                    "quoted_tone": tone + 0.1,
                    "reporter_tone": tone,
                }
            )
    return pd.DataFrame(rows)


def test_corpus_profile_and_group_comparison() -> None:
    corpus = _corpus()
    profile = explore.corpus_profile(corpus).set_index("measure")
    assert list(profile.index) == list(explore.COMPARED)
    assert profile.loc["FK grade", "articles"] == 12
    assert profile.loc["quoted − reporter", "mean"] == pytest.approx(0.1)
    groups = explore.compare_groups(corpus, "section")
    assert groups["section"].tolist() == ["politics", "sport", "all"]
    assert groups.columns[-1] == "quoted − reporter"


def test_findings_state_corpus_figures_and_name_the_groups() -> None:
    out = explore.findings(_corpus())
    assert out[0] == "12 articles loaded, 12 analysed in full."
    assert out[1].startswith("With 12 articles, the figures below describe these articles")
    assert out[2] == (
        "Readability: the median article reads at Flesch–Kincaid grade 10.2 (half of them "
        "between 8.3 and 12.2); median consensus grade 11.0, median reading ease 50.0. By "
        "section, the hardest to read is politics (median grade 12.2), the easiest sport (8.2)."
    )
    assert out[3] == (
        "Tone: the mean article body scores +0.05 (mean sentence compound); 50% of bodies lean "
        "negative (≤ −0.05) and 50% positive (≥ +0.05). By section, the most positive is sport "
        "(+0.30), the most negative politics (-0.20)."
    )
    assert out[4].startswith("Headlines: of 12 articles")
    assert out[5].startswith("Quotation: 100% of 12 analysed articles quote someone")
    assert out[6] == (
        "Voices: where both can be scored (12 articles), the quoted words sound warmer than the "
        "reporter's own in 100% of articles (mean difference +0.10 compound)."
    )
    assert out[7].startswith("Relations (Spearman rank correlation")
    assert "longer articles are" in out[7]
    assert len(out) == 8  # the same number of statements for 12 articles as for 100,000


def test_findings_leave_out_repeats_and_small_groups() -> None:
    corpus = _corpus(n_per_section=30)
    corpus.loc[0, "duplicate_of"] = "politics-1"
    corpus["duplicate_of"] = corpus["duplicate_of"].astype("object")
    extra = corpus.iloc[:2].assign(
        section="tiny", article_id=["t1", "t2"], tone_mean=0.9, duplicate_of=None
    )
    out = explore.findings(pd.concat([corpus, extra], ignore_index=True))
    assert out[0] == (
        "62 articles loaded, 62 analysed in full; 1 of these repeats an earlier article's body "
        "and is left out, so 61 distinct articles are compared."
    )
    assert not out[1].startswith("With")  # enough articles to speak of a corpus
    assert "tiny" not in " ".join(out)  # two articles are too few to be named


def test_findings_with_speakers_and_with_nothing_analysed() -> None:
    spoken = analysis.analyze(speaker_articles())
    out = explore.findings(spoken.articles, spoken.speakers)
    assert (
        "Speakers: 4 named speakers are quoted; the most quoted by words is Sarah Jones (17 words "
        "in 2 articles). Unnamed sources give 22% of the quotations with a speaker. Women are 33% "
        "of the named people of known gender quoted (1 of 3)."
    ) in out
    one = spoken.speakers.head(1)
    assert "Speakers: 1 named speaker is quoted;" in " ".join(
        explore.findings(spoken.articles, one)
    )
    nobody = explore.findings(spoken.articles, schema.empty("speakers"))
    assert "No quotation was attributed to a named speaker." in nobody
    none = explore.findings(tables.articles(status=["empty", "binary"]))
    assert (
        none
        == [
            "2 articles loaded, 0 analysed in full; 2 of these repeat an earlier article's body "
            "and are left out, so 0 distinct articles are compared.",
            "No article was analysed in full, so there is nothing to compare.",
        ]
        or none[-1] == "No article was analysed in full, so there is nothing to compare."
    )


def test_relations_are_named_by_their_strength() -> None:
    corpus = _corpus()
    rng = np.random.default_rng(0)
    corpus["quoted_share"] = rng.permutation(len(corpus)) / len(corpus)
    line = explore.findings(corpus)[-1]
    assert line.startswith("Relations") and "ρ = " in line
    assert not math.isnan(explore.spearman(corpus["n_words"], corpus["flesch_kincaid_grade"]))
