"""The command line: ``news-workbook report [SOURCES…] --out DIR``.

Exit codes: 0 when the run completed (articles with problems are listed in the
summary and keep their rows, with a status); 1 when nothing could be analysed
(no article with status ``ok``); 2 for a usage error or a source that does not
exist; 130 when interrupted (no half-written table is left in ``--out``).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.engines import DEFAULT_CHUNK, ENGINES, default_jobs, run_chunks, workers
from analysis.loading import iter_articles
from analysis.paths import default_sources
from analysis.presentation.digest import ReportRows
from analysis.presentation.report import render_report, speaker_summary
from analysis.progress import Progress, count_files
from analysis.schema import data_dictionary
from analysis.speed.memory import release_unused_memory
from analysis.tables.output import FORMATS, TableWriter
from analysis.versions import package_version, versions

EXIT_OK, EXIT_NOTHING_DONE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


ENGINE_HELP = (
    "where the articles are analysed: 'pandas' on this machine, in --jobs worker "
    "processes; 'dask' on a Dask cluster, the one at --scheduler or else a local one of "
    "--jobs workers (default: %(default)s)"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="news-workbook",
        description="Readability, tone and quotation statistics for a folder of news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {package_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    rep = sub.add_parser(
        "report",
        help="analyse a corpus and write the tables and report.html",
        description="Analyse articles and write the tables (Parquet or CSV), report.html "
        "and run.json.",
    )
    rep.add_argument(
        "sources",
        nargs="*",
        type=Path,
        help="files or folders of articles (default: the bundled seeds/)",
    )
    rep.add_argument(
        "--out", type=Path, default=Path("out"), help="output folder (default: %(default)s)"
    )
    rep.add_argument(
        "--format", choices=FORMATS, default="parquet", help="table format (default: %(default)s)"
    )
    rep.add_argument("--engine", choices=ENGINES, default="pandas", help=ENGINE_HELP)
    rep.add_argument(
        "--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 (--engine dask)"
    )
    rep.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="worker processes (pandas) or local Dask workers (default: all cores)",
    )
    rep.add_argument(
        "--chunk-size",
        type=int,
        default=DEFAULT_CHUNK,
        help="articles per task (default: %(default)s)",
    )
    rep.add_argument(
        "--text-column", help="text column of CSV/JSONL/Parquet input (default: guessed)"
    )
    rep.add_argument(
        "--title-column", help="title column of CSV/JSONL/Parquet input (default: guessed)"
    )
    rep.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr: files done of files found, time left "
        "(default: when stderr is a terminal)",
    )
    sub.add_parser("columns", help="print the data dictionary of the output tables (Markdown)")
    parser.commands = sub.choices  # type: ignore[attr-defined]
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line, with an unknown option reported by the command it was given to.

    argparse leaves options a command does not know to the top-level parser, which
    would print the top-level usage; here ``report --outt x`` prints the ``report``
    usage and suggests ``--out``.
    """
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        command = parser.commands[args.command]  # type: ignore[attr-defined]
        options = [o for a in command._actions for o in a.option_strings]
        flag = next((u.split("=")[0] for u in unknown if u.startswith("-")), None)
        close = difflib.get_close_matches(flag, options, n=1) if flag else []
        hint = f" (did you mean {close[0]}?)" if close else ""
        command.error(f"unrecognized arguments: {' '.join(unknown)}{hint}")
    return args


def run_report(args: argparse.Namespace) -> int:
    sources = args.sources or default_sources()
    missing = [str(s) for s in sources if not s.exists() and not s.is_symlink()]
    if missing:
        print(f"news-workbook: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    if args.chunk_size < 1 or (args.jobs is not None and args.jobs < 1):
        print("news-workbook: --chunk-size and --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    jobs = args.jobs or default_jobs()
    if args.scheduler and args.engine != "dask":
        print("news-workbook: --scheduler needs --engine dask", file=sys.stderr)
        return EXIT_USAGE
    chunks = iter_articles(
        sources,
        chunk_size=args.chunk_size,
        text_column=args.text_column,
        title_column=args.title_column,
    )
    writer = TableWriter(args.out, args.format)
    kept = ReportRows()
    show = sys.stderr.isatty() if args.progress is None else args.progress
    bar = Progress(count_files(sources) if show else None, show)
    try:
        with workers(args.engine, jobs, args.scheduler) as pool:
            for tables in run_chunks(chunks, pool.executor, in_flight=2 * pool.slots):
                writer.write(tables)
                kept.add(tables)
                bar.update(tables.articles)
                del tables  # freed before the memory is handed back
                release_unused_memory()
        bar.finish()
        articles, tallies, quote_kinds = kept.articles(), kept.tallies, kept.quote_kinds
        meta = versions()
        page = render_report(articles, tallies, meta, examples=kept.examples())
        writer.extra("report.html", page)
        statuses = articles["status"].fillna("NA").value_counts()
        writer.extra(
            "run.json", json.dumps(_run_record(args, sources, writer, statuses, meta), indent=2)
        )
        writer.commit()
    except KeyboardInterrupt:
        bar.close()
        writer.abort()
        print("news-workbook: interrupted; no table was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BaseException:
        bar.close()
        writer.abort()
        raise
    _print_summary(articles, tallies, quote_kinds, writer)
    return EXIT_OK if statuses.get("ok", 0) else EXIT_NOTHING_DONE


def _run_record(
    args: argparse.Namespace,
    sources: Sequence[Path],
    writer: TableWriter,
    statuses: pd.Series,
    meta: dict[str, str],
) -> dict[str, Any]:
    return {
        "sources": [str(s) for s in sources],
        "engine": args.engine,
        "format": args.format,
        "rows": writer.rows,
        "statuses": {str(k): int(v) for k, v in statuses.items()},
        "versions": meta,
    }


def _print_summary(
    articles: pd.DataFrame,
    tallies: list[pd.DataFrame],
    quote_kinds: dict[str, int],
    writer: TableWriter,
) -> None:
    # Columns of the analysed articles, not a copy of the whole table (100,000 rows).
    is_ok = (articles["status"] == "ok").to_numpy(dtype=bool, na_value=False)
    n_ok = int(is_ok.sum())

    def ok(column: str) -> pd.Series:
        return articles[column][is_ok]

    print(f"{len(articles)} articles read, {n_ok} analysed in full")
    if n_ok:
        print(
            f"  readability: median Flesch–Kincaid grade {ok('flesch_kincaid_grade').median():.1f},"
            f" median reading ease {ok('flesch_reading_ease').median():.1f}"
        )
        print(f"  tone: mean sentence compound {ok('tone_mean').mean():+.3f}")
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(quote_kinds.items())) or "none"
        print(f"  quotations: {kinds}")
        top = speaker_summary(tallies).head(5)
        if len(top):
            names = "; ".join(f"{r.speaker_name} ({r.words} words)" for r in top.itertuples())
            print(f"  most quoted, by quoted words: {names}")
    problems = articles["status"][~is_ok]
    if len(problems):
        print(f"{len(problems)} articles with problems:")
        for status, n in problems.value_counts().items():
            print(f"  {n} × {status}")
    print(f"wrote {', '.join(f'{t}.{writer.fmt}' for t in writer.rows)}, report.html, run.json")
    print(f"  to {writer.out}")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "report":
        try:
            return run_report(args)
        except FileNotFoundError as exc:
            print(f"news-workbook: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.command == "columns":
        print(data_dictionary())
        return EXIT_OK
    return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
