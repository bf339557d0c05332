"""One amount released, one row (#16, t13am N1). The tonnes of sodium cyanide spilled (9 / 12 / 14 /
15) were spread over four rows: "sodium cyanide released", "mass (t)", "sodium cyanide solution
released" and "amount spilled"; a figure an outlet cited as the first report ("more than the 12
tonnes officials first estimated", "not the 12 tonnes first reported") was a claim of its own, so
the outlet disagreed with itself; "three tonnes more than officials had said" was a value. A cited
or denied figure is the earlier value of its sentence's figure; a stuff's solution is that stuff;
entering the river is spilling; a headline's amount said again of the stuff is the article's
amount; a difference is no amount. The texts are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def rows(facts: list[Fact]) -> dict[str, tuple[str, list[float], list[list[float]]]]:
    """label → (status, values in doc order, each value's earlier values) of the sheet's rows."""
    return {
        f.label: (
            f.status,
            [float(v.value) for v in sorted(f.values, key=lambda v: v.doc)],
            [[float(e.value) for e in v.earlier] for v in sorted(f.values, key=lambda v: v.doc)],
        )
        for f in facts
    }


@pytest.mark.parametrize(
    ("texts", "label", "values", "earlier"),
    [
        # reported (t13am): EcoWire's and Nordwire's cited 12 tonnes
        (
            [
                "Orrin chief executive Markus Tellerby said on Wednesday that 15 tonnes of sodium cyanide leaked"
                " into the Vessna River, more than the 12 tonnes officials first estimated.",
                "Thirty-three people were in hospital on Thursday, as Orrin Chemicals AG said 15 tonnes of sodium"
                " cyanide had leaked, not the 12 tonnes first reported.",
                "Twelve tonnes of sodium cyanide escaped from a storage tank into the Vessna River.",
            ],
            "sodium cyanide released",
            [15.0, 15.0, 12.0],
            [[12.0], [12.0], []],
        ),
        # variants: a count "rather than the 300 people initially reported"; money "the … the council first
        # estimated"
        (
            [
                "Police said 340 people were evacuated, rather than the 300 people initially reported.",
                "About 340 people were evacuated from the valley.",
            ],
            "people evacuated",
            [340.0, 340.0],
            [[300.0], []],
        ),
        (
            [
                "The repair cost came to $5.2 million, more than the $4 million the council first estimated.",
                "The repair cost came to $5.2 million, officials said.",
            ],
            "repair cost",
            [5.2e6, 5.2e6],
            [[4e6], []],
        ),
    ],
)
def test_a_cited_first_report_is_the_earlier_value(
    texts: list[str], label: str, values: list[float], earlier: list[list[float]]
) -> None:
    got = rows(sheet(*texts))
    assert got[label][1:] == (values, earlier), got
    # no row holds the cited figure as a claim of its own
    cited = {e for es in earlier for e in es}
    assert not any(cited & set(vals) for lab, (_s, vals, _e) in got.items() if lab != label), got


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        # reported (t13am): "sodium cyanide solution were released", "entered the river", a headline's
        # bare "15 tonnes leaked" over the body's "15 tonnes of sodium cyanide had leaked"
        (
            [
                "Orrin Chemicals AG today confirmed that approximately 9 tonnes of sodium cyanide solution were"
                " released from a storage tank.",
                "Officials say 14 tonnes of sodium cyanide entered the river.",
                "Kaldmoor cyanide toll rises as Orrin admits 15 tonnes leaked\n\nOrrin Chemicals AG said 15 tonnes"
                " of sodium cyanide had leaked.",
                "Twelve tonnes of sodium cyanide escaped from a storage tank into the Vessna River.",
            ],
            "sodium cyanide released",
            [9.0, 14.0, 15.0, 12.0],
        ),
        # variants: litres of a chlorine solution (a headline's bare "800 litres leaked" over it) and
        # chlorine that entered a river; a headline's bare amount over its body's ammonia
        (
            [
                "Firm admits 800 litres leaked\n\nAbout 800 litres of chlorine solution leaked from the pool plant.",
                "Some 650 litres of chlorine entered the river, the agency said.",
            ],
            "chlorine released",
            [800.0, 650.0],
        ),
        (
            [
                "Firm admits 15 tonnes leaked\n\nAbout 15 tonnes of ammonia leaked from the plant.",
                "Some 12 tonnes of ammonia escaped.",
            ],
            "ammonia released",
            [15.0, 12.0],
        ),
    ],
)
def test_one_stuff_released_is_one_row(texts: list[str], label: str, values: list[float]) -> None:
    got = rows(sheet(*texts))
    assert got[label][:2] == ("disagree", values), got
    # every figure of the stuff is in that row (no "mass (t)" nor "amount spilled" row beside it)
    assert [lab for lab in got if lab != label and "hospital" not in lab] == [], got


@pytest.mark.parametrize(
    "text",
    [
        # reported (t13am): "three tonnes more than officials had said"
        "Markus Tellerby admitted that 15 tonnes of sodium cyanide had leaked into the river, three tonnes more"
        " than officials had said in the morning.",
        # variants: money less than, a count fewer than
        "The council will spend €12 million on the road, €2 million less than it asked for.",
        "The firm cut 260 jobs this year, 40 jobs fewer than last year.",
    ],
)
def test_a_difference_is_no_amount(text: str) -> None:
    got = rows(sheet(text))
    assert not any(v in (3.0, 2e6, 40.0) for _s, vals, _e in got.values() for v in vals), got


def test_other_stuff_and_amounts_held_stay_apart() -> None:
    """No false disagreement: dead fish, the stock a plant stores, aid that entered a city."""
    got = rows(
        sheet(
            "About 15 tonnes of cyanide leaked into the river. Roughly 3.2 tonnes of dead fish were collected.",
            "The plant stores 400 tonnes of cyanide. Some 12 tonnes of cyanide escaped.",
            "Some 200 tonnes of aid entered the city on Monday.",
        )
    )
    assert got["cyanide released"][:2] == ("disagree", [15.0, 12.0]), got
    assert not any(400.0 in vals or 3.2 in vals or 200.0 in vals for _s, vals, _e in [got["cyanide released"]])
    assert not any(lab.endswith("released") for lab in got if lab != "cyanide released"), got
