"""A byline whose name and date are joined by a preposition ("By Robert Andrews on 01/10/2016 7:37
PM @robertandrews", "Von Anna Lind am 3. Juni 2026", "Par Jean Dupont le 14 mars 2025"), and other
stories' cards stamped with such a byline under a "Recent Videos" header (unseen33 beettv-1, issue
#14, round s38-a: the byline and twelve cards of headline, "by Andy Plesser on 01/10/2016" and a
summary, 37 lines, stayed the article's: plain-text boilerplate dropped 0.879 on that half). The
reported shape written anew and variants of other wordings and languages; a sentence opening "By"
and a date in prose stay the article's."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, assert_article_kept, kinds

_HEADLINE = "Ferry Operator's New Chief Targets Night Crossings"
_HEADLINES = [
    "Harbour Board to Double Its Video Output This Year",
    "Port Authority Joins Rail Firm for a Freight Platform",
    "Next for Halvik Ferries: Deeper Routes via New Partners",
    "Why the Old Town Market Is Building a Night Trade",
    "Fishing Fleet Finds a Buyer for Its Winter Catch",
    "The Courier Will Print a Weekly Edition Again, Its Editor Says",
    "Bridge Repairs Slip Into Spring After a Wet Autumn",
    "Airport Readies Expansion to Two New Routes",
]
# Each summary cut off as a card shows it: a paragraph of some forty words, its last sentence unended.
_SUMMARIES = [
    f"HALVIK — {s} The board says more will follow and that the first results are due before the summer, when"
    for s in (
        "The harbour board wants to make more video this year to catch up with demand, says its head of content.",
        "At the trade fair this week, the port authority and a rail firm previewed a platform for small shippers.",
        "For the ferry company, the new year will bring deeper routes through closer work with two partners.",
        "The old town market, a daytime trade for a century, opened at night in October for the first time.",
        "The fishing fleet has signed a contract with a buyer in the south for the whole of its winter catch.",
        "The Courier, which stopped its printed edition three years ago, will print a weekly paper again.",
        "Repairs to the old bridge over the river will not be finished before spring after weeks of heavy rain.",
        "The airport has agreed terms with two airlines for new routes to the capital and to the islands.",
    )
]


# A small site's page: a search link over the headline, a short footer under the cards.
_TOP = ["Search"]
_BOTTOM = ["About", "Events", "Sponsorships", "Contact Us", "Privacy Policy", "Copyright (C) 2016 Halvik Media, LLC."]


def _page(byline: str, header: str, stamps: list[str]) -> list[str]:
    cards = [line for h, s, b in zip(_HEADLINES, stamps, _SUMMARIES, strict=True) for line in (h, s, b)]
    return [*_TOP, _HEADLINE, byline, *PARAS, header, *cards, *_BOTTOM]


def _assert_cards_dropped(got: dict[str, str], stamps: list[str]) -> None:
    assert_article_kept(got)
    assert got[_HEADLINE] == "content"
    for line in (*_HEADLINES, *stamps, *_SUMMARIES):
        assert got[line] != "content", line


def _stamps(pattern: str, names: tuple[str, str], days: list[str]) -> list[str]:
    """One stamp a card, two writers taking turns, each day on two cards (a box of the latest stories)."""
    return [pattern.format(name=names[k % 2], day=days[k // 2]) for k in range(len(_HEADLINES))]


@pytest.mark.parametrize(
    ("byline", "header", "stamps"),
    [
        # The reported shape: "by NAME on MM/DD/YYYY" under each card's headline.
        (
            "By Robert Andrews on 01/10/2016 7:37 PM @robertandrews",
            "Recent Videos",
            _stamps(
                "by {name} on {day}",
                ("Robert Andrews", "Andy Plesser"),
                ["01/10/2016", "01/09/2016", "01/08/2016", "01/07/2016"],
            ),
        ),
        # Another site's wording: the month's name, "at" a time.
        (
            "By Jane Roe on March 14, 2025 at 9:27 am",
            "Latest Articles",
            _stamps(
                "By {name} on {day}",
                ("Tom Hale", "Jane Roe"),
                ["March 14, 2025", "March 13, 2025", "March 12, 2025", "March 11, 2025"],
            ),
        ),
        # German: "Von NAME am DATE".
        (
            "Von Anna Lind am 3. Juni 2026 um 10:12 Uhr",
            "Mehr zum Thema",
            _stamps(
                "Von {name} am {day}",
                ("Jonas Weber", "Eva Schulz"),
                ["3. Juni 2026", "2. Juni 2026", "1. Juni 2026", "31. Mai 2026"],
            ),
        ),
    ],
)
def test_cards_stamped_with_a_byline_and_date_go(byline: str, header: str, stamps: list[str]) -> None:
    got = kinds("\n".join(_page(byline, header, stamps)) + "\n")
    _assert_cards_dropped(got, stamps)
    assert got[byline] == "byline"
    assert got[header] != "content"


@pytest.mark.parametrize(
    "byline",
    [
        "By Robert Andrews on 01/10/2016 7:37 PM @robertandrews",
        "By Jane Roe on March 14, 2025",
        "Par Jean Dupont le 14 mars 2025 à 10:12",
        "Por Lucía Fernández el 3 de junio de 2026",
        "Door Jan de Vries op 14 maart 2025",
    ],
)
def test_byline_joining_name_and_date_by_a_preposition(byline: str) -> None:
    got = kinds("\n".join([*_TOP, _HEADLINE, byline, *PARAS, *_BOTTOM]) + "\n")
    assert_article_kept(got)
    assert got[_HEADLINE] == "content"
    assert got[byline] == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday on 14 March 2025 the council had approved the whole plan.",
        "By the time the vote was held on March 14, 2025, most members had left the chamber.",
    ],
)
def test_a_sentence_opening_by_stays(line: str) -> None:
    got = kinds("\n".join([*MENU, _HEADLINE, *PARAS[:2], line, *PARAS[2:], *FOOTER]) + "\n")
    assert_article_kept(got)
    assert got[line] == "content"
