"""Round s47-fx2 (review s47-rv, names findings 2, 3 and 12): fixes of round s47-e's rules.

- A numbered broadcaster's name ends before a job title or role word or a person's name:
  "Radio 1 DJ Greg James" is the ORG "Radio 1" and the PERSON "Greg James" (finding 2).
- "master of the X" makes X a vessel only with a vessel nearby (a craft word, a vessel verb) or
  X a vessel elsewhere in the text: "master of the Rolls" is no ship (finding 3).
- A possessive before "MS"/"MT"/"SS" is a ship's prefix only with a craft word or a vessel verb
  near ("Her MS Teams call" is no ship); a listed name that with the feature word is a country
  ("the Solomon and Marshall islands") is no LOC feature (finding 12).

The reviewer's reproductions first, then variants invented for each kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "outlet", "person"),
    [
        (  # reported (s47-rv 2, c-ent/a.txt)
            "MANILA - Radio 1 DJ Greg James joined the rally on Tuesday, and Channel 4 Chief Executive "
            "Alex Mahon spoke to reporters.",
            "Radio 1",
            "Greg James",
        ),
        (  # reported (s47-rv 2, c-ent/a.txt)
            "MANILA - Radio 1 DJ Greg James joined the rally on Tuesday, and Channel 4 Chief Executive "
            "Alex Mahon spoke to reporters.",
            "Channel 4",
            "Alex Mahon",
        ),
        (  # reported (s47-rv 2, c-ent2/a.txt)
            "Broadcasters cover the storm\n\nOn Channel 5 Mark Austin interviewed survivors.",
            "Channel 5",
            "Mark Austin",
        ),
        (  # variant: another title, another kind of outlet
            "Survivors told Radio 3 Presenter Hannah Ostrow that the water rose in minutes.",
            "Radio 3",
            "Hannah Ostrow",
        ),
        (  # variant: a name straight after the number, mid-sentence
            "Viewers of TV 2 Karen Lindqvist said the bridge had gone.",
            "TV 2",
            "Karen Lindqvist",
        ),
    ],
)
def test_numbered_outlet_stops_before_a_title_or_a_person(rec: Recognizer, text: str, outlet: str, person: str) -> None:
    found = names(rec, text)
    assert (outlet, "ORG") in found
    assert (person, "PERSON") in found


@pytest.mark.parametrize(
    ("text", "not_vessels"),
    [
        (  # reported (s47-rv 3, c-ent/a.txt)
            "She was made master of the Rolls, the judge said. He became a master of the Bundesliga. "
            "Newton was master of the Mint in 1699.",
            ["Rolls", "Bundesliga", "Mint"],
        ),
        (  # variant: other offices and skills
            "The ceremony was led by the master of the Household, and Okafor proved a master of the Premiership.",
            ["Household", "Premiership"],
        ),
    ],
)
def test_master_of_the_office_is_no_vessel(rec: Recognizer, text: str, not_vessels: list[str]) -> None:
    found = names(rec, text)
    for name in not_vessels:
        assert (name, "PRODUCT") not in found


def test_master_of_the_vessel_with_a_craft_word_nearby(rec: Recognizer) -> None:
    # variant: the craft word in the paragraph, the name read by no other rule
    text = "The trawler lost power off Sable Point. Jonas Reyes, master of the Ellorie, said the crew was safe."
    assert ("Ellorie", "PRODUCT") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "not_vessel"),
    [
        ("Her MS Teams call ended early. Rescuers reached the tug Kalinaw on Monday.", "Teams"),  # reported (12)
        ("Our SS Lazio season tickets arrived this week.", "Lazio"),  # variant
        ("Their MT Everest expedition was cancelled, the guide said.", "Everest"),  # variant
    ],
)
def test_possessive_before_a_short_prefix_needs_a_ship(rec: Recognizer, text: str, not_vessel: str) -> None:
    assert (not_vessel, "PRODUCT") not in names(rec, text)


def test_possessive_before_a_short_prefix_with_a_craft_word(rec: Recognizer) -> None:
    # variant: the vessel verb and the craft word make it a ship
    text = "The operator said its MV-class ferry was late; its MS Nordvik docked at noon."
    assert ("Nordvik", "PRODUCT") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "not_features"),
    [
        (  # reported (12, c-ent/a.txt: a known name elsewhere in the text)
            "The Solomon and Marshall islands sent observers. The Tigris and Euphrates rivers flooded.",
            ["Solomon", "Marshall"],
        ),
        ("SUVA, Fiji - Delegates from the Cook and Cayman islands arrived on Monday.", ["Cook", "Cayman"]),  # variant
        ("Kiribati said the Faroe and Solomon islands signed the accord.", ["Faroe", "Solomon"]),  # variant
    ],
)
def test_listed_islands_that_are_countries_are_no_features(rec: Recognizer, text: str, not_features: list[str]) -> None:
    found = names(rec, text)
    for name in not_features:
        assert (name, "LOC") not in found


def test_listed_islands_that_are_no_countries_stay_features(rec: Recognizer) -> None:
    found = names(
        rec, "The Sese and Buvuma islands flooded, Moses Okello said. The Solomon and Marshall islands helped."
    )
    assert ("Sese", "LOC") in found and ("Buvuma", "LOC") in found
