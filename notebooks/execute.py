"""Re-execute the numbered notebooks top to bottom and store their outputs in place.

Run from anywhere, in the environment the package is installed in::

    python notebooks/execute.py                 # every notebook
    python notebooks/execute.py 03-tone.ipynb   # only the ones named

Each notebook runs in a fresh ``python3`` kernel with the notebooks folder as
working directory; on an error the notebook is not written and the script exits
1. What is stored is normalised so that outputs change only when results do:
no execution timestamps, the kernelspec fixed to ``python3``, ``language_info``
reduced to the language name (the Python patch version would otherwise churn
the files). The wall time of each notebook is printed, never stored.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

KERNEL = "python3"
KERNELSPEC = {"name": KERNEL, "display_name": "Python 3 (ipykernel)", "language": "python"}
TIMEOUT = 300  # seconds per cell; a notebook should take well under 30 s in all
HERE = Path(__file__).resolve().parent


def notebooks(names: list[str] | None = None) -> list[Path]:
    """The numbered notebooks (``NN-words.ipynb``), in order, or the ones named."""
    if names:
        return [HERE / Path(n).name for n in names]
    return sorted(HERE.glob("[0-9][0-9]-*.ipynb"))


def normalise(nb: object) -> None:
    """Strip what changes between runs without the results changing."""
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata.pop("widgets", None)
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)


def execute(path: Path) -> float:
    """Execute one notebook in place; return its wall time in seconds."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=TIMEOUT,
        record_timing=False,
        coalesce_streams=True,  # one stdout block per cell, however the kernel flushed it
        resources={"metadata": {"path": str(HERE)}},
    )
    start = time.perf_counter()
    client.execute()
    elapsed = time.perf_counter() - start
    normalise(nb)
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return elapsed


def check_package() -> None:
    """Warn when the kernels would import ``analysis`` from outside this checkout.

    The notebooks import the installed package; with an editable install of another
    checkout (or none) the stored outputs would describe other code.
    """
    import importlib.util

    spec = importlib.util.find_spec("analysis")
    origin = Path(spec.origin).resolve() if spec and spec.origin else None
    if origin is None or HERE.parent not in origin.parents:
        print(
            f"warning: `analysis` is imported from {origin or 'nowhere'}, not from this "
            "checkout; run `pip install -e .` here first",
            file=sys.stderr,
        )


def main(argv: list[str] | None = None) -> int:
    check_package()
    paths = notebooks(argv if argv is not None else sys.argv[1:])
    if not paths:
        print("no notebooks found", file=sys.stderr)
        return 1
    total = 0.0
    for path in paths:
        try:
            elapsed = execute(path)
        except Exception as exc:  # name the failing notebook; the file is left as it was
            print(f"{path.name}: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        total += elapsed
        print(f"{path.name}: executed in {elapsed:.1f} s")
    print(f"all {len(paths)} notebooks in {total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
