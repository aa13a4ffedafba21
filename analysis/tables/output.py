"""Writing the tables: streamed chunk by chunk, made visible only when complete.

Each table is written to a hidden staging folder inside ``--out`` and moved into
place when the run completes, so an interrupted run never leaves a half-written
table that looks whole, and a rerun into the same folder replaces the previous
outputs (both formats' files) cleanly.

Parquet chunks are gathered into row groups of about :data:`ROW_GROUP_BYTES`:
the writer keeps each row group's column metadata in memory until the file is
closed (about 1 KiB per column and row group), so one row group per chunk of
200 articles would grow memory by ~50 MiB per 100,000 articles. Each chunk
costs the same whatever came before (no work grows with the run): the schemas
and the versions they carry are made once per writer, pending sizes are kept
as running sums, and empty chunks of a table are not converted at all.

No single value can fail a writer: a string that cannot be encoded as UTF-8
(a lone surrogate, which Python strings may hold) is written with U+FFFD in its
place. :meth:`TableWriter.abort` removes the staging folder whatever state the
writers are in (a full disk makes closing a Parquet writer fail too).

CSV cells that a spreadsheet would run as a formula, those beginning with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, are written with a
``'`` in front (:func:`neutralise`; a cell that already begins with ``'`` and
then one of those gets one more, so the rule can be undone without doubt:
:func:`read_table` does). Parquet keeps every value verbatim.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis import schema
from analysis.loading.encoding import scrub_surrogates
from analysis.versions import versions

FORMATS = ("parquet", "csv")
ROW_GROUP_BYTES = 8 << 20  # buffered Arrow data per table before a row group is written

_ARROW_TYPES = {
    "string": pa.string(),
    "Int64": pa.int64(),
    "float64": pa.float64(),
    "boolean": pa.bool_(),
    "object": pa.list_(pa.string()),
}


def arrow_schema(table: str, meta: dict[str, str] | None = None) -> pa.Schema:
    """The fixed Arrow schema of ``table``, with the producing versions as metadata."""
    fields = [pa.field(c.name, _ARROW_TYPES[c.dtype]) for c in schema.TABLES[table]]
    versions_json = json.dumps(versions() if meta is None else meta)
    return pa.schema(fields, metadata={"news-workbook.versions": versions_json})


# A cell a spreadsheet would run: = + - @ tab CR first, after any quote marks of ours.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")


def neutralise(value: str) -> str:
    """A CSV cell that no spreadsheet runs as a formula (see the module doc).

    >>> neutralise("=HYPERLINK(x)"), neutralise("-5 degrees"), neutralise("Plain"), neutralise("'=")
    ("'=HYPERLINK(x)", "'-5 degrees", 'Plain', "''=")
    """
    return "'" + value if _FORMULA.match(value) else value


def restore(value: str) -> str:
    """The value :func:`neutralise` was given.

    >>> restore("'=HYPERLINK(x)"), restore("''="), restore("'quoted'")
    ('=HYPERLINK(x)', "'=", "'quoted'")
    """
    return value[1:] if _NEUTRALISED.match(value) else value


def output_names(table: str) -> list[str]:
    return [f"{table}.{fmt}" for fmt in FORMATS]


class WriteError(Exception):
    """Writing an output failed (a full disk, a vanished folder); the message says where."""


def out_problem(out: Path) -> str | None:
    """Why ``out`` cannot be an output folder, in one line; None when it may be.

    It must be a folder, or a path whose first existing ancestor is a writable folder.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        return f"{out} exists and is not a folder"
    existing = out
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return f"{existing} is not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"{existing} is not writable"
    return None


class TableWriter:
    """Streams the five tables into ``out`` in one format, chunk by chunk.

    Creating the writer raises OSError when the staging folder cannot be made;
    every later failure to write raises :class:`WriteError`.
    """

    def __init__(self, out: Path, fmt: str = "parquet") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        self.out = Path(out)
        self.fmt = fmt
        self.out.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".partial-", dir=self.out))
        meta = versions()  # read once: package metadata is slow to read
        self._schemas = {name: arrow_schema(name, meta) for name in schema.TABLES}
        self._parquet: dict[str, pq.ParquetWriter] = {}
        self._pending: dict[str, list[pa.Table]] = {}
        self._pending_bytes: dict[str, int] = {}
        self._csv_started: set[str] = set()
        self.rows = dict.fromkeys(schema.TABLES, 0)

    def path(self, table: str) -> Path:
        return self.out / f"{table}.{self.fmt}"

    def write(self, tables: Any) -> None:
        """Append each table's rows (a mapping or :class:`~analysis.tables.Tables`)."""
        with self._writing():
            self._write(tables)

    @contextlib.contextmanager
    def _writing(self) -> Any:
        try:
            yield
        except OSError as err:
            where = err.filename or self.out
            raise WriteError(f"cannot write to {where}: {err.strerror or err}") from err

    def _write(self, tables: Any) -> None:
        for name, frame in tables.items():
            if not len(frame):
                continue  # the commit writes a table that never got a row
            self.rows[name] += len(frame)
            staged = self.staging / f"{name}.{self.fmt}"
            if self.fmt == "parquet":
                arrow = self._arrow(frame, name)
                if name not in self._parquet:
                    self._parquet[name] = pq.ParquetWriter(staged, arrow.schema)
                self._pending.setdefault(name, []).append(arrow)
                self._pending_bytes[name] = self._pending_bytes.get(name, 0) + arrow.nbytes
                if self._pending_bytes[name] >= ROW_GROUP_BYTES:
                    self._flush(name)
            else:
                first = name not in self._csv_started
                text = _csv_ready(frame).to_csv(header=first, index=False)
                with open(staged, "wb" if first else "ab") as fh:
                    fh.write(_utf8(text))
                self._csv_started.add(name)

    def _arrow(self, frame: pd.DataFrame, name: str) -> pa.Table:
        table_schema = self._schemas[name]
        try:
            return pa.Table.from_pandas(frame, schema=table_schema, preserve_index=False)
        except UnicodeEncodeError:  # a lone surrogate somewhere: write U+FFFD instead
            return pa.Table.from_pandas(_scrubbed(frame), schema=table_schema, preserve_index=False)

    def _flush(self, name: str) -> None:
        pending = self._pending.pop(name, [])
        self._pending_bytes.pop(name, None)
        if pending:
            self._parquet[name].write_table(pa.concat_tables(pending))

    def extra(self, name: str, content: str | bytes) -> None:
        """Stage another output (report.html, run.json) to be published with the tables."""
        data = _utf8(content) if isinstance(content, str) else content
        with self._writing():
            (self.staging / name).write_bytes(data)

    def commit(self) -> None:
        """Close the tables and move every staged file into place."""
        with self._writing():
            self._commit()

    def _commit(self) -> None:
        for name, writer in self._parquet.items():
            self._flush(name)
            writer.close()
        for name in schema.TABLES:
            staged = self.staging / f"{name}.{self.fmt}"
            if not staged.exists():  # an empty run still writes every table
                self.write_empty(name, staged)
            for stale in output_names(name):
                (self.out / stale).unlink(missing_ok=True)
        for staged in self.staging.iterdir():
            os.replace(staged, self.out / staged.name)
        self.staging.rmdir()

    def write_empty(self, name: str, staged: Path) -> None:
        frame = schema.empty(name)
        if self.fmt == "parquet":
            pq.write_table(
                pa.Table.from_pandas(frame, schema=self._schemas[name], preserve_index=False),
                staged,
            )
        else:
            frame.to_csv(staged, index=False)

    def abort(self) -> None:
        """Drop everything staged; never raises (it runs while another error is handled)."""
        self._pending.clear()
        self._pending_bytes.clear()
        for writer in self._parquet.values():
            with contextlib.suppress(Exception):  # closing flushes, and the disk may be full
                writer.close()
            writer.is_open = False  # else its __del__ tries (and fails, loudly) again
        self._parquet.clear()
        shutil.rmtree(self.staging, ignore_errors=True)


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return scrub_surrogates(text)[0].encode("utf-8")


def _scrubbed(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with lone surrogates in its text values replaced by U+FFFD."""
    out = frame.copy()
    for name in out.columns:
        if out[name].dtype == object:
            out[name] = [_scrub_value(v) for v in out[name]]
    return out


def _scrub_value(value: object) -> object:
    if isinstance(value, str):
        return scrub_surrogates(value)[0]
    if isinstance(value, list):
        return [_scrub_value(v) for v in value]
    return value


def _csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists (captions) become JSON so the CSV round-trips; formula-like cells neutralised."""
    out = frame.copy()
    for name in out.columns:
        column = out[name]
        if column.dtype == object:
            values = [
                json.dumps(v, ensure_ascii=False)
                if isinstance(v, list)
                else neutralise(v)
                if isinstance(v, str)
                else v
                for v in column
            ]
            out[name] = pd.Series(values, index=out.index, dtype=object)
        elif isinstance(column.dtype, pd.StringDtype):
            risky = column.str.match(_FORMULA.pattern).fillna(False).to_numpy(dtype=bool)
            if risky.any():
                out[name] = column.where(~risky, "'" + column)
    return out


def read_table(out: Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Read a written table back (either format), with the schema's dtypes."""
    parquet, csv = Path(out) / f"{table}.parquet", Path(out) / f"{table}.csv"
    if parquet.exists():
        frame = pd.read_parquet(parquet, columns=columns)
    else:
        frame = pd.read_csv(csv, usecols=columns, keep_default_na=False, na_values=[""])
        for name in frame.columns:
            column = frame[name]
            if column.dtype == object:
                frame[name] = [restore(v) if isinstance(v, str) else v for v in column]
            elif isinstance(column.dtype, pd.StringDtype):
                marked = column.str.match(_NEUTRALISED.pattern).fillna(False).to_numpy(dtype=bool)
                if marked.any():
                    frame[name] = column.where(~marked, column.str.slice(1))
    wanted = [c for c in schema.TABLES[table] if columns is None or c.name in columns]
    return schema.conform(frame, table)[[c.name for c in wanted]]
