"""Headline-first text files (the BBC layout) and the canonical body."""

from __future__ import annotations

from pathlib import Path

from analysis.loading.load import load_articles
from analysis.loading.readers import textfiles
from analysis.loading.readers.base import canonical_body

BBC_LIKE = """Council approves new cycle lanes

Plans for 20 miles of new cycle lanes were approved by the city council on Tuesday.

The scheme, which will cost £4m, is due to start in the spring. Critics say it will slow traffic.

"This is a good day for everyone who rides to work," said councillor Jane Smith.

The plans include:

- a lane along the river\x20
 - wider paths near schools\x20
 - new crossings on the ring road\x20

Work is expected to take two years.
"""


def test_bbc_layout() -> None:
    record = textfiles.parse(BBC_LIKE)
    assert record.title == "Council approves new cycle lanes"
    assert record.body == (
        "Plans for 20 miles of new cycle lanes were approved by the city council on Tuesday.\n\n"
        "The scheme, which will cost £4m, is due to start in the spring. Critics say it will "
        "slow traffic.\n\n"
        '"This is a good day for everyone who rides to work," said councillor Jane Smith.\n\n'
        "The plans include:\n\n"
        "- a lane along the river\n\n"
        "- wider paths near schools\n\n"
        "- new crossings on the ring road\n\n"
        "Work is expected to take two years."
    )


def test_sections_from_sub_folders(tmp_path: Path) -> None:
    for section in ("politics", "sport"):
        (tmp_path / "bbc" / section).mkdir(parents=True)
        for i in (1, 2):
            (tmp_path / "bbc" / section / f"00{i}.txt").write_text(
                f"{section} story {i}\n\nThe {section} story number {i} was filed on time.\n"
            )
    (tmp_path / "bbc" / "deep" / "er").mkdir(parents=True)
    (tmp_path / "bbc" / "deep" / "er" / "x.txt").write_text("Deep\n\nA story in the deep folder.\n")
    (tmp_path / "bbc" / "top.txt").write_text("Top\n\nA story at the top of the folder.\n")
    df = load_articles(tmp_path / "bbc")
    assert df["source"].tolist() == [
        "bbc/deep/er/x.txt",
        "bbc/politics/001.txt",
        "bbc/politics/002.txt",
        "bbc/sport/001.txt",
        "bbc/sport/002.txt",
        "bbc/top.txt",
    ]
    assert df["section"].tolist()[:5] == ["deep/er", "politics", "politics", "sport", "sport"]
    assert df["section"].isna().tolist() == [False] * 5 + [True]
    assert df["title"][1] == "politics story 1"
    assert set(df["reader"]) == {"text"}
    assert set(df["status"]) == {"ok"}


def test_hard_wrapped_paragraphs_are_joined() -> None:
    lines = [
        "The committee met on Thursday and agreed",
        "to publish its report in full next month,",
        "a spokesman said.",
        "",
        "Members will vote on the",
        "recommendations in June.",
    ]
    assert canonical_body(lines) == (
        "The committee met on Thursday and agreed to publish its report in full next month, "
        "a spokesman said.\n\nMembers will vote on the recommendations in June."
    )


def test_one_paragraph_per_line_without_blank_lines() -> None:
    lines = ["The first paragraph ends here.", "The second one too.", "And a third."]
    assert canonical_body(lines) == (
        "The first paragraph ends here.\n\nThe second one too.\n\nAnd a third."
    )


def test_long_lines_are_paragraphs_even_without_full_stops() -> None:
    long_a = "word " * 30 + "and no stop"
    long_b = "more words " * 12 + "again"
    assert canonical_body([long_a, long_b]) == f"{long_a.strip()}\n\n{long_b}"


def test_white_space_is_squashed() -> None:
    assert canonical_body(["  Tabs\tand   spaces\u00a0here.  ", " ", "\t"]) == (
        "Tabs and spaces here."
    )


def test_headline_only_and_blank_lines_first() -> None:
    record = textfiles.parse("\n\n  Only a headline  \n\n")
    assert (record.title, record.body) == ("Only a headline", None)


def test_overlong_first_line_is_not_a_headline() -> None:
    text = "word " * 200 + "\n\nSecond paragraph.\n"
    record = textfiles.parse(text)
    assert record.title is None
    assert record.body == ("word " * 200).strip() + "\n\nSecond paragraph."


def test_markup_in_prose_is_kept_as_text(tmp_path: Path) -> None:
    """A tag or two in an article is its text; a page of tags is HTML (test_readers_html)."""
    (tmp_path / "a.txt").write_text(
        "<script>alert('x')</script> & <b>Bold</b>\n\n"
        "The story explains the tags &amp; entities a web page is written in, and why a "
        "browser runs some of them: an article about markup, not markup.\n"
    )
    row = load_articles(tmp_path).iloc[0]
    assert (row["reader"], row["title"]) == ("text", "<script>alert('x')</script> & <b>Bold</b>")
    assert row["body"].startswith("The story explains the tags &amp; entities")


def test_unbalanced_quotation_marks_load_unchanged(tmp_path: Path) -> None:
    body = '"The first paragraph opens a quote.\n\n"And the second closes it," he said.'
    (tmp_path / "q.txt").write_text("Quote across paragraphs\n\n" + body + "\n")
    row = load_articles(tmp_path).iloc[0]
    assert (row["body"], row["status"]) == (body, "ok")
