"""The command line: ``news-workbook report [SOURCES…] --out DIR``.

Exit codes: 0 when the run completed (articles with problems are listed in the
summary and keep their rows, with a status); 1 when nothing could be analysed
(no article with status ``ok``), or the outputs could not be written (a full
disk: one line says so, and no table is left half-written), or a worker process
died (killed from outside, out of memory); 2 for a usage error
(a source that does not exist, an ``--out`` that cannot be a folder, a
``--scheduler`` that does not parse or answer), in one line; 130 when
interrupted with Ctrl-C, 143 when stopped with SIGTERM (handled alike: worker
processes stopped, the staging folder removed, previous outputs untouched).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import signal
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import BrokenExecutor
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.engines import DEFAULT_CHUNK, ENGINES, default_jobs, run_chunks, workers
from analysis.engines.cluster import scheduler_problem
from analysis.loading import iter_articles
from analysis.paths import default_sources
from analysis.presentation.digest import ReportRows
from analysis.presentation.explore.selection import articles_read
from analysis.presentation.explore.speakers import speaker_table
from analysis.presentation.report import render_report
from analysis.progress import Progress, count_files
from analysis.schema import data_dictionary
from analysis.speed.memory import release_unused_memory
from analysis.tables.output import FORMATS, TableWriter, WriteError, out_problem
from analysis.versions import package_version, versions

EXIT_OK, EXIT_NOTHING_DONE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_TERMINATED = 128 + signal.SIGTERM
EXIT_FAILED = EXIT_NOTHING_DONE  # outputs not written: a full disk, a dead worker


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so it unwinds as Ctrl-C does."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` in the main thread for the duration."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done (publishing, cleaning up)."""
    pending: list[int] = []
    saved = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            saved[sig] = signal.signal(sig, lambda signum, frame: pending.append(signum))
        except ValueError:  # not the main thread
            break
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
        if pending:
            raise Terminated if pending[0] == signal.SIGTERM else KeyboardInterrupt


def _usage_error(message: str) -> int:
    print(f"news-workbook: {message}", file=sys.stderr)
    return EXIT_USAGE


def _stopped(exc: BaseException) -> int:
    how = "terminated" if isinstance(exc, Terminated) else "interrupted"
    print(f"news-workbook: {how}; no table was written", file=sys.stderr)
    return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED


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
        "--delimiter",
        help="CSV delimiter, one character (default: sniffed among , ; tab |); 'tab' for a tab",
    )
    rep.add_argument(
        "--include-docs",
        action="store_true",
        help="read README*, LICENSE*, SOURCE*, CHANGES* … at a corpus root as articles",
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


def _check(args: argparse.Namespace, sources: Sequence[Path]) -> str | None:
    """The usage error in ``args``, in one line, or None."""
    missing = [str(s) for s in sources if not s.exists() and not s.is_symlink()]
    if missing:
        return f"no such file or folder: {', '.join(missing)}"
    if args.chunk_size < 1 or (args.jobs is not None and args.jobs < 1):
        return "--chunk-size and --jobs must be at least 1"
    if args.delimiter is not None and len(args.delimiter) != 1:
        return f"--delimiter must be one character (or 'tab'), not {args.delimiter!r}"
    if args.scheduler and args.engine != "dask":
        return "--scheduler needs --engine dask"
    problem = out_problem(args.out)
    if problem is not None:
        return f"--out {args.out}: {problem}"
    if args.scheduler:
        problem = scheduler_problem(args.scheduler)
        if problem is not None:
            return f"--scheduler {args.scheduler}: {problem}"
    return None


def run_report(args: argparse.Namespace) -> int:
    sources = args.sources or default_sources()
    if args.delimiter in ("tab", "\\t"):
        args.delimiter = "\t"
    problem = _check(args, sources)
    if problem is not None:
        return _usage_error(problem)
    jobs = args.jobs or default_jobs()
    chunks = iter_articles(
        sources,
        chunk_size=args.chunk_size,
        text_column=args.text_column,
        title_column=args.title_column,
        delimiter=args.delimiter,
        include_docs=args.include_docs,
    )
    try:
        writer = TableWriter(args.out, args.format)
    except OSError as err:
        return _usage_error(f"--out {args.out}: cannot write there ({err.strerror or err})")
    kept = ReportRows()  # also folds the corpus speakers table: written once, shown once
    show = sys.stderr.isatty() if args.progress is None else args.progress
    bar = Progress(count_files(sources, args.include_docs) if show else None, show)
    try:
        with workers(args.engine, jobs, args.scheduler) as pool:
            for tables in run_chunks(chunks, pool.executor, in_flight=2 * pool.slots):
                # The corpus speakers table is folded over every chunk (kept), written once.
                writer.write(dict(tables.per_article()))
                kept.add(tables)
                bar.update(tables.articles)
                del tables  # freed before the memory is handed back
                release_unused_memory()
        bar.finish()
        speakers = kept.speakers()
        writer.write({"speakers": speakers})
        articles, quote_kinds = kept.articles(), kept.quote_kinds
        meta = versions()
        page = render_report(articles, speakers, meta, examples=kept.examples())
        writer.extra("report.html", page)
        statuses = articles["status"].fillna("NA").value_counts()
        writer.extra(
            "run.json", json.dumps(_run_record(args, sources, writer, statuses, meta), indent=2)
        )
        with _signals_held():  # the outputs appear all together or not at all
            writer.commit()
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (Terminated)
        with _signals_held():
            bar.close()
            writer.abort()
        return _stopped(exc)
    except (WriteError, BrokenExecutor) as exc:
        with _signals_held():
            bar.close()
            writer.abort()
        if isinstance(exc, BrokenExecutor):  # killed from outside, most often for memory
            exc = "a worker process died (killed from outside, or out of memory)"
        print(f"news-workbook: {exc}; no table was written", file=sys.stderr)
        return EXIT_FAILED
    except BaseException:
        with _signals_held():
            bar.close()
            writer.abort()
        raise
    _print_summary(articles, speakers, quote_kinds, writer)
    return EXIT_OK if statuses.get("ok", 0) else EXIT_NOTHING_DONE


def _run_record(
    args: argparse.Namespace,
    sources: Sequence[Path],
    writer: TableWriter,
    statuses: pd.Series,
    meta: dict[str, str],
) -> dict[str, Any]:
    counts = {str(k): int(v) for k, v in statuses.items()}
    skipped = {k: n for k, n in counts.items() if k.startswith(_SKIPPED)}
    unsupported = {
        k.removeprefix(_UNSUPPORTED): n for k, n in skipped.items() if k.startswith(_UNSUPPORTED)
    }
    return {
        "sources": [str(s) for s in sources],
        "engine": args.engine,
        "format": args.format,
        "rows": writer.rows,
        "statuses": counts,
        "skipped": sum(skipped.values()),
        "unsupported_formats": unsupported,
        "versions": meta,
    }


_SKIPPED = "skipped: "
_UNSUPPORTED = "skipped: unsupported format "


def _print_summary(
    articles: pd.DataFrame,
    speakers: pd.DataFrame,
    quote_kinds: dict[str, int],
    writer: TableWriter,
) -> None:
    # Columns of the analysed articles, not a copy of the whole table (100,000 rows).
    is_ok = (articles["status"] == "ok").to_numpy(dtype=bool, na_value=False)
    n_ok = int(is_ok.sum())

    def ok(column: str) -> pd.Series:
        return articles[column][is_ok]

    print(f"{articles_read(articles)} articles read, {n_ok} analysed in full")
    if n_ok:
        print(
            f"  readability: median Flesch–Kincaid grade {ok('flesch_kincaid_grade').median():.1f},"
            f" median reading ease {ok('flesch_reading_ease').median():.1f}"
        )
        print(f"  tone: mean sentence compound {ok('tone_mean').mean():+.3f}")
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(quote_kinds.items())) or "none"
        print(f"  quotations: {kinds}")
        top = speaker_table(speakers, n=5)
        if len(top):
            names = "; ".join(f"{r.speaker} ({r.words:,} words)" for r in top.itertuples())
            print(f"  most quoted, by quoted words: {names}")
    others = articles["status"][~is_ok].fillna("NA")
    is_skipped = others.str.startswith(_SKIPPED).to_numpy(dtype=bool, na_value=False)
    skipped, problems = others[is_skipped], others[~is_skipped]
    if len(skipped):
        files = "file" if len(skipped) == 1 else "files"
        print(f"{len(skipped)} {files} skipped (not articles; the articles table says why):")
        for status, n in skipped.value_counts().items():
            print(f"  {n} × {status}")
    if len(problems):
        print(f"{len(problems)} articles with problems:")
        for status, n in problems.value_counts().items():
            print(f"  {n} × {status}")
    print(f"wrote {', '.join(f'{t}.{writer.fmt}' for t in writer.rows)}, report.html, run.json")
    print(f"  to {writer.out}")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "report":
        with _sigterm_as_interrupt():
            try:
                return run_report(args)
            except FileNotFoundError as exc:
                return _usage_error(str(exc))
            except KeyboardInterrupt as exc:  # before the run started, or after it ended
                return _stopped(exc)
    if args.command == "columns":
        print(data_dictionary())
        return EXIT_OK
    return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
