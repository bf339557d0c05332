"""A one-word firm's name no list knows ("Nordair", an invented airline) is an organisation
where the text makes it one: the subject of a speech or company verb ("Nordair said it would
pay", "Nordair confirms that", "Nordair is cooperating fully"), the object of a role ("who has
flown for Nordair", "works for Skyrell"), a modifier of a vehicle or a staff noun ("A Nordair
jet", "a Brisklo spokesperson"); and every mention of it in that article is the same entity
(t13ad N10: no entity in the press release, the feed item nor the short article). A person's
surname ("Moen said it" after "Halvard Moen"), a given name and a place ("in Kelvik") stay what
they are."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer.default()


_PRESS = (
    "FOR IMMEDIATE RELEASE\n"
    "{f} statement on flight NR418\n"
    "STAVENHOLM, 3 March 2026 - {f} confirms that flight NR418 from Kelvik to Porto Marena returned to "
    "Stavenholm airport this morning following an engine fire warning.\n"
    "All 184 passengers and 6 crew members left the aircraft. Eleven passengers received treatment for "
    "minor injuries.\n"
    "Every passenger on the flight will receive compensation of EUR 600.\n"
    "{f} is cooperating fully with the Civil Aviation Authority.\n"
    "About {f}\n"
    "{f} is a regional airline based in Kelvik, flying to 42 destinations with a fleet of 31 aircraft.\n"
)
_WIRE = (
    "{f} jet makes emergency landing at Stavenholm after engine fire\n\n"
    "STAVENHOLM, March 3, 2026 (Nordwire) - Flight NR418 from Kelvik to Porto Marena turned back 22 minutes "
    "into the flight. Nine people were injured during the evacuation, airport officials said.\n\n"
    "Captain Marit Eskeland, 52, who has flown for {f} for 21 years, declared an emergency at 08:14 local "
    "time, according to the Civil Aviation Authority. Halvard Moen, the authority's head of investigations, "
    'said: "The crew followed every procedure."\n\n'
    "{f} said it would pay each passenger €600 in compensation. Moen said it was too early to say more.\n"
)
_SHORT = (
    "{f} jet lands after engine fire\n\n"
    "A {f} jet with 182 passengers made an emergency landing at Stavenholm. Nine people were injured, "
    "airport officials said.\n"
)

# the reported airline and invented firms of other trades
_FIRMS = ["Nordair", "Skyrell", "Vantora"]


@pytest.mark.parametrize("firm", _FIRMS)
def test_a_press_release_names_its_firm_by_its_verbs(rec: Recognizer, firm: str) -> None:
    text = _PRESS.format(f=firm)
    got = [(text[m.start : m.end], m.label) for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == firm]
    # every mention: the headline, "X confirms", "X is cooperating", "About X", "X is a regional airline"
    assert got == [(firm, "ORG")] * 5, got


@pytest.mark.parametrize("firm", _FIRMS)
def test_a_wire_story_names_the_firm_a_pilot_flies_for_and_that_said_it(rec: Recognizer, firm: str) -> None:
    text = _WIRE.format(f=firm)
    found = names(rec, text)
    assert (firm, "ORG") in found, found
    got = [m.label for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == firm]
    assert got == ["ORG"] * 3, got
    # the surname of the person named in full speaks "it" too: still the person
    # (the recogniser finds no "Halvard Moen" in this paragraph, before and after round s37-x5:
    # another fault; the surname's ORG is what this test rules out)
    assert not any(label == "ORG" and "Moen" in name for name, label in found), found


@pytest.mark.parametrize("firm", _FIRMS)
def test_a_short_item_names_the_firm_by_its_jet(rec: Recognizer, firm: str) -> None:
    text = _SHORT.format(f=firm)
    got = [m.label for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == firm]
    assert got == ["ORG", "ORG"], got


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Officials spoke to reporters on Friday. A Brisklo spokesperson said the recall was voluntary.", "Brisklo"),
        ("The engineer, who works for Tovalent, raised the alarm in 2019 and was ignored.", "Tovalent"),
        ("Rain fell all week. Kordvik confirmed that its ferries would stay in port until Monday.", "Kordvik"),
        ("Halmstrand announced that it would close two of its plants by the end of the year.", "Halmstrand"),
        ("Two Ostrava trains were cancelled. Later, a Ferolin train left the depot on time.", "Ferolin"),
    ],
)
def test_other_outlets_wording_types_a_one_word_firm(rec: Recognizer, text: str, firm: str) -> None:
    assert (firm, "ORG") in names(rec, text), names(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        # a surname of a person named in full
        "Ingrid Solvang spoke first. Solvang said it was a hard week for the crew and their families.",
        # a given name alone
        "Her mother wept. Maria said it was the worst day of her life.",
        # a place the text names as one
        "Flights from Kelvik resumed. Kelvik confirmed that the runway was clear again.",
        # a place whose residents the text names
        "Residents of Varnheim were moved inland. Varnheim confirmed that the dyke had held overnight.",
    ],
)
def test_a_person_or_place_speaking_stays_no_firm(rec: Recognizer, text: str) -> None:
    assert not any(label == "ORG" for _, label in names(rec, text)), names(rec, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # after "the", a ground vehicle's word names a route or a vessel as often as an operator: the
        # Markdown fixture's "approved the Zephyrine ferry service" had become an ORG (lead, s37)
        ("The harbour council on Monday approved the Zephyrine ferry service, a plan debated since 2021.", "Zephyrine"),
        ("Commuters waited an hour for the Kelvingate train after a signal failed.", "Kelvingate"),
        ("Passengers on the Brindlemoor bus said the driver stopped twice.", "Brindlemoor"),
    ],
)
def test_the_before_a_ground_vehicle_makes_no_firm(rec: Recognizer, text: str, word: str) -> None:
    assert (word, "ORG") not in names(rec, text), names(rec, text)
