"""Bytes to clean text: encoding detection, binary detection and mojibake repair.

Rules, applied in this order by :func:`decode_bytes`:

1. A byte-order mark decides: UTF-32, UTF-16 (``utf-32``/``utf-16``) or UTF-8
   (``utf-8-sig``).
2. NUL bytes: a file where NULs sit on every other byte (one parity holds at least
   40% NULs, the other under 5%) is UTF-16 without a BOM (``utf-16-le``/``-be``).
   Otherwise a few stray NULs (at most 1 byte in 100) are dropped and the text
   counts as ``repaired``; more make the file ``binary``.
3. Strict UTF-8 (reported as ``ascii`` when every byte is below 0x80); if that
   fails, Windows-1252 (``cp1252``), whose five undefined bytes fall back to
   Latin-1 (reported as ``latin-1`` when any occurs).
4. A decoded text whose first 65,536 characters hold more than 5% control
   characters (other than tab and line breaks) is ``binary``.
5. Mojibake (``â€œ`` for ``“``, UTF-8 read as Windows-1252, also mixed inside
   one file) is repaired by ftfy's encoding fixers only: quotes are not
   uncurled, HTML is not unescaped, widths and ligatures are kept. ``repaired``
   is true when ftfy changed the text (or NULs were dropped). ftfy only runs on
   text holding two neighbouring characters that high bytes decode to in
   Windows-1252/Latin-1/Windows-1251, or a C1 control: mojibake of UTF-8 in those
   encodings cannot arise otherwise, and clean text is checked 10x faster.
6. Line ends become ``\\n`` (CRLF, CR, form feed, NEL, U+2028/9) and remaining
   control characters (C0 except tab/newline, DEL, C1) and stray BOMs are removed.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import ftfy

_SAMPLE = 65_536
_MAX_NUL_SHARE = 0.01
_MAX_CONTROL_SHARE = 0.05

FALLBACK_ERRORS = "news_workbook_cp1252"

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# What UTF-8 read as Windows-1252/Latin-1 (or Windows-1251) looks like: every byte
# of a multi-byte sequence is >= 0x80, so mojibake always shows two neighbours from
# these decodings of high bytes. Text without such a pair (or a C1 control) cannot
# hold that mojibake, and ftfy's slower check is skipped.
_HIGH = (
    "\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
    "\u0400-\u045f\u0490\u0491\u2116"
)
_SUSPECT = re.compile(f"[{_HIGH}]{{2}}|[\x80-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode undecodable bytes one by one as Windows-1252, else Latin-1."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end]
    out = []
    for b in chunk:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out), exc.end


codecs.register_error(FALLBACK_ERRORS, _fallback)


@dataclass(frozen=True)
class Decoded:
    """The outcome of :func:`decode_bytes`: ``text`` is None when ``binary``."""

    text: str | None
    encoding: str | None
    repaired: bool
    binary: bool


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd >= 0.4 and even < 0.05:
        return "utf-16-le"
    if even >= 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def sniff_encoding(data: bytes) -> str | None:
    """The encoding :func:`decode_bytes` would use for ``data``; None for binary.

    Only the BOM and the first 65,536 bytes are looked at, so it suits streams
    (CSV) where the rest is decoded with :data:`FALLBACK_ERRORS`.

    >>> sniff_encoding(b"\\xef\\xbb\\xbfHello"), sniff_encoding("café".encode("cp1252"))
    ('utf-8-sig', 'cp1252')
    """
    bom = _bom(data)
    if bom:
        return bom[0]
    sample = data[:_SAMPLE]
    if 0 in sample:
        utf16 = _utf16_without_bom(sample)
        if utf16:
            return utf16
        if sample.count(0) > _MAX_NUL_SHARE * len(sample):
            return None
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as err:
        # A multi-byte character cut by the sample's end is still UTF-8.
        cut = len(data) > len(sample) and err.start >= len(sample) - 3
        if not cut:
            return "cp1252"
    return "ascii" if sample.isascii() and len(sample) == len(data) else "utf-8"


def _bom(data: bytes) -> tuple[str, int] | None:
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32", 0
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", 3
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode, detect binary, repair mojibake and normalise line ends (see module doc).

    ``declared``: the encoding the file itself names (an HTML page's ``charset``);
    used after a byte-order mark and only when the bytes decode in it cleanly.

    >>> d = decode_bytes("â€œQuotedâ€\\x9d\\r\\n".encode("utf-8"))
    >>> d.text, d.encoding, d.repaired
    ('“Quoted”\\n', 'utf-8', True)
    >>> decode_bytes(bytes(range(256))).binary
    True
    """
    repaired = False
    bom = _bom(data)
    if bom:
        encoding = bom[0]
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = data.decode(encoding, errors="replace")
            repaired = True
    elif declared is not None and (named := _strict(data, declared)) is not None:
        text, encoding = named
    else:
        encoding = None
        if 0 in data:
            encoding = _utf16_without_bom(data)
            if encoding is None:
                if data.count(0) > _MAX_NUL_SHARE * len(data):
                    return Decoded(None, None, False, True)
                data = data.replace(b"\x00", b"")
                repaired = True
        if encoding is not None:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return Decoded(None, None, False, True)
        else:
            try:
                text = data.decode("utf-8")
                encoding = "ascii" if data.isascii() else "utf-8"
            except UnicodeDecodeError:
                try:
                    text = data.decode("cp1252")
                    encoding = "cp1252"
                except UnicodeDecodeError:
                    text = data.decode("cp1252", errors=FALLBACK_ERRORS)
                    encoding = "latin-1"
    if looks_binary(text):
        return Decoded(None, None, False, True)
    text, fixed = repair(text)
    return Decoded(text, encoding, repaired or fixed, False)


def _strict(data: bytes, encoding: str) -> tuple[str, str] | None:
    """``data`` decoded in ``encoding`` and the codec's name; None when that fails.

    As browsers do, Latin-1 and ASCII labels are read as Windows-1252; a UTF-16
    or UTF-32 label without a byte-order mark is not believed.
    """
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        name = "cp1252"
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    if name == "utf-8" and data.isascii():
        name = "ascii"
    return text, name


def looks_binary(text: str) -> bool:
    """True when over 5% of the first 65,536 characters are control characters."""
    sample = text[:_SAMPLE]
    if not sample:
        return False
    return len(_BINARY_CONTROLS.findall(sample)) > _MAX_CONTROL_SHARE * len(sample)


def repair(text: str) -> tuple[str, bool]:
    """Repair mojibake with ftfy, normalise line ends, drop control characters.

    Returns the clean text and whether ftfy's encoding fixers changed it.

    >>> repair("Caf\\u00c3\\u00a9 \\x07ok\\r\\n")
    ('Café ok\\n', True)
    >>> repair("plain ascii")
    ('plain ascii', False)
    """
    fixed = False
    if not text.isascii() and _SUSPECT.search(text):
        repaired = ftfy.fix_text(text, _FTFY)
        fixed = repaired != text
        text = repaired
    text = _NEWLINES.sub("\n", text)
    return _CONTROLS.sub("", text), fixed


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
# What a file name may not show as it is: C0 and C1 controls, DEL, and the
# surrogates that os.listdir uses for bytes that are not UTF-8 (surrogateescape).
_UNPRINTABLE_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def scrub_surrogates(text: str) -> tuple[str, bool]:
    """``text`` with surrogate pairs joined and lone surrogates as U+FFFD; whether it changed.

    A lone surrogate (from a JSON ``"\\ud800"`` escape, or a name decoded with
    ``surrogateescape``) cannot be encoded as UTF-8, so any writer would fail on it.

    >>> scrub_surrogates("a\\ud800b"), scrub_surrogates("\\ud83d\\ude00"), scrub_surrogates("ok")
    (('a\\ufffdb', True), ('😀', True), ('ok', False))
    """
    if text.isascii() or _SURROGATE.search(text) is None:
        return text, False
    text = _SURROGATE_PAIR.sub(_join_pair, text)
    return _SURROGATE.sub("\ufffd", text), True


def _join_pair(match: re.Match[str]) -> str:
    return match.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le")


def printable_name(name: str) -> tuple[str, bool]:
    """A file name as a faithful, printable, UTF-8-encodable string; whether it was escaped.

    Bytes that are not UTF-8 (which ``os.listdir`` gives as surrogates) become
    ``\\xNN``, control characters ``\\xNN`` (``\\n`` as ``\\x0a``); everything else
    is kept, so the name can still be recognised and told apart from others.

    >>> printable_name(b"caf\\xe9.txt".decode("utf-8", "surrogateescape"))
    ('caf\\\\xe9.txt', True)
    >>> printable_name("line\\nbreak.txt"), printable_name("plain.txt")
    (('line\\\\x0abreak.txt', True), ('plain.txt', False))
    """
    if name.isascii() and name.isprintable():
        return name, False
    escaped = _UNPRINTABLE_NAME.sub(_escape_char, name)
    return escaped, escaped != name


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that surrogateescape could not decode
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
