"""Speed helpers, fenced off from the rules they serve.

Each trick lives here in one small module, beside a plain reference
implementation it is tested against (``tests/speed/``):

- :mod:`.memo`: bounded per-word memos looked up at C speed;
- :mod:`.packed`: per-word facts packed in one int, a text's totals by one ``sum``;
- :mod:`.char_filter`: cleaning by ``str.translate`` / Latin-1 ``bytes.translate``;
- :mod:`.rounding`: ``round(x, 3)`` and ``round(x, 4)`` without formatting digits;
- :mod:`.first_equal`: VADER's "but" rescaling in O(n log n);
- :mod:`.pairwise`: ``np.mean`` of a short list in plain Python, bit for bit;
- :mod:`.collector`: the cycle collector paused while a chunk is measured;
- :mod:`.memory`: freed memory handed back between chunks;
- :mod:`.token_index`: one whole-text token scan sliced by region.

No module here imports the rest of the package: the rules import these.
``docs/speed.md`` says what each trick bought.
"""
