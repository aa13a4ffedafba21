"""benchmarks/speakers_accuracy.py: scoring on records and extractions written here.

The records imitate PolNeAR's format (and the entity file's) with invented
sentences; nothing is taken from the corpus.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import speakers_accuracy as sa

TEXT = (
    "Mayor Jane Q. Smith opened the fair on Monday.\n\n"
    "“The rides are safe,” she said.\n\n"
    "“We checked every bolt,” said a city engineer.\n\n"
    "“Tickets are sold out,” the Daily Bugle reported."
)


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    s = text.index(part, after)
    return s, s + len(part)


def _quote(text: str, quote: str, speaker: str) -> dict:
    s, e = _span(text, quote)
    ss, se = _span(text, speaker, e)
    return {
        "start": s,
        "end": e,
        "text": quote,
        "kind": "direct",
        "quoted_segments": [[s, e]],
        "speaker": speaker,
        "speaker_start": ss,
        "speaker_end": se,
    }


QUOTES = [
    ("“The rides are safe,”", "she"),
    ("“We checked every bolt,”", "a city engineer"),
    ("“Tickets are sold out,”", "the Daily Bugle"),
]
ENTITIES = [
    ("Jane Q. Smith", "person", "female"),
    ("", "person", "unknown"),
    ("The Daily Bugle", "organisation", ""),
]


def _record(doc: str = "doc-1", publisher: str = "bugle") -> dict:
    return {
        "id": doc,
        "publisher": publisher,
        "text": TEXT,
        "quotes": [_quote(TEXT, q, spk) for q, spk in QUOTES],
        "other_quote_segments": [],
        "discard_spans": [],
    }


def _entities(rec: dict) -> dict[tuple[str, int, int], dict]:
    out = {}
    for q, (entity, typ, gender) in zip(rec["quotes"], ENTITIES, strict=True):
        key = (rec["id"], q["speaker_start"], q["speaker_end"])
        out[key] = {
            "doc": rec["id"],
            "speaker_start": q["speaker_start"],
            "speaker_end": q["speaker_end"],
            "mention": q["speaker"],
            "entity": entity,
            "type": typ,
            "gender": gender,
            "unsure": False,
        }
    return out


def _extraction(rec: dict, names: list, **extra: list) -> pd.DataFrame:
    """Rows as the engine gives them: one per gold quote, its mention, the names given."""
    rows = []
    for q, name in zip(rec["quotes"], names, strict=True):
        rows.append(
            {
                "start": q["start"],
                "end": q["end"],
                "kind": "full",
                "nested": False,
                "speaker": q["speaker"],
                "speaker_start": q["speaker_start"],
                "speaker_end": q["speaker_end"],
                "speaker_name": name,
            }
        )
    df = pd.DataFrame(rows)
    df["speaker_name"] = df["speaker_name"].astype("string")
    for col, values in extra.items():
        df[col] = pd.array(values, dtype="string")
    return df


@pytest.mark.parametrize(
    ("predicted", "entity", "strict", "loose"),
    [
        ("Jane Q. Smith", "Jane Q. Smith", True, True),
        ("JANE Q SMITH", "Jane Q. Smith", True, True),  # case and punctuation
        ("Smith’s", "Smith", True, True),  # a possessive, typographic apostrophe
        ("Smith's", "Jane Q. Smith", False, True),
        ("the Daily Bugle", "The Daily Bugle", True, True),  # a leading "the"
        ("Daily Bugle", "The Daily Bugle", True, True),
        ("Bugle", "The Daily Bugle", False, True),  # loose keeps the last word
        ("Smith", "Jane Q. Smith", False, True),
        ("Jane Smith", "Jane Q. Smith", False, True),
        ("Jane", "Jane Q. Smith", False, False),  # the last word is missing
        ("Mayor Jane Q. Smith", "Jane Q. Smith", False, False),  # a title is an extra word
        ("Smithson", "Jane Q. Smith", False, False),
        ("Theodore", "Theodore", True, True),  # "the" only as a whole word
        ("", "Jane Q. Smith", False, False),
        (None, "Jane Q. Smith", False, False),
        (pd.NA, "Jane Q. Smith", False, False),
    ],
)
def test_name_scores(predicted: object, entity: str, strict: bool, loose: bool) -> None:
    assert sa.name_scores(predicted, entity) == (strict, loose)


def test_norm_name_drops_the_possessive_only_at_a_word_end() -> None:
    assert sa.norm_name("O'Sullivan") == "o sullivan"
    assert sa.norm_name("the Smiths' lawyer") == "smiths lawyer"


def test_all_right_when_the_engine_resolves_every_speaker() -> None:
    rec = _record()
    df = _extraction(
        rec,
        ["Jane Q. Smith", pd.NA, "Daily Bugle"],
        speaker_type=["person", "person", "organisation"],
        speaker_gender=["female", "unknown", pd.NA],
    )
    c, columns = sa.score_record(rec, _entities(rec), df)
    assert columns == {"speaker_type", "speaker_gender"}
    assert c["pairs"] == 3
    assert (c["name_n"], c["name_ok"]) == (3, 3)
    assert (c["named_n"], c["named_ok"], c["unnamed_n"], c["unnamed_ok"]) == (2, 2, 1, 1)
    assert (c["type_n"], c["type_ok"]) == (3, 3)
    # Only a gold person of known gender counts: the unnamed engineer is "unknown".
    assert (c["gender_n"], c["gender_ok"]) == (1, 1)


def test_an_unnamed_source_given_a_name_is_wrong() -> None:
    rec = _record()
    df = _extraction(rec, ["Smith", "city engineer", "Bugle"])
    c, _ = sa.score_record(rec, _entities(rec), df)
    assert (c["unnamed_n"], c["unnamed_ok"]) == (1, 0)
    assert (c["named_ok"], c["named_loose_ok"]) == (0, 2)
    assert (c["name_ok"], c["name_loose_ok"]) == (0, 2)


def test_an_unnamed_source_needs_a_speaker_mention() -> None:
    rec = _record()
    df = _extraction(rec, ["Jane Q. Smith", pd.NA, "Daily Bugle"])
    df.loc[1, ["speaker", "speaker_start", "speaker_end"]] = pd.NA
    c, _ = sa.score_record(rec, _entities(rec), df)
    assert (c["unnamed_n"], c["unnamed_ok"]) == (1, 0)
    assert c["named_ok"] == 2


def test_an_empty_name_counts_as_na() -> None:
    rec = _record()
    df = _extraction(rec, ["Jane Q. Smith", "", "Daily Bugle"])
    c, _ = sa.score_record(rec, _entities(rec), df)
    assert c["unnamed_ok"] == 1


def test_missing_columns_are_reported_not_scored() -> None:
    rec = _record()
    df = _extraction(rec, ["Jane Q. Smith", pd.NA, "Daily Bugle"])  # today's columns only
    table, present = sa.evaluate([rec], _entities(rec), extract=lambda r: df)
    assert present == set()
    printed = sa.format_table(table, present)
    assert printed.loc["ALL", "type"] == sa.MISSING
    assert printed.loc["ALL", "gender"] == sa.MISSING
    assert printed.loc["ALL", "name"] == "1.000 (3)"
    line = sa.targets_line(table.loc["ALL"], present)
    assert line == (
        "ALL: name 1.0000 >= 0.90, type n/a (column missing), "
        "gender n/a (column missing): below target"
    )
    assert sa.below_floors(table.loc["ALL"], present, {"name": 0.9, "type": 0, "gender": 0}) == []
    assert sa.below_floors(table.loc["ALL"], present, {"name": 0, "type": 0.5, "gender": 0}) == [
        "type"
    ]


def test_wrong_type_and_gender_are_counted_per_publisher_and_written_as_errors() -> None:
    a, b = _record("doc-a", "alpha"), _record("doc-b", "beta")
    entities = _entities(a) | _entities(b)
    right = _extraction(
        a,
        ["Jane Q. Smith", pd.NA, "The Daily Bugle"],
        speaker_type=["person", "person", "organisation"],
        speaker_gender=["female", "unknown", pd.NA],
    )
    wrong = _extraction(
        b,
        ["Jane Q. Smith", pd.NA, "The Daily Bugle"],
        speaker_type=["person", "group", "person"],
        speaker_gender=["male", pd.NA, "unknown"],
    )
    errors: list[str] = []
    table, present = sa.evaluate(
        [a, b], entities, extract=lambda r: right if r["id"] == "doc-a" else wrong, errors=errors
    )
    assert present == {"speaker_type", "speaker_gender"}
    f = sa.figures(table.loc["beta"], present)
    assert f["type"] == (1 / 3, 3) and f["gender"] == (0.0, 1) and f["name"] == (1.0, 3)
    f = sa.figures(table.loc["ALL"], present)
    assert f["type"] == (4 / 6, 6) and f["gender"] == (0.5, 2)
    assert list(table.index) == ["alpha", "beta", "ALL"]
    lines = [json.loads(x) for x in errors]
    assert [(x["doc"], x["wrong"]) for x in lines] == [
        ("doc-b", ["gender"]),
        ("doc-b", ["type"]),
        ("doc-b", ["type"]),
    ]
    assert lines[0]["gold_entity"] == "Jane Q. Smith" and lines[0]["pred_gender"] == "male"


def test_a_gold_speaker_without_an_entity_line_is_counted_apart() -> None:
    rec = _record()
    entities = _entities(rec)
    del entities[next(iter(entities))]
    df = _extraction(rec, ["Jane Q. Smith", pd.NA, "Daily Bugle"])
    c, _ = sa.score_record(rec, entities, df)
    assert (c["pairs"], c["no_entity"], c["name_n"]) == (3, 1, 2)


def test_unmatched_quotations_are_not_scored() -> None:
    rec = _record()
    df = _extraction(rec, ["Jane Q. Smith", pd.NA, "Daily Bugle"])
    df.loc[0, "end"] = df.loc[0, "start"] + 5  # one word of four: Jaccard 0.25
    c, _ = sa.score_record(rec, _entities(rec), df)
    assert c["pairs"] == 2


def test_split_docs_is_stable_and_partitions() -> None:
    docs = [{"id": f"paper_2016-01-{i:02d}_story"} for i in range(40)]
    halves = [sa.select_docs(docs, sa.parse_split(f"{k}/2")) for k in (0, 1)]
    assert sorted(d["id"] for h in halves for d in h) == sorted(d["id"] for d in docs)
    assert all(halves)
    # Fixed values: a held-out half must stay the same half on every machine and run.
    assert [sa.doc_bucket(f"doc-{i}", 2) for i in range(8)] == [0, 1, 0, 1, 1, 1, 1, 1]
    assert [sa.doc_bucket(f"doc-{i}", 5) for i in range(8)] == [4, 1, 4, 3, 1, 0, 4, 1]
    assert sa.select_docs(docs, sa.parse_split("0,1/2")) == docs
    assert sa.select_docs(docs, None) == docs


@pytest.mark.parametrize("spec", ["2/2", "a/2", "1", "0/0", "/3"])
def test_split_docs_rejects_bad_specs(spec: str) -> None:
    with pytest.raises(Exception, match=r"K/N|0\.\.N-1"):
        sa.parse_split(spec)


def test_main_prints_the_table_and_the_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = _record()
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    ents = tmp_path / "entities.jsonl"
    ents.write_text("".join(json.dumps(e) + "\n" for e in _entities(rec).values()))
    df = _extraction(rec, ["Smith", "city engineer", "Daily Bugle"])
    monkeypatch.setattr(sa.qa, "extract_quotes", lambda text: df)
    errors = tmp_path / "errors.jsonl"
    code = sa.main([str(gold), str(ents), "--errors", str(errors), "--min-name", "0.5"])
    out = capsys.readouterr().out
    assert code == 1
    assert "0.333 (3)" in out  # name: the Bugle only
    assert "below the required minimum: name" in out
    assert out.count("n/a (column missing)") >= 2
    assert len(errors.read_text().splitlines()) == 2
    assert sa.main([str(gold), str(ents), "--min-name", "0.3"]) == 0


def test_docstring_examples() -> None:
    # The suite's doctest run covers analysis/ only; the examples here are part of the spec.
    import doctest

    assert doctest.testmod(sa).failed == 0
