"""Reuters-21578 SGML, on records written for the test in the collection's format."""

from __future__ import annotations

from pathlib import Path

from analysis.loading.load import load_articles
from analysis.loading.readers import reuters

HEAD = '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'
RECORD = (
    '<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="{newid}">'
    + """
<DATE> 3-MAR-1987 09:15:02.41</DATE>
<TOPICS><D>grain</D></TOPICS>
<UNKNOWN>\x20
&#5;&#5;&#5;C
&#22;&#22;&#1;f0001&#31;reute
u f BC-TEST   03-03 0100</UNKNOWN>
<TEXT>&#2;
<TITLE>U.S. FARM GROUP SEES WHEAT &lt;XYZ> EXPORTS UP 5 PCT IN 2ND QTR</TITLE>
<DATELINE>    CHICAGO, March 3 - </DATELINE><BODY>A farm group said wheat exports
would rise five pct in the second quarter, helped by
lower prices &amp; a weaker dollar.
    The group said sales to Asia were
strong.
    Shr 1.20 dlrs vs 1.10 dlrs
    Net 4.5 mln vs 4.1 mln
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""
)
BRIEF = """<REUTERS TOPICS="NO" NEWID="{newid}">
<DATE>3-MAR-1987 09:20:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>GRAIN BRIEF TITLE ONLY
</TITLE>&#3;

</TEXT>
</REUTERS>
"""
BODY = (
    "A farm group said wheat exports would rise five pct in the second quarter, helped by "
    "lower prices & a weaker dollar.\n\n"
    "The group said sales to Asia were strong.\n\n"
    "Shr 1.20 dlrs vs 1.10 dlrs\n\n"
    "Net 4.5 mln vs 4.1 mln"
)


def test_record() -> None:
    [record] = list(reuters.parse(HEAD + RECORD.format(newid=7)))
    assert record.title == "U.S. Farm Group Sees Wheat <XYZ> Exports Up 5 Pct in 2nd Qtr"
    assert record.body == BODY
    assert record.date == "1987-03-03T09:15:02"
    assert record.external_id == "7"
    assert record.status == "ok"


def test_file_with_brief_and_cut_record(tmp_path: Path) -> None:
    text = HEAD + RECORD.format(newid=1) + BRIEF.format(newid=2) + RECORD.format(newid=3)
    cut = text[: text.rindex("strong.")]  # the third record loses its end
    (tmp_path / "reut2-000.sgm").write_text(cut, encoding="latin-1")
    df = load_articles(tmp_path)
    assert df["reader"].tolist() == ["reuters-sgml"] * 3
    assert df["status"].tolist() == ["ok", "no body", "truncated"]
    assert df["external_id"].tolist() == ["1", "2", "3"]
    assert df["title"][1] == "Grain Brief Title Only"
    assert df["body"].isna().tolist() == [False, True, False]
    assert df["body"][2].endswith("The group said sales to Asia were")


def test_latin1_bytes(tmp_path: Path) -> None:
    record = RECORD.format(newid=1).replace("weaker dollar", "weaker dollar in Zürich")
    (tmp_path / "r.sgm").write_bytes((HEAD + record).encode("latin-1"))
    row = load_articles(tmp_path / "r.sgm").iloc[0]
    assert "weaker dollar in Zürich." in row["body"]
    assert row["encoding"] == "cp1252"


def test_sign_off_variants() -> None:
    for tail in ("\n REUTER\n&#3;", "\n reuter...\n&#3;", "\n Reuter^M\n&#3;"):
        raw = RECORD.format(newid=1).replace("\n Reuter\n&#3;", tail)
        [record] = list(reuters.parse(raw))
        assert record.body == BODY, tail
    raw = RECORD.format(newid=1).replace("4.1 mln\n Reuter", "4.1 mln. REUTER")
    [record] = list(reuters.parse(raw))
    assert record.body == BODY + "."
    raw = RECORD.format(newid=1).replace("4.1 mln\n Reuter", "4.1 mln, he told Reuters")
    [record] = list(reuters.parse(raw))
    assert record.body.endswith("4.1 mln, he told Reuters")


def test_more_marker_is_dropped() -> None:
    raw = RECORD.format(newid=1).replace("\n Reuter\n&#3;", "\n More\n&#3;")
    [record] = list(reuters.parse(raw))
    assert record.body == BODY


def test_title_case_rules() -> None:
    assert reuters.title_case("IMF, GATT AND OPEC OFFICIALS MEET IN PARIS") == (
        "IMF, GATT and OPEC Officials Meet in Paris"
    )
    assert reuters.title_case("S&P DOWNGRADES BANK'S DEBT") == "S&P Downgrades Bank's Debt"
    assert reuters.title_case("GNP RISES 1.2 PCT IN 4TH QTR") == "GNP Rises 1.2 Pct in 4th Qtr"
    assert reuters.title_case("U.S.-JAPAN TALKS END") == "U.S.-Japan Talks End"


def test_dates() -> None:
    assert reuters.parse_date("26-FEB-1987 15:01:01.79") == "1987-02-26T15:01:01"
    assert reuters.parse_date("31-FEB-1987 15:01:01.79") is None
    assert reuters.parse_date("garbage") is None


def test_no_records_gives_one_empty_row(tmp_path: Path) -> None:
    (tmp_path / "x.sgm").write_text("<!DOCTYPE lewis>\nnothing here\n")
    df = load_articles(tmp_path)
    assert df[["reader", "status"]].values.tolist() == [["reuters-sgml", "empty"]]
