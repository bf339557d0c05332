"""A count takes the verb of its own clause, whatever its tense or form (issue #16, t13y G2): "were
trapped" = "are trapped" = "are still trapped" = "17 trapped miners" = a headline's "miners trapped
after …", even when the sentence's next figure stands right after the verb ("were trapped 420 metres
underground"); a count without a noun of that verb later in the article ("Seventeen are still
trapped") counts the same things. One fact, one row: the live blog's latest entry is its value."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """label → [(doc, value, its article's earlier values)] of the counts' rows."""
    return {
        f.label: [(v.doc, value_text(v), tuple(value_text(e) for e in v.earlier)) for v in f.values]
        for f in sheet(*texts)
        if f.values[0].kind == "count"
    }


# the tester's articles (repro v2), as their sentences stand
WIRE = (
    "PONTEGRIS, Calveira, March 9 (Nordwire) - Seventeen miners were trapped 420 metres underground on Monday after "
    "a gallery collapsed at the San Telmo copper mine, emergency services said."
)
TV = (
    "MINE COLLAPSE TRAPS 16 AT SAN TELMO\n\nBy Rob Dunmore, KCAL 9 News\nPublished March 9, 2026 at 11:20 a.m.\n\n"
    "Sixteen miners are trapped at a depth of 420 m after part of the San Telmo mine collapsed early Monday."
)
LIVE = (
    "San Telmo mine collapse: live updates as rescuers drill towards 17 trapped miners\n\nLive · Updated 9 March "
    "2026\n\n9 March 2026\n\n14.05 GMT\nSeventeen are still trapped, officials said.\n\n08.10 GMT\nA gallery at the "
    "San Telmo mine collapsed before dawn. At least 15 miners are trapped."
)


def _one_row(
    rows: dict[str, list[tuple[str, str, tuple[str, ...]]]], noun: str
) -> list[tuple[str, str, tuple[str, ...]]]:
    found = [label for label in rows if noun in label]
    assert len(found) == 1, rows
    return rows[found[0]]


def test_reported_count_is_one_row() -> None:
    """t13y G2: "miners" 17 (wire, live headline) and "miners trapped" 15, 16 were two agreeing rows."""
    rows = _rows(WIRE, TV, LIVE)
    values = _one_row(rows, "miners")
    assert sorted(values) == [("a", "17", ()), ("b", "16", ()), ("c", "17", ("at least 15",))], rows


@pytest.mark.parametrize(
    "texts",
    [
        # other things, another verb, the next figure after the verb
        (
            "Twelve hikers were marooned 2,000 metres up the north face on Sunday.",
            "Eleven hikers are marooned on the mountain, the rescue service said.",
            "Hiking blog: rescuers head for 12 marooned hikers\n\n10:30\nTwelve are still marooned, rangers "
            "say.\n\n07:15\nAt least nine hikers are marooned.",
        ),
        # a headline's participle with no auxiliary, a reduced relative clause
        (
            "Forty workers trapped after tunnel flood\n\nForty workers were trapped 30 metres below the river.",
            "Rescuers tried to reach 38 workers trapped since the morning.",
            "Tunnel flood live\n\n16:00\nForty are still trapped.\n\n09:00\nAt least 30 workers are trapped.",
        ),
    ],
)
def test_variant_counts_are_one_row(texts: tuple[str, ...]) -> None:
    rows = _rows(*texts)
    values = _one_row(rows, "hikers" if "hikers" in texts[0] else "workers")
    docs = sorted(d for d, _v, _e in values)
    assert docs == ["a", "b", "c"], rows
    live = next(v for v in values if v[0] == "c")
    assert live[2], rows  # the live blog's latest entry, first said its earlier entry's value


def test_count_of_another_verb_keeps_its_row() -> None:
    """A count without a noun of another verb than the article's counts' is no value of them."""
    rows = _rows("Seventeen miners were trapped. Rescuers freed two. Four were injured.")
    assert [v for label, vs in rows.items() if "trapped" in label for v in vs] == [("a", "17", ())], rows
