"""One value of one counted thing in two articles is one fact (t13r F13, round s31-f): "wreckage of
two carriages that fell" and "The rear two carriages left the rails" were two "1 source" rows, as
were two articles' "1,500 operating hours", because their sentences share few words. A count of
one noun and its modifiers, no measure named, is one row across articles when its value is the
same; a different value, another noun or other modifiers are never joined so,
and counts of people are still left to their context."""

from __future__ import annotations

import pytest
from fact_helpers import Art

from waic_reader.index.analysis.facts import Fact, fact_sheet

# Each article's own headline and paragraphs around the sentence: the two share little context,
# as two outlets' accounts do.
FIRST = (
    "Death toll rises in mountain disaster\n\nOfficials gave no timetable for the inquiry.\n\n{}\n\n"
    "Relatives gathered outside the regional hospital on Wednesday evening."
)
SECOND = (
    "Survivors describe moments before the crash\n\nThe ministry promised compensation to families.\n\n"
    "{}\n\nMarkets in the capital were quiet as the news spread."
)


def sheet(first: str, second: str) -> list[Fact]:
    return fact_sheet([(Art("a", FIRST.format(first)), []), (Art("b", SECOND.format(second)), [])])


def rows(facts: list[Fact], word: str) -> list[Fact]:
    return [f for f in facts if word in f.label]


AP = (
    "LIMA, Peru (AP) — The death toll from a train derailment in the Peruvian Andes rose to five on "
    "Wednesday, police said, as crews searched the wreckage of two carriages that fell from a bridge "
    "near Huancarí."
)
REUTERS = (
    '"The rear two carriages left the rails on the curve before the bridge," said José Ramírez, the '
    "train's driver, who was treated for cuts."
)
HERALDO = (
    "Residents said about 4,000 people were evacuated from the riverbank, and the 1,500 operating "
    "hours figure cited by the chamber was out of date."
)
REUTERS_HOURS = (
    "The locomotive had logged 1,500 operating hours since its last inspection, according to Lima's "
    "chamber of commerce."
)


@pytest.mark.parametrize(
    ("first", "second", "word"),
    [
        (AP, REUTERS, "carriages"),
        (HERALDO, REUTERS_HOURS, "operating hours"),
        # variants of our own: other nouns, other verbs, other wording
        (
            "Divers pulled the hulls of three lifeboats from the harbour mud on Friday, the coastguard "
            "said in a statement.",
            "Witnesses saw three lifeboats drift away from the quay before dawn, a harbour worker told reporters.",
            "lifeboats",
        ),
        (
            "Firefighters in Valdmoor said the blaze gutted 14 warehouses on the industrial estate.",
            "Smoke still rose from the shells of 14 warehouses on Thursday as insurers arrived at the Kettering site.",
            "warehouses",
        ),
        (
            "The pipeline, which has run 2,300 pumping hours since March, was shut by the regulator.",
            "Engineers quoted in the ministry's memo put the line at 2,300 pumping hours without a full overhaul.",
            "pumping hours",
        ),
    ],
)
def test_one_value_of_one_counted_thing_is_one_row(first: str, second: str, word: str) -> None:
    facts = rows(sheet(first, second), word)
    assert len(facts) == 1, [(f.label, f.sources, f.grounds) for f in facts]
    fact = facts[0]
    assert fact.sources == 2
    assert fact.status == "agree"


def test_other_modifiers_or_values_stay_apart() -> None:
    facts = sheet(
        "Divers pulled the hulls of three lifeboats from the harbour mud on Friday.",
        "Witnesses saw four lifeboats drift away from the quay before dawn.",
    )
    # a different value is no disagreement on these grounds: the sentences say other things
    assert all(f.sources == 1 for f in rows(facts, "lifeboats")), [(f.label, f.grounds) for f in facts]
    facts = sheet(
        "The pipeline has run 2,300 pumping hours since March.",
        "Engineers put the line at 2,300 idle hours without a full overhaul.",
    )
    assert all(f.sources == 1 for f in facts if "hours" in f.label), [(f.label, f.grounds) for f in facts]
