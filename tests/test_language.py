"""The English check: scripts, function words, short texts."""

from __future__ import annotations

import pytest

from analysis.loading.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The minister said on Monday that the government would not change its plans "
            "for the new railway, which has been delayed for years.",
            "en",
        ),
        (
            "Le gouvernement a annoncé lundi que les travaux du nouveau pont seraient "
            "terminés avant la fin de l'année, selon le ministre.",
            "fr",
        ),
        (
            "Die Regierung hat am Montag erklärt, dass die Arbeiten an der neuen Brücke "
            "noch in diesem Jahr beendet werden, sagte der Minister.",
            "de",
        ),
        (
            "El gobierno anunció el lunes que las obras del nuevo puente terminarán antes "
            "de que acabe el año, según el ministro de transporte.",
            "es",
        ),
        ("أعلنت الحكومة يوم الاثنين أن أعمال الجسر الجديد ستنتهي قبل نهاية العام", "ar"),
        ("Правительство объявило в понедельник, что строительство моста завершится", "ru"),
        ("政府周一宣布新大桥的建设工程将在年底前完成", "zh"),
        ("政府は月曜日に新しい橋の工事が年内に終わると発表した", "ja"),
        ("정부는 월요일 새 다리 공사가 연말 전에 끝날 것이라고 발표했다", "ko"),
        ("Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει", "el"),
        ("הממשלה הודיעה ביום שני כי הגשר החדש ייפתח", "he"),
    ],
)
def test_languages(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "Hello", "Brexit vote looms", "12 34 56", "!!!"])
def test_short_texts_are_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


def test_english_headline_with_function_words() -> None:
    assert detect_language("Trump says Israeli strike on Iran could happen") == "en"


def test_figures_table_is_undetermined_not_foreign() -> None:
    table = "Shr 39 cts vs 32 cts\n\nNet 2,524,000 vs 2,046,000\n\nSales 28.5 mln vs 23.5 mln"
    assert detect_language(table) == "und"


def test_stray_foreign_function_words_do_not_make_a_short_text_foreign() -> None:
    # "non" and "in" are Italian too; with few words that must not decide.
    assert detect_language("U.S. Retail Sales Rose 4.1 Pct in Feb, Non-Auto Sales Rose") == "und"


def test_english_article_quoting_arabic_stays_english() -> None:
    text = (
        "The crowd chanted a slogan, السلام عليكم, as the minister arrived, and the police "
        "said that the march had been peaceful for most of the day."
    )
    assert detect_language(text) == "en"


def test_arabic_article_with_english_names_is_arabic() -> None:
    text = "قال المتحدث باسم الوزارة إن الاجتماع مع Reuters كان مثمرا وإن المحادثات ستستمر غدا"
    assert detect_language(text) == "ar"


def test_only_the_first_20000_characters_count() -> None:
    english = "The talks will resume in the spring, the minister said. " * 400
    assert detect_language(english + "أعلنت الحكومة " * 5000) == "en"
