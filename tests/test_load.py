"""load_articles / iter_articles: a hostile folder, ids, chunks, options, size sweeps."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from fixtures.hostile import (
    BIG_REPEATS,
    BIG_SENTENCE,
    STORY,
    TOKEN_CHARS,
    deny_reading,
    write_hostile,
)

import analysis
from analysis.loading import walk
from analysis.loading.load import COLUMNS, DTYPES, iter_articles, load_articles


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict]:
    root = tmp_path / "hostile"
    root.mkdir()
    expected = write_hostile(root)
    deny_reading(monkeypatch)
    return root, expected


def test_every_hostile_input_is_accounted_for(hostile: tuple[Path, dict]) -> None:
    root, expected = hostile
    df = load_articles(root)
    got = {s: (r, st) for s, r, st in zip(df["source"], df["reader"], df["status"], strict=True)}
    assert got == expected
    assert df["source"].is_unique
    assert df["article_id"].is_unique


def test_hostile_details(hostile: tuple[Path, dict]) -> None:
    root, _ = hostile
    df = load_articles(root).set_index("source")
    n = root.name
    row = df.loc[f"{n}/latin1.txt"]
    assert (row["title"], row["encoding"]) == ("Señor wins £5", "latin-1")
    row = df.loc[f"{n}/cp1252.txt"]
    assert (row["title"], row["encoding"], row["repaired"]) == ("“Quoted” café", "cp1252", False)
    row = df.loc[f"{n}/mojibake.txt"]
    assert (row["title"], row["encoding"], row["repaired"]) == ("“Quoted” café", "utf-8", True)
    row = df.loc[f"{n}/bom_crlf.txt"]
    assert (row["title"], row["body"], row["encoding"]) == ("BOM headline", STORY, "utf-8-sig")
    row = df.loc[f"{n}/utf16.txt"]
    assert (row["title"], row["body"], row["encoding"]) == ("UTF-16 headline", STORY, "utf-16")
    row = df.loc[f"{n}/nul_stray.txt"]
    assert (row["body"], row["repaired"]) == (STORY, True)
    assert df.loc[f"{n}/big.txt", "body"] == (BIG_SENTENCE * BIG_REPEATS).strip()
    assert df.loc[f"{n}/token.txt", "body"] == "x" * TOKEN_CHARS
    assert df.loc[f"{n}/arabic.txt", "language"] == "ar"
    # A web page saved as .txt is read as HTML: scripts dropped, tags gone.
    assert df.loc[f"{n}/html.txt", "title"] == "Headline"
    assert df.loc[f"{n}/html.txt", "body"] == "Body with a tag."
    assert df.loc[f"{n}/nested/a/b/deep.txt", "section"] == "nested/a/b"
    assert (
        df.loc[f"{n}/dir_named.txt/inner.txt", "duplicate_of"]
        == df.loc[f"{n}/bom_crlf.txt", "article_id"]
    )
    bad = df[df["reader"].isin(["unreadable", "skipped"])]
    assert bad["body"].isna().all() and bad["title"].isna().all()
    assert bad["encoding"].isna().all() and bad["language"].isna().all()
    assert (bad["captions"].map(len) == 0).all()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod 000 files")
def test_chmod_000_file(tmp_path: Path) -> None:  # pragma: no cover - root in CI
    (tmp_path / "locked.txt").write_text("Locked\n\nText.\n")
    (tmp_path / "locked.txt").chmod(0)
    try:
        df = load_articles(tmp_path)
    finally:
        (tmp_path / "locked.txt").chmod(0o644)
    assert df["status"].tolist() == ["unreadable: permission denied"]


def test_unlistable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.txt").write_text(f"Fine\n\n{STORY}\n")
    real = os.listdir

    def listdir(path: str) -> list[str]:
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(walk.os, "listdir", listdir)
    df = load_articles(tmp_path)
    n = tmp_path.name
    assert df[["source", "status"]].values.tolist() == [
        [f"{n}/locked", "unreadable: permission denied"],
        [f"{n}/ok.txt", "ok"],
    ]


def test_a_reader_crash_becomes_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.loading.readers import textfiles

    (tmp_path / "a.txt").write_text(f"A\n\n{STORY}\n")
    (tmp_path / "b.txt").write_text(f"B\n\n{STORY} More.\n")

    def boom(text: str) -> None:
        if text.startswith("A"):
            raise RuntimeError("bug")
        return real(text)

    real = textfiles.parse
    monkeypatch.setattr(textfiles, "parse", boom)
    df = load_articles(tmp_path)
    assert df["status"].tolist() == ["unreadable: RuntimeError", "ok"]


def test_missing_path_raises_before_reading(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\n\nB.\n")
    with pytest.raises(FileNotFoundError, match=r"no such file or folder: '.*nope'"):
        load_articles([tmp_path, tmp_path / "nope"])
    with pytest.raises(FileNotFoundError):
        iter_articles(tmp_path / "nope")  # raised at the call, not at the first next()


def test_schema_of_empty_and_full_results(tmp_path: Path) -> None:
    empty = load_articles([])
    assert tuple(empty.columns) == COLUMNS
    assert len(empty) == 0
    (tmp_path / "a.txt").write_text(f"A\n\n{STORY}\n")
    df = load_articles(tmp_path)
    assert tuple(df.columns) == COLUMNS
    for frame in (empty, df):
        for name in COLUMNS:
            assert str(frame[name].dtype) == str(pd.Series([], dtype=DTYPES[name]).dtype), name


def _corpus(root: Path) -> None:
    for section in ("politics", "sport"):
        (root / section).mkdir(parents=True)
        for i in range(7):
            body = STORY if i % 3 == 0 else f"{STORY} Story {section} {i}."
            (root / section / f"{i:03}.txt").write_text(f"{section} {i}\n\n{body}\n")


def test_ids_are_stable_across_loads_and_copies(tmp_path: Path) -> None:
    _corpus(tmp_path / "one" / "news")
    first = load_articles(tmp_path / "one" / "news")
    again = load_articles(tmp_path / "one" / "news")
    shutil.copytree(tmp_path / "one" / "news", tmp_path / "elsewhere" / "deeper" / "news")
    copied = load_articles(tmp_path / "elsewhere" / "deeper" / "news")
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path / "one")
        relative = load_articles("news/")
    finally:
        os.chdir(cwd)
    for other in (again, copied, relative):
        assert other["article_id"].tolist() == first["article_id"].tolist()
        assert other["source"].tolist() == first["source"].tolist()
    assert first["source"][0] == "news/politics/000.txt"
    assert first["article_id"].str.fullmatch(r"[0-9a-f]{16}").all()


def test_two_roots_with_the_same_name_get_distinct_ids(tmp_path: Path) -> None:
    _corpus(tmp_path / "a" / "news")
    _corpus(tmp_path / "b" / "news")
    df = load_articles([tmp_path / "a" / "news", tmp_path / "b" / "news"])
    assert len(df) == 28
    assert df["article_id"].is_unique
    single = load_articles(tmp_path / "a" / "news")
    assert df["article_id"].tolist()[:14] == single["article_id"].tolist()


def test_iter_articles_chunks_and_duplicates_across_chunks(tmp_path: Path) -> None:
    _corpus(tmp_path / "news")
    whole = load_articles(tmp_path / "news")
    chunks = list(iter_articles(tmp_path / "news", chunk_size=3))
    assert [len(c) for c in chunks] == [3, 3, 3, 3, 2]
    joined = pd.concat(chunks)
    pd.testing.assert_frame_equal(joined, whole)
    # STORY alone is the body of items 0, 3, 6 of both sections: 5 duplicates of the first.
    first_id = whole["article_id"][0]
    assert (whole["duplicate_of"] == first_id).sum() == 5
    assert whole["duplicate_of"].notna().sum() == 5


def test_single_file_and_list_inputs(tmp_path: Path) -> None:
    _corpus(tmp_path / "news")
    df = load_articles(tmp_path / "news" / "sport" / "001.txt")
    assert df[["source", "section"]].values.tolist() == [["001.txt", pd.NA]]
    df = load_articles([str(tmp_path / "news" / "sport"), tmp_path / "news" / "politics"])
    assert df["source"].tolist()[0] == "sport/000.txt"
    assert df["section"].isna().all()


def test_format_option(tmp_path: Path) -> None:
    (tmp_path / "page.dat").write_text("Head\n\nCap.\n\nHead\n\nCap.\n\nBody text.\n")
    df = load_articles(tmp_path, format="text")
    assert (df["reader"][0], df["title"][0]) == ("text", "Head")
    df = load_articles(tmp_path, format="seedpage")
    assert (df["captions"][0], df["body"][0]) == (["Cap."], "Body text.")
    # .dat is not an article suffix: accounted for, not read
    assert load_articles(tmp_path)[["reader", "status"]].values.tolist() == [
        ["skipped", "skipped: unsupported format .dat"]
    ]
    with pytest.raises(ValueError, match="unknown format"):
        load_articles(tmp_path, format="docx")
    with pytest.raises(ValueError, match="chunk_size"):
        iter_articles(tmp_path, chunk_size=0)


def test_same_folder_twice_and_folder_links(tmp_path: Path) -> None:
    _corpus(tmp_path / "news")
    (tmp_path / "news" / "alias").symlink_to(tmp_path / "news" / "sport")
    df = load_articles([tmp_path / "news", tmp_path / "news"])
    statuses = df["status"].value_counts().to_dict()
    assert statuses == {"ok": 14, "duplicate folder": 2}
    # "alias" sorts first, so the link is walked and the real folder counts as the second path.
    assert df[df["status"] == "duplicate folder"]["source"].tolist() == ["news/sport", "news"]
    assert df["source"].tolist()[6] == "news/alias/006.txt"


@pytest.mark.parametrize("scale", [1, 4, 16])
@pytest.mark.parametrize(
    "unit", [" " * 50 + "word", "a. ", "REUTER ", "\u00e9" * 10 + "\t", '" ', "&amp;<"]
)
def test_size_sweep_gives_proportional_results(tmp_path: Path, scale: int, unit: str) -> None:
    """Pathological repetitions load to exactly the predicted body at every size."""
    n = 10_000 * scale
    (tmp_path / "p.txt").write_text("Head\n\nStart " + unit * n + " end.\n")
    row = load_articles(tmp_path).iloc[0]
    assert row["body"] == " ".join(("Start " + unit * n + " end.").split())
    assert row["status"] == "ok"


@pytest.mark.parametrize("scale", [1, 4, 16])
def test_size_sweep_of_blank_lines_and_paragraphs(tmp_path: Path, scale: int) -> None:
    n = 5_000 * scale
    (tmp_path / "p.txt").write_text("Head\n\n" + "Para.\n \n\t\n" * n)
    assert load_articles(tmp_path)["body"][0] == "\n\n".join(["Para."] * n)


def test_limits_give_too_large_and_leave_the_rest_of_the_run_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis.loading import load

    monkeypatch.setattr(load, "MAX_BODY_CHARS", 1_000)
    monkeypatch.setattr(load, "MAX_BODY_UNITS", 50)
    monkeypatch.setattr(load, "MAX_TEXT_BYTES", 5_000)
    (tmp_path / "a_long.txt").write_text("Long\n\n" + "word " * 300 + "\n")
    (tmp_path / "b_lines.txt").write_text("Lines\n\n" + "Go.\n" * 60)
    (tmp_path / "c_huge.txt").write_text("Huge\n\n" + "x" * 6_000 + "\n")
    (tmp_path / "d_fine.txt").write_text(f"Fine\n\n{STORY}\n")
    (tmp_path / "e_rows.csv").write_text("title,text\nR1,Short.\nR2," + "y " * 700 + "\n")
    df = load_articles(tmp_path)
    assert df["status"].tolist() == ["too large"] * 3 + ["ok", "ok", "too large"]
    assert df["reason"].tolist()[:3] == [
        "a body of 1,499 characters; the limit is 1,000: not analysed",
        "119 sentence marks and paragraph breaks; the limit is 50: not analysed",
        "over 5,000 bytes; a text file is not read beyond that",
    ]
    assert df["body"].isna().tolist() == [True, True, True, False, False, True]
    assert df["title"].tolist()[:2] == ["Long", "Lines"]  # the row still says what it was
    tables = analysis.analyze(df)
    assert tables.articles["n_words"].notna().tolist() == [False] * 3 + [True, True, False]
