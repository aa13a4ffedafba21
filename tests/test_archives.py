"""Compressed files and zip archives: members one by one, within limits against bombs."""

from __future__ import annotations

import bz2
import gzip
import lzma
import zipfile
from pathlib import Path

import pytest

from analysis.loading import archives
from analysis.loading.load import load_articles

ARTICLE = "Harbour reopens\n\nThe harbour reopened on Monday after the repairs, officials said.\n"


def _statuses(path: Path, **kwargs: object) -> list[tuple[str, str]]:
    df = load_articles(path, **kwargs)
    return list(zip(df["source"], df["status"], strict=True))


@pytest.mark.parametrize(
    ("suffix", "pack"), [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)]
)
def test_a_compressed_file_is_read_by_the_name_inside(
    tmp_path: Path, suffix: str, pack: object
) -> None:
    (tmp_path / f"story.txt{suffix}").write_bytes(pack(ARTICLE.encode()))  # type: ignore[operator]
    (tmp_path / f"rows.csv{suffix}").write_bytes(pack(b"title,text\nA,One.\nB,Two.\n"))  # type: ignore[operator]
    df = load_articles(tmp_path)
    assert df[["source", "reader", "title"]].values.tolist() == [
        [f"{tmp_path.name}/rows.csv{suffix}", "csv", "A"],
        [f"{tmp_path.name}/rows.csv{suffix}", "csv", "B"],
        [f"{tmp_path.name}/story.txt{suffix}", "text", "Harbour reopens"],
    ]


def test_zip_members_are_rows_like_files_in_a_folder(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "corpus.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("corpus/sport/2.txt", ARTICLE.replace("Harbour", "Stadium"))
        archive.writestr("corpus/sport/1.txt", ARTICLE)
        archive.writestr("corpus/README", "About the corpus.")
        archive.writestr("corpus/deep/er/README.md", ARTICLE.replace("Harbour", "Deep"))
        archive.writestr("corpus/notes.pdf", b"%PDF")
        archive.writestr("corpus/.hidden.txt", ARTICLE)
        archive.writestr("corpus/twice.txt.gz", gzip.compress(ARTICLE.encode()))
        archive.writestr("empty/", b"")  # a folder entry: no row
    df = load_articles(tmp_path / "corpus.zip")  # given directly: the archive is the root
    assert df[["source", "section", "reader", "status"]].fillna("-").values.tolist() == [
        ["corpus.zip/corpus/.hidden.txt", "corpus", "skipped", "skipped: hidden"],
        ["corpus.zip/corpus/README", "corpus", "skipped", "skipped: documentation file"],
        ["corpus.zip/corpus/deep/er/README.md", "corpus/deep/er", "text", "ok"],
        ["corpus.zip/corpus/notes.pdf", "corpus", "skipped", "skipped: unsupported format .pdf"],
        ["corpus.zip/corpus/sport/1.txt", "corpus/sport", "text", "ok"],
        ["corpus.zip/corpus/sport/2.txt", "corpus/sport", "text", "ok"],
        [
            "corpus.zip/corpus/twice.txt.gz",
            "corpus",
            "skipped",
            "skipped: archive inside an archive",
        ],
    ]
    inside = load_articles(tmp_path)  # found in a folder: the archive is a sub-folder
    assert inside["section"].tolist()[4] == "corpus.zip/corpus/sport"
    assert load_articles(tmp_path / "corpus.zip", include_docs=True)["status"].tolist()[1] == (
        "no body"
    )


def test_an_empty_or_damaged_archive_is_still_a_row(tmp_path: Path) -> None:
    zipfile.ZipFile(tmp_path / "empty.zip", "w").close()
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 not a zip at all")
    good = gzip.compress(ARTICLE.encode())
    (tmp_path / "cut.txt.gz").write_bytes(good[: len(good) // 2])
    (tmp_path / "bad.txt.bz2").write_bytes(b"BZh9 not bzip2")
    n = tmp_path.name
    assert _statuses(tmp_path) == [
        (f"{n}/bad.txt.bz2", "unreadable: damaged archive"),
        (f"{n}/bad.zip", "unreadable: bad zip archive"),
        (f"{n}/cut.txt.gz", "unreadable: damaged archive"),
        (f"{n}/empty.zip", "empty"),
    ]


def test_a_damaged_member_costs_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", ARTICLE * 20)
        archive.writestr("b.txt", ARTICLE.replace("Harbour", "Bridge"))
    data = bytearray(path.read_bytes())
    start = data.index(b"a.txt") + len(b"a.txt") + 10  # inside a.txt's compressed bytes
    data[start : start + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    statuses = dict(_statuses(path))
    assert statuses["a.zip/a.txt"] == "unreadable: damaged archive"
    assert statuses["a.zip/b.txt"] == "ok"


def test_an_encrypted_member_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "secret.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("plain.txt", ARTICLE)
        archive.writestr("locked.txt", b"\x00" * 40)
    # zipfile cannot write encrypted data: set the encryption flag (bit 0) in both headers.
    data = bytearray(path.read_bytes())
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_at : start + name_at + 10] == b"locked.txt":
                data[start + flag_at] |= 0x1
            start += 4
    path.write_bytes(bytes(data))
    assert dict(_statuses(path))["secret.zip/locked.txt"] == "unreadable: encrypted"


def test_too_many_members_is_one_row_before_the_directory_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(6):
            archive.writestr(f"{i}.txt", ARTICLE)
    monkeypatch.setattr(archives, "MAX_MEMBERS", 5)

    def no_directory(*args: object, **kwargs: object) -> None:
        raise AssertionError("the directory was read")

    monkeypatch.setattr(zipfile.ZipFile, "infolist", no_directory)
    df = load_articles(path)
    assert df[["source", "status"]].values.tolist() == [["many.zip", archives.MEMBERS_STATUS]]
    assert df["reason"][0] == "the archive declares 6 members; the limit is 5"


def test_unpacking_stops_at_the_byte_limit_and_every_member_is_still_a_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bomb: members that unpack to far more than they weigh."""
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("0-small.txt", ARTICLE)
        for i in range(1, 4):
            archive.writestr(f"{i}-zeros.txt", b"0" * 200_000)  # 200 KB from ~200 bytes
    assert path.stat().st_size < 3_000
    monkeypatch.setattr(archives, "MAX_UNPACKED_BYTES", 300_000)
    statuses = _statuses(path)
    assert statuses == [
        ("bomb.zip/0-small.txt", "ok"),
        ("bomb.zip/1-zeros.txt", "ok"),  # one 200,000-character line: too long for a title
        ("bomb.zip/2-zeros.txt", archives.LIMIT_STATUS),
        ("bomb.zip/3-zeros.txt", archives.LIMIT_STATUS),
    ]
    # A compressed single file has the same budget.
    (tmp_path / "zeros.txt.gz").write_bytes(gzip.compress(b"0" * 400_000))
    assert _statuses(tmp_path / "zeros.txt.gz") == [("zeros.txt.gz", archives.LIMIT_STATUS)]


def test_budget_counts_what_is_read() -> None:
    budget = archives.Budget(10)
    budget.take(10)
    assert not budget.spent
    with pytest.raises(archives.LimitReached, match="more than 10 bytes"):
        budget.take(1)
    assert budget.spent
