"""Finding the files to load, safely: every entry met becomes a row, none is lost.

:func:`iter_sources` expands the given paths into :class:`Source` entries in a
deterministic order (given order; inside a folder, entries sorted by name,
depth first). Every file the walk meets gives an entry, read or not. Rules:

* a missing top-level path raises :class:`FileNotFoundError` before anything is read;
* inside a folder, files a reader takes (:mod:`analysis.loading.formats`:
  article files, compressed files, zip archives) are read; other files give a
  ``skipped: unsupported format <suffix>`` entry; hidden entries (``.name``,
  ``__MACOSX``) give a ``skipped: hidden`` entry (a hidden folder is not entered);
  documentation files at the top of a given folder (``README.TXT``, ``LICENSE`` …)
  give ``skipped: documentation file`` unless ``include_docs``; when a
  ``format`` is forced every file is read with it;
* symlinks are followed, but a folder whose real path (device, inode) is one
  of its own ancestors gives a ``symlink loop`` entry, one already walked
  (a second link to it) a ``duplicate folder`` entry; a link that points
  nowhere gives ``broken symlink``, a self-referencing chain ``symlink loop``;
* a folder named like an article file (``x.txt``) gives an ``is a directory``
  entry and is walked as well; FIFOs, sockets and devices give ``not a regular
  file`` (never opened: a FIFO would block);
* a folder that cannot be listed gives ``unreadable: permission denied``.

Names are shown in ``source`` in a printable form
(:func:`analysis.loading.encoding.printable_name`): bytes of a name that is not
valid UTF-8 as ``\\xNN``, control characters escaped; the entry's ``reason``
says so. The file is still opened by its real name.

Entries with a ``problem`` become one row each, whose status is the problem.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from analysis.loading import formats
from analysis.loading.encoding import printable_name

MAX_READ_BYTES = 512 * 1024 * 1024
HIDDEN = "skipped: hidden"
DOCUMENTATION = "skipped: documentation file"
_HIDDEN_REASON = "a hidden file or folder (its name starts with '.', or macOS's __MACOSX)"
ESCAPED = (
    "the file name holds bytes that are not UTF-8 or control characters; "
    "source shows them as \\xNN escapes"
)
_DOC_REASON = (
    "a documentation file at the corpus root, not an article; "
    "include it with --include-docs (load_articles(..., include_docs=True))"
)


@dataclass(frozen=True)
class Source:
    """One file (or one problem) to turn into rows.

    ``path``: where to open it; ``source``: its machine-independent, printable
    name (the given folder's own name and the ``/``-separated path below it, or a
    given file's name); ``section``: the sub-folder below the given folder, None
    at its top level; ``problem``: the status of an entry that is not read;
    ``reason``: the details (for an entry that is read: what was done to its name).
    """

    path: Path
    source: str
    section: str | None
    problem: str | None = None
    reason: str | None = None


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


def check_paths(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The given paths as strings; FileNotFoundError names every missing one."""
    given = [os.fspath(p) for p in paths]
    missing = [p for p in given if not os.path.lexists(p)]
    if missing:
        names = ", ".join(repr(p) for p in missing)
        raise FileNotFoundError(f"no such file or folder: {names}")
    return given


def iter_sources(
    paths: Sequence[str | os.PathLike[str]],
    *,
    all_files: bool = False,
    include_docs: bool = False,
) -> Iterator[Source]:
    """Every entry under ``paths`` (see the module doc); checks the paths first."""
    given = check_paths(paths)
    return _iter(given, all_files, include_docs)


def _entry(path: str, parts: tuple[str, ...], label: str) -> Source:
    """The entry for ``path``, ``parts`` below the root labelled ``label``."""
    names = [printable_name(p) for p in (label, *parts)]
    escaped = any(changed for _, changed in names)
    section = "/".join(name for name, _ in names[1:-1]) or None
    reason = ESCAPED if escaped else None
    return Source(Path(path), "/".join(name for name, _ in names), section, None, reason)


def _iter(given: list[str], all_files: bool, include_docs: bool) -> Iterator[Source]:
    walked: set[tuple[int, int]] = set()
    for top in given:
        problem = _link_problem(top)
        name = os.path.basename(os.path.normpath(top)) or top
        entry = _entry(top, (), name)
        if problem is not None:
            yield _with_problem(entry, problem)
            continue
        st = os.stat(top)
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(top, walked, all_files, include_docs)
        elif stat.S_ISREG(st.st_mode):
            yield entry  # a file given by name is read whatever its name
        else:
            yield _with_problem(entry, "not a regular file")


def _skip_reason(
    name: str, at_root: bool, all_files: bool, include_docs: bool
) -> tuple[str, str] | None:
    """``(status, reason)`` of a regular file that is not read; None when it is read."""
    if formats.is_hidden(name):
        return HIDDEN, _HIDDEN_REASON
    if all_files:
        return None
    if at_root and not include_docs and formats.is_documentation(name):
        return DOCUMENTATION, _DOC_REASON
    suffix = formats.suffix_of(name)
    if formats.reader_for(name) or suffix in formats.COMPRESSED or suffix in formats.ARCHIVES:
        return None
    return f"skipped: unsupported format {suffix}", formats.unsupported_reason(name)


def _named_like_a_file(name: str) -> bool:
    suffix = formats.suffix_of(name)
    return bool(suffix) and (
        formats.reader_for(name) is not None
        or suffix in formats.COMPRESSED
        or suffix in formats.ARCHIVES
    )


def _walk(
    top: str, walked: set[tuple[int, int]], all_files: bool, include_docs: bool
) -> Iterator[Source]:
    label = os.path.basename(os.path.abspath(top))
    st = os.stat(top)
    root_id = (st.st_dev, st.st_ino)
    if root_id in walked:
        yield _with_problem(_entry(top, (), label), "duplicate folder")
        return
    walked.add(root_id)
    # A stack of (folder path, parts below the root, ancestor ids, sorted entry names).
    stack: list[tuple[str, tuple[str, ...], tuple[tuple[int, int], ...], Iterator[str]]] = []
    entries = _list(top)
    if isinstance(entries, str):
        yield _with_problem(_entry(top, (), label), entries)
        return
    stack.append((top, (), (root_id,), iter(entries)))
    while stack:
        folder, parts, ancestors, names = stack[-1]
        name = next(names, None)
        if name is None:
            stack.pop()
            continue
        full = os.path.join(folder, name)
        rel = (*parts, name)
        entry = _entry(full, rel, label)
        problem = _link_problem(full)
        if problem is not None:
            if problem == "broken symlink" and not os.path.islink(full):
                problem = "unreadable: vanished"  # removed since the folder was listed
            yield _with_problem(entry, problem)
            continue
        st = os.stat(full)
        if stat.S_ISDIR(st.st_mode):
            if formats.is_hidden(name):
                yield _with_problem(entry, HIDDEN, _HIDDEN_REASON)
                continue
            ident = (st.st_dev, st.st_ino)
            if ident in ancestors:
                yield _with_problem(entry, "symlink loop")
                continue
            if ident in walked:
                yield _with_problem(entry, "duplicate folder")
                continue
            walked.add(ident)
            if _named_like_a_file(name):
                yield _with_problem(entry, "is a directory")
            inner = _list(full)
            if isinstance(inner, str):
                yield _with_problem(entry, inner)
                continue
            stack.append((full, rel, (*ancestors, ident), iter(inner)))
        elif not stat.S_ISREG(st.st_mode):
            yield _with_problem(entry, "not a regular file")
        else:
            skip = _skip_reason(name, not parts, all_files, include_docs)
            yield entry if skip is None else _with_problem(entry, *skip)


def _with_problem(entry: Source, problem: str, reason: str | None = None) -> Source:
    joined = "; ".join(r for r in (reason, entry.reason) if r) or None
    return replace(entry, problem=problem, reason=joined)


def _list(folder: str) -> list[str] | str:
    """Sorted entry names, or a status when the folder cannot be listed."""
    try:
        return sorted(os.listdir(folder))
    except OSError as err:
        return describe_error(err)
