"""Decoding bytes from every encoding a news folder turns up in."""

from __future__ import annotations

import codecs

import pytest

from analysis.loading.encoding import (
    FALLBACK_ERRORS,
    decode_bytes,
    looks_binary,
    repair,
    sniff_encoding,
)

TEXT = "“Prices rose,” the minister said of the café’s £5 menu.\nSecond line."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.repaired, decoded.binary) == (
        TEXT,
        encoding,
        False,
        False,
    )


def test_ascii_is_reported_as_ascii() -> None:
    assert decode_bytes(b"Plain words.").encoding == "ascii"


def test_latin1_with_bytes_undefined_in_cp1252() -> None:
    # 0x81 is undefined in Windows-1252, so the file can only be Latin-1.
    decoded = decode_bytes("Señor £5 ".encode("latin-1") + b"\x81")
    assert decoded.encoding == "latin-1"
    assert decoded.text == "Señor £5 "  # the C1 control is dropped


def test_pound_sign_in_latin1_like_bbc_sport_199() -> None:
    decoded = decode_bytes(b"a \xa315.8m signing")
    assert (decoded.text, decoded.encoding) == ("a £15.8m signing", "cp1252")


def test_crlf_and_cr_become_newlines() -> None:
    assert decode_bytes(b"one\r\ntwo\rthree\n").text == "one\ntwo\nthree\n"


def test_bom_and_crlf_together() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + b"Headline\r\n\r\nBody text.\r\n")
    assert (decoded.text, decoded.encoding) == ("Headline\n\nBody text.\n", "utf-8-sig")


def test_mojibake_is_repaired_and_flagged() -> None:
    # UTF-8 read as Windows-1252 (0x9D, undefined there, as its Latin-1 control) and saved.
    mojibake = TEXT.encode("utf-8").decode("cp1252", FALLBACK_ERRORS).encode("utf-8")
    assert "â€œ" in mojibake.decode("utf-8")
    decoded = decode_bytes(mojibake)
    assert (decoded.text, decoded.encoding, decoded.repaired) == (TEXT, "utf-8", True)


def test_mixed_file_utf8_and_cp1252_is_repaired() -> None:
    data = "‘Quoted’ ".encode() + "café".encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.text == "‘Quoted’ café"
    assert decoded.encoding == "cp1252"
    assert decoded.repaired is True


def test_curly_quotes_and_html_are_kept() -> None:
    text = "<b>“Bold”</b> &amp; ‘single’"
    assert repair(text) == (text, False)


def test_many_nul_bytes_is_binary() -> None:
    assert decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20).binary is True


def test_stray_nul_bytes_are_dropped_and_flagged() -> None:
    data = b"A" * 300 + b"\x00" + b" words here."
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.repaired, decoded.binary) == (
        "A" * 300 + " words here.",
        True,
        False,
    )


def test_control_characters_mean_binary() -> None:
    assert decode_bytes(bytes(range(1, 32)) * 10).binary is True
    assert looks_binary("text\x01") is True
    assert looks_binary("ordinary text\twith a tab\n") is False


def test_a_few_control_characters_are_removed() -> None:
    decoded = decode_bytes(b"Bell\x07 here and a long enough sentence around it.")
    assert decoded.text == "Bell here and a long enough sentence around it."


def test_sniff_encoding_for_streams() -> None:
    assert sniff_encoding(TEXT.encode("utf-16")) == "utf-16"
    assert sniff_encoding(b"\x00\x01\x02" * 100) is None
    # A multi-byte character cut at the 64 KiB sample edge is still UTF-8.
    data = b"a" * 65_535 + "é".encode() + b"b"
    assert sniff_encoding(data) == "utf-8"
    assert sniff_encoding("é".encode("cp1252") + b"abc") == "cp1252"


def test_odd_length_utf16_is_decoded_with_a_replacement() -> None:
    decoded = decode_bytes("Hi there".encode("utf-16") + b"x")
    assert decoded.text == "Hi there\ufffd"
    assert decoded.repaired is True
