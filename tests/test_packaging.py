"""The two ways to build the environment stay one, and the README stays true."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib

import yaml

from analysis import schema
from analysis.paths import REPO_DIR


def _pyproject() -> dict:
    return tomllib.loads((REPO_DIR / "pyproject.toml").read_text())


def test_environment_yml_installs_exactly_the_pyproject_environment() -> None:
    env = yaml.safe_load((REPO_DIR / "environment.yml").read_text())
    deps = env["dependencies"]
    conda = sorted(d for d in deps if isinstance(d, str))
    pip = [d for d in deps if isinstance(d, dict)]
    # Python and pip from conda, everything else from pyproject via the editable install.
    assert conda == ["pip", "python=3.11"]
    assert pip == [{"pip": ["-e .[dev]"]}]
    assert "dev" in _pyproject()["project"]["optional-dependencies"]
    assert _pyproject()["project"]["requires-python"].startswith(">=3.11")


def test_every_dependency_has_a_tested_range() -> None:
    project = _pyproject()["project"]
    for dep in project["dependencies"] + project["optional-dependencies"]["dev"]:
        assert any(op in dep for op in ("==", "<")), f"{dep} has no upper bound"


def test_console_script_is_declared() -> None:
    assert _pyproject()["project"]["scripts"] == {"news-workbook": "analysis.cli:main"}


def test_readme_data_dictionary_is_current() -> None:
    readme = (REPO_DIR / "README.md").read_text()
    assert schema.data_dictionary().strip() in readme, (
        "README data dictionary is stale: paste `news-workbook columns` into it"
    )


def test_readme_quick_start_is_the_ci_command() -> None:
    readme = (REPO_DIR / "README.md").read_text()
    ci = (REPO_DIR / ".ci" / "run").read_text()
    test_line = next(line for line in ci.splitlines() if "pytest" in line)
    assert test_line in readme


def test_the_tree_is_linted_and_formatted() -> None:
    ruff = shutil.which("ruff", path=str(REPO_DIR / ".venv" / "bin")) or shutil.which("ruff")
    cmd = [ruff] if ruff else [sys.executable, "-m", "ruff"]
    for args in (["check", "."], ["format", "--check", "."]):
        done = subprocess.run([*cmd, *args], cwd=REPO_DIR, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
