"""Round s47-e (issue #16): three kinds of names.

- A broadcaster named by its channel's or station's number, a place or programme after it, is
  one ORG whole ("Channel 5 Luzon News", t13an N11 / t13anr: an ORG "Luzon News").
- A vessel named after a harbour craft's kind ("the tug Kalinaw"), a ship's prefix after a
  possessive or a craft's kind ("its tug MT Kalinaw") or "master of the" is a PRODUCT, as the
  project types vessels ("the MV Santa Rosalind"), and its bare mentions follow (t13anr C: a
  PERSON "Kalinaw").
- A line-up marking its captain or goalkeeper in brackets ("Kyzlasov (capt)") is still a
  line-up: every player a PERSON (held-out 40's bandy final, 17 players no names).

The reported inputs first, then variants invented for each kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "outlet", "not_name"),
    [
        (  # reported (t13an N11)
            "Channel 5 Luzon News live desk\n\nRescuers reached the ferry at dawn.\n\n"
            "Follow Channel 5 Luzon News on Facebook and X.\n",
            "Channel 5 Luzon News",
            "Luzon News",
        ),
        (
            "The sinking was first reported by Radio 7 Mindanao Today on its morning bulletin.",
            "Radio 7 Mindanao Today",
            "Mindanao Today",
        ),
        ("Footage aired by TV 2 Bergen Nyheter showed the hull.", "TV 2 Bergen Nyheter", "Bergen Nyheter"),
    ],
)
def test_numbered_outlet_is_one_org(rec: Recognizer, text: str, outlet: str, not_name: str) -> None:
    found = names(rec, text)
    assert (outlet, "ORG") in found
    assert not any(name == not_name for name, _ in found)


def test_numbered_outlet_stops_before_a_weekday(rec: Recognizer) -> None:
    found = names(rec, "Channel 4 News said on Monday it had seen the report. TV 2 Tuesday viewers wrote in.")
    assert ("Channel 4 News", "ORG") in found
    assert ("TV 2", "ORG") in found


def test_a_longer_broadcaster_keeps_its_name(rec: Recognizer) -> None:
    assert ("BBC Radio 4", "ORG") in names(rec, "The minister spoke on BBC Radio 4 this morning.")


@pytest.mark.parametrize(
    ("text", "vessel"),
    [
        (  # reported (t13anr C, bluewake-statement)
            "BOAC, March 15, 2026 — Bluewake Towage Corp. said its tug MT Kalinaw joined the rescue on Sunday.\n\n"
            '"We reached them at first light," Arnel Buhain, master of the Kalinaw, said.\n',
            "Kalinaw",
        ),
        (  # reported (t13anr C, pierside-0315b)
            "BOAC, Marinduque — The tug Kalinaw reached the ferry after sunrise.\n\n"
            '"We lost precious hours," said Captain Arnel Buhain of the tug Kalinaw.\n',
            "Kalinaw",
        ),
        (
            "Harbour Marine said its tug MT Dalisay towed the barge clear. Dalisay returned to port at noon.",
            "Dalisay",
        ),
        (
            "Ramon Dizon, master of the Bagong Pag-asa, said the crew was safe. The Bagong Pag-asa docked later.",
            "Bagong Pag-asa",
        ),
        ("The lifeboat Mariam Rose reached them within an hour. Crews praised Mariam Rose.", "Mariam Rose"),
        ("The dredger Tala Bituin joined the search, and Tala Bituin returned at dusk.", "Tala Bituin"),
    ],
)
def test_vessel_after_a_craft_cue_is_a_product(rec: Recognizer, text: str, vessel: str) -> None:
    found = names(rec, text)
    assert (vessel, "PRODUCT") in found
    assert (vessel, "PERSON") not in found


def test_a_ship_prefix_needs_a_ship(rec: Recognizer) -> None:
    # "MS" after a possessive that is no ship: a person's diagnosis, no vessel
    found = names(rec, "She said her MS diagnosis came late, Rosa Lim told the inquiry.")
    assert not any(label == "PRODUCT" for _, label in found)


@pytest.mark.parametrize(
    ("line", "players"),
    [
        (  # reported (held-out 40)
            "Tigir: Sunchugashev; Chaptykov, Kuzhakov, Topoev, Ignatenko; Shilov (Tugzhekov, 31), Butanaev, "
            "Kyzlasov (capt), Ulturgashev; Mainagashev, Kilchichakov.",
            ["Sunchugashev", "Chaptykov", "Tugzhekov", "Kyzlasov", "Kilchichakov"],
        ),
        (
            "Vodnik: Korelin (gk); Aksenov, Bratov, Lapin, Orlov (c); Sanin, Pestov (Fokin 70), Zorin; Ilin, Dyakov, Matveev.",
            ["Korelin", "Orlov", "Fokin", "Dyakov", "Matveev"],
        ),
        (
            "Kalmar Wings: Lundqvist; Berg, Holmgren (C), Ek, Sjö; Åkesson, Hed, Ny (Falk 64); Rask, Vall, Tor.",
            ["Lundqvist", "Holmgren", "Falk", "Rask", "Vall"],
        ),
    ],
)
def test_lineup_with_a_role_mark(rec: Recognizer, line: str, players: list[str]) -> None:
    found = names(rec, f"The home side won 5-3 on Saturday.\n\n{line}\n")
    for player in players:
        assert (player, "PERSON") in found


@pytest.mark.parametrize(
    ("text", "features"),
    [
        # reported (held-out 40: "Attaran" no name)
        ("Key points - The Attaran and Gyaing rivers are above danger level.", ["Attaran", "Gyaing"]),
        ("Water from the Kwale and Ndogo lakes is unsafe to drink, officials said.", ["Kwale", "Ndogo"]),
        ("Boats left the Sese and Buvuma islands at dawn, Moses Okello said.", ["Sese", "Buvuma"]),
    ],
)
def test_names_before_a_plural_feature_kind_are_places(rec: Recognizer, text: str, features: list[str]) -> None:
    found = names(rec, text)
    for feature in features:
        assert (feature, "LOC") in found


def test_an_article_before_a_listed_kind_is_no_name(rec: Recognizer) -> None:
    found = names(rec, "The Busia, Namayingo and Mayuge districts flooded, the ministry said.")
    for district in ("Busia", "Namayingo", "Mayuge"):
        assert (district, "GPE") in found
