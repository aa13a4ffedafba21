"""Notebook hygiene: what nbval does not check but a committed, rerunnable notebook needs.

nbval (``pytest --nbval``) reruns the notebooks and compares their outputs; these
tests read the stored files only and check that they were executed top to bottom
in a plain ``python3`` kernel, take a ``parameters`` cell, import the installed
package, keep logic in ``analysis/``, and hold nothing machine-specific.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
from pathlib import Path

import pytest

from analysis import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
NAME = re.compile(r"^\d{2}-[a-z]+(?:-[a-z]+)*\.ipynb$")
ABSOLUTE_PATH = re.compile(r"(?<![\w.~])/(?:work|tmp|home|Users|root|usr|opt|var|private)/")
WINDOWS_PATH = re.compile(r"\b[A-Za-z]:\\\\")
MEMORY_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,}\b")
HAND_COPIED_NUMBER = re.compile(r"\b\d+\.\d+\b|\b\d+(?:\.\d+)?\s*%")
TEXT_MIMES = ("text/plain", "text/html", "text/markdown", "text/latex", "application/json")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _source(cell: dict) -> str:
    src = cell["source"]
    return src if isinstance(src, str) else "".join(src)


def _code(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def _texts(output: dict) -> list[str]:
    """Every text an output shows (images excluded: base64 may spell anything)."""
    if output["output_type"] == "stream":
        text = output["text"]
        return [text if isinstance(text, str) else "".join(text)]
    if output["output_type"] == "error":
        return [output.get("ename", ""), output.get("evalue", ""), *output.get("traceback", [])]
    out = []
    for mime, value in output.get("data", {}).items():
        if mime in TEXT_MIMES:
            out.append(value if isinstance(value, str) else "".join(map(str, value)))
    return out


def test_five_or_more_numbered_notebooks() -> None:
    names = [p.name for p in NOTEBOOKS]
    assert len(names) >= 5
    assert all(NAME.match(n) for n in names), names
    assert [n[:2] for n in names] == [f"{i:02d}" for i in range(1, len(names) + 1)]
    assert names[:5] == [
        "01-corpus.ipynb",
        "02-readability.ipynb",
        "03-tone.ipynb",
        "04-quotations.ipynb",
        "05-findings.ipynb",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_kernel_is_a_plain_python3(path: Path) -> None:
    meta = _load(path)["metadata"]
    assert meta["kernelspec"]["name"] == "python3"
    assert meta["kernelspec"]["language"] == "python"
    assert meta["language_info"]["name"] == "python"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_parameters_cell_that_defaults_to_the_seeds(path: Path) -> None:
    cells = _code(_load(path))
    tagged = [i for i, c in enumerate(cells) if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1
    source = _source(cells[tagged[0]])
    assigned = {
        target.id: node.value
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert ast.unparse(assigned["CORPUS"]) == "paths.SEEDS_DIR"
    # the corpus is read only after the parameters (papermill injects its cell right after)
    first_use = next(i for i, c in enumerate(cells) if "load_articles(CORPUS)" in _source(c))
    assert first_use > tagged[0]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_imports_the_installed_package_only(path: Path) -> None:
    for cell in _code(_load(path)):
        source = _source(cell)
        assert "sys.path" not in source
        assert "PYTHONPATH" not in source
        assert not re.search(r"^\s*[%!]", source, re.MULTILINE), "no magics or shell escapes"
        for node in ast.walk(ast.parse(source)):
            # logic lives in analysis/: notebooks define no functions or classes
            assert not isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Lambda)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_executed_top_to_bottom_without_errors(path: Path) -> None:
    cells = _code(_load(path))
    assert [c["execution_count"] for c in cells] == list(range(1, len(cells) + 1))
    for cell in cells:
        assert all(o["output_type"] != "error" for o in cell["outputs"])
        assert not any(o.get("name") == "stderr" for o in cell["outputs"]), "no warnings"
        assert "execution" not in cell["metadata"], "no timestamps"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_outputs_hold_nothing_machine_specific(path: Path) -> None:
    for cell in _code(_load(path)):
        for output in cell["outputs"]:
            for text in _texts(output):
                assert not ABSOLUTE_PATH.search(text), text
                assert not WINDOWS_PATH.search(text), text
                assert not MEMORY_ADDRESS.search(text), text


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_output_is_exempt_from_comparison(path: Path) -> None:
    for cell in _load(path)["cells"]:
        assert "NBVAL" not in _source(cell)
        tags = cell["metadata"].get("tags", [])
        assert not [t for t in tags if t.startswith("nbval")]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_prose_copies_no_numbers(path: Path) -> None:
    """Numbers belong in code outputs, where they are refreshed: none hand-typed in markdown."""
    for cell in _load(path)["cells"]:
        if cell["cell_type"] == "markdown":
            assert not HAND_COPIED_NUMBER.search(_source(cell)), _source(cell)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_opens_with_a_title_and_the_question_it_answers(path: Path) -> None:
    first = _load(path)["cells"][0]
    assert first["cell_type"] == "markdown"
    text = _source(first)
    assert text.startswith(f"# {path.name[:2]} ")
    assert "**Question:**" in text


@pytest.mark.parametrize("path", NOTEBOOKS[1:], ids=lambda p: p.name)
def test_from_the_second_notebook_on_there_are_charts(path: Path) -> None:
    cells = _code(_load(path))
    charts = [
        c
        for c in cells
        if any("image/png" in o.get("data", {}) for o in c["outputs"]) and "figures." in _source(c)
    ]
    assert charts
    for cell in charts:
        plain = [o["data"]["text/plain"] for o in cell["outputs"] if "image/png" in o["data"]]
        assert len(plain) == 1, "each chart shown once"
        text = plain[0] if isinstance(plain[0], str) else "".join(plain[0])
        width = int(re.search(r"size (\d+)x", text).group(1))
        assert width <= 800, "readable at notebook width"


def test_readme_lists_every_notebook() -> None:
    readme = (paths.NOTEBOOKS_DIR / "README.md").read_text(encoding="utf-8")
    for path in NOTEBOOKS:
        assert f"`{path.name}`" in readme


def test_the_execute_script_runs_each_notebook_in_a_python3_kernel() -> None:
    spec = importlib.util.spec_from_file_location("execute", paths.NOTEBOOKS_DIR / "execute.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.KERNEL == "python3"
    assert module.notebooks() == NOTEBOOKS
    nb = {"metadata": {"kernelspec": {"name": "other"}, "language_info": {"version": "3.x"}}}
    import nbformat

    node = nbformat.from_dict({**nb, "cells": [{"metadata": {"execution": {}}}]})
    module.normalise(node)
    assert node.metadata["kernelspec"]["name"] == "python3"
    assert node.metadata["language_info"] == {"name": "python"}
    assert "execution" not in node.cells[0].metadata
