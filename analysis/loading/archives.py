"""Compressed files and zip archives, read member by member within limits.

A ``.gz``, ``.bz2`` or ``.xz`` file holds one file, read by the name left when
the compression suffix is taken off (:func:`analysis.loading.formats.inner_name`).
A ``.zip`` archive is read like a folder: each member is accounted for in
turn (:func:`zip_members`), with the same rules as files on disk (hidden
members, documentation at its root, unsupported formats are skipped with a
status) and one more: an archive inside an archive is skipped (unpack it
first), so nesting cannot multiply the limits.

Limits against archive bombs (a few kilobytes that unpack to terabytes, or
millions of members):

* :data:`MAX_MEMBERS` members per archive, counted from the archive's own
  directory record before it is read: a larger archive gives one row
  ``too large: archive members``;
* :data:`MAX_UNPACKED_BYTES` bytes unpacked from one archive or compressed
  file, counted as they are read (sizes declared in an archive may lie): the
  member being read when the limit is reached, and every member after it, get
  ``too large: archive limit reached``;
* each member is read like a file on disk, so text files stop at
  :data:`analysis.loading.walk.MAX_READ_BYTES` (``too large``).
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from analysis.loading import formats

MAX_MEMBERS = 100_000
MAX_UNPACKED_BYTES = 4 << 30
MEMBERS_STATUS = "too large: archive members"
LIMIT_STATUS = "too large: archive limit reached"
NESTED_STATUS = "skipped: archive inside an archive"

_MODULES = {".gz": gzip, ".bz2": bz2, ".xz": lzma}


class LimitReached(Exception):
    """More bytes unpacked from one archive than :data:`MAX_UNPACKED_BYTES`."""


class ArchiveError(Exception):
    """An archive that cannot be listed; ``args``: (status, reason)."""


class Budget:
    """Bytes that may still be unpacked from one archive, shared by its members."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = MAX_UNPACKED_BYTES if limit is None else limit
        self.left = self.limit

    @property
    def spent(self) -> bool:
        return self.left < 0

    def take(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise LimitReached(self.reason())

    def reason(self) -> str:
        return f"more than {self.limit:,} bytes unpacked from one archive (the limit)"


class _Bounded(io.RawIOBase):
    """A readable stream that charges what it reads to a :class:`Budget`."""

    def __init__(self, stream: BinaryIO, budget: Budget) -> None:
        self._stream = stream
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._stream.read(len(buffer))
        n = len(data)
        self._budget.take(n)
        buffer[:n] = data
        return n

    def close(self) -> None:
        self._stream.close()
        super().close()


def bounded(stream: BinaryIO, budget: Budget) -> BinaryIO:
    """``stream``, buffered, raising :class:`LimitReached` once ``budget`` is spent."""
    return io.BufferedReader(_Bounded(stream, budget), buffer_size=1 << 16)  # type: ignore[return-value]


def open_compressed(path: Path, budget: Budget) -> BinaryIO:
    """The unpacked bytes of a ``.gz``/``.bz2``/``.xz`` file, within ``budget``."""
    module = _MODULES[formats.suffix_of(path.name)]
    return bounded(module.open(path, "rb"), budget)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Member:
    """One member of an archive: its name inside, how to open it, or why it is not read."""

    name: str
    open: Callable[[], BinaryIO] | None
    problem: str | None = None
    reason: str | None = None


def _declared_members(path: Path) -> int | None:
    """The member count the archive's end record declares, read before the directory itself."""
    try:
        with open(path, "rb") as fh:
            # zipfile's own reader of the end record (zip64 included); private but stable
            # since Python 2, and the only way to learn the count before parsing the directory.
            end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]
    except (OSError, AttributeError):
        return None
    if not end:
        return None
    return int(end[zipfile._ECD_ENTRIES_TOTAL])  # type: ignore[attr-defined]


def zip_members(
    path: Path,
    budget: Budget,
    *,
    all_files: bool = False,
    include_docs: bool = False,
) -> Iterator[Member]:
    """The members of a zip archive, sorted by name (folders are not members).

    Raises :class:`ArchiveError` when the archive cannot be listed or declares
    more than :data:`MAX_MEMBERS` members. ``all_files``: read every member with
    the forced format; ``include_docs``: read documentation files at its root.
    """
    declared = _declared_members(path)
    if declared is not None and declared > MAX_MEMBERS:
        raise ArchiveError(
            MEMBERS_STATUS,
            f"the archive declares {declared:,} members; the limit is {MAX_MEMBERS:,}",
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as err:
        raise ArchiveError("unreadable: bad zip archive", f"{type(err).__name__}: {err}") from err
    with archive:
        infos = sorted(
            (info for info in archive.infolist() if not info.is_dir()),
            key=lambda info: info.filename,
        )
        if len(infos) > MAX_MEMBERS:
            raise ArchiveError(
                MEMBERS_STATUS, f"{len(infos):,} members; the limit is {MAX_MEMBERS:,}"
            )
        for info in infos:
            yield _member(archive, info, budget, all_files, include_docs)


def _member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    budget: Budget,
    all_files: bool,
    include_docs: bool,
) -> Member:
    name = info.filename
    parts = [p for p in name.split("/") if p]
    base = parts[-1] if parts else name
    suffix = formats.suffix_of(base)
    if any(formats.is_hidden(p) for p in parts):
        return Member(name, None, "skipped: hidden", "a hidden member (or macOS's __MACOSX)")
    if budget.spent:
        return Member(name, None, LIMIT_STATUS, budget.reason())
    if suffix in formats.COMPRESSED or suffix in formats.ARCHIVES:
        return Member(name, None, NESTED_STATUS, "unpack the outer archive to read it")
    if not all_files:
        # The archive's root, or its one top folder (zip tools add one), is a corpus root.
        if len(parts) <= 2 and not include_docs and formats.is_documentation(base):
            return Member(
                name,
                None,
                "skipped: documentation file",
                "a documentation file at the archive's root, not an article; "
                "include it with --include-docs",
            )
        if formats.reader_for(base) is None:
            return Member(
                name,
                None,
                f"skipped: unsupported format {suffix}",
                formats.unsupported_reason(base),
            )
    if info.flag_bits & 0x1:
        return Member(name, None, "unreadable: encrypted", "the member is password-protected")
    return Member(name, lambda: bounded(archive.open(info), budget))  # type: ignore[arg-type]


def describe_error(err: BaseException) -> tuple[str, str] | None:
    """``(status, reason)`` for an error met while unpacking; None if it is not one of those."""
    if isinstance(err, LimitReached):
        return LIMIT_STATUS, str(err)
    if isinstance(err, (zipfile.BadZipFile, zlib.error, EOFError, lzma.LZMAError)):
        return "unreadable: damaged archive", f"{type(err).__name__}: {err}"
    if isinstance(err, gzip.BadGzipFile):
        return "unreadable: damaged archive", f"BadGzipFile: {err}"
    if isinstance(err, NotImplementedError):
        return "unreadable: unsupported compression", str(err)
    if isinstance(err, OSError) and "Invalid data stream" in str(err):  # bz2
        return "unreadable: damaged archive", str(err)
    return None
