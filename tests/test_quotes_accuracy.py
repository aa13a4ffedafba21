"""benchmarks/quotes_accuracy.py: gold units from PolNeAR-style records (written examples)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import quotes_accuracy as qa


def _record(text: str, run: str, kind: str, segments: list[list[int]]) -> dict:
    s = text.index(run)
    return {
        "id": "x",
        "text": text,
        "quotes": [
            {
                "start": s,
                "end": s + len(run),
                "kind": kind,
                "quoted_segments": segments,
                "speaker": "she",
                "speaker_start": text.index("she"),
                "speaker_end": text.index("she") + 3,
            }
        ],
    }


def test_reversed_double_opener_in_an_indirect_run_is_a_unit() -> None:
    # The gold's kind missed the reversed opener: the run says indirect.
    text = "Ann spoke.\n\n” … the plan is dead,” she said."
    rec = _record(text, "” … the plan is dead,”", "indirect", [])
    units = qa.gold_units(rec)
    assert [text[u["start"] : u["end"]] for u in units] == ["” … the plan is dead,”"]
    assert units[0]["speaker"] == "she"


def test_reversed_double_mark_closing_a_word_is_not_an_opener() -> None:
    text = "Ann said it was over,” she said, ”and done.” Nothing more."
    rec = _record(text, "it was over,” she said, ”and done.”", "indirect", [])
    assert [text[u["start"] : u["end"]] for u in qa.gold_units(rec)] == ["”and done.”"]


def test_straight_single_marks_in_a_mixed_run_are_units() -> None:
    text = "Ann said the 'plan' was “dead” and she left."
    run = "the 'plan' was “dead”"
    s = text.index("“dead”")
    rec = _record(text, run, "mixed", [[s, s + len("“dead”")]])
    got = sorted(text[u["start"] : u["end"]] for u in qa.gold_units(rec))
    assert got == ["'plan'", "“dead”"]


def test_mixed_segment_cut_at_an_inner_closer_is_widened_to_the_outer_one() -> None:
    text = "Lee wrote, “Fans wear “Vote Early” shirts all day,” she said."
    run = "“Fans wear “Vote Early” shirts all day,”"
    s = text.index(run)
    cut = text.index("” shirts") + 1  # the gold's segment ends at the inner closer
    rec = _record(text, run, "mixed", [[s, cut]])
    assert [text[u["start"] : u["end"]] for u in qa.gold_units(rec)] == [run]


def test_segment_is_cut_at_a_reversed_closer() -> None:
    text = "She called the “Frozen“ film and the books too “pro-gay,” she said."
    run = "“Frozen“ film and the books too “pro-gay,”"
    s = text.index(run)
    rec = _record(text, run, "mixed", [[s, s + len(run)]])
    got = [text[u["start"] : u["end"]] for u in qa.gold_units(rec)]
    assert got == ["“Frozen“", "“pro-gay,”"]


def test_targets_line_says_met_only_when_all_three_are() -> None:
    met = pd.Series({"exact_f1": 0.9654, "overlap_f1": 0.97, "speaker_acc": 0.9085})
    assert qa.targets_line(met).endswith(
        "overlap_f1 0.9700 >= 0.97, speaker_acc 0.9085 >= 0.90: targets met"
    )
    short = met.copy()
    short["overlap_f1"] = 0.96994
    assert "overlap_f1 0.9699 < 0.97" in qa.targets_line(short)
    assert qa.targets_line(short).endswith("below target")


def test_split_docs_scores_only_the_kept_buckets(tmp_path: Path, capsys) -> None:
    import json

    text = "“We will build it,” she said."
    records = [
        {**_record(text, "“We will build it,”", "direct", []), "id": f"paper_{i}"} for i in range(6)
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    kept = [r["id"] for r in records if qa.doc_bucket(r["id"], 4) == 0]
    assert 0 < len(kept) < len(records)
    assert qa.main([str(gold), "--split-docs", "0/4"]) == 0
    out = capsys.readouterr().out
    assert f"{len(kept)} articles (documents in bucket 0 of 4)" in out
    # One split for both scripts: the held-out part is the same documents in each.
    import speakers_accuracy as sa

    assert sa.select_docs is qa.select_docs


def test_docstring_examples() -> None:
    # The suite's doctest run covers analysis/ only; the examples here are part of the spec.
    import doctest

    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS  # as the suite's doctest run
    assert doctest.testmod(qa, optionflags=flags).failed == 0
