"""report.html in a real browser: no sideways scrolling at 1280 px, a working article table.

Drives headless Chromium through benchmarks/report_layout.py (the same checks the
script runs on any corpus). Skips when no Chromium is installed: ``.ci/run``
installs it where it can (see the README's Development section).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from fixtures.corpus import write_corpus

from analysis.paths import REPO_DIR, SEEDS_DIR

spec = importlib.util.spec_from_file_location(
    "report_layout", REPO_DIR / "benchmarks" / "report_layout.py"
)
layout = importlib.util.module_from_spec(spec)
sys.modules.setdefault("report_layout", layout)
spec.loader.exec_module(layout)

pytestmark = pytest.mark.skipif(layout.find_chromium() is None, reason="no Chromium on PATH")


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("layout")
    corpus = write_corpus(tmp / "generated", n=2_000)
    return {
        "seeds": layout.report_on(SEEDS_DIR, tmp / "seeds"),
        "generated": layout.report_on(corpus, tmp / "out"),
    }


@pytest.mark.parametrize("name", ["seeds", "generated"])
def test_the_report_fits_1280_pixels_and_its_table_sorts_and_filters(
    reports: dict[str, Path], name: str
) -> None:
    found = layout.measure(reports[name], width=1280, word="politics" if name != "seeds" else "")
    assert found["scrollWidth"] <= found["innerWidth"] == 1280
    assert layout.problems(found) == []
    if name == "seeds":
        assert found["info"] == "1–2 of 2"
        assert found["filteredInfo"] == "1–1 of 1 (filtered from 2)"
    else:
        assert found["rows"] == 50 and found["info"] == "1–50 of 2000"
        assert found["filteredInfo"] == "1–50 of 500 (filtered from 2000)"  # one section
        assert len(found["sorted"]) == 50


def test_a_narrow_window_does_not_scroll_sideways_either(reports: dict[str, Path]) -> None:
    found = layout.measure(reports["generated"], width=800)
    assert found["scrollWidth"] <= found["innerWidth"] == 800
