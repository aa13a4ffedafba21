from __future__ import annotations

import pytest

from analysis.loading import dedupe
from analysis.loading.dedupe import DuplicateIndex


@pytest.mark.parametrize("batch", [1, 3, 8192])
def test_duplicates_point_to_the_first_article_across_merges(
    monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(dedupe, "BATCH", batch)
    index = DuplicateIndex()
    bodies = [f"Story number {i}, filed at noon." for i in range(20)]
    for i, body in enumerate(bodies):
        assert index.first_of(body, f"first-{i}") is None
    assert len(index) == 20
    # Every earlier body is found, whether still recent or already merged.
    for i in reversed(range(20)):
        assert index.first_of(bodies[i], f"again-{i}") == f"first-{i}"
    assert index.first_of("A story never seen.", "new") is None
    assert index.first_of("A story never seen.", "newer") == "new"
    assert len(index) == 21


def test_same_article_again_is_not_its_own_duplicate() -> None:
    index = DuplicateIndex()
    assert index.first_of("Body.", "a1") is None
    assert index.first_of("Body.", "a1") is None


def test_empty_bodies_are_never_duplicates() -> None:
    index = DuplicateIndex()
    assert index.first_of("", "a") is None
    assert index.first_of(None, "b") is None
    assert index.first_of("", "c") is None
    assert len(index) == 0


def test_ids_with_any_characters_survive_a_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dedupe, "BATCH", 2)
    index = DuplicateIndex()
    ids = ["dossier/été.txt", "x\x00y", "👍/2.txt", ""]
    for k, article_id in enumerate(ids):
        index.first_of(f"text {k}", article_id)
    assert [index.first_of(f"text {k}", "later") for k in range(4)] == ids
