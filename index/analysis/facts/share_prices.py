"""A firm's share price (issue #16): the sum its shares moved or closed to ("Selby shares rose 27% to
399p", "Shares in Kestrel Mining closed at 153p"), the price of one share in a bid ("a 520p-a-share
offer"), and the one list of the verbs a share price moves or closes by (:data:`SHARE_VERBS`, which
the share move's reader in percent.py shares).

A sum is the firm's price only when the shares' verb governs it: the words between the verb and
"to"/"at" are the move itself ("27%", "by 20p", "17% higher", "the day 3% down"), never another
clause ("rose 5% after it raised its dividend to 12p": a dividend, review s45-rv finding 3; "rose
18% to 498p, while Harwick fell 3% to 1,240p": the second firm's price, finding 4). A second firm's
own clause after the first's ("…, while Harwick fell 3% to 1,240p") is that firm's price. A firm
written short and in full across the story ("Tarlow", "Tarlow Foods") is one firm
(:func:`story_share_firms`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.figures import Figure
from waic_reader.index.analysis.lexicon import CHANGE_VERBS

SHARE_PRICE, SHARE_PRICE_LABEL = "share price", "price per share"
# The verbs of a share price's close or state ("closed 4% lower", "stood at 153p").
CLOSING_VERBS = frozenset("closed ended finished opened traded settled stood were was are is".split())
# Every verb a firm's shares move or close by: the change verbs of either direction (lexicon) and
# the closing ones; one list for the share price (here) and the share move (percent.py), review
# s45-rv finding 22 ("slipped" was a move and no price's verb).
SHARE_VERBS = CHANGE_VERBS | CLOSING_VERBS
_VERBS = "|".join(sorted(SHARE_VERBS, key=len, reverse=True))
_FIRM = r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}"
# A firm's shares and their verb: the firm before "shares" (possessive or not) or after "shares in/of".
_SHARES_MOVING = (
    rf"(?:(?P<firm>{_FIRM})(?:['’]s?)?\s+(?:own\s+)?|\b)"
    rf"(?:[Ss]hares|[Ss]tock)(?:\s+(?:in|of)\s+(?P<of>{_FIRM}))?\s+"
    rf"(?:[a-z]+\s+)?(?:{_VERBS})\b"
)
# Words that end the move's own words: a conjunction or subordinator opening another clause, a new
# subject, a second "to"/"at" (the move's level already given) or another verb.
_GAP_STOPS = frozenset(
    """after as while and but when because since before though although whereas with following once
    it they which who that to at""".split()
)
_GAP_STOP = "|".join(sorted(_GAP_STOPS | SHARE_VERBS | {"raised", "lifted", "paid", "cut"}, key=len, reverse=True))
# At most so many words of the move between its verb and "to"/"at" ("closed the day 3% down at").
_GAP = rf"(?:\s+(?!(?:{_GAP_STOP})\b)[^\s.;:!?,]+){{0,6}}?\s+(?:to|at)\s+$"
_SHARE_LEVEL = re.compile(_SHARES_MOVING + _GAP)
_SHARE_MOVE_BEFORE = re.compile(
    _SHARES_MOVING + r"(?:\s+(?:by|down|up|nearly|almost|about|some|over|more\s+than))*\s+$"
)
# A second firm's clause after the first's shares ("…, while Harwick fell 3% to 1,240p", "… and
# Selby rose 2% to 310p"): its sum is that firm's price.
_OTHER_FIRM_LEVEL = re.compile(rf"(?:,\s*|\s)(?:(?:while|and|but|whereas)\s+)(?P<firm>{_FIRM})\s+(?:{_VERBS})\b" + _GAP)
_SHARES_SAID = re.compile(_SHARES_MOVING)
# The price of one share, written apart or hyphenated as an adjective ("160p a share", "a
# 520p-a-share offer", "£1.60 per ordinary share"; review s45-rv finding 5).
PER_SHARE = re.compile(r"(?:\s+|-)(?:a|per|for[\s-]+each|for[\s-]+every)[\s-]+(?:ordinary[\s-]+)?share\b", re.I)
_FIRM_OPENERS = ("The ", "A ", "An ", "Its ", "Their ")


def share_firm(text: str, fig: Figure, start: int, level: bool = True) -> str | None:
    """The firm whose share price a sum is (``level``: "rose 27% to 399p", "…, while Harwick fell 3%
    to 1,240p") or whose shares' move a percentage is (not ``level``: "Northgate's own shares fell
    4%"), "" for shares of no firm named ("its shares closed at 153p"); None when the figure is
    neither. ``start``: where its sentence starts (character offset in ``text``)."""
    lo = max(start, fig.start - 160)
    if level:
        m = _SHARE_LEVEL.search(text, lo, fig.start)
        if m is None and (m := _OTHER_FIRM_LEVEL.search(text, lo, fig.start)) is not None:
            if not _SHARES_SAID.search(text, start, m.start()):
                return None  # "…, while Harwick fell 3% to 1,240p" is a price only after shares are spoken of
            return _firm_name(m["firm"])
    else:
        m = _SHARE_MOVE_BEFORE.search(text, lo, fig.start)
    if m is None:
        return None
    return _firm_name(m["of"] or m["firm"] or "")


def _firm_name(firm: str) -> str:
    for opener in _FIRM_OPENERS:
        firm = firm.removeprefix(opener)
    return "" if firm in ("The", "Its", "Their") else firm


def story_share_firms(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` with a share price keyed by a firm written short ("share price (Tarlow)") moved to
    the one firm of the story whose name it begins ("Tarlow Foods"), label included: one firm's
    price was two rows (review s45-rv finding 4). Unchanged when no name, or several, begin with it.
    Linear in the figures."""
    firms = {v.measure.split("|", 1)[1]: v.label for v in figures if v.measure.startswith(f"{SHARE_PRICE}|")}
    longer: dict[str, str] = {}
    for firm in firms:
        words = firm.split()
        for n in range(1, len(words)):
            short = " ".join(words[:n])
            longer[short] = "" if longer.get(short, firm) != firm else firm
    out: list[FactValue] = []
    for v in figures:
        if v.measure.startswith(f"{SHARE_PRICE}|") and (full := longer.get(v.measure.split("|", 1)[1])):
            v = replace(v, measure=f"{SHARE_PRICE}|{full}", label=firms[full])
        out.append(v)
    return out
