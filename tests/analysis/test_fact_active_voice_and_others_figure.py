"""A figure's measure does not hang on its verb's voice, nor on whose deed the verb is, and a
figure the sentence sets against another's report is not its article's (issue #16, tester t13ar
N2, N3, N5). Active and passive of one stopping verb with one counted noun are one measure
("Ambulance services diverted 340 patients" and "340 patients were diverted": ``roles.done_to``);
the count before an active verb with its own object did the deed, nothing befell it ("five
hospitals have diverted 340 patients", "entered a fourth day": ``words.acts_on_object``); "than
the seven days the group announced" is the group's figure, the sentence's own being the one
compared with it (``earlier.cited_earlier``). The first case of each holds the reported wording;
the others are invented variants (other verbs, nouns, stories)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def rows(*texts: str) -> list[tuple[str, list[str]]]:
    return [(f.label, [value_text(v) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("texts", "label", "shown"),
    [
        pytest.param(
            (
                "Ambulance services diverted 340 patients to other hospitals.",
                "By Tuesday 340 patients were diverted to other hospitals.",
                "Ambulances have diverted 210 patients so far.",
            ),
            "patients diverted",
            ["340", "340", "210"],
            id="reported_diverted_patients",
        ),
        pytest.param(
            (
                "The airline delayed 1,200 passengers at Gatwick on Friday.",
                "In all 1,100 passengers were delayed at Gatwick, the airport said.",
            ),
            "passengers delayed",
            ["1,200", "1,100"],
            id="variant_delayed_passengers",
        ),
        pytest.param(
            (
                "The clinic is redirecting 75 patients to the county hospital.",
                "Eighty patients were redirected to the county hospital overnight.",
            ),
            "patients diverted",
            ["75", "80"],
            id="variant_redirecting_patients",
        ),
    ],
)
def test_active_and_passive_are_one_measure(texts: tuple[str, ...], label: str, shown: list[str]) -> None:
    got = rows(*texts)
    assert (label, shown) in got, got
    assert len(got) == 1, got


@pytest.mark.parametrize(
    ("texts", "noun"),
    [
        pytest.param(
            (
                "KVH runs five hospitals in the valley.",
                "The group's five hospitals have diverted 340 patients.",
                "Its five hospitals entered a fourth day on paper.",
            ),
            "hospitals",
            id="reported_hospitals",
        ),
        pytest.param(
            (
                "The port has 12 cranes on its quay.",
                "Its 12 cranes had loaded 40 ships by noon.",
            ),
            "cranes",
            id="variant_cranes_loaded_ships",
        ),
        pytest.param(
            (
                "The district has three schools.",
                "The three schools opened an inquiry on Monday.",
            ),
            "schools",
            id="variant_schools_opened_inquiry",
        ),
    ],
)
def test_a_subject_of_an_active_verb_keeps_its_row(texts: tuple[str, ...], noun: str) -> None:
    got = rows(*texts)
    labels = [label for label, _ in got if noun in label]
    assert labels == [noun], got


def test_have_lost_their_homes_still_befell_them() -> None:
    got = rows("Three families had lost their homes.", "Forty people had been evacuated a day earlier.")
    assert ("people evacuated", ["40"]) in got, got
    assert not any(label == "families" for label, _ in got), got


@pytest.mark.parametrize(
    ("texts", "own", "theirs"),
    [
        pytest.param(
            (
                "The ransomware kept the group's systems offline for seven days.",
                "The BlackTarn ransomware that hit Kessington Valley Health kept the group's systems "
                "offline for eight days, longer than the seven days the group announced, TechBeat "
                "has learned.",
            ),
            "8 days",
            "7 days",
            id="reported_eight_days",
        ),
        pytest.param(
            (
                "The airline cancelled 40 flights on Monday.",
                "The airline cancelled 55 flights, more than the 40 flights the airline said.",
            ),
            "55",
            "40",
            id="variant_flights_the_airline_said",
        ),
        pytest.param(
            (
                "The strike lasted 12 days.",
                "The strike lasted 15 days, longer than the 12 days the union had claimed.",
            ),
            "15 days",
            "12 days",
            id="variant_union_had_claimed",
        ),
    ],
)
def test_a_figure_set_against_anothers_is_not_the_articles(texts: tuple[str, ...], own: str, theirs: str) -> None:
    facts = sheet(*texts)
    assert len(facts) == 1, [(f.label, [value_text(v) for v in f.values]) for f in facts]
    by_doc = {v.doc: value_text(v) for v in facts[0].values}
    assert by_doc == {"a": theirs, "b": own}
    assert not facts[0].agree
