"""Load articles from files and folders into one table: :func:`load_articles`.

Inputs: a file, a folder (walked recursively, see :mod:`analysis.loading.walk`) or a
list of them. The reader follows the file's suffix unless ``format`` forces
one: ``.csv``/``.tsv`` -> ``csv``; ``.jsonl``/``.ndjson``/``.json`` ->
``jsonl``; ``.parquet``/``.pq`` -> ``parquet``; ``.sgm``/``.sgml`` ->
``reuters-sgml``; anything else is text, read as ``seedpage`` when its first
page has the scraped-page layout (:mod:`analysis.loading.readers.seedpage`), else as
``text`` (headline on line 1, :mod:`analysis.loading.readers.textfiles`).

Every input gives rows, and a bad file never stops the load: an entry that
cannot be read gives one row with reader ``unreadable`` and a status saying
why. Only a missing top-level path raises (:class:`FileNotFoundError`).

Columns, in this order (:data:`COLUMNS`; dtypes in :data:`DTYPES`, ``string``
is pandas' ``StringDtype`` with ``<NA>`` for missing):

``article_id`` string
    First 16 hex digits of SHA-1 of ``"<source>#<position>"``. It does not
    depend on the absolute location, the machine, or the order of other files,
    so a copied or moved folder keeps its ids; renaming the folder or a file
    changes them. If two inputs give the same source (two folders of the same
    name), the later one is suffixed ``#2``, ``#3``… before hashing.
``source`` string
    The file's path relative to the parent of the path given: the given
    folder's own name, then the ``/``-separated path below it
    (``bbc/politics/001.txt`` for ``load_articles("/data/bbc")``); for a file
    given directly, its name. Absolute paths never appear.
``position`` Int64
    0-based index of the article within its file (row, record, page).
``reader`` string
    ``seedpage``, ``text``, ``csv``, ``jsonl``, ``parquet``, ``reuters-sgml`` or ``unreadable``.
``section`` string
    Sub-folder below the given folder (``politics`` for ``bbc/politics/001.txt``,
    ``a/b`` deeper); NA at the folder's top level and for files given directly.
``title`` string
    Headline, white space squashed; NA if none.
``captions`` object
    List of photo captions (str), de-duplicated in order; ``[]`` if none.
``date`` string
    ISO 8601 (``1987-02-26T15:01:01`` or ``2025-02-12``); NA when unknown.
``body`` string
    Canonical text: one paragraph per line, paragraphs separated by one blank
    line, no leading/trailing spaces (:func:`analysis.loading.readers.base.canonical_body`);
    NA if none. HTML is kept as text.
``encoding`` string
    Detected encoding: ``ascii``, ``utf-8``, ``utf-8-sig``, ``utf-16``,
    ``utf-16-le``/``-be``, ``utf-32``, ``cp1252``, ``latin-1``; NA for unreadable rows.
``repaired`` boolean
    ftfy repaired mojibake, or stray NUL bytes were dropped.
``language`` string
    :func:`analysis.loading.language.detect_language` of the body (else the title):
    ``en``, ``und`` (undetermined: short or no function words), another ISO
    639-1 code; NA when there is no text at all.
``status`` string
    ``ok`` or why not: see :data:`STATUSES`.
``duplicate_of`` string
    article_id of the first article (in load order) with an identical body; NA otherwise.
``external_id`` string
    The source's own id: the id column of a table, Reuters' ``NEWID``; NA otherwise.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analysis import schema
from analysis.loading import walk
from analysis.loading.dedupe import DuplicateIndex
from analysis.loading.encoding import decode_bytes
from analysis.loading.language import detect_language
from analysis.loading.readers import reuters, seedpage, tabular, textfiles
from analysis.loading.readers.base import Record

COLUMNS = tuple(c.name for c in schema.LOADED)
DTYPES: dict[str, Any] = {
    c.name: pd.StringDtype() if c.dtype == "string" else c.dtype for c in schema.LOADED
}

FORMATS = ("seedpage", "text", "csv", "jsonl", "parquet", "reuters-sgml")
_BY_SUFFIX = {
    ".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".parquet": "parquet", ".pq": "parquet", ".sgm": "reuters-sgml", ".sgml": "reuters-sgml",
}  # fmt: skip

#: Every status a row can carry.
STATUSES = {
    "ok": "readable, with a body, English or undetermined language",
    "not english": "readable, but detect_language gave a code other than en/und",
    "no body": "a headline but no body (a Reuters record without <BODY>, a one-line file)",
    "empty": "a 0-byte or white-space-only file, an empty table cell, a table without rows",
    "truncated": "cut short: Reuters record without its closing tag, table parse error mid-file",
    "binary": "NUL bytes (over 1 in 100) or over 5% control characters",
    "too large": f"a text or SGML file over {walk.MAX_READ_BYTES:,} bytes (not read)",
    "broken symlink": "a symlink pointing nowhere",
    "symlink loop": "a symlink chain that never ends, or a folder link to its own ancestor",
    "duplicate folder": "a second path to a folder already walked (its files load once)",
    "is a directory": "a folder named like an article file (its contents are still walked)",
    "not a regular file": "a FIFO, socket or device named like an article file (never opened)",
    "unreadable: permission denied": "the file or folder cannot be opened or listed",
    "unreadable: no text column": "a table without a recognisable text column",
    "unreadable: no column '<name>'": "text_column/title_column names a missing column",
    "unreadable: no text field": "a JSON object without the text field",
    "unreadable: bad json": "a JSON line that does not parse or is not an object",
    "unreadable: bad parquet": "pyarrow cannot open the Parquet file",
    "unreadable: <error>": "any other OS error (its text) or reader failure (exception name)",
}

PathsLike = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


@dataclass(frozen=True)
class _Options:
    text_column: str | None
    title_column: str | None
    format: str | None
    chunk_size: int


def load_articles(
    paths: PathsLike,
    *,
    text_column: str | None = None,
    title_column: str | None = None,
    format: str | None = None,
) -> pd.DataFrame:
    """All articles under ``paths``, one row each, columns :data:`COLUMNS` (module doc).

    ``text_column``/``title_column`` name the columns of CSV/JSONL/Parquet
    inputs (guessed when None); ``format`` forces one reader of :data:`FORMATS`
    for every file (folders then yield every non-hidden file).

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "one.txt").write_text("A headline\\n\\nThe first paragraph of the story.\\n")
    >>> row = load_articles(folder).iloc[0]
    >>> row.title, row.body, row.reader, row.status
    ('A headline', 'The first paragraph of the story.', 'text', 'ok')
    """
    chunks = list(
        iter_articles(paths, text_column=text_column, title_column=title_column, format=format)
    )
    if not chunks:
        return _frame({name: [] for name in COLUMNS}, 0)
    return pd.concat(chunks) if len(chunks) > 1 else chunks[0]


def iter_articles(
    paths: PathsLike,
    *,
    chunk_size: int = 1000,
    text_column: str | None = None,
    title_column: str | None = None,
    format: str | None = None,
) -> Iterator[pd.DataFrame]:
    """The rows of :func:`load_articles` in DataFrames of at most ``chunk_size`` rows.

    Files are read one at a time as chunks are consumed; tables are streamed.
    Only article ids and one digest per distinct body are kept between chunks
    (for ``duplicate_of``). The index runs on across chunks. Missing paths
    raise FileNotFoundError here, before the first chunk.
    """
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    given = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    sources = walk.iter_sources(given, all_files=format is not None)
    options = _Options(text_column, title_column, format, chunk_size)
    return _chunked(_rows(sources, options), chunk_size)


def _chunked(rows: Iterator[dict[str, Any]], size: int) -> Iterator[pd.DataFrame]:
    offset = 0
    columns: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    count = 0
    for row in rows:
        for name in COLUMNS:
            columns[name].append(row[name])
        count += 1
        if count == size:
            yield _frame(columns, offset)
            offset += count
            columns = {name: [] for name in COLUMNS}
            count = 0
    if count:
        yield _frame(columns, offset)


def _frame(columns: dict[str, list[Any]], offset: int) -> pd.DataFrame:
    n = len(columns["article_id"])
    index = pd.RangeIndex(offset, offset + n)
    data = {}
    for name in COLUMNS:
        values = columns[name]
        if name == "captions":
            series = pd.Series(values, index=index, dtype=object)
        else:
            series = pd.Series(values, index=index, dtype=DTYPES[name])
        data[name] = series
    return pd.DataFrame(data, index=index)


class _Ids:
    """Article ids from keys, unique within one load."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def make(self, key: str, position: int) -> str:
        base = f"{key}#{position}"
        ident = hashlib.sha1(base.encode("utf-8", "surrogateescape")).hexdigest()[:16]
        n = 1
        while ident in self._seen:
            n += 1
            ident = hashlib.sha1(f"{base}#{n}".encode("utf-8", "surrogateescape")).hexdigest()[:16]
        self._seen.add(ident)
        return ident


def _rows(sources: Iterator[walk.Source], options: _Options) -> Iterator[dict[str, Any]]:
    ids = _Ids()
    dupes = DuplicateIndex()
    for src in sources:
        for position, (reader, record) in enumerate(_safe_records(src, options)):
            yield _row(src, position, reader, record, ids, dupes)


def _unreadable(status: str) -> tuple[str, Record]:
    return "unreadable", Record(status=status)


def _safe_records(src: walk.Source, options: _Options) -> Iterator[tuple[str, Record]]:
    """The file's records; any unexpected error becomes one last ``unreadable`` row."""
    try:
        yield from _records(src, options)
    except Exception as err:  # the safety net: one bad file never stops a load
        yield _unreadable(f"unreadable: {type(err).__name__}")


def _format_of(src: walk.Source, options: _Options) -> str | None:
    if options.format is not None:
        return options.format
    return _BY_SUFFIX.get(src.path.suffix.lower())


def _records(src: walk.Source, options: _Options) -> Iterator[tuple[str, Record]]:
    if src.problem is not None:
        yield _unreadable(src.problem)
        return
    fmt = _format_of(src, options)
    if fmt in ("csv", "jsonl", "parquet"):
        yield from _table_records(src, fmt, options)
        return
    try:
        data = walk.read_bytes(src.path)
    except OSError as err:
        yield _unreadable(walk.describe_error(err))
        return
    if len(data) > walk.MAX_READ_BYTES:
        yield _unreadable("too large")
        return
    if not data:
        yield _unreadable("empty")
        return
    decoded = decode_bytes(data)
    del data
    if decoded.binary or decoded.text is None:
        yield _unreadable("binary")
        return
    text = decoded.text
    if fmt == "reuters-sgml":
        reader, records = "reuters-sgml", reuters.parse(text)
    elif fmt == "seedpage" or (fmt is None and seedpage.sniff(text)):
        reader, records = "seedpage", iter(seedpage.parse(text))
    else:
        reader, records = "text", iter([textfiles.parse(text)])
    found = False
    for record in records:
        found = True
        record.encoding = decoded.encoding
        record.repaired = decoded.repaired
        yield reader, record
    if not found:
        yield reader, Record(status="empty", encoding=decoded.encoding)


def _table_records(src: walk.Source, fmt: str, options: _Options) -> Iterator[tuple[str, Record]]:
    kwargs = {
        "text_column": options.text_column,
        "title_column": options.title_column,
        "chunk_rows": options.chunk_size,
    }
    if fmt == "csv":
        sep = "\t" if src.path.suffix.lower() == ".tsv" else ","
        records = tabular.read_csv(src.path, sep=sep, **kwargs)
    elif fmt == "jsonl":
        records = tabular.read_jsonl(src.path, **kwargs)
    else:
        records = tabular.read_parquet(src.path, **kwargs)
    found = False
    try:
        for record in records:
            found = True
            yield fmt, record
    except tabular.TableError as err:
        yield _unreadable(str(err))
        return
    if not found:  # a header without rows, only blank lines: still one row for the file
        yield fmt, Record(status="empty")


def _row(
    src: walk.Source,
    position: int,
    reader: str,
    record: Record,
    ids: _Ids,
    dupes: DuplicateIndex,
) -> dict[str, Any]:
    status = record.status
    text = record.body or record.title
    if status == "ok" and record.body is None:
        status = "no body" if record.title else "empty"
    language = detect_language(text) if text else None
    if status == "ok" and language not in ("en", "und"):
        status = "not english"
    article_id = ids.make(src.source, position)
    return {
        "article_id": article_id,
        "source": src.source,
        "position": position,
        "reader": reader,
        "section": src.section,
        "title": record.title,
        "captions": list(record.captions),
        "date": record.date,
        "body": record.body,
        "encoding": record.encoding,
        "repaired": bool(record.repaired),
        "language": language,
        "status": status,
        "duplicate_of": dupes.first_of(record.body, article_id),
        "external_id": record.external_id,
    }
