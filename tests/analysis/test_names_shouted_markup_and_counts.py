"""A tabloid's headline in capitals stays a line in capitals when markup tags are written into it,
and a number word shouted in a mixed-case sentence is emphasis (t13q, "two smaller things", round
s30-k): Blick's "[bold]DEATH[/bold] CABLE CAR [red]HORROR AT GRAUHORN" gave an ORG "HORROR" (the
lower-case tags made the line mixed case, its words in capitals acronyms), and "rose to SEVEN last
night" an ORG "SEVEN". The reported input and two invented variants of each."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer

HEADLINES = [
    (  # reported (t13q data/blick-tabloid.txt)
        "[bold]DEATH[/bold] CABLE CAR [red]HORROR AT GRAUHORN\n\nSeven dead after cabin plunges onto the rocks.\n\n"
        "The death toll in the Grauhorn cable car disaster rose to seven after two more victims died in Bern.\n"
    ),
    "[b]FERRY[/b] TERROR [yellow]IN THE FJORD\n\nThe ferry hit rocks near the fjord on Monday, police said.\n",
    "<b>BRIDGE</b> CHAOS <i>AS</i> FLOODS HIT TOWN\n\nFloods cut the only bridge into the town on Sunday.\n",
]

COUNTS = [
    "The death toll rose to SEVEN last night after two more victims died in hospital in Bern.\n",  # reported
    "Rescuers pulled THREE climbers from the snow near Zermatt on Tuesday.\n",
    "By noon the number of missing had fallen to TWELVE, officials in Trondheim said.\n",
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize("text", HEADLINES)
def test_a_headline_in_capitals_with_markup_names_no_organisation(rec: Recognizer, text: str) -> None:
    found = [(text[m.start : m.end], m.label) for m in rec.recognize(Art("x", text))]
    assert not [f for f in found if f[1] == "ORG"], found


@pytest.mark.parametrize("text", COUNTS)
def test_a_shouted_number_word_is_no_organisation(rec: Recognizer, text: str) -> None:
    found = [(text[m.start : m.end], m.label) for m in rec.recognize(Art("x", text))]
    assert not [f for f in found if f[1] == "ORG"], found
