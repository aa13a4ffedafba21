from __future__ import annotations


def main(argv=None) -> int:  # replaced by the CLI commit
    raise NotImplementedError
