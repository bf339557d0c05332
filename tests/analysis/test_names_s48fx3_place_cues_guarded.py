"""Guards for the place cues of round s48-e (review s48-rve findings 1-3, round s48-fx3): a list
after "at", "to" or "of" is a list of places only after a word of going, of a stop or of a place's
people, and never when a member names a firm or a club; "from X to <town>" makes X a place only
after a verb of going; the verbs of going on foot read a place only where a journey has both its
ends, and never a body's name. Each reported sentence with variants of other names and layouts."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _places(found: set[tuple[str, str]]) -> set[str]:
    return {name for name, label in found if label in ("GPE", "LOC")}


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # reported (review s48-rve finding 1)
        ("Customers of Orange, Vodafone and Telefonica complained about the outage.", {"Vodafone", "Telefonica"}),
        ("The bank lent money to Chelsea, Arsenal and Tottenham.", {"Chelsea", "Arsenal"}),
        ("Bets on Arsenal, Chelsea and Liverpool rose.", {"Arsenal", "Chelsea"}),
        ("The defeats at Arsenal, Chelsea and Brighton hurt the manager.", {"Arsenal", "Chelsea"}),
        ("Supporters of Liverpool, Everton and Celtic gathered.", {"Everton", "Celtic"}),
        ("Complaints were made to Ofcom, Ipso and Westminster council.", {"Ofcom", "Ipso"}),
        ("Visits to Disneyland, Universal and Orlando are up.", {"Disneyland", "Universal"}),
        ("Payments to Glencore, Trafigura and Geneva traders were probed.", {"Glencore", "Trafigura"}),
        # variants: other firms, clubs and verbs
        ("Shareholders of Santander, Monzo and Starling were told to wait.", {"Monzo", "Starling"}),
        # (Fulham and Southampton are listed towns, GPE by the city list alone, as Tottenham above)
        ("The league sent letters to Wolves, Fulham and Southampton on Friday.", {"Wolves"}),
        ("Fans gathered at Sainsbury, Lidl and Hamilton stores.", {"Sainsbury", "Lidl"}),
        ("Shares in Acme Ltd, Norvex and Leeds rose.", {"Acme Ltd", "Norvex"}),
    ],
)
def test_a_list_after_to_at_of_with_one_town_is_no_list_of_places(
    rec: Recognizer, text: str, not_places: set[str]
) -> None:
    found = names(rec, text)
    assert not (_places(found) & not_places), found


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        # reported (finding 2)
        ("He transferred from Celtic to Barcelona in 2004.", "Celtic"),
        ("Customers switched from Vodafone to Orange last year.", "Vodafone"),
        ("The baton passed from Johnson to Austin in the relay.", "Johnson"),
        # variants: a loan, a hand-over, a change of bank
        ("The defender was loaned from Brentwick to Milan for a season.", "Brentwick"),
        ("Power was handed from Okonjo to Lagos officials.", "Okonjo"),
        ("She changed her account from Nortbank to Santander.", "Nortbank"),
    ],
)
def test_from_x_to_a_town_without_going_makes_no_place(rec: Recognizer, text: str, not_place: str) -> None:
    found = names(rec, text)
    assert not_place not in _places(found), found


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # reported (finding 3)
        ("Users migrated from Twitter to Mastodon after the takeover.", {"Mastodon"}),
        ("Many users migrated from Twitter to Bluesky.", {"Bluesky"}),
        ("Staff migrated from Slack to Teams.", {"Slack", "Teams"}),
        ("He walks from Downing Street to Parliament.", {"Parliament"}),
        ("Protesters marched to Parliament on Saturday.", {"Parliament"}),
        ("Developers migrated to GitHub after the outage.", {"GitHub"}),
        ("Many users have migrated to Bluesky since then.", {"Bluesky"}),
        ("He rode to Tesco on his bike.", {"Tesco"}),
        ("The striker walked to Ronaldo and shook his hand.", {"Ronaldo"}),
        ("Fans walked to Anfield before the game.", {"Anfield"}),
        ("The march to Brexit was long.", {"Brexit"}),
        ("Mandela wrote Long Walk to Freedom in prison.", {"Freedom"}),
        ("He walked to Messi and embraced him.", {"Messi"}),
        # variants: other platforms, buildings and people
        ("Thousands of gamers migrated from Steam to Epic last month.", {"Epic"}),
        ("Nurses marched to Congress to demand higher pay.", {"Congress"}),
        ("The goalkeeper jogged over and walked to Salah after the whistle.", {"Salah"}),
        ("Teachers marched from Trafalgar Square to the Ministry of Education.", {"Ministry of Education"}),
    ],
)
def test_verbs_of_walking_and_migrating_make_no_place_of_any_name(
    rec: Recognizer, text: str, not_places: set[str]
) -> None:
    found = names(rec, text)
    assert not (_places(found) & not_places), found
