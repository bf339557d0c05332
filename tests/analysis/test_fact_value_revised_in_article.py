"""One article's value given and then revised is the article's later value, the earlier one its
``superseded`` value, in the same row (t13aq N5, N6: RailWatch's "first said the train was
travelling at about 140 km/h, then, later in the day, 160 km/h" kept 140 in ``speed (train)`` and
put 160 in a single-source row ``speed (km/h)``; "promised €120 million for signalling upgrades,
although a ministry spokesman … later put the figure at €150 million" kept 120 and put 150 in
``amount (EUR)``). A speed an instrument shows is the speed of the thing whose instrument it is
("The train's recorder showed it was travelling at 158 km/h" was ``speed (recorder)``). The first
case of each kind is the tester's (t13aq corpus); the others are invented variants (other units,
currencies, wordings and instruments)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        pytest.param(
            "Transport Minister Leonore Vasquez-Hollis first said the train was travelling at about 140 km/h, "
            "then, later in the day, 160 km/h. The limit on the curve is 100 km/h.",
            "160 km/h",
            "about 140 km/h",
            id="reported_speed",
        ),
        pytest.param(
            "The government has promised €120 million for signalling upgrades, although a ministry spokesman, "
            "Bartholomäus Ngata-Oyelaran, later put the figure at €150 million.",
            "€150 million",
            "€120 million",
            id="reported_money",
        ),
        pytest.param(
            "Police first said the lorry was doing about 80 mph, then, by the afternoon, 95 mph.",
            "95 mph",
            "about 80 mph",
            id="variant_speed_by_afternoon",
        ),
        pytest.param(
            "The coastguard initially said the ferry was sailing at 12 knots, and later 18 knots.",
            "18 kn",
            "12 kn",
            id="variant_speed_and_later",
        ),
        pytest.param(
            "The council pledged £2 million for flood defences, though a council spokeswoman later put the "
            "figure at £2.5 million.",
            "£2.5 million",
            "£2 million",
            id="variant_money_spokeswoman",
        ),
        pytest.param(
            "The city promised $40 million for road repairs. Officials later revised the figure to $45 million.",
            "$45 million",
            "$40 million",
            id="variant_money_next_sentence",
        ),
    ],
)
def test_a_revised_value_supersedes_the_first_in_its_row(text: str, later: str, earlier: str) -> None:
    rows = [f for f in sheet(text) if any(value_text(v) in (later, earlier) for v in f.values)]
    assert len(rows) == 1, [(f.label, [value_text(v) for v in f.values]) for f in rows]
    (value,) = rows[0].values
    assert value_text(value) == later
    assert [value_text(e) for e in value.earlier] == [earlier]
    assert not rows[0].label.startswith("amount"), rows[0].label


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            (
                "An AlpenRail intercity train derailed. The train's recorder showed it was travelling at 158 km/h.",
                "The train was travelling at 160 km/h, the minister said.",
            ),
            id="reported_recorder",
        ),
        pytest.param(
            ("The lorry's tachograph showed it was doing 70 mph.", "The lorry was travelling at 60 mph, police said."),
            id="variant_tachograph",
        ),
        pytest.param(
            (
                "The bus's data recorder indicated it was travelling at 95 km/h.",
                "Investigators said the bus was going at 90 km/h.",
            ),
            id="variant_data_recorder",
        ),
    ],
)
def test_an_instruments_speed_is_its_vehicles(texts: tuple[str, ...]) -> None:
    rows = [f for f in sheet(*texts) if f.label.startswith("speed")]
    assert len(rows) == 1, [(f.label, [value_text(v) for v in f.values]) for f in rows]
    assert rows[0].status == "disagree"
