"""Load articles from files and folders into one table: :func:`load_articles`.

Inputs: a file, a folder (walked recursively, see :mod:`analysis.loading.walk`) or a
list of them. The reader follows the file's suffix (:mod:`analysis.loading.formats`)
unless ``format`` forces one: ``.csv``/``.tsv`` -> ``csv``;
``.jsonl``/``.ndjson``/``.json`` -> ``jsonl``; ``.parquet``/``.pq`` -> ``parquet``;
``.sgm``/``.sgml`` -> ``reuters-sgml``; ``.html``/``.htm`` -> ``html``
(:mod:`analysis.loading.readers.html`); ``.txt``, ``.md`` and files without a
suffix are text: ``html`` when they hold a web page (:func:`analysis.loading.readers.html.sniff`),
``seedpage`` when the first page has the scraped-page layout
(:mod:`analysis.loading.readers.seedpage`), else ``text`` (headline on line 1,
:mod:`analysis.loading.readers.textfiles`). Compressed files (``.gz``, ``.bz2``,
``.xz``) are read by the name inside; ``.zip`` archives member by member
(:mod:`analysis.loading.archives`).

Every entry gives rows, and a bad file never stops the load: every file the
walk meets (read or skipped), every member of an archive and every row of a
table is a row, with a ``status`` saying what happened and a ``reason`` with
the details. Only a missing top-level path raises (:class:`FileNotFoundError`).

Limits keep time and memory bounded whatever the input: a text or HTML file
over :data:`MAX_TEXT_BYTES` bytes (an SGML file over
:data:`analysis.loading.walk.MAX_READ_BYTES`) is not read, and an article whose
body is over :data:`MAX_BODY_CHARS` characters, or holds over
:data:`MAX_BODY_UNITS` sentence marks and paragraph breaks, is not analysed:
status ``too large``, its body left out (NA), the rest of the run unharmed.

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
    given directly, its name; for an archive member, the archive's source, then
    the member's path (``bbc.zip/politics/001.txt``). Absolute paths never
    appear; names that are not valid UTF-8 or hold control characters are
    shown with ``\\xNN`` escapes (:func:`analysis.loading.encoding.printable_name`).
``position`` Int64
    0-based index of the article within its file (row, record, page).
``reader`` string
    ``seedpage``, ``text``, ``html``, ``csv``, ``jsonl``, ``parquet``,
    ``reuters-sgml``; ``skipped`` for a file that is not read on purpose
    (status ``skipped: …``), ``unreadable`` for one that could not be read.
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
``reason`` string
    The details behind ``status``: the columns a table has, the limit a file
    exceeds, what to do about an unsupported format; for a row read in full,
    what was repaired (a file name escaped, lone surrogates replaced). NA
    when there is nothing to add.
``duplicate_of`` string
    article_id of the first article (in load order) with an identical body; NA otherwise.
``external_id`` string
    The source's own id: the id column of a table, Reuters' ``NEWID``; NA otherwise.

Why one module (about 640 lines, a hundred of them this docstring): it holds the
promise that every walked entry, archive member and table row becomes exactly
one row. The path from a source to rows (units: files, compressed files, archive
members; then records of one unit, with the safety net that turns any failure
into an ``unreadable`` row; then one row, with limits, language, ids and
duplicates) is one generator pipeline, and the statuses and limits it assigns
(:data:`STATUSES`, :data:`MAX_TEXT_BYTES`, :data:`MAX_BODY_CHARS`) are read
together with it. What can stand alone already does: walking (:mod:`.walk`),
names (:mod:`.formats`), archives, encodings, language, duplicates and each
reader (:mod:`.readers`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from analysis import schema
from analysis.loading import archives, formats, walk
from analysis.loading.dedupe import DuplicateIndex
from analysis.loading.encoding import decode_bytes, printable_name, scrub_surrogates
from analysis.loading.language import detect_language
from analysis.loading.readers import html, reuters, seedpage, tabular, textfiles
from analysis.loading.readers.base import Record

COLUMNS = tuple(c.name for c in schema.LOADED)
DTYPES: dict[str, Any] = {
    c.name: pd.StringDtype() if c.dtype == "string" else c.dtype for c in schema.LOADED
}

FORMATS = ("seedpage", "text", "html", "csv", "jsonl", "parquet", "reuters-sgml")
#: Bytes read of a one-article file (text, HTML): more cannot make a body within the limit.
MAX_TEXT_BYTES = 64 * 1024 * 1024
#: Characters of the largest body analysed (analysis holds about 40 bytes per character).
MAX_BODY_CHARS = 10_000_000
#: Sentence marks (. ! ?) and paragraph breaks of the largest body analysed (about 1 KB each).
MAX_BODY_UNITS = 250_000

#: Statuses whose rows are analysed (as ``analysis.tables.measure.MEASURABLE``; a test checks).
ANALYSED = frozenset({"ok", "not english"})
#: Rows a chunk may hold per article to analyse: rows that are not analysed (empty,
#: skipped, unreadable) cost next to nothing each, while every chunk costs its tables'
#: conversions, so a run of a million empty rows goes in few chunks.
ROWS_PER_ARTICLE = 50

#: Every status a row can carry.
STATUSES = {
    "ok": "readable, with a body, English or undetermined language",
    "not english": "readable, but detect_language gave a code other than en/und",
    "no body": "a headline but no body (a Reuters record without <BODY>, a one-line file)",
    "empty": "a 0-byte or white-space-only file, an empty table cell, a table without rows",
    "truncated": "cut short: Reuters record without its closing tag, table parse error mid-file",
    "binary": "NUL bytes (over 1 in 100) or over 5% control characters",
    "too large": (
        f"a text or HTML file over {MAX_TEXT_BYTES:,} bytes, an SGML file over "
        f"{walk.MAX_READ_BYTES:,} (not read), or a body over {MAX_BODY_CHARS:,} characters "
        f"or {MAX_BODY_UNITS:,} sentence marks and paragraph breaks (not analysed)"
    ),
    archives.MEMBERS_STATUS: f"a zip archive of over {archives.MAX_MEMBERS:,} members (not read)",
    archives.LIMIT_STATUS: (
        f"over {archives.MAX_UNPACKED_BYTES:,} bytes unpacked from one archive or compressed "
        "file: this member and those after it are not read"
    ),
    "skipped: unsupported format <.suffix>": (
        "a file no reader takes (office documents, PDF, images …); reason says what to do"
    ),
    walk.DOCUMENTATION: (
        "README*, LICENSE*, SOURCE*, CHANGES* … at a corpus root (read with include_docs)"
    ),
    walk.HIDDEN: "a file or folder whose name starts with '.', or __MACOSX (not entered)",
    archives.NESTED_STATUS: "a compressed file or archive inside an archive (unpack it first)",
    "broken symlink": "a symlink pointing nowhere",
    "symlink loop": "a symlink chain that never ends, or a folder link to its own ancestor",
    "duplicate folder": "a second path to a folder already walked (its files load once)",
    "is a directory": "a folder named like an article file (its contents are still walked)",
    "not a regular file": "a FIFO, socket or device (never opened)",
    "unreadable: permission denied": "the file or folder cannot be opened or listed",
    "unreadable: no text column": "a table row, where the table has no recognisable text column",
    "unreadable: no column '<name>'": "text_column/title_column names a missing column",
    "unreadable: no text field": "a JSON object without the text field",
    "unreadable: bad json": "a JSON line that does not parse or is not an object",
    "unreadable: bad parquet": "pyarrow cannot open the Parquet file",
    "unreadable: bad zip archive": "the zip archive's directory cannot be read",
    "unreadable: damaged archive": "unpacking failed (bad CRC, truncated stream)",
    "unreadable: encrypted": "a password-protected archive member",
    "unreadable: unsupported compression": "an archive member packed with a method Python lacks",
    "unreadable: <error>": "any other OS error (its text) or reader failure (exception name)",
    "error: text is <a type>": (
        "a table's text value is not a string (a dict, a list, a number): never analysed "
        "as its repr"
    ),
}

PathsLike = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


@dataclass(frozen=True)
class _Options:
    text_column: str | None
    title_column: str | None
    format: str | None
    chunk_size: int
    delimiter: str | None = None
    include_docs: bool = False


@dataclass(frozen=True)
class _Unit:
    """What gives rows: a file, the file inside a compressed file, or an archive member.

    ``name`` decides the reader; ``path`` is set for a file on disk, ``open``
    for unpacked bytes; ``problem`` for a unit that is not read.
    """

    source: str
    section: str | None
    name: str
    path: Path | None = None
    open: Callable[[], BinaryIO] | None = None
    problem: str | None = None
    reason: str | None = None

    def opener(self) -> Callable[[], BinaryIO]:
        if self.open is not None:
            return self.open
        path = self.path
        return lambda: open(path, "rb")  # type: ignore[arg-type]


def load_articles(
    paths: PathsLike,
    *,
    text_column: str | None = None,
    title_column: str | None = None,
    format: str | None = None,
    delimiter: str | None = None,
    include_docs: bool = False,
) -> pd.DataFrame:
    """All articles under ``paths``, one row each, columns :data:`COLUMNS` (module doc).

    ``text_column``/``title_column`` name the columns of CSV/JSONL/Parquet
    inputs (guessed when None); ``delimiter`` is the CSV delimiter (sniffed when
    None: comma, semicolon, tab or pipe); ``format`` forces one reader of
    :data:`FORMATS` for every file (folders then yield every non-hidden file);
    ``include_docs`` reads documentation files at a corpus root (README …)
    as articles instead of skipping them.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "one.txt").write_text("A headline\\n\\nThe first paragraph of the story.\\n")
    >>> row = load_articles(folder).iloc[0]
    >>> row.title, row.body, row.reader, row.status
    ('A headline', 'The first paragraph of the story.', 'text', 'ok')
    """
    chunks = list(
        iter_articles(
            paths,
            text_column=text_column,
            title_column=title_column,
            format=format,
            delimiter=delimiter,
            include_docs=include_docs,
        )
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
    delimiter: str | None = None,
    include_docs: bool = False,
) -> Iterator[pd.DataFrame]:
    """The rows of :func:`load_articles` in DataFrames of up to ``chunk_size`` articles to analyse.

    A chunk holds at most ``chunk_size`` rows whose status is analysed
    (:data:`ANALYSED`) and at most ``ROWS_PER_ARTICLE * chunk_size`` rows in all.
    Files are read one at a time as chunks are consumed; tables are streamed.
    Only article ids and one digest per distinct body are kept between chunks
    (for ``duplicate_of``). The index runs on across chunks. Missing paths
    raise FileNotFoundError here, before the first chunk.
    """
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if delimiter is not None and len(delimiter) != 1:
        raise ValueError(f"a CSV delimiter is one character, not {delimiter!r}")
    given = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    sources = walk.iter_sources(given, all_files=format is not None, include_docs=include_docs)
    options = _Options(text_column, title_column, format, chunk_size, delimiter, include_docs)
    return _chunked(_rows(sources, options), chunk_size)


def _chunked(rows: Iterator[tuple[Any, ...]], size: int) -> Iterator[pd.DataFrame]:
    offset = 0
    batch: list[tuple[Any, ...]] = []
    analysed = 0
    most = size * ROWS_PER_ARTICLE
    status = COLUMNS.index("status")
    for row in rows:
        batch.append(row)
        analysed += row[status] in ANALYSED
        if analysed == size or len(batch) == most:
            yield _frame(
                dict(zip(COLUMNS, map(list, zip(*batch, strict=True)), strict=True)), offset
            )
            offset += len(batch)
            batch = []
            analysed = 0
    if batch:
        yield _frame(dict(zip(COLUMNS, map(list, zip(*batch, strict=True)), strict=True)), offset)


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
    """Article ids, unique within one load.

    An id hashes ``"<source>#<position>"``; a source met again (two given folders
    of the same name) has its occurrence appended (``#2``, ``#3`` …). Sources are
    remembered per file or member, not per row, so a table of a million rows
    costs one entry. (Distinct keys sharing 64 bits of SHA-1 are not looked for:
    the chance among a million articles is about 1 in 36 million.)
    """

    def __init__(self) -> None:
        self._sources: dict[str, int] = {}

    def occurrence(self, source: str) -> int:
        """How many times ``source`` has now been met (1 the first time)."""
        n = self._sources.get(source, 0) + 1
        self._sources[source] = n
        return n

    @staticmethod
    def make(source: str, position: int, occurrence: int = 1) -> str:
        base = f"{source}#{position}" if occurrence == 1 else f"{source}#{position}#{occurrence}"
        return hashlib.sha1(base.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def _rows(sources: Iterator[walk.Source], options: _Options) -> Iterator[tuple[Any, ...]]:
    ids = _Ids()
    dupes = DuplicateIndex()
    for src in sources:
        for unit in _units(src, options):
            occurrence = ids.occurrence(unit.source)
            for position, (reader, record) in enumerate(_safe_records(unit, options)):
                article_id = ids.make(unit.source, position, occurrence)
                yield _row(unit, position, reader, record, article_id, dupes)


# -- units: files, compressed files, archive members --------------------------------------


def _units(src: walk.Source, options: _Options) -> Iterator[_Unit]:
    if src.problem is not None:
        yield _Unit(src.source, src.section, src.path.name, problem=src.problem, reason=src.reason)
        return
    name = src.path.name
    suffix = formats.suffix_of(name)
    forced = options.format is not None
    if suffix in formats.ARCHIVES and not forced:
        yield from _members(src, options)
        return
    if suffix in formats.COMPRESSED and not forced:
        inner = formats.inner_name(name)
        inner_suffix = formats.suffix_of(inner)
        if inner_suffix in formats.COMPRESSED or inner_suffix in formats.ARCHIVES:
            problem, reason = archives.NESTED_STATUS, "unpack the outer file to read it"
            yield _Unit(src.source, src.section, name, problem=problem, reason=reason)
            return
        if formats.reader_for(inner) is None:
            yield _Unit(
                src.source,
                src.section,
                name,
                problem=f"skipped: unsupported format {inner_suffix}{suffix}",
                reason=formats.unsupported_reason(inner),
            )
            return
        budget = archives.Budget()
        path = src.path
        yield _Unit(
            src.source,
            src.section,
            inner,
            open=lambda: archives.open_compressed(path, budget),
            reason=src.reason,
        )
        return
    yield _Unit(src.source, src.section, name, path=src.path, reason=src.reason)


def _members(src: walk.Source, options: _Options) -> Iterator[_Unit]:
    given_directly = "/" not in src.source
    archive_name = src.source.rsplit("/", 1)[-1]
    outer = [] if given_directly else [p for p in (src.section, archive_name) if p]
    budget = archives.Budget()
    found = False
    try:
        for member in archives.zip_members(
            src.path,
            budget,
            all_files=options.format is not None,
            include_docs=options.include_docs,
        ):
            parts = [p for p in member.name.split("/") if p] or [member.name]
            shown = [printable_name(p) for p in parts]
            reason = "; ".join(
                r
                for r in (
                    member.reason,
                    walk.ESCAPED if any(changed for _, changed in shown) else None,
                )
                if r
            )
            found = True
            yield _Unit(
                "/".join([src.source, *(p for p, _ in shown)]),
                "/".join([*outer, *(p for p, _ in shown[:-1])]) or None,
                parts[-1],
                open=member.open,
                problem=member.problem,
                reason=reason or None,
            )
    except archives.ArchiveError as err:
        status, reason = err.args
        yield _Unit(src.source, src.section, src.path.name, problem=status, reason=reason)
        return
    if not found:  # the archive itself is still accounted for
        reason = "a zip archive without files"
        yield _Unit(src.source, src.section, src.path.name, problem="empty", reason=reason)


# -- records of one unit --------------------------------------------------------------------


def _problem(status: str, reason: str | None = None) -> tuple[str, Record]:
    reader = "skipped" if status.startswith("skipped:") else "unreadable"
    return reader, Record(status=status, reason=reason)


def _safe_records(unit: _Unit, options: _Options) -> Iterator[tuple[str, Record]]:
    """The unit's records; any unexpected error becomes one last ``unreadable`` row."""
    try:
        yield from _records(unit, options)
    except Exception as err:  # the safety net: one bad file never stops a load
        known = archives.describe_error(err)
        if known is not None:
            yield _problem(*known)
        else:
            yield _problem(
                f"unreadable: {type(err).__name__}", f"{type(err).__name__}: {err}"[:200]
            )


def _format_of(unit: _Unit, options: _Options) -> str | None:
    if options.format is not None:
        return options.format
    return formats.reader_for(unit.name)


def _read(unit: _Unit, limit: int) -> bytes:
    if unit.path is not None:
        return walk.read_bytes(unit.path)  # up to MAX_READ_BYTES: compared with limit after
    with unit.opener()() as fh:
        return fh.read(limit + 1)


def _records(unit: _Unit, options: _Options) -> Iterator[tuple[str, Record]]:
    if unit.problem is not None:
        yield _problem(unit.problem, unit.reason)
        return
    fmt = _format_of(unit, options)
    if fmt is None:
        suffix = formats.suffix_of(unit.name)
        yield _problem(
            f"skipped: unsupported format {suffix}", formats.unsupported_reason(unit.name)
        )
        return
    if fmt in ("csv", "jsonl", "parquet"):
        yield from _table_records(unit, fmt, options)
        return
    limit = walk.MAX_READ_BYTES if fmt == "reuters-sgml" else MAX_TEXT_BYTES
    try:
        data = _read(unit, limit)
    except OSError as err:
        unpacking = archives.describe_error(err)  # a damaged .gz is an OSError too
        yield _problem(*unpacking) if unpacking else _problem(walk.describe_error(err), str(err))
        return
    if len(data) > limit:
        yield _problem("too large", f"over {limit:,} bytes; a {fmt} file is not read beyond that")
        return
    if not data:
        yield _problem("empty")
        return
    declared = html.declared_charset(data) if fmt in ("html", "text") else None
    decoded = decode_bytes(data, declared)
    del data
    if decoded.binary or decoded.text is None:
        yield _problem("binary", "NUL bytes or control characters: not text")
        return
    text = decoded.text
    if fmt == "reuters-sgml":
        reader, records = "reuters-sgml", reuters.parse(text)
    elif fmt == "html" or (fmt == "text" and options.format is None and html.sniff(text)):
        reader, records = "html", iter([html.parse(text)])
    elif fmt == "seedpage" or (fmt == "text" and options.format is None and seedpage.sniff(text)):
        reader, records = "seedpage", iter(seedpage.parse(text))
    else:
        reader, records = "text", iter([textfiles.parse(text)])
    del text
    found = False
    for record in records:
        found = True
        record.encoding = decoded.encoding
        record.repaired = record.repaired or decoded.repaired
        yield reader, record
    if not found:
        yield reader, Record(status="empty", encoding=decoded.encoding)


def _table_records(unit: _Unit, fmt: str, options: _Options) -> Iterator[tuple[str, Record]]:
    columns = {"text_column": options.text_column, "title_column": options.title_column}
    opener = unit.opener()
    if fmt == "csv":
        default = "\t" if formats.suffix_of(unit.name) == ".tsv" else ","
        records = tabular.read_csv(
            opener, delimiter=options.delimiter, default_delimiter=default, **columns
        )
    elif fmt == "jsonl":
        records = tabular.read_jsonl(opener, **columns)
    else:
        path = str(unit.path) if unit.path is not None else None
        records = tabular.read_parquet(opener, path=path, chunk_rows=options.chunk_size, **columns)
    found = False
    try:
        for record in records:
            found = True
            yield fmt, record
    except tabular.TableError as err:
        yield _problem(err.status, err.reason)
        return
    if not found:  # a header without rows, only blank lines: still one row for the file
        yield fmt, Record(status="empty")


# -- one row ----------------------------------------------------------------------------------


def _too_large(body: str) -> str | None:
    """Why a body is too large to analyse, or None."""
    if len(body) > MAX_BODY_CHARS:
        return f"a body of {len(body):,} characters; the limit is {MAX_BODY_CHARS:,}"
    units = body.count(".") + body.count("!") + body.count("?") + body.count("\n\n")
    if units > MAX_BODY_UNITS:
        return f"{units:,} sentence marks and paragraph breaks; the limit is {MAX_BODY_UNITS:,}"
    return None


_SCRUBBED = "lone surrogates (invalid in UTF-8) replaced with U+FFFD"


def _clean(record: Record) -> bool:
    """Replace lone surrogates in the record's text fields; whether any was found."""
    fields = (record.title, record.body, record.date, record.external_id)
    if all(v is None or v.isascii() for v in fields) and all(c.isascii() for c in record.captions):
        return False
    changed = False
    for name in ("title", "body", "date", "external_id"):
        value = getattr(record, name)
        if isinstance(value, str):
            value, fixed = scrub_surrogates(value)
            if fixed:
                setattr(record, name, value)
                changed = True
    captions = [scrub_surrogates(c) for c in record.captions]
    if any(fixed for _, fixed in captions):
        record.captions = [c for c, _ in captions]
        changed = True
    record.repaired = record.repaired or changed
    return changed


def _row(
    unit: _Unit,
    position: int,
    reader: str,
    record: Record,
    article_id: str,
    dupes: DuplicateIndex,
) -> tuple[Any, ...]:
    """The row's values, in :data:`COLUMNS` order."""
    notes = [record.reason] if record.reason else []
    if unit.reason and unit.reason != record.reason:
        notes.append(unit.reason)
    if _clean(record):
        notes.append(_SCRUBBED)
    status = record.status
    body = record.body
    if status == "ok":
        if body is None:
            status = "no body" if record.title else "empty"
        else:
            too_large = _too_large(body)
            if too_large is not None:
                status, body = "too large", None
                notes.insert(0, f"{too_large}: not analysed")
    text = body or record.title
    language = detect_language(text) if text else None
    if status == "ok" and language not in ("en", "und"):
        status = "not english"
    return (
        article_id,
        unit.source,
        position,
        reader,
        unit.section,
        record.title,
        list(record.captions),
        record.date,
        body,
        record.encoding,
        bool(record.repaired),
        language,
        status,
        "; ".join(notes) if notes else None,
        dupes.first_of(body, article_id),
        record.external_id,
    )
