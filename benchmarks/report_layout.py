"""Does report.html fit the screen, and do its table controls work? Checked in headless Chromium.

    python benchmarks/report_layout.py [CORPUS ...] [--generated N] [--out DIR] [--width 1280]

Runs ``news-workbook report`` on each corpus (the bundled seeds when none is given;
``--generated N`` adds a corpus of N articles written by tests/fixtures/corpus.py),
then opens each report.html in headless Chromium at ``--width`` pixels with every
example opened, and reports:

- ``scrollWidth`` against ``innerWidth``: the page must not scroll sideways;
- the rows the article table shows, after sorting by a numeric header (largest first)
  and after filtering on a word;
- a screenshot (``<name>-<width>.png`` in ``--out``).

The probe runs in a copy of the page (a script appended that writes its findings
into the document title); the report itself is never changed. Exit status 1 when a
page overflows or its table does not work; 2 when Chromium is missing (install it
with ``apt-get install chromium``). The test suite runs the same checks
(tests/test_report_layout.py) and skips when Chromium is absent.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
HERE = Path(__file__).resolve().parent

# Opens the examples, measures, then drives the article table: sort by "words" (largest
# first), then filter on a word (by default the first word of the first title shown).
PROBE = """
<script>
(function () {
  document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  var out = {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth};
  var table = document.getElementById("nwb-articles");
  if (table) {
    var body = table.tBodies[0], heads = table.tHead.rows[0].cells, words = -1;
    for (var i = 0; i < heads.length; i++) if (heads[i].title === "n_words") words = i;
    out.rows = body.rows.length;
    out.info = document.getElementById("nwb-info").textContent;
    if (words >= 0) {
      heads[words].click();
      out.sorted = Array.prototype.map.call(body.rows, function (r) {
        return Number(r.cells[words].textContent.replace(/,/g, "")) || 0;
      });
    }
    var filter = document.getElementById("nwb-filter");
    out.word = "%(word)s" || body.rows[0].cells[0].textContent.split(" ")[0];
    filter.value = out.word;
    filter.dispatchEvent(new Event("input"));
    out.filteredInfo = document.getElementById("nwb-info").textContent;
    out.filteredRows = body.rows.length;
  }
  document.title = "PROBE" + JSON.stringify(out);
})();
</script>
"""


def find_chromium() -> str | None:
    """The first Chromium or Chrome on PATH."""
    return next((found for b in BROWSERS if (found := shutil.which(b))), None)


def _run_browser(browser: str, args: list[str], profile: str) -> str:
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{browser} failed: {done.stderr[-2000:]}")
    return done.stdout


def measure(report: Path, width: int = 1280, height: int = 2000, word: str = "") -> dict:
    """Open a copy of ``report`` with the probe appended; return what the probe found."""
    browser = find_chromium()
    if browser is None:
        raise FileNotFoundError("no Chromium on PATH")
    page = report.read_text(encoding="utf-8")
    probe = PROBE % {"word": json.dumps(word)[1:-1]}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "probed.html"
        copy.write_text(page.replace("</body>", probe + "</body>"), encoding="utf-8")
        dom = _run_browser(
            browser,
            [f"--window-size={width},{height}", "--dump-dom", copy.as_uri()],
            str(Path(tmp) / "profile"),
        )
    found = re.search(r"<title>PROBE(.*?)</title>", dom, re.S)
    if not found:
        raise RuntimeError("the probe did not run")
    return json.loads(html.unescape(found.group(1)))


def screenshot(report: Path, png: Path, width: int = 1280, height: int = 2000) -> Path:
    """A screenshot of the top ``height`` pixels of ``report`` at ``width`` pixels."""
    browser = find_chromium()
    if browser is None:
        raise FileNotFoundError("no Chromium on PATH")
    with tempfile.TemporaryDirectory() as tmp:
        _run_browser(
            browser,
            [f"--window-size={width},{height}", f"--screenshot={png}", report.as_uri()],
            str(Path(tmp) / "profile"),
        )
    return png


def problems(found: dict) -> list[str]:
    """What is wrong with a page, from :func:`measure`'s findings (empty: nothing)."""
    out = []
    if found["scrollWidth"] > found["innerWidth"]:
        out.append(f"scrolls sideways: {found['scrollWidth']} > {found['innerWidth']} px")
    if "rows" in found:
        if not found["rows"]:
            out.append("the article table shows no row")
        sorted_ = found.get("sorted", [])
        if sorted_ != sorted(sorted_, reverse=True):
            out.append("sorting by words did not put the largest first")
        if not found.get("filteredRows"):
            out.append("filtering left no row")
    return out


def report_on(corpus: Path, out: Path) -> Path:
    """Run the command on ``corpus`` into ``out``; return report.html."""
    from analysis.cli import main

    code = main(["report", str(corpus), "--out", str(out), "--no-progress"])
    if code != 0:
        raise RuntimeError(f"news-workbook report exited {code} on {corpus}")
    return out / "report.html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, help="folders or files of articles")
    parser.add_argument("--generated", type=int, default=0, help="add a generated corpus")
    parser.add_argument("--out", type=Path, default=Path("layout-check"))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2000, help="screenshot height")
    args = parser.parse_args(argv)
    if find_chromium() is None:
        print("no Chromium on PATH (apt-get install chromium)", file=sys.stderr)
        return 2
    from analysis.paths import SEEDS_DIR

    corpora = list(args.corpora) or [SEEDS_DIR]
    args.out.mkdir(parents=True, exist_ok=True)
    if args.generated:
        sys.path.insert(0, str(HERE.parent / "tests"))
        from fixtures.corpus import write_corpus

        corpora.append(write_corpus(args.out / f"generated-{args.generated}", n=args.generated))
    failed = False
    for corpus in corpora:
        name = corpus.name
        report = report_on(corpus, args.out / f"report-{name}")
        found = measure(report, args.width)
        png = screenshot(report, args.out / f"{name}-{args.width}.png", args.width, args.height)
        wrong = problems(found)
        failed |= bool(wrong)
        print(
            f"{name}: scrollWidth {found['scrollWidth']} / innerWidth {found['innerWidth']}, "
            f"table {found.get('info', 'absent')}, filtered on {found.get('word')!r}: "
            f"{found.get('filteredInfo', '-')}, "
            f"{report.stat().st_size:,} bytes; {'; '.join(wrong) or 'OK'}; screenshot {png}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
