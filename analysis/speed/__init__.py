"""Speed helpers, fenced off from the rules they serve.

Each trick lives here in one small module, beside a plain reference
implementation it is tested against: bounded per-word memos (:mod:`.memo`),
handing freed memory back (:mod:`.memory`), pausing the cycle collector
(:mod:`.collector`) and slicing one whole-text token scan by region
(:mod:`.token_index`).
"""
