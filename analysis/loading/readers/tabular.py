"""CSV, JSON Lines and Parquet files: one article per row, every row accounted for.

Columns are given (``text_column``, ``title_column``; exact name, else the
same name ignoring case) or guessed: the first of :data:`TEXT_NAMES`,
:data:`TITLE_NAMES`, :data:`DATE_NAMES`, :data:`ID_NAMES`,
:data:`CAPTION_NAMES` present, compared in lower case with spaces and hyphens
as ``_``. The id column becomes ``external_id``.

Every row gives a Record, whatever it holds:

* a table without the text column gives every row the status
  ``unreadable: no text column`` (or ``unreadable: no column '<name>'`` for a
  named one), its ``reason`` listing the columns found; title, date and id are
  still read;
* a text value that is not a string (a JSON object or list, a number, a
  Parquet struct) gives ``error: text is a dict`` (:func:`analysis.values.text_status`),
  never its repr; bytes are decoded like a file (:func:`analysis.loading.encoding.decode_bytes`);
  a title that is not text is dropped, with a reason;
* a CSV row of empty cells is an ``empty`` row; only blank lines are no rows.

Files are streamed from a binary stream (a file, a compressed file, an archive
member), never read whole: CSV row by row through the standard ``csv`` module
(an unclosed quotation mark reads to the end of the file as one field instead
of failing); JSON Lines line by line; a JSON array item by item
(:func:`_array_items`); Parquet by record batches. The CSV delimiter is
sniffed from the first rows (comma, semicolon, tab or pipe: :func:`sniff_delimiter`)
unless given. A CSV row with fewer fields than the header lacks the missing
columns, extra fields are ignored. A parse error after some rows yields one
last Record with status ``truncated``; a JSON line that does not parse, or is
not an object, yields a Record with status ``unreadable: bad json`` and
reading goes on. Encoding is sniffed from the first 64 KiB
(:func:`analysis.loading.encoding.sniff_encoding`); bytes invalid in it decode
as Windows-1252. Cells are repaired like whole files (ftfy) and bodies put in
the canonical layout.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from analysis.loading.encoding import (
    FALLBACK_ERRORS,
    decode_bytes,
    looks_binary,
    repair,
    sniff_encoding,
)
from analysis.loading.readers.base import Record, canonical_body, squash
from analysis.loading.readers.dates import parse_date
from analysis.loading.walk import describe_error
from analysis.values import is_missing, kind_of, text_status

#: A fresh binary stream over the table's bytes each time it is called.
Opener = Callable[[], BinaryIO]

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
_CSV_FIELD_LIMIT = 1 << 30
_SNIFF_BYTES = 65_536
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_ROWS = 20
_JSON_CHUNK = 1 << 20
_NAMES_SHOWN = 30


class TableError(Exception):
    """A table file that yields no article at all; ``args``: (status, reason or None)."""

    @property
    def status(self) -> str:
        return str(self.args[0])

    @property
    def reason(self) -> str | None:
        return self.args[1] if len(self.args) > 1 else None


@dataclass(frozen=True)
class Columns:
    """The columns chosen; ``text`` None when missing, with the ``missing`` status."""

    text: str | None
    title: str | None
    date: str | None
    id: str | None
    captions: str | None
    missing: str | None = None
    found: tuple[str, ...] = ()

    def missing_reason(self) -> str:
        names = [str(n) for n in self.found[:_NAMES_SHOWN]]
        more = len(self.found) - len(names)
        listed = ", ".join(names) + (f" and {more} more" if more > 0 else "") or "none"
        return f"columns found: {listed}; name the text column with --text-column"


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

    >>> c = choose_columns(["ID", "Headline", "Story", "Published"])
    >>> c.text, c.title, c.date, c.id, c.captions, c.missing
    ('Story', 'Headline', 'Published', 'ID', None, None)
    >>> choose_columns(["id", "summary"]).missing
    'unreadable: no text column'
    """
    cols = list(columns)
    missing = None
    if text_column is not None:
        text = _given(cols, text_column)
        if text is None:
            missing = f"unreadable: no column {text_column!r}"
    else:
        text = _find(cols, TEXT_NAMES)
        if text is None:
            missing = "unreadable: no text column"
    if title_column is not None:
        title = _given(cols, title_column)
        if title is None and missing is None:
            missing = f"unreadable: no column {title_column!r}"
            text = None  # a named column that is missing: the user meant another table
    else:
        title = _find(cols, TITLE_NAMES)
    return Columns(
        text=text,
        title=title,
        date=_find(cols, DATE_NAMES),
        id=_find(cols, ID_NAMES),
        captions=_find(cols, CAPTION_NAMES),
        missing=missing,
        found=tuple(str(c) for c in cols),
    )


def _cell(value: object) -> tuple[str | None, bool]:
    """A text cell as repaired text (None when missing or not text); whether ftfy changed it."""
    if isinstance(value, str):
        return repair(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not is_missing(value):
        return repair(str(value))  # a headline or id stored as a number
    return None, False


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


def _text(value: object) -> tuple[str | None, bool, str | None, str | None]:
    """The text cell: (text, repaired, status, reason); status None when it is usable."""
    if isinstance(value, str):
        if not value or value.isspace():
            return None, False, None, None
        text, fixed = repair(value)
        return text, fixed, None, None
    if isinstance(value, (bytes, bytearray)):
        decoded = decode_bytes(bytes(value))
        if decoded.binary or decoded.text is None:
            return (
                None,
                False,
                "error: text is binary bytes",
                "the text value holds bytes that are not text",
            )
        note = f"the text value was bytes, decoded as {decoded.encoding}"
        return decoded.text, decoded.repaired, None, note
    status = text_status(value)
    if status is None:  # missing
        return None, False, None, None
    return None, False, status, f"the text value is {kind_of(value)}, not a string: not analysed"


def to_record(row: Mapping[str, object], cols: Columns, encoding: str | None = None) -> Record:
    """One article from one row (a mapping of column name to value)."""
    raw_title = row.get(cols.title) if cols.title else None
    title, title_fixed = _cell(raw_title)
    notes = []
    if title is None and not is_missing(raw_title):
        notes.append(f"the title value is {kind_of(raw_title)}, not text: dropped")
    external = _cell(row.get(cols.id))[0] if cols.id else None
    if cols.text is None:
        status, reason, text, text_fixed, note = (
            cols.missing or "",
            cols.missing_reason(),
            None,
            False,
            None,
        )
    else:
        text, text_fixed, status, note = _text(row.get(cols.text))
        status = status or "ok"
        reason = None
    return Record(
        title=squash(title) or None if title is not None else None,
        body=canonical_body(text.split("\n")) or None if text is not None else None,
        captions=_captions(row.get(cols.captions)) if cols.captions else [],
        date=parse_date(row.get(cols.date)) if cols.date else None,
        status=status,
        external_id=squash(external) or None if external is not None else None,
        encoding=encoding,
        repaired=text_fixed or title_fixed,
        reason="; ".join(n for n in (reason, note, *notes) if n) or None,
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
            yield Record(status="truncated", reason=str(err))
        else:
            raise TableError(describe_error(err), str(err)) from err
    except (csv.Error, ValueError, UnicodeError, MemoryError, KeyError, TypeError) as err:
        if produced:
            yield Record(status="truncated", reason=f"{type(err).__name__}: {err}"[:200])
        else:
            raise TableError(
                f"unreadable: {type(err).__name__}", f"{type(err).__name__}: {err}"[:200]
            ) from err


def _head(open_: Opener) -> bytes:
    with open_() as fh:
        return fh.read(_SNIFF_BYTES)


def _sniffed_encoding(head: bytes) -> str:
    if not head:
        raise TableError("empty")
    encoding = sniff_encoding(head)
    if encoding is None or looks_binary(head.decode(encoding, errors=FALLBACK_ERRORS)):
        raise TableError("binary")
    return "utf-8" if encoding == "ascii" else encoding


def _text_stream(open_: Opener, encoding: str, newline: str | None = None) -> TextIO:
    return io.TextIOWrapper(open_(), encoding=encoding, errors=FALLBACK_ERRORS, newline=newline)


def sniff_delimiter(sample: str, default: str = ",") -> str:
    """The delimiter of a CSV sample: the candidate giving most rows the header's width.

    Candidates are comma, semicolon, tab and pipe; a candidate counts only when
    it splits the header into two or more fields. Ties go to ``default``, then
    to the order above. The sample's last line may be cut, so it is not read.

    >>> sniff_delimiter("id;title;text\\n1;A;Some, words\\n2;B;More\\n")
    ';'
    >>> sniff_delimiter("just one column\\nanother row\\n")
    ','
    """
    lines = sample.splitlines(keepends=True)
    if len(lines) > 1:
        lines = lines[:-1]
    text = "".join(lines[: _SNIFF_ROWS * 4])
    best, best_score = default, (0.0, 0)
    for delimiter in sorted(_DELIMITERS, key=lambda d: d != default):
        try:
            rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if r][
                :_SNIFF_ROWS
            ]
        except csv.Error:
            continue
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        share = sum(1 for r in rows if len(r) == width) / len(rows)
        score = (share, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(
    open_: Opener,
    *,
    delimiter: str | None = None,
    default_delimiter: str = ",",
    text_column: str | None = None,
    title_column: str | None = None,
) -> Iterator[Record]:
    """Articles of a CSV (or TSV) table; ``delimiter`` None sniffs it."""
    return _guarded(_csv_rows(open_, delimiter, default_delimiter, text_column, title_column))


def _csv_rows(
    open_: Opener,
    delimiter: str | None,
    default_delimiter: str,
    text_column: str | None,
    title_column: str | None,
) -> Iterator[Record]:
    head = _head(open_)
    encoding = _sniffed_encoding(head)
    if delimiter is None:
        delimiter = sniff_delimiter(
            head.decode(encoding, errors=FALLBACK_ERRORS), default_delimiter
        )
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    with _text_stream(open_, encoding, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        header = next(reader, None)
        while header is not None and not header:  # blank lines before the header
            header = next(reader, None)
        if header is None:
            raise TableError("empty")
        cols = choose_columns(header, text_column, title_column)
        for values in reader:
            if values:  # a blank line is no row; a row of empty cells is one
                yield to_record(dict(zip(header, values, strict=False)), cols, encoding)


def read_jsonl(
    open_: Opener,
    *,
    text_column: str | None = None,
    title_column: str | None = None,
) -> Iterator[Record]:
    """Articles of a JSON Lines file (or a ``.json`` file holding one array of objects)."""
    return _guarded(_json_rows(open_, text_column, title_column))


def _json_rows(
    open_: Opener, text_column: str | None, title_column: str | None
) -> Iterator[Record]:
    label = _sniffed_encoding(_head(open_))
    # JSON is UTF-8 (a BOM is tolerated); stray invalid bytes decode as Windows-1252.
    encoding = "utf-8-sig" if label in ("utf-8", "cp1252") else label
    label = "utf-8" if label == "utf-8-sig" else label
    with _text_stream(open_, encoding) as fh:
        first = fh.read(1)
        while first.isspace():
            first = fh.read(1)
        if first == "[":
            items: Iterable[object] = _array_items(fh)
        else:
            fh.close()
            fh = _text_stream(open_, encoding)
            items = _parsed_lines(line for line in fh if line.strip())
        yield from _json_records(items, text_column, title_column, label)


def _more_needed(err: json.JSONDecodeError, size: int) -> bool:
    """Whether decoding failed because the buffer ends too early (not a syntax error)."""
    return err.pos >= size - 1 or err.msg.startswith("Unterminated string")


def _array_items(fh: TextIO) -> Iterator[object]:
    """The items of a JSON array whose ``[`` was read, decoded one at a time.

    The buffer grows (doubling) only while an item is incomplete, so memory holds
    about one item and time stays linear. A syntax error raises ValueError.
    """
    decoder = json.JSONDecoder()
    buf, pos, done = "", 0, False
    skip = re.compile(r"[\s,]*")
    while True:
        pos = skip.match(buf, pos).end()  # type: ignore[union-attr]
        if pos >= len(buf):
            if done:
                raise ValueError("the JSON array is not closed")
            more = fh.read(_JSON_CHUNK)
            buf, pos, done = buf[pos:] + more, 0, not more
            continue
        if buf[pos] == "]":
            return
        try:
            item, end = decoder.raw_decode(buf, pos)
        except json.JSONDecodeError as err:
            if done or not _more_needed(err, len(buf)):
                raise ValueError(f"bad JSON in the array: {err.msg}") from err
            more = fh.read(max(_JSON_CHUNK, len(buf) - pos))
            buf, pos, done = buf[pos:] + more, 0, not more
            continue
        if end >= len(buf) and not done and not isinstance(item, (dict, list, str)):
            # A number or literal cut at the buffer's end: read on before taking it.
            more = fh.read(_JSON_CHUNK)
            buf, pos, done = buf[pos:] + more, 0, not more
            continue
        yield item
        pos = end
        if pos > _JSON_CHUNK:
            buf, pos = buf[pos:], 0


class _BadLine:
    def __init__(self, reason: str) -> None:
        self.reason = reason


def _parsed_lines(lines: Iterable[str]) -> Iterator[object]:
    for line in lines:
        try:
            yield json.loads(line)
        except ValueError as err:
            yield _BadLine(f"the line does not parse as JSON: {err}"[:200])


def _json_records(
    rows: Iterable[object], text_column: str | None, title_column: str | None, encoding: str
) -> Iterator[Record]:
    cols: Columns | None = None
    for row in rows:
        if not isinstance(row, dict):
            reason = row.reason if isinstance(row, _BadLine) else f"{kind_of(row)}, not an object"
            yield Record(status="unreadable: bad json", reason=reason)
            continue
        if cols is None or cols.text is None or cols.text not in row:
            cols = choose_columns(row.keys(), text_column, title_column)
            if cols.missing == "unreadable: no text column":
                cols = Columns(
                    None, cols.title, cols.date, cols.id, cols.captions,
                    "unreadable: no text field", cols.found,
                )  # fmt: skip
        yield to_record(row, cols, encoding)


def read_parquet(
    open_: Opener,
    *,
    path: str | None = None,
    text_column: str | None = None,
    title_column: str | None = None,
    chunk_rows: int = 1000,
) -> Iterator[Record]:
    """Articles of a Parquet file, read by record batches of ``chunk_rows`` rows.

    ``path``: the file on disk, when there is one (Parquet reads its footer
    first, so a stream is first copied to a temporary file).
    """
    return _guarded(_parquet_rows(open_, path, text_column, title_column, chunk_rows))


def _parquet_rows(
    open_: Opener,
    path: str | None,
    text_column: str | None,
    title_column: str | None,
    chunk_rows: int,
) -> Iterator[Record]:
    import shutil

    import pyarrow as pa
    import pyarrow.parquet as pq

    with tempfile.TemporaryFile() as spool:
        if path is None:
            with open_() as fh:
                shutil.copyfileobj(fh, spool)
            spool.seek(0)
        try:
            pf = pq.ParquetFile(path if path is not None else spool)
        except (pa.ArrowException, OSError, ValueError) as err:
            raise TableError(
                "unreadable: bad parquet", f"{type(err).__name__}: {err}"[:200]
            ) from err
        cols = choose_columns(pf.schema_arrow.names, text_column, title_column)
        wanted = list(
            dict.fromkeys(
                c for c in (cols.text, cols.title, cols.date, cols.id, cols.captions) if c
            )
        )
        try:
            if not wanted:  # nothing to read but the row count
                for _ in range(pf.metadata.num_rows):
                    yield to_record({}, cols, "utf-8")
                return
            for batch in pf.iter_batches(batch_size=max(1, chunk_rows), columns=wanted):
                for row in batch.to_pylist():
                    yield to_record(row, cols, "utf-8")
        except pa.ArrowException as err:
            raise ValueError(str(err)) from err
