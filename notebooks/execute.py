"""Re-execute the numbered notebooks top to bottom and store their outputs.

Run from anywhere, in the environment the package is installed in::

    python notebooks/execute.py                 # every notebook, outputs stored in place
    python notebooks/execute.py 03-tone.ipynb   # only the ones named
    python notebooks/execute.py --corpus ~/articles --out ~/read   # on your own articles

Each notebook runs in a fresh ``python3`` kernel with the notebooks folder as
working directory; on an error the notebook is not written and the script exits
1. What is stored is normalised so that outputs change only when results do:
no execution timestamps, the kernelspec fixed to ``python3``, ``language_info``
reduced to the language name (the Python patch version would otherwise churn
the files). The wall time of each notebook is printed, never stored.

``--corpus PATH`` sets the notebooks' ``CORPUS`` parameter the way papermill does:
a cell tagged ``injected-parameters`` right after the ``parameters`` cell. The
executed copies go to ``--out`` (required then: the committed notebooks keep their
outputs on the bundled seeds).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

KERNEL = "python3"
KERNELSPEC = {"name": KERNEL, "display_name": "Python 3 (ipykernel)", "language": "python"}
TIMEOUT = 600  # seconds per cell: a corpus of thousands of articles takes a while to analyse
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


def inject_corpus(nb: object, corpus: str | Path) -> None:
    """Set ``CORPUS`` in a cell after the ``parameters`` cell, as papermill does."""
    import nbformat

    cell = nbformat.v4.new_code_cell(
        f"# Parameters injected by notebooks/execute.py\nCORPUS = {str(corpus)!r}"
    )
    cell.metadata["tags"] = ["injected-parameters"]
    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])]
    nb.cells.insert(tagged[0] + 1 if tagged else 0, cell)


def execute(path: Path, corpus: str | Path | None = None, out: Path | None = None) -> float:
    """Execute one notebook (in place, or into ``out``); return its wall time in seconds."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    if corpus is not None:
        inject_corpus(nb, corpus)
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
    target = path if out is None else out / path.name
    nbformat.write(nb, target)
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


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="notebooks to run (default: all)")
    parser.add_argument("--corpus", help="folder or file of articles to set CORPUS to")
    parser.add_argument("--out", type=Path, help="folder for the executed copies")
    args = parser.parse_args(argv)
    if args.corpus is not None and args.out is None:
        parser.error("--corpus needs --out: the committed notebooks keep their seeds outputs")
    if args.corpus is not None:
        args.corpus = str(Path(args.corpus).expanduser().resolve())
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    check_package()
    paths = notebooks(args.names)
    if not paths:
        print("no notebooks found", file=sys.stderr)
        return 1
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
    total = 0.0
    for path in paths:
        try:
            elapsed = execute(path, args.corpus, args.out)
        except Exception as exc:  # name the failing notebook; the file is left as it was
            print(f"{path.name}: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        total += elapsed
        print(f"{path.name}: executed in {elapsed:.1f} s")
    print(f"all {len(paths)} notebooks in {total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
