"""Speech cues: every tense of every verb, and the cue scan."""

from __future__ import annotations

from analysis.measures.quotations.cues import CUE_FORMS, cue_words, is_cue


def test_cue_forms_cover_every_tense():
    for word in [
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "told",
        "tweeted",
        "writes",
        "wrote",
        "warns",
        "warned",
        "adding",
        "admitted",
        "quipped",
    ]:
        assert is_cue(word), word
    assert not is_cue("house")
    assert "according to" not in CUE_FORMS
    t = "According to aides, she later told them."
    assert [t[s:e] for s, e in cue_words(t)] == ["According to", "told"]
