"""What a file name says about a file: which reader reads it, or why it is skipped.

One table for the walk (which entries become rows) and the loader (which reader
reads them), for files on disk and members of archives alike:

* article files: :data:`READERS` maps a suffix (any case) to a reader; a file
  without a suffix is read as text (``20news``-style corpora name files by
  number), and so is Markdown;
* compressed files: ``.gz``, ``.bz2``, ``.xz`` wrap one file, read by the
  suffix left when the compression suffix is taken off (``a.csv.gz`` is a CSV;
  ``a.gz`` is read as text); ``.zip`` holds members, each read by its own name
  (:mod:`analysis.loading.archives`);
* documentation files at a corpus root (``README.TXT``, ``LICENSE``,
  ``SOURCE.txt``, ``CHANGES`` …, :func:`is_documentation`) are skipped unless
  asked for: they describe the corpus, they are not part of it;
* hidden entries (a name starting with ``.``, macOS ``__MACOSX`` folders) are
  skipped;
* anything else is skipped with ``skipped: unsupported format <suffix>`` and a
  reason that says what to do (:func:`unsupported_reason`).
"""

from __future__ import annotations

import re

READERS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text", "": "text",
    ".htm": "html", ".html": "html", ".xhtml": "html",
    ".csv": "csv", ".tsv": "csv",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".parquet": "parquet", ".pq": "parquet",
    ".sgm": "reuters-sgml", ".sgml": "reuters-sgml",
}  # fmt: skip
COMPRESSED = (".gz", ".bz2", ".xz")
ARCHIVES = (".zip",)

_DOC_NAME = re.compile(
    r"(?:read[-_ ]?me|licen[cs]e|copying|copyright|notice|sources?|changes|change[-_ ]?log"
    r"|history|authors|contributors|contributing|citation|manifest|install)"
    r"(?:[-_ ][a-z]{1,12})?",
    re.IGNORECASE,
)
_FAMILIES = {
    "a word-processor document (save it as .txt or .html to read it)": (
        ".doc .docx .odt .rtf .pages .wpd .dot .dotx"
    ),
    "a PDF (extract its text to .txt, e.g. with pdftotext)": ".pdf .ps .djvu",
    "a spreadsheet (save it as .csv; name the text column with --text-column)": (
        ".xls .xlsx .xlsm .ods .numbers"
    ),
    "a presentation": ".ppt .pptx .odp .key",
    "an e-book (convert it to .txt or .html)": ".epub .mobi .azw .azw3",
    "an image": ".png .jpg .jpeg .gif .bmp .tif .tiff .webp .svg .heic .ico",
    "audio or video": ".mp3 .mp4 .wav .ogg .m4a .mov .avi .mkv .webm .flac",
    "a tar archive (unpack it first; .zip, .gz, .bz2 and .xz files are read)": (
        ".tar .tgz .tbz2 .txz .7z .rar"
    ),
    "a program or library": ".exe .dll .so .dylib .bin .o .pyc .class .jar",
    "XML (not a format news-workbook reads; save the articles as .txt, .html or .jsonl)": (
        ".xml .rss .atom"
    ),
}
_KIND_OF = {suffix: kind for kind, names in _FAMILIES.items() for suffix in names.split()}


def suffix_of(name: str) -> str:
    """The last suffix of a file name, lower case ("" when none; a leading dot is no suffix).

    >>> suffix_of("Report.DOCX"), suffix_of("notes"), suffix_of("a.tar.gz")
    ('.docx', '', '.gz')
    """
    base = name.rsplit("/", 1)[-1]
    dot = base.rfind(".")
    return base[dot:].lower() if dot > 0 else ""


def inner_name(name: str) -> str:
    """The name a compressed file had before compression (``a.csv.gz`` -> ``a.csv``)."""
    suffix = suffix_of(name)
    return name[: -len(suffix)] if suffix in COMPRESSED else name


def reader_for(name: str) -> str | None:
    """The reader of an article file called ``name``; None when no reader takes it.

    >>> reader_for("a.HTM"), reader_for("a.csv"), reader_for("49960"), reader_for("a.pdf")
    ('html', 'csv', 'text', None)
    """
    return READERS.get(suffix_of(name))


def is_hidden(name: str) -> bool:
    """A hidden entry: dot files and folders, and macOS's ``__MACOSX`` archive folders."""
    return name.startswith(".") or name == "__MACOSX"


def is_documentation(name: str) -> bool:
    """A documentation file by name: README*, LICENSE*, SOURCE*, CHANGES* and kin.

    The whole name before the suffix must be the word, optionally with a short
    alphabetic qualifier (``LICENSE-MIT``, ``README_en``), so article files named
    like ``source_0001.txt`` are not caught.

    >>> [is_documentation(n) for n in ("README.TXT", "SOURCE.txt", "LICENSE", "CHANGES.md")]
    [True, True, True, True]
    >>> [is_documentation(n) for n in ("source_0001.txt", "readme-news.html", "history7.txt")]
    [False, True, False]
    """
    suffix = suffix_of(name)
    if suffix not in READERS:
        return False
    stem = name[: len(name) - len(suffix)] if suffix else name
    return _DOC_NAME.fullmatch(stem) is not None


def unsupported_reason(name: str) -> str:
    """Why a file of this name is not read, and what to do about it."""
    suffix = suffix_of(name)
    kind = _KIND_OF.get(suffix)
    if kind is not None:
        return f"{kind}; readable formats: {readable_list()}"
    return f"no reader for {suffix} files; readable formats: {readable_list()}"


def readable_list() -> str:
    """The readable formats, short: ``.txt .md .html … (also inside .gz .bz2 .xz .zip)``."""
    shown = (".txt", ".md", ".html", ".csv", ".tsv", ".json", ".jsonl", ".parquet", ".sgm")
    return f"{' '.join(shown)} (also inside {' '.join(COMPRESSED + ARCHIVES)})"
