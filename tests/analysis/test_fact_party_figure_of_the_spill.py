"""A figure a named party gives for the story's one spill is a value of the spill (t13az N3, round
s53-f2): "Northcastle Rail put the figure at 40,000 litres", "insists the figure is 40,000 litres",
"the rail company's figure of 40,000 litres", "Forty thousand litres is the correct figure" and
"the company kept to 40,000 litres" made a row "quantity (l)" marked agree, the spill's
disagreement (110,000 l against 40,000 l) shown by one outlet only. "The figure" is the story's
measure: such values join its row. Another stuff's quantity stays apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _rows(facts: list[Fact]) -> dict[str, list[tuple[str, float]]]:
    return {f.label: sorted((v.doc, float(v.value)) for v in f.values) for f in facts}


@pytest.mark.parametrize(
    ("texts", "label", "party"),
    [
        # reported (t13az: the wire's spill, the Courier, the live blog, CBV, Monitor Wire, the long read)
        pytest.param(
            (
                "The agency estimated that about 110,000 litres of styrene leaked into the river.",
                "The agency said about 110,000 litres of styrene and diesel reached the river. "
                "Northcastle Rail put the figure at 40,000 litres.",
                "REPA's Amara Okonkwo-Leith says about 110,000 litres reached the river. "
                "Northcastle Rail insists the figure is 40,000 litres.",
                "The environment agency says the spill was 110,000 litres, almost three times the rail "
                "company's figure of 40,000 litres.",
                '"Forty thousand litres is the correct figure," spokesperson Dmitri Vasquez-Hale said.',
            ),
            "styrene released",
            40000.0,
        ),
        # variants of my own: other stuff, units, parties and wordings
        pytest.param(
            (
                "Some 400 tonnes of fuel oil spilled from the tanker, the coast guard said.",
                "The shipowner put the figure at 150 tonnes.",
                "The coast guard's estimate is nearly three times the owner's figure of 150 tonnes.",
            ),
            "oil spilled",
            150.0,
        ),
        pytest.param(
            (
                "Fourteen tonnes of sodium cyanide leaked into the river, the regulator said.",
                "The mine operator insists its figure is nine tonnes.",
                '"Nine tonnes is the correct figure," a company spokesman said.',
            ),
            "sodium cyanide released",
            9.0,
        ),
    ],
)
def test_party_figure_joins_the_spill(texts: tuple[str, ...], label: str, party: float) -> None:
    facts = sheet(*texts)
    rows = _rows(facts)
    assert not any(k.startswith(("quantity", "mass")) for k in rows), rows
    [spill] = [f for f in facts if f.label == label]
    said = [float(v.value) for v in spill.values]
    # every article's party figure is in the spill's row, which disagrees
    assert said.count(party) == len(texts) - 1, rows
    assert spill.status == "disagree"


def test_other_stuffs_quantity_stays_apart() -> None:
    facts = sheet(
        "Some 110,000 litres of styrene leaked into the river.",
        "Firefighters used 40,000 litres of water on the blaze.",
    )
    rows = _rows(facts)
    assert rows.get("styrene released") == [("a", 110000.0)], rows


@pytest.mark.parametrize(
    ("texts", "label", "value"),
    [
        # reported (t13az: wire/northwire-1117's "40,000 litres had leaked", long/longread's "kept to")
        pytest.param(
            (
                "About 110,000 litres of styrene leaked into the river, the agency said.",
                "Northcastle Rail said 40,000 litres had leaked.",
                "The REPA estimate of the spill stood at 110,000 litres; the company kept to 40,000 litres.",
            ),
            "styrene released",
            40000.0,
            id="reported_kept_to",
        ),
        # a variant of my own: another stuff, verb and unit
        pytest.param(
            (
                "Some 400 tonnes of fuel oil spilled from the tanker.",
                "The owners said 150 tonnes had escaped.",
                "The coast guard's count stayed at 400 tonnes while the owners stuck with 150 tonnes.",
            ),
            "oil spilled",
            150.0,
            id="stuck_with_tonnes",
        ),
    ],
)
def test_restated_party_value_joins_the_spill(texts: tuple[str, ...], label: str, value: float) -> None:
    """A quantity of no measure restating a value the story gives its one spill is that value."""
    facts = sheet(*texts)
    rows = _rows(facts)
    assert not any(k.startswith(("quantity", "mass")) for k in rows), rows
    assert ("c", value) in rows[label], rows
