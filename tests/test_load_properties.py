"""Property tests: no input bytes make a reader raise; bodies are canonical."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.loading.encoding import decode_bytes
from analysis.loading.language import detect_language
from analysis.loading.load import COLUMNS, load_articles
from analysis.loading.readers import reuters, seedpage, textfiles
from analysis.loading.readers.base import canonical_body

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes that often matter: NUL, BOMs, CR/LF, quotes, high bytes, SGML tags.
_PIECES = st.sampled_from(
    [b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\r\n", b"\n\n\n", b'"', b"\xe2\x80\x9c", b"\x93",
     b"\xa3", b"TT\n", b"20\n", b"<REUTERS>", b"<BODY>", b"</BODY>", b"</REUTERS>", b"&#3;",
     b" Reuter\n", b"<TITLE>A</TITLE>", b"Head\n\n", b"\t", b" "]
)  # fmt: skip
HOSTILE_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.one_of(_PIECES, st.binary(max_size=20)), max_size=60).map(b"".join),
)


def _check_rows(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    df = load_articles(path)
    assert tuple(df.columns) == COLUMNS
    assert len(df) >= 1
    assert df["status"].notna().all()
    for body in df["body"].dropna():
        assert canonical_body(body.split("\n")) == body


@SETTINGS
@given(HOSTILE_BYTES)
def test_any_bytes_in_a_txt_file_give_rows_and_never_raise(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.txt"
        path.write_bytes(data)
        df = load_articles(path)
        assert tuple(df.columns) == COLUMNS
        if df["reader"][0] != "seedpage":
            assert len(df) == 1  # one row per plain text file, whatever its bytes
        assert df["status"].notna().all()
        for body in df["body"].dropna():
            assert canonical_body(body.split("\n")) == body


@SETTINGS
@given(
    HOSTILE_BYTES, st.sampled_from(["a.csv", "a.tsv", "a.jsonl", "a.json", "a.sgm", "a.parquet"])
)
def test_any_bytes_in_other_formats_never_raise(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _check_rows(Path(tmp) / name, data)


@SETTINGS
@given(st.text(max_size=3000))
def test_text_readers_never_raise_and_give_canonical_bodies(text: str) -> None:
    decoded = decode_bytes(text.encode("utf-8", "surrogatepass"))
    if decoded.text is None:
        return
    for record in [textfiles.parse(decoded.text), *seedpage.parse(decoded.text)]:
        if record.body is not None:
            assert record.body
            assert canonical_body(record.body.split("\n")) == record.body
            assert all(line == line.strip() for line in record.body.split("\n"))
            assert "\n\n\n" not in record.body
    list(reuters.parse(decoded.text))
    assert detect_language(decoded.text) in {
        "und", "en", "fr", "de", "es", "it", "pt", "nl", "ar", "he", "ru", "el", "hi", "bn",
        "ta", "th", "ka", "hy", "ko", "ja", "zh",
    }  # fmt: skip


@SETTINGS
@given(
    st.lists(st.text(alphabet=st.characters(exclude_characters="\n\r"), max_size=80), max_size=30)
)
def test_canonical_body_is_idempotent(lines: list[str]) -> None:
    body = canonical_body(lines)
    assert canonical_body(body.split("\n")) == body
