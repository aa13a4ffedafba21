"""Finding the files to load, safely: symlink loops, broken links, odd entries.

:func:`iter_sources` expands the given paths into :class:`Source` entries in a
deterministic order (given order; inside a folder, entries sorted by name,
depth first). Rules:

* a missing top-level path raises :class:`FileNotFoundError` before anything is read;
* inside a folder, hidden entries (name starting with ``.``) are skipped, and
  files are taken when their suffix is one of :data:`SUFFIXES` (any case), or
  every file when a ``format`` is forced;
* symlinks are followed, but a folder whose real path (device, inode) is one
  of its own ancestors gives a ``symlink loop`` entry, one already walked
  (a second link to it) a ``duplicate folder`` entry; a link that points
  nowhere gives ``broken symlink``, a self-referencing chain ``symlink loop``;
* a folder named like an article file (``x.txt``) gives an ``is a directory``
  entry and is walked as well; FIFOs, sockets and devices named like article
  files give ``not a regular file`` (never opened: a FIFO would block);
* a folder that cannot be listed gives ``unreadable: permission denied``.

Entries with a ``problem`` become one ``unreadable`` row each.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = frozenset(".txt .text .csv .tsv .jsonl .ndjson .json .parquet .pq .sgm .sgml".split())
MAX_READ_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One file (or one problem) to turn into rows.

    ``path``: where to open it; ``source``: its machine-independent name (the
    given folder's own name and the ``/``-separated path below it, or a given
    file's name); ``section``: the sub-folder below the given folder, None at
    its top level.
    """

    path: Path
    source: str
    section: str | None
    problem: str | None = None


def read_bytes(path: Path) -> bytes:
    """The whole file (the one place that opens article files, so tests can fake errors)."""
    with open(path, "rb") as fh:
        return fh.read(MAX_READ_BYTES + 1)


def describe_error(err: OSError) -> str:
    """A short status for an OS error met while opening or reading a file."""
    if isinstance(err, PermissionError):
        return "unreadable: permission denied"
    if err.errno == errno.ELOOP:
        return "symlink loop"
    if isinstance(err, IsADirectoryError):
        return "is a directory"
    if isinstance(err, FileNotFoundError):
        return "unreadable: vanished"
    return f"unreadable: {os.strerror(err.errno).lower()}" if err.errno else "unreadable"


def _link_problem(path: str) -> str | None:
    """Why ``os.stat`` fails on an existing directory entry, or None if it works."""
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symlink loop"
        if isinstance(err, FileNotFoundError):
            return "broken symlink"
        return describe_error(err)
    return None


def _root_label(path: str) -> str:
    return os.path.basename(os.path.abspath(path))


def check_paths(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The given paths as strings; FileNotFoundError names every missing one."""
    given = [os.fspath(p) for p in paths]
    missing = [p for p in given if not os.path.lexists(p)]
    if missing:
        names = ", ".join(repr(p) for p in missing)
        raise FileNotFoundError(f"no such file or folder: {names}")
    return given


def iter_sources(
    paths: Sequence[str | os.PathLike[str]], *, all_files: bool = False
) -> Iterator[Source]:
    """Every file under ``paths`` (see the module doc); checks the paths first."""
    given = check_paths(paths)
    return _iter(given, all_files)


def _iter(given: list[str], all_files: bool) -> Iterator[Source]:
    walked: set[tuple[int, int]] = set()
    for top in given:
        problem = _link_problem(top)
        name = os.path.basename(os.path.normpath(top)) or top
        if problem is not None:
            yield Source(Path(top), name, None, problem)
            continue
        st = os.stat(top)
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(top, walked, all_files)
        elif stat.S_ISREG(st.st_mode):
            yield Source(Path(top), name, None)
        else:
            yield Source(Path(top), name, None, "not a regular file")


def _wanted(name: str, all_files: bool) -> bool:
    return all_files or os.path.splitext(name)[1].lower() in SUFFIXES


def _walk(top: str, walked: set[tuple[int, int]], all_files: bool) -> Iterator[Source]:
    label = _root_label(top)
    st = os.stat(top)
    root_id = (st.st_dev, st.st_ino)
    if root_id in walked:
        yield Source(Path(top), label, None, "duplicate folder")
        return
    walked.add(root_id)
    # A stack of (folder path, parts below the root, ancestor ids, sorted entry names).
    stack: list[tuple[str, tuple[str, ...], tuple[tuple[int, int], ...], Iterator[str]]] = []
    entries = _list(top)
    if isinstance(entries, str):
        yield Source(Path(top), label, None, entries)
        return
    stack.append((top, (), (root_id,), iter(entries)))
    while stack:
        folder, parts, ancestors, names = stack[-1]
        name = next(names, None)
        if name is None:
            stack.pop()
            continue
        if name.startswith("."):
            continue
        full = os.path.join(folder, name)
        rel = (*parts, name)
        entry = Source(Path(full), "/".join((label, *rel)), "/".join(parts) or None)
        problem = _link_problem(full)
        if problem is not None:
            if problem != "broken symlink" or os.path.islink(full):
                yield _with_problem(entry, problem)
            continue
        st = os.stat(full)
        if stat.S_ISDIR(st.st_mode):
            ident = (st.st_dev, st.st_ino)
            if ident in ancestors:
                yield _with_problem(entry, "symlink loop")
                continue
            if ident in walked:
                yield _with_problem(entry, "duplicate folder")
                continue
            walked.add(ident)
            if _wanted(name, False):
                yield _with_problem(entry, "is a directory")
            inner = _list(full)
            if isinstance(inner, str):
                yield _with_problem(entry, inner)
                continue
            stack.append((full, rel, (*ancestors, ident), iter(inner)))
        elif _wanted(name, all_files):
            if stat.S_ISREG(st.st_mode):
                yield entry
            else:
                yield _with_problem(entry, "not a regular file")


def _with_problem(entry: Source, problem: str) -> Source:
    return Source(entry.path, entry.source, entry.section, problem)


def _list(folder: str) -> list[str] | str:
    """Sorted entry names, or a status when the folder cannot be listed."""
    try:
        return sorted(os.listdir(folder))
    except OSError as err:
        return describe_error(err)
