"""An amount spilled that names no stuff is the story's one stuff spilled, and a spill's noun whose
amount its clause gives is an amount spilled (t13av N4, round s52-f: a blog's "The TMSA says 340
tonnes leaked" was a row "amount spilled" and a monitor's "The Coral Meridian leak is estimated at
400 tonnes" a row "mass (t) · 400 t", both apart from *oil spilled*). The reported sentences and
two variants of my own; two stuffs spilled keep an unnamed amount apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: sorted((v.doc, value_text(v)) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("a", "b", "named", "label", "values"),
    [
        # found (t13av N4: posts/reefblog.md, hostile/reefmonitor_utf16.txt)
        (
            "The coral near the hull is coated in a black film. The TMSA says 340 tonnes leaked; my guess"
            " from the surface sheen is closer to 500.",
            "The Coral Meridian leak is estimated at 400 tonnes, the monitor said.",
            "The maritime safety authority says 340 tonnes of fuel oil leaked.",
            "oil spilled",
            [("a", "340 t"), ("b", "400 t"), ("c", "340 t")],
        ),
        # variants of my own: other verbs, nouns and units
        (
            "Divers said 12,000 litres had escaped by Tuesday.",
            "The spill has been put at 15,000 litres.",
            "Some 12,000 litres of diesel poured from the ruptured tank.",
            "oil spilled",
            [("a", "12,000 l"), ("b", "15,000 l"), ("c", "some 12,000 l")],
        ),
        (
            "The plant admits 15 tonnes were released overnight.",
            "Inspectors reported a leak of about 18 tonnes.",
            "About 15 tonnes of sodium cyanide solution leaked into the river.",
            "sodium cyanide released",
            [("a", "15 t"), ("b", "about 18 t"), ("c", "about 15 t")],
        ),
    ],
)
def test_an_unnamed_amount_spilled_joins_the_one_stuff(
    a: str, b: str, named: str, label: str, values: list[tuple[str, str]]
) -> None:
    rows = _rows(a, b, named)
    assert rows.get(label) == values, rows
    assert len(rows) == 1, rows


def test_two_stuffs_spilled_keep_an_unnamed_amount_apart() -> None:
    rows = _rows(
        "The company put the leak at 290 tonnes.",
        "About 300 tonnes of fuel oil leaked. Some 15 tonnes of sodium cyanide escaped too.",
    )
    assert ("a", "290 t") not in rows.get("oil spilled", []), rows
    assert ("a", "290 t") not in rows.get("sodium cyanide released", []), rows
