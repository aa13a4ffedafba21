"""The scraped-page dump format: headline and captions repeated, chrome, several pages."""

from __future__ import annotations

from pathlib import Path

from analysis.loading.load import load_articles
from analysis.loading.readers import seedpage
from analysis.paths import SEEDS_DIR

CAP = "The mayor opens the new bridge over the river on Monday. (City Press)"
PAGE = f"""Mayor Opens Bridge After Five Years of Work

 {CAP}
{CAP}
TT
20

Mayor Opens Bridge After Five Years of Work

 {CAP}
{CAP}

The mayor opened the bridge on Monday, five years after work began.

"It is a great day for the city," she said.

Traffic is expected to ease by the summer."""

BODY = (
    "The mayor opened the bridge on Monday, five years after work began.\n\n"
    '"It is a great day for the city," she said.\n\n'
    "Traffic is expected to ease by the summer."
)

PAGE2 = """Storm Closes Schools Across the Region

 Snow covers a road near the coast. (Photo: Weather Desk)
Snow covers a road near the coast. (Photo: Weather Desk)
 Pupils leave school early on Tuesday.
Pupils leave school early on Tuesday.
TT
1.2K

Storm Closes Schools Across the Region

 Snow covers a road near the coast. (Photo: Weather Desk)
Snow covers a road near the coast. (Photo: Weather Desk)
 Pupils leave school early on Tuesday.
Pupils leave school early on Tuesday.

Schools across the region closed on Tuesday as heavy snow fell.

Forecasters expect more snow overnight."""


def _one(text: str):
    records = seedpage.parse(text)
    assert len(records) == 1
    return records[0]


def test_bundled_seed_file() -> None:
    df = load_articles(SEEDS_DIR)
    assert df["title"].tolist() == [
        "Lavrov, Rubio Discuss Removal of ‘Barriers’ Set by Previous US Administration, "
        "Russia Says",
        "Trump Says Israeli Strike on Iran Could Happen",
    ]
    assert df["reader"].tolist() == ["seedpage", "seedpage"]
    assert df["position"].tolist() == [0, 1]
    assert df["source"].tolist() == ["seeds/000_7c307cd8212ecb45.txt"] * 2
    assert [len(c) for c in df["captions"]] == [1, 1]
    assert df["captions"][1] == [
        "President Donald Trump speaks at a campaign rally, Saturday, July 27, 2024, "
        "in St. Cloud, Minn. (AP Photo/Alex Brandon, File)"
    ]
    for body, captions, title in zip(df["body"], df["captions"], df["title"], strict=True):
        assert captions[0] not in body
        assert title not in body
        lines = body.split("\n")
        assert "TT" not in lines and "20" not in lines
        assert all(line == line.strip() for line in lines)
    assert df["body"][0].startswith("Russian Foreign Minister Sergei Lavrov and US Secretary")
    assert df["body"][1].endswith(
        "A sixth round of Iran-US talks is scheduled to begin Sunday in Oman."
    )
    assert df["body"][1].count("\n\n") == 10  # 11 paragraphs
    assert df["status"].tolist() == ["ok", "ok"]
    assert df["language"].tolist() == ["en", "en"]


def test_one_page() -> None:
    record = _one(PAGE)
    assert record.title == "Mayor Opens Bridge After Five Years of Work"
    assert record.captions == [CAP]
    assert record.body == BODY


def test_two_captions_and_a_share_count_with_a_letter() -> None:
    record = _one(PAGE2)
    assert record.captions == [
        "Snow covers a road near the coast. (Photo: Weather Desk)",
        "Pupils leave school early on Tuesday.",
    ]
    assert record.body == (
        "Schools across the region closed on Tuesday as heavy snow fell.\n\n"
        "Forecasters expect more snow overnight."
    )


def test_no_caption() -> None:
    text = "Budget Passes\n\nTT\n20\n\nBudget Passes\n\nThe budget passed by 12 votes.\n"
    record = _one(text)
    assert (record.title, record.captions, record.body) == (
        "Budget Passes",
        [],
        "The budget passed by 12 votes.",
    )


def test_no_chrome() -> None:
    text = PAGE.replace("TT\n20\n", "")
    record = _one(text)
    assert (record.captions, record.body) == ([CAP], BODY)


def test_no_caption_no_chrome() -> None:
    record = _one("Budget Passes\n\nBudget Passes\n\nThe budget passed.\n")
    assert (record.title, record.captions, record.body) == (
        "Budget Passes",
        [],
        "The budget passed.",
    )


def test_several_pages_separated_by_blank_lines() -> None:
    records = seedpage.parse(PAGE + "\n\n\n\n" + PAGE2 + "\n\n\n" + PAGE)
    assert [r.title for r in records] == [
        "Mayor Opens Bridge After Five Years of Work",
        "Storm Closes Schools Across the Region",
        "Mayor Opens Bridge After Five Years of Work",
    ]
    assert records[0].body == BODY == records[2].body


def test_stray_double_blank_line_inside_a_body_does_not_split_the_page() -> None:
    text = PAGE.replace("she said.\n\n", "she said.\n\n\n\n")
    assert _one(text).body == BODY


def test_sniffing() -> None:
    assert seedpage.sniff(PAGE)
    assert not seedpage.sniff("Mayor Opens Bridge\n\nThe mayor opened the bridge.\n")


def test_page_without_body() -> None:
    record = _one(f"Headline Only\n\n{CAP}\n\nHeadline Only\n\n{CAP}\n")
    assert (record.title, record.captions, record.body) == ("Headline Only", [CAP], None)


def test_loaded_from_a_folder_with_crlf(tmp_path: Path) -> None:
    (tmp_path / "pages.txt").write_bytes((PAGE + "\n\n\n" + PAGE2).replace("\n", "\r\n").encode())
    df = load_articles(tmp_path)
    assert df["reader"].tolist() == ["seedpage", "seedpage"]
    assert df["body"][0] == BODY
    assert df["position"].tolist() == [0, 1]


def test_duplicate_pages_point_to_the_first(tmp_path: Path) -> None:
    (tmp_path / "pages.txt").write_text(PAGE + "\n\n\n" + PAGE2 + "\n\n\n" + PAGE)
    df = load_articles(tmp_path)
    assert df["duplicate_of"].isna().tolist() == [True, True, False]
    assert df["duplicate_of"][2] == df["article_id"][0]


def test_plain_article_whose_headline_recurs_is_not_a_page() -> None:
    text = (
        "Rain Again\n\nIt rained on Monday.\n\nIt rained on Tuesday.\n\nRain Again\n\n"
        "The forecast says more is coming.\n"
    )
    assert not seedpage.sniff(text)
