"""The weather's temperature is one measure, a thing's temperature its own, and money demanded is
its demander's (issue #16, t13aa K4/K5, round s35-fb): "temperatures in the city reached 39C" and
"Thermometers in the city centre showed 41C" in long articles are one row ``temperature`` in
disagreement (two rows "temperature (°C)" before), "the steel reached 52 °C" is the steel's; the
families' lawyers' €20m claim is the families', the union's €50,000 per family a rate apart, "a pay
rise of €2,000 a year" a demand, and "The company offered €800" the rail company's, never the
government's."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str, unit: str = "") -> dict[str, list[tuple[str, str]]]:
    """label → [(doc, value)], sorted; only rows of values in ``unit`` (any when empty)."""
    return {
        f.label: sorted((v.doc, value_text(v)) for v in f.values)
        for f in sheet(*texts)
        if not unit or any(v.unit == unit for v in f.values)
    }


FILLER = (
    "Rescue teams searched the water through the night. Police closed the roads around the site, and "
    "the mayor asked residents to stay away from the river banks until engineers had inspected them."
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the tester's sentences (t13aa K4, repro v4b)
        (
            "Nine people were killed when a section of the Corvenna Bridge collapsed into the river Aske on "
            "Tuesday afternoon, as temperatures in the city reached 39C.",
            "Thermometers in the city centre showed 41C.",
        ),
        # other words, other names
        (
            "The old viaduct at Harnby gave way on Monday, as the heatwave pushed temperatures to 38C.",
            "The mercury hit 42C in Harnby by mid-afternoon.",
        ),
        (
            "A footbridge over the Varn collapsed at noon while temperatures across Osterby reached 36C.",
            "The temperature in Osterby reached 40C, forecasters said.",
        ),
        (
            "The rail bridge at Velby buckled in the afternoon, when the town recorded 37 °C.",
            "The air in Velby hit 39 °C, and the streets emptied.",
        ),
    ],
)
def test_air_temperatures_of_long_articles_are_one_row(first: str, second: str) -> None:
    rows = _rows(f"{first} {FILLER}", f"{FILLER} {second} Divers were still at work.", unit="°C")
    assert list(rows) == ["temperature"], rows
    assert [d for d, _v in rows["temperature"]] == ["a", "b"], rows


@pytest.mark.parametrize(
    ("thing_text", "label"),
    [
        ("Engineers say the steel reached 52 °C on the day.", "temperature of the steel"),
        ("The bridge's sensors recorded 48 °C, an engineer said.", "temperature of the bridge"),
        ("The asphalt hit 61 °C by noon, the council said.", "temperature of the asphalt"),
    ],
)
def test_a_things_temperature_stays_apart(thing_text: str, label: str) -> None:
    rows = _rows(
        f"The bridge collapsed as temperatures in the city reached 39C. {FILLER}",
        f"{FILLER} {thing_text}",
        unit="°C",
    )
    assert sorted(rows) == sorted(["temperature", label]), rows
    assert [d for d, _v in rows["temperature"]] == ["a"] and [d for d, _v in rows[label]] == ["b"], rows


@pytest.mark.parametrize(
    ("lawyers", "claim"),
    [
        # the tester's (t13aa K5, repro v5)
        (
            "The contractor, Ostmark Steelworks Ltd, refused to pay the €20 million compensation demanded by "
            "the families' lawyers.",
            "The families are demanding €20m from Ostmark. Ostmark has turned down the claim.",
        ),
        (
            "Halvik Mining rejected the $3 million settlement sought by the victims' attorneys.",
            "The victims are demanding $3m from Halvik Mining.",
        ),
        (
            "Ostmark Steelworks Ltd has rejected a €20 million claim from the families.",
            "The families are demanding €20m from Ostmark.",
        ),
        (
            "The insurer will not pay the £500,000 payout claimed by the residents' solicitors.",
            "The residents want £500,000 from the insurer.",
        ),
    ],
)
def test_an_agents_demand_is_its_principals(lawyers: str, claim: str) -> None:
    rows = _rows(lawyers, claim)
    demanded = {k: v for k, v in rows.items() if k.startswith("money demanded")}
    assert len(demanded) == 1, rows
    (label, values) = next(iter(demanded.items()))
    assert [d for d, _v in values] == ["a", "b"], rows
    assert "compensation" not in label and "settlement" not in label and "payout" not in label, label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Ministry pledged €6 million, while the union demanded €50,000 for each family.", "per family"),
        ("The council pledged $2 million, while the association demanded $10,000 per victim.", "per victim"),
        ("The state promised £1m, while the union demanded £5,000 for every household.", "per household"),
    ],
)
def test_an_amount_per_recipient_is_a_rate(text: str, label: str) -> None:
    rows = _rows(text, "The families are demanding €20m from Ostmark.")
    assert any(k.startswith("money demanded " + label) for k in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Rail workers walked out on Tuesday. The union is demanding a pay rise of €2,000 a year, which the rail "
        "company has refused. The company offered €800.",
        "Nurses walked out on Monday. Their union wants a pay increase of £1,500 a year, which the hospital "
        "company has rejected. The company offered £600.",
        "Drivers stopped work at dawn. The union is seeking a pay rise of $3,000 a year, which the bus "
        "company has refused. The company offered $900.",
    ],
)
def test_a_pay_claim_is_demanded_and_an_offer_its_firms(text: str) -> None:
    rows = _rows("The Ministry pledged €6 million to the families.", text)
    demanded = [k for k in rows if k.startswith("money demanded per year")]
    assert demanded, rows
    assert not any(k.startswith("money pledged per year") for k in rows), rows
    government = rows.get("money pledged (the government)", rows.get("money pledged", []))
    assert [d for d, _v in government] == ["a"], rows
    firm = [k for k in rows if k.endswith(" company)")]
    assert firm and [d for d, _v in rows[firm[0]]] == ["b"], rows
