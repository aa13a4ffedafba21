"""Every notebook on a generated corpus of 2,000 articles stays a notebook a person reads.

The committed notebooks show the two-article seed; a user points ``CORPUS`` at
thousands of articles. Each notebook is executed here on such a corpus (written by
tests/fixtures/corpus.py from sentences made up for the tests), the way
``notebooks/execute.py --corpus`` and papermill do, and must stay small: under
1 MB, every figure under 2,000 pixels a side, every printed output under 60 lines.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import struct
from pathlib import Path

import pytest
from fixtures.corpus import write_corpus

from analysis import paths

ARTICLES = 2_000
MAX_BYTES = 1_000_000
MAX_PIXELS = 2_000
MAX_LINES = 60
NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))


def _execute_module() -> object:
    spec = importlib.util.spec_from_file_location("execute", paths.NOTEBOOKS_DIR / "execute.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = write_corpus(tmp_path_factory.mktemp("corpus") / "generated", n=ARTICLES)
    out = tmp_path_factory.mktemp("executed")
    execute = _execute_module()
    for path in NOTEBOOKS:
        execute.execute(path, corpus, out)
    return out


def png_size(data: str) -> tuple[int, int]:
    """Width and height of a base64 PNG, read from its IHDR chunk."""
    raw = base64.b64decode(data)
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", raw[16:24])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_a_notebook_on_thousands_of_articles_stays_readable(executed: Path, path: Path) -> None:
    target = executed / path.name
    assert target.stat().st_size < MAX_BYTES
    nb = json.loads(target.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    injected = [c for c in code if "injected-parameters" in c["metadata"].get("tags", [])]
    assert len(injected) == 1  # the corpus was really swapped in
    figures = 0
    for cell in code:
        for output in cell["outputs"]:
            assert output["output_type"] != "error", output.get("evalue")
            assert output.get("name") != "stderr", output.get("text")
            if output["output_type"] == "stream":
                text = "".join(output["text"])
                assert len(text.splitlines()) < MAX_LINES, text
            for mime, data in output.get("data", {}).items():
                if mime == "image/png":
                    width, height = png_size("".join(data))
                    assert width < MAX_PIXELS and height < MAX_PIXELS
                    figures += 1
    assert figures or path.name.startswith("01")
    first = "".join(code[3]["outputs"][0]["text"])  # load, analyse, say how many
    assert f"{ARTICLES:,} articles loaded from 16 files" in first
