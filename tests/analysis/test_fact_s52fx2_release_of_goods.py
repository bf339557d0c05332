"""A release of a named stuff that is no pollutant (rice, wheat, aid) is no spill, and an unnamed
leak joins only a pollutant the story says spilled (review s52-rv finding 9, round s52-fx2: "The
release of 200 tonnes of rice" was an amount spilled and a fuel leak's 340 and 400 tonnes became
"rice released ... disagree"). The reviewer's input and a variant of my own (a verb, "released",
and wheat); s52-f's joins of an unnamed leak to oil or cyanide stay (its tests)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: sorted((v.doc, value_text(v)) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("a", "b", "goods"),
    [
        # found (s52-rv finding 9: tmp-rv/cg/a.txt, b.txt)
        (
            "About 340 tonnes leaked from the Coral Meridian after it struck the reef, officials said.",
            "The Coral Meridian struck the reef on Friday. The leak is estimated at 400 tonnes. The government"
            " approved the release of 200 tonnes of rice for the island's families.",
            "rice",
        ),
        # variant of my own: a verb of releasing, another food, litres
        (
            "Some 9,000 litres escaped from the ruptured pipeline overnight.",
            "The pipeline spill was put at 12,000 litres. Aid agencies released 3,000 litres of milk for the"
            " village's children.",
            "milk",
        ),
    ],
)
def test_goods_let_out_are_no_spill_an_unnamed_leak_joins(a: str, b: str, goods: str) -> None:
    rows = _rows(a, b)
    assert not any(goods in label and len(values) > 1 for label, values in rows.items()), rows
    assert f"{goods} released" not in rows or len(rows[f"{goods} released"]) == 1, rows
