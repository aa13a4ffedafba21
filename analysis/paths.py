"""Where things are: the one place that knows the repository's layout."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent
SEEDS_DIR = REPO_DIR / "seeds"
NOTEBOOKS_DIR = REPO_DIR / "notebooks"


def default_sources() -> list[Path]:
    """The bundled corpus: ``seeds/`` beside the package, else ``./seeds``."""
    for candidate in (SEEDS_DIR, Path.cwd() / "seeds"):
        if candidate.is_dir():
            return [candidate]
    raise FileNotFoundError(
        "the bundled seeds/ folder was not found; name the articles to analyse explicitly"
    )
