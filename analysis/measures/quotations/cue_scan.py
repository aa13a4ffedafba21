"""The speech cues of a region of an article, as the attribution rules read them.

A cue form (:mod:`.cues`) counts where it stands as a verb; a capitalised one
(``State``) only when it opens a sentence or stands in a headline; the writer's
aside ``and I quote,`` is none; ``as X put it`` counts by ``put`` (also ``As X
put it in a memo to staff,``) and ``point out`` (``It also points out that
…``; not ``points`` alone); after a quotation, the past tense ``read`` counts too (``“…,”
the sign read``).
"""

from __future__ import annotations

import re

from analysis.measures.quotations.cues import PRIMARY_FORMS
from analysis.measures.quotations.fast_cues import candidates
from analysis.measures.quotations.headlines import line_is_headline
from analysis.units.article import ArticleText

# "as X put it": ``put`` counts with ``it`` and punctuation (or the quotation) after it,
# or with a phrase up to a comma when ``as`` leads in (``As Roe put it in a memo,``).
# Found by str.find in the region (not in the index: the test looks past the token).
_PUT_IT = re.compile(r"puts?\s+it\b(?=\s*[,:.;—–“\"']|\s*\Z)")
_PUT_IT_AS = re.compile(r"puts?\s+it\b(?=\s[^,;:“”\"\n]{1,80},)")
_AS = re.compile(r"(?i:\bas)\s")
# "point out" in any tense counts, particle and all (``It also points out that …``);
# the verb alone is no cue (``She lost by 13 points``, ``at one point``).
_POINT_OUT = re.compile(r"point(?:s|ed|ing)?\s+out\b")


def _words_at(
    text: str, start: int, end: int, word: str, pattern: re.Pattern[str] | None
) -> list[tuple[int, int]]:
    """Spans of the lowercase ``word`` standing alone in ``text[start:end]`` (str.find).

    With ``pattern``, the span of its match at the word instead (``put it``).
    """
    out = []
    p = text.find(word, start, end)
    while p >= 0:
        if p == 0 or not text[p - 1].isalnum():
            if pattern is not None:
                m = pattern.match(text, p, end)
                if m is not None:
                    out.append(m.span())
            elif p + len(word) >= len(text) or not text[p + len(word)].isalnum():
                out.append((p, p + len(word)))
        p = text.find(word, p + 1, end)
    return out


def cues_in(
    doc: ArticleText, start: int, end: int, primary_first: bool = False, right: bool = False
) -> list[tuple[int, int]]:
    """Cue spans in ``doc.text[start:end]``. A capitalised cue counts in headlines only.

    With ``primary_first`` the reporting verbs (say, tell, …) come last, so a
    caller reading from the end meets them first. With ``right`` (the text after
    a quotation) the past tense ``read`` counts too (``“…,” the sign read``).
    """
    text = doc.text
    out = []
    headline: bool | None = None
    for s, e, w in candidates(doc, start, end):
        if w[0].isupper() and " " not in w:
            lead = text[max(start, s - 3) : s].strip()
            opens = s <= start + 1 or (lead and lead[-1] in '.!?:;”"')
            if headline is None and not opens:
                headline = line_is_headline(text, s)
            if not (opens or headline):
                continue
        if w == "quote" and text[max(0, s - 2) : s] == "I " and text[e : e + 1] in {",", ":"}:
            continue  # "Roe said, and I quote, “…”": the writer's aside, no speaker
        out.append((s, e))
    extra = []
    if text.find("put", start, end) >= 0:  # rare: one C call decides for most regions
        extra = _words_at(text, start, end, "put", _PUT_IT)
        extra += [
            span
            for span in _words_at(text, start, end, "put", _PUT_IT_AS)
            if span not in extra and _AS.search(text, max(start, span[0] - 80), span[0])
        ]
    if text.find("point", start, end) >= 0:
        extra += _words_at(text, start, end, "point", _POINT_OUT)
    if right:
        extra += _words_at(text, start, end, "read", None)
    if extra:
        out = sorted(out + extra)
    if primary_first:
        out.sort(
            key=lambda c: (
                text[c[0] : c[1]].lower() in PRIMARY_FORMS or " " in text[c[0] : c[1]],
                c[0],
            )
        )
    return out


def is_primary(cue: str) -> bool:
    """A reporting verb (say, tell, …) or a cue phrase (according to)."""
    low = cue.lower()
    return low in PRIMARY_FORMS or " " in low
