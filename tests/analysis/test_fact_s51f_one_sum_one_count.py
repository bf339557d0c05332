"""Same-figure splits left by s50-f (t13as N4, round s51-f):

- a cost of nothing its clause names ("the bill is €1.1 billion") is the damage or losses another
  article puts at that very sum, not a single-source row "cost" beside *damage*; a cost of a named
  thing ("Repairs … will cost") and a different sum stay apart (test_fact_cost_not_damage);
- an article's headline count of a deed's things narrowed by a modifier ("halts 4,200 European
  flights") says again its text's count of that deed ("cancelled 4,200 flights"): no row
  "european flights cancelled" of its own.

Reported inputs and two variants of my own each."""

from __future__ import annotations

import pytest
from fact_helpers import Art, sheet

from waic_reader.index.analysis.facts import Fact, fact_sheet


def titled_sheet(*texts: str) -> list[Fact]:
    """The fact sheet of one article per text, each text's first line its title."""
    return fact_sheet([(Art(chr(ord("a") + i), t), []) for i, t in enumerate(texts)])


@pytest.mark.parametrize(
    "texts",
    [
        (  # reported (hostile-bulletin, skyledger-feed)
            "Eurocontrol cancelled 4,200 flights; the bill is €1.1 billion.",
            "IATA put the industry's losses at €1.1 billion for three days of closures.",
        ),
        (
            "The total bill came to £2 billion, the Treasury said.",
            "Losses from the floods were put at £2 billion by insurers.",
        ),
        (
            "The port stayed shut for a week. The bill is $300 million, the minister said.",
            "Insurers estimated the damage at $300 million.",
        ),
    ],
    ids=["reported", "total-bill", "bill-after-closure"],
)
def test_an_unnamed_cost_is_the_damage_of_that_sum(texts: tuple[str, ...]) -> None:
    rows = [f for f in sheet(*texts) if f.values[0].kind == "money"]
    assert [(f.label, sorted(v.doc for v in f.values)) for f in rows] == [("damage", ["a", "b"])]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Repairs to the bridge will cost $300 million, the council said.",
            "Insurers estimated the damage from the storm at $300 million.",
        ),
        ("The bill is $40 million, the council said.", "Insurers estimated the damage at $90 million."),
    ],
    ids=["named-thing", "other-sum"],
)
def test_a_named_cost_or_another_sum_stays_apart(texts: tuple[str, ...]) -> None:
    rows = [f for f in sheet(*texts) if f.values[0].kind == "money"]
    assert len(rows) == 2


@pytest.mark.parametrize(
    "texts",
    [
        (  # reported (reuters-wire)
            "Iceland volcano kills two, ash cloud halts 4,200 European flights\n\nA volcano erupted on"
            " Wednesday, throwing up an ash cloud that grounded about 4,200 flights across northern Europe,"
            " officials said.\n\nEurocontrol said airlines had cancelled 4,200 flights by 0900 GMT.",
            "Ash cloud\n\nAbout 4,200 flights were cancelled across Europe, Eurocontrol said.",
        ),
        (
            "Strike grounds 350 domestic flights\n\nThe pilots' strike forced the airline to cancel 350 flights"
            " on Monday, the company said.",
            "Pilots strike\n\nThe airline cancelled 350 flights on Monday.",
        ),
        (
            "Blizzard scraps 900 international flights\n\nThe airport cancelled 900 flights on Tuesday, its"
            " operator said.",
            "Blizzard\n\nSome 900 flights were cancelled on Tuesday at the airport.",
        ),
    ],
    ids=["reported", "domestic", "international"],
)
def test_a_headlines_narrowed_count_is_its_texts_count(texts: tuple[str, ...]) -> None:
    rows = [f for f in titled_sheet(*texts) if "flights" in f.label]
    assert [(f.label, sorted({v.doc for v in f.values})) for f in rows] == [("flights cancelled", ["a", "b"])]


def test_another_deeds_narrowed_count_stays_apart() -> None:
    rows = titled_sheet(
        "Storm delays 350 domestic flights\n\nThe storm forced the airline to cancel 350 flights on Monday.",
        "Storm\n\nThe airline cancelled 350 flights on Monday.",
    )
    assert any(f.label != "flights cancelled" and "flights" in f.label for f in rows)
