"""A live blog's update of a count worded otherwise than its first report (issue #16, round s37-x1;
t13ad N1, N2).

N1: "with 182 passengers on board" (08:52) then "Nordair has confirmed that 184 passengers and 6 crew
were on the plane" (11:05) were two rows that each agreed with another outlet, hiding the real
disagreement of the wire's 182 and the airline's 184: the passengers on board, counted by no named
measure, were never read as one count of the blog's. Being "on the plane" is being aboard, a count
joined to another by "and" shares its clause's verb, and of one noun aboard the blog's latest entry
is its value, the earlier ones what it said first.

N2: "The injured count is now 14" was a row "injureds" (a participle made a plural) and no update
of the blog's injured: a tally whose subject is a word counting people ("the injured count", "the
missing tally") counts them, as "14 injured" says."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

# found (t13ad repro v1/live-nr418.txt, the live blog's entries)
_BLOG = """Live: Nordair flight NR418 emergency landing - latest updates

08.31 GMT
Reports are coming in of an aircraft making an emergency landing at Stavenholm airport.

08.52 GMT
Airport officials say nine people have been injured. The flight, NR418, was bound for Porto Marena with 182 passengers on board.

09.40 GMT
The number of injured has risen to 12, a spokesperson for Stavenholm airport says. Three of them have been taken to hospital.

11.05 GMT
Nordair has confirmed that 184 passengers and 6 crew were on the plane. Nordair chief executive Rolf Agdestein said: "Safety is our only priority."

13.20 GMT
The injured count is now 14, the regional health service said.

15.00 GMT
That is all from us today."""

# found (t13ad repro v1: the wire and the airline's release, whole)
_WIRE = """Nordair jet makes emergency landing at Stavenholm after engine fire

STAVENHOLM, March 3, 2026 (Nordwire) - A Nordair passenger jet carrying 182 passengers and six crew made an emergency landing at Stavenholm airport on Tuesday after one of its engines caught fire shortly after take-off, the airline said.

Flight NR418 from Kelvik to Porto Marena turned back 22 minutes into the flight, when it was climbing through 35,000 feet. Nine people were injured during the evacuation, airport officials said.

"We saw flames coming from the left engine and the cabin filled with smoke," said passenger Lena Fosse, 34, a teacher from Kelvik.

Captain Marit Eskeland, 52, who has flown for Nordair for 21 years, declared an emergency at 08:14 local time, according to the Civil Aviation Authority. Halvard Moen, the authority's head of investigations, said: "The crew followed every procedure. Nobody could have done more."

Nordair said it would pay each passenger €600 in compensation. Its shares fell 4.5% in Stavenholm trading.

Between 30 and 40 passengers left the aircraft by the emergency slides, according to a source close to the investigation.

The aircraft, an Airbus A321 delivered in 2014, was travelling at about 280 km/h when it touched down.

Reporting by Ola Vik; Editing by Sara Lind
"""
_RELEASE = """FOR IMMEDIATE RELEASE
Nordair statement on flight NR418
STAVENHOLM, 3 March 2026 - Nordair confirms that flight NR418 from Kelvik to Porto Marena returned to Stavenholm airport this morning following an engine fire warning.
All 184 passengers and 6 crew members left the aircraft. Eleven passengers received treatment for minor injuries.
"I want to thank our crew, who acted with great professionalism," said Rolf Agdestein, chief executive of Nordair.
Every passenger on the flight will receive compensation of EUR 600.
Nordair is cooperating fully with the Civil Aviation Authority.
About Nordair
Nordair is a regional airline based in Kelvik, flying to 42 destinations with a fleet of 31 aircraft.
Media contact
press@nordair.example | +47 555 01 234
###
"""


def _rows(label: str, *texts: str) -> list[list[tuple[str, float | str, list[float | str]]]]:
    return [
        [(v.doc, v.value, [e.value for e in v.earlier]) for v in f.values] for f in sheet(*texts) if f.label == label
    ]


def test_the_blogs_passengers_are_one_count_updated() -> None:
    # found: one row, the blog's latest 184 (first said 182), in disagreement with the wire's 182
    # (the wire's "Between 30 and 40 passengers left the aircraft by the emergency slides" is a row apart)
    rows = [f for f in sheet(_BLOG, _WIRE, _RELEASE) if f.label == "passengers" and f.values[0].high is None]
    assert len(rows) == 1, [(f.label, [v.value for v in f.values]) for f in rows]
    [row] = rows
    assert row.status == "disagree"
    assert sorted((v.doc, v.value, [e.value for e in v.earlier]) for v in row.values) == [
        ("a", 184, [182]),
        ("b", 182, []),
        ("c", 184, []),
    ]


@pytest.mark.parametrize(
    ("blog", "noun", "want"),
    [
        # variants of my own: a ferry, a train; "aboard" then "on the ferry"/"in the train"
        (
            "Live: ferry aground off Kessa\n\n09.10\nThe ferry Aurora ran aground with 212 passengers aboard, the "
            "coastguard said.\n\n11.45\nThe operator has now said that 230 passengers and 18 crew were on the "
            "ferry.\n",
            "passengers",
            [(230, [212])],
        ),
        (
            "Live updates: derailment near Harnwick\n\n10:05\nThe express was carrying 310 people when it left the "
            "rails.\n\n12:40\nRail operator Westmarch says 296 people were on the train.\n",
            "people",
            [(296, [310])],
        ),
        # newest first: the latest entry stands on top
        (
            "Live: coach crash on the A9\n\n16:30\nPolice now say 41 pupils and 3 teachers were on the coach.\n\n"
            "14:10\nThe coach had 38 pupils on board, the school said.\n",
            "pupils",
            [(41, [38])],
        ),
    ],
)
def test_an_update_aboard_in_other_words_replaces_the_first(blog: str, noun: str, want: list) -> None:
    assert _rows(noun, blog) == [[("a", *w) for w in want]]


def test_another_crafts_count_aboard_is_no_update() -> None:
    # a second ferry's passengers are its own: never what the blog said first of the first ferry's
    blog = (
        "Live: ferries aground\n\n09.10\nThe ferry Aurora ran aground with 212 passengers aboard.\n\n"
        "11.45\nA second ferry, with 80 passengers aboard, was also stranded.\n"
    )
    # (the second ferry's row is told by its value: t13ad N23, round s37-x2)
    got = [*_rows("passengers", blog), *_rows("passengers · 80", blog)]
    assert sorted(got) == [[("a", 80, [])], [("a", 212, [])]]


def test_the_injured_count_is_the_blogs_injured() -> None:
    # found: 14 (13:20), first said 9, then 12; no row "injureds"
    facts = sheet(_BLOG)
    assert not [f.label for f in facts if f.label.endswith("eds")]
    assert _rows("people injured", _BLOG) == [[("a", 14, [9, 12])]]


@pytest.mark.parametrize(
    ("blog", "label", "want"),
    [
        # variants of my own: other people's words for a tally, other times, newest first
        (
            "Live: landslide in Varo\n\n18:20\nThe missing tally now stands at 9, rescuers said.\n\n"
            "14:45\nOfficials say 12 people are missing after the landslide.\n",
            "people missing",
            [(9, [12])],
        ),
        (
            "Live updates: stadium crush\n\n09:00\nPolice say 20 people were hurt in the crush.\n\n"
            "11:30\nThe wounded count has risen to 27, the hospital said.\n",
            "people injured",
            [(27, [20])],
        ),
    ],
)
def test_a_tally_of_a_casualty_word_counts_those_people(blog: str, label: str, want: list) -> None:
    facts = sheet(blog)
    assert not [f.label for f in facts if f.label.endswith("eds") or f.label.endswith("ings")]
    assert _rows(label, blog) == [[("a", *w) for w in want]]
