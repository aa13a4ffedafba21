"""Which files are read, and why the others are skipped (analysis.loading.formats, walk)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.loading import formats
from analysis.loading.load import load_articles


@pytest.mark.parametrize(
    ("name", "documentation"),
    [
        ("README", True),
        ("README.TXT", True),
        ("readme.md", True),
        ("LICENSE-MIT", True),
        ("LICENCE.txt", True),
        ("SOURCE.txt", True),
        ("CHANGES", True),
        ("ChangeLog.md", True),
        ("source_0001.txt", False),
        ("sources2.txt", False),
        ("changes-in-policy-2024.txt", False),
        ("README.pdf", False),  # not read anyway: an unsupported format
        ("story.txt", False),
    ],
)
def test_documentation_names(name: str, documentation: bool) -> None:
    assert formats.is_documentation(name) is documentation


def test_documentation_is_skipped_at_the_root_only(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "politics").mkdir(parents=True)
    (root / "README.TXT").write_text("About this corpus")
    (root / "politics" / "README.txt").write_text("Readme wins\n\nA story about a readme.\n")
    df = load_articles(root)
    assert df[["source", "reader", "status"]].values.tolist() == [
        ["corpus/README.TXT", "skipped", "skipped: documentation file"],
        ["corpus/politics/README.txt", "text", "ok"],
    ]
    assert load_articles(root / "README.TXT")["status"][0] == "no body"  # named: read


def test_every_entry_met_is_a_row(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for name in ("a.txt", "b.DOCX", "c.weird", ".hidden", "d"):
        (root / name).write_text("Head\n\nSome body text here.\n")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("x")
    (root / "x.csv").mkdir()  # a folder named like a table
    (root / "x.csv" / "inner.txt").write_text("Inner\n\nInner text here.\n")
    df = load_articles(root)
    assert df[["source", "reader", "status"]].values.tolist() == [
        ["c/.git", "skipped", "skipped: hidden"],
        ["c/.hidden", "skipped", "skipped: hidden"],
        ["c/a.txt", "text", "ok"],
        ["c/b.DOCX", "skipped", "skipped: unsupported format .docx"],
        ["c/c.weird", "skipped", "skipped: unsupported format .weird"],
        ["c/d", "text", "ok"],
        ["c/x.csv", "unreadable", "is a directory"],
        ["c/x.csv/inner.txt", "text", "ok"],
    ]
    assert df["reason"][4] == (
        "no reader for .weird files; readable formats: .txt .md .html .csv .tsv .json .jsonl "
        ".parquet .sgm (also inside .gz .bz2 .xz .zip)"
    )
    assert df["duplicate_of"][5] == df["article_id"][2]  # skipped rows take no part
