"""CSV, JSON Lines and Parquet files: one article per row.

Columns are given (``text_column``, ``title_column``; exact name, else the
same name ignoring case) or guessed: the first of :data:`TEXT_NAMES`,
:data:`TITLE_NAMES`, :data:`DATE_NAMES`, :data:`ID_NAMES`,
:data:`CAPTION_NAMES` present, compared in lower case with spaces and hyphens
as ``_``. A file without a text column raises :class:`TableError` (the loader
turns it into one ``unreadable`` row). The id column becomes ``external_id``.

Files are streamed (CSV row by row through the standard ``csv`` module, which
reads an unclosed quotation mark to the end of the file as one field instead of
failing; JSON Lines line by line; Parquet by record batches), never read whole.
A CSV row with fewer fields than the header lacks the missing columns, extra
fields are ignored, blank rows are skipped. A parse error after some rows
yields one last Record with status ``truncated``; a JSON line that does
not parse, or is not an object, yields a Record with status
``unreadable: bad json`` and reading goes on. CSV encoding is sniffed from the
first 64 KiB (:func:`analysis.loading.encoding.sniff_encoding`); bytes invalid in it
decode as Windows-1252. Cells are repaired like whole files (ftfy) and bodies
put in the canonical layout.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from analysis.loading.encoding import FALLBACK_ERRORS, looks_binary, repair, sniff_encoding
from analysis.loading.readers.base import Record, canonical_body, squash
from analysis.loading.readers.dates import parse_date
from analysis.loading.walk import describe_error

TEXT_NAMES = (
    "text", "body", "content", "article", "story", "full_text", "fulltext",
    "article_text", "article_body", "body_text", "maintext", "main_text",
)  # fmt: skip
TITLE_NAMES = ("title", "headline", "heading", "head", "hed")
DATE_NAMES = (
    "date", "published", "published_at", "publish_date", "published_date", "pub_date",
    "publication_date", "date_published", "datetime", "timestamp", "time", "created_at",
)  # fmt: skip
ID_NAMES = ("id", "article_id", "doc_id", "docid", "uuid", "guid", "external_id", "newid")
CAPTION_NAMES = ("captions", "caption", "image_caption")
_JSON_WHOLE_LIMIT = 256 * 1024 * 1024
_CSV_FIELD_LIMIT = 1 << 30


class TableError(Exception):
    """A table file that yields no article at all; the message is the status."""


@dataclass(frozen=True)
class Columns:
    text: str
    title: str | None
    date: str | None
    id: str | None
    captions: str | None


def _norm(name: object) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


def _find(columns: Iterable[object], candidates: Iterable[str]) -> str | None:
    by_norm: dict[str, str] = {}
    for col in columns:
        by_norm.setdefault(_norm(col), col)  # type: ignore[arg-type]
    for cand in candidates:
        if cand in by_norm:
            return by_norm[cand]
    return None


def _given(columns: list[object], name: str) -> str | None:
    if name in columns:
        return name
    return _find(columns, [_norm(name)])


def choose_columns(
    columns: Iterable[object], text_column: str | None = None, title_column: str | None = None
) -> Columns:
    """Pick the text, title, date, id and caption columns (see module doc).

    >>> choose_columns(["ID", "Headline", "Story", "Published"])
    Columns(text='Story', title='Headline', date='Published', id='ID', captions=None)
    """
    cols = list(columns)
    if text_column is not None:
        text = _given(cols, text_column)
        if text is None:
            raise TableError(f"unreadable: no column {text_column!r}")
    else:
        text = _find(cols, TEXT_NAMES)
        if text is None:
            raise TableError("unreadable: no text column")
    if title_column is not None:
        title = _given(cols, title_column)
        if title is None:
            raise TableError(f"unreadable: no column {title_column!r}")
    else:
        title = _find(cols, TITLE_NAMES)
    return Columns(
        text=text,
        title=title,
        date=_find(cols, DATE_NAMES),
        id=_find(cols, ID_NAMES),
        captions=_find(cols, CAPTION_NAMES),
    )


def _cell(value: object) -> tuple[str | None, bool]:
    """A cell as repaired text (None when missing) and whether ftfy changed it."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None, False
    return repair(value if isinstance(value, str) else str(value))


def _captions(value: object) -> list[str]:
    values = value if isinstance(value, (list, tuple)) else [value]
    out: list[str] = []
    for item in values:
        text = _cell(item)[0]
        if text is not None:
            text = squash(text)
            if text and text not in out:
                out.append(text)
    return out


def to_record(row: Mapping[str, object], cols: Columns, encoding: str | None = None) -> Record:
    """One article from one row (a mapping of column name to value)."""
    text, text_fixed = _cell(row.get(cols.text))
    title, title_fixed = _cell(row.get(cols.title)) if cols.title else (None, False)
    external = _cell(row.get(cols.id))[0] if cols.id else None
    return Record(
        title=squash(title) or None if title is not None else None,
        body=canonical_body(text.split("\n")) or None if text is not None else None,
        captions=_captions(row.get(cols.captions)) if cols.captions else [],
        date=parse_date(row.get(cols.date)) if cols.date else None,
        external_id=squash(external) or None if external is not None else None,
        encoding=encoding,
        repaired=text_fixed or title_fixed,
    )


def _guarded(rows: Iterator[Record]) -> Iterator[Record]:
    """Turn a failure before the first row into TableError, after it into ``truncated``."""
    produced = False
    try:
        for record in rows:
            produced = True
            yield record
    except TableError:
        if produced:
            yield Record(status="truncated")
        else:
            raise
    except OSError as err:
        if produced:
            yield Record(status="truncated")
        else:
            raise TableError(describe_error(err)) from err
    except (csv.Error, ValueError, UnicodeError, MemoryError, KeyError, TypeError) as err:
        if produced:
            yield Record(status="truncated")
        else:
            raise TableError(f"unreadable: {type(err).__name__}") from err


def _sniffed_encoding(path: Path) -> str:
    with open(path, "rb") as fh:
        head = fh.read(65_536)
    if not head:
        raise TableError("empty")
    encoding = sniff_encoding(head)
    if encoding is None or looks_binary(head.decode(encoding, errors=FALLBACK_ERRORS)):
        raise TableError("binary")
    return "utf-8" if encoding == "ascii" else encoding


def read_csv(
    path: Path,
    *,
    sep: str = ",",
    text_column: str | None = None,
    title_column: str | None = None,
    chunk_rows: int = 1000,
) -> Iterator[Record]:
    """Articles of a CSV (or, with ``sep="\\t"``, TSV) file."""
    return _guarded(_csv_rows(path, sep, text_column, title_column, chunk_rows))


def _csv_rows(
    path: Path, sep: str, text_column: str | None, title_column: str | None, chunk_rows: int
) -> Iterator[Record]:
    del chunk_rows  # rows are read one at a time
    encoding = _sniffed_encoding(path)
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    with open(path, encoding=encoding, errors=FALLBACK_ERRORS, newline="") as fh:
        reader = csv.reader(fh, delimiter=sep)
        header = next(reader, None)
        if header is None:
            raise TableError("empty")
        cols = choose_columns(header, text_column, title_column)
        for values in reader:
            if not any(v.strip() for v in values):
                continue  # blank line
            yield to_record(dict(zip(header, values, strict=False)), cols, encoding)


def read_jsonl(
    path: Path,
    *,
    text_column: str | None = None,
    title_column: str | None = None,
    chunk_rows: int = 1000,
) -> Iterator[Record]:
    """Articles of a JSON Lines file (or a ``.json`` file holding one array of objects)."""
    del chunk_rows  # lines are read one at a time
    return _guarded(_json_rows(path, text_column, title_column))


def _json_rows(path: Path, text_column: str | None, title_column: str | None) -> Iterator[Record]:
    label = _sniffed_encoding(path)
    # JSON is UTF-8 (a BOM is tolerated); stray invalid bytes decode as Windows-1252.
    encoding = "utf-8-sig" if label in ("utf-8", "cp1252") else label
    label = "utf-8" if label == "utf-8-sig" else label
    with open(path, encoding=encoding, errors=FALLBACK_ERRORS) as fh:
        first = fh.read(1)
        while first.isspace():
            first = fh.read(1)
        fh.seek(0)
        if first == "[" and path.stat().st_size <= _JSON_WHOLE_LIMIT:
            try:
                rows: Iterable[object] = json.load(fh)
            except ValueError as err:
                raise TableError("unreadable: bad json") from err
            items = rows if isinstance(rows, list) else [rows]
            yield from _json_records(items, text_column, title_column, label)
        else:
            lines = (line for line in fh if line.strip())
            yield from _json_records(_parsed_lines(lines), text_column, title_column, label)


class _BadLine:
    pass


def _parsed_lines(lines: Iterable[str]) -> Iterator[object]:
    for line in lines:
        try:
            yield json.loads(line)
        except ValueError:
            yield _BadLine()


def _json_records(
    rows: Iterable[object], text_column: str | None, title_column: str | None, encoding: str
) -> Iterator[Record]:
    cols: Columns | None = None
    for row in rows:
        if not isinstance(row, dict):
            yield Record(status="unreadable: bad json")
            continue
        if cols is None or cols.text not in row:
            try:
                cols = choose_columns(row.keys(), text_column, title_column)
            except TableError:
                yield Record(status="unreadable: no text field")
                continue
        yield to_record(row, cols, encoding)


def read_parquet(
    path: Path,
    *,
    text_column: str | None = None,
    title_column: str | None = None,
    chunk_rows: int = 1000,
) -> Iterator[Record]:
    """Articles of a Parquet file, read by record batches of ``chunk_rows`` rows."""
    return _guarded(_parquet_rows(path, text_column, title_column, chunk_rows))


def _parquet_rows(
    path: Path, text_column: str | None, title_column: str | None, chunk_rows: int
) -> Iterator[Record]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError, ValueError) as err:
        raise TableError("unreadable: bad parquet") from err
    cols = choose_columns(pf.schema_arrow.names, text_column, title_column)
    wanted = list(
        dict.fromkeys(c for c in (cols.text, cols.title, cols.date, cols.id, cols.captions) if c)
    )
    try:
        for batch in pf.iter_batches(batch_size=max(1, chunk_rows), columns=wanted):
            for row in batch.to_pylist():
                yield to_record(row, cols, "utf-8")
    except pa.ArrowException as err:
        raise ValueError(str(err)) from err
