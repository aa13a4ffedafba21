"""benchmarks/speaker_errors.py: the forms of gold mentions and the error classes,
on invented names."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import speaker_errors as se


@pytest.mark.parametrize(
    ("mention", "entity", "form"),
    [
        ("a senior official", "", "unnamed"),
        ("She", "Jane Roe", "pronoun"),
        ("who", "Jane Roe", "pronoun"),
        ("Jane Roe's", "Jane Roe", "full name"),
        ("Sen. Jane Roe (D-Ore.)", "Jane Roe", "full name + title/role"),
        ("ROE", "Jane Roe", "short form"),
        ("the Bugle", "The Daily Bugle", "short form"),
        ("Ms. Roe", "Jane Roe", "title + short form"),
        ("the senator", "Jane Roe", "description"),
        ("Roe's office", "Jane Roe", "other"),
    ],
)
def test_mention_form(mention: str, entity: str, form: str) -> None:
    assert se.mention_form(mention, entity) == form


UNIT = {"speaker": "she", "speaker_start": 100, "speaker_end": 103}
ARTICLE = {"Jane Roe": "person", "Al Poe": "person", "Heidi Moe": "person"}


def _row(name: object, speaker: object = "she", start: object = 100) -> SimpleNamespace:
    end = pd.NA if pd.isna(start) else start + 3
    return SimpleNamespace(speaker=speaker, speaker_start=start, speaker_end=end, speaker_name=name)


def _entity(name: str, typ: str = "person") -> dict:
    return {"entity": name, "type": typ, "gender": "female"}


@pytest.mark.parametrize(
    ("row", "unit", "entity", "cls"),
    [
        (_row(pd.NA, pd.NA, pd.NA), UNIT, _entity("Jane Roe"), "no speaker"),
        (_row("Al Poe", "Poe", 10), UNIT, _entity("Jane Roe"), "mention wrong"),
        (_row("official"), UNIT, _entity(""), "unnamed source given a name (person)"),
        (_row("Roe"), UNIT, _entity("Jane Roe"), "short form not expanded"),
        (_row("Sen. Jane Roe"), UNIT, _entity("Jane Roe"), "title/role kept"),
        (_row("Al Poe"), UNIT, _entity("Jane Roe"), "pronoun -> another speaker"),
        (_row("Debates"), UNIT, _entity("Jane Roe"), "pronoun -> a capitalised non-speaker"),
        (_row("cannot"), UNIT, _entity("Jane Roe"), "pronoun -> a description or word"),
        (
            _row("senator", "the senator"),
            {**UNIT, "speaker": "the senator"},
            _entity("Jane Roe"),
            "description left unresolved",
        ),
        (
            _row("Mary Roe", "Roe"),
            {**UNIT, "speaker": "Roe"},
            _entity("Jane Roe"),
            "surname given another first name",
        ),
        (
            _row("Said Roe", "Roe"),
            {**UNIT, "speaker": "Roe"},
            _entity("Jane Roe"),
            "name merged or cut",
        ),
        (
            _row("Ms. Roe", "Ms. Roe"),
            {**UNIT, "speaker": "Ms. Roe"},
            _entity("Jane Roe"),
            "title kept on a short form",
        ),
    ],
)
def test_error_class(row: SimpleNamespace, unit: dict, entity: dict, cls: str) -> None:
    assert se.error_class(row, unit, entity, ARTICLE) == cls
