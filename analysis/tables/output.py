"""Writing the tables: streamed chunk by chunk, made visible only when complete.

Each table is written to a hidden staging folder inside ``--out`` and moved into
place when the run completes, so an interrupted run never leaves a half-written
table that looks whole, and a rerun into the same folder replaces the previous
outputs (both formats' files) cleanly.

Parquet chunks are gathered into row groups of about :data:`ROW_GROUP_BYTES`:
the writer keeps each row group's column metadata in memory until the file is
closed (about 1 KiB per column and row group), so one row group per chunk of
200 articles would grow memory by ~50 MiB per 100,000 articles.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis import schema
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


def arrow_schema(table: str) -> pa.Schema:
    """The fixed Arrow schema of ``table``, with the producing versions as metadata."""
    fields = [pa.field(c.name, _ARROW_TYPES[c.dtype]) for c in schema.TABLES[table]]
    return pa.schema(fields, metadata={"news-workbook.versions": json.dumps(versions())})


def output_names(table: str) -> list[str]:
    return [f"{table}.{fmt}" for fmt in FORMATS]


class TableWriter:
    """Streams the five tables into ``out`` in one format, chunk by chunk."""

    def __init__(self, out: Path, fmt: str = "parquet") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        self.out = Path(out)
        self.fmt = fmt
        self.out.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".partial-", dir=self.out))
        self._parquet: dict[str, pq.ParquetWriter] = {}
        self._pending: dict[str, list[pa.Table]] = {}
        self._csv_started: set[str] = set()
        self.rows = dict.fromkeys(schema.TABLES, 0)

    def path(self, table: str) -> Path:
        return self.out / f"{table}.{self.fmt}"

    def write(self, tables: Any) -> None:
        for name, frame in tables.items():
            self.rows[name] += len(frame)
            staged = self.staging / f"{name}.{self.fmt}"
            if self.fmt == "parquet":
                arrow = pa.Table.from_pandas(frame, schema=arrow_schema(name), preserve_index=False)
                if name not in self._parquet:
                    self._parquet[name] = pq.ParquetWriter(staged, arrow.schema)
                pending = self._pending.setdefault(name, [])
                pending.append(arrow)
                if sum(t.nbytes for t in pending) >= ROW_GROUP_BYTES:
                    self._flush(name)
            else:
                first = name not in self._csv_started
                _csv_ready(frame).to_csv(
                    staged, mode="w" if first else "a", header=first, index=False
                )
                self._csv_started.add(name)

    def _flush(self, name: str) -> None:
        pending = self._pending.pop(name, [])
        if pending:
            self._parquet[name].write_table(pa.concat_tables(pending))

    def extra(self, name: str, content: str | bytes) -> None:
        """Stage another output (report.html, run.json) to be published with the tables."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        (self.staging / name).write_bytes(data)

    def commit(self) -> None:
        """Close the tables and move every staged file into place."""
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
                pa.Table.from_pandas(frame, schema=arrow_schema(name), preserve_index=False), staged
            )
        else:
            frame.to_csv(staged, index=False)

    def abort(self) -> None:
        self._pending.clear()
        for writer in self._parquet.values():
            writer.close()
        shutil.rmtree(self.staging, ignore_errors=True)


def _csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists (captions) become JSON so the CSV round-trips."""
    out = frame.copy()
    for c in schema.ARTICLES:
        if c.dtype == "object" and c.name in out.columns:
            out[c.name] = [
                json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for v in out[c.name]
            ]
    return out


def read_table(out: Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Read a written table back (either format), with the schema's dtypes."""
    parquet, csv = Path(out) / f"{table}.parquet", Path(out) / f"{table}.csv"
    if parquet.exists():
        frame = pd.read_parquet(parquet, columns=columns)
    else:
        frame = pd.read_csv(csv, usecols=columns, keep_default_na=False, na_values=[""])
    wanted = [c for c in schema.TABLES[table] if columns is None or c.name in columns]
    return schema.conform(frame, table)[[c.name for c in wanted]]
