"""The counts of one casualty measure of one group of the story's people are one count whatever
noun names them: the workers of one mine as "workers", "miners", "employees", "men" or no noun, the
crew of one ship as "crew", "sailors", "fishermen", "men" or no noun (t13r R1 and t13av N18, round
s52-f3: "people", "workers" and "men" missing were counts never compared, and "left two dead and
three missing", "Two remain missing" were people set apart from the "3 crew"). The reported
sentences and two variants of my own; people written so, or another class of people, stay apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _missing(*texts: str) -> tuple[list[tuple[str, str]], bool, str]:
    fact = next(f for f in sheet(*texts) if f.label == "people missing")
    return sorted((v.doc, value_text(v)) for v in fact.values), fact.compared, fact.status


@pytest.mark.parametrize(
    ("texts", "values", "status"),
    [
        # found (t13r R1: corpus-au's hostile radio, Reuters, blog, release)
        (
            (
                "Seven workers are missing after the collapse at the mine.",
                "Six missing after the collapse, the company said, as rescuers drilled.",
                "Two men were still missing on Sunday night, believed sheltered in a refuge chamber.",
                "Two workers remain unaccounted for, the company said.",
            ),
            [("a", "7"), ("b", "6"), ("c", "2"), ("d", "2")],
            "disagree",
        ),
        # found (t13av N18: coastwatch, herald#charts, Reuters, nordwire)
        (
            (
                "Two crew members died and three are missing, the authority said.",
                "The grounding left two dead and three missing.",
                "Three crew members were missing after the ship ran aground.",
                "Two remain missing.",
            ),
            [("a", "3"), ("b", "3"), ("c", "3"), ("d", "2")],
            "disagree",
        ),
        # variants of my own: other jobs, a trawler's crew
        (
            (
                "Nine miners are missing after the shaft flooded at the colliery.",
                "Officials said nine were missing.",
                "Rescuers were drilling toward the nine missing men.",
                "Nine employees remain unaccounted for, the firm said.",
            ),
            [("a", "9"), ("b", "9"), ("c", "9"), ("d", "9")],
            "agree",
        ),
        (
            (
                "Four fishermen were missing after the trawler capsized.",
                "The capsizing left one dead and four missing.",
                "Four men remain missing, the coastguard said.",
                "Four crew members are missing.",
            ),
            [("a", "4"), ("b", "4"), ("c", "4"), ("d", "4")],
            "agree",
        ),
    ],
)
def test_one_group_by_any_noun_is_one_count(texts: tuple[str, ...], values: list[tuple[str, str]], status: str) -> None:
    got, compared, got_status = _missing(*texts)
    assert got == values
    assert compared, got
    assert got_status == status


@pytest.mark.parametrize(
    "texts",
    [
        # all aboard with no noun, more than the crew: the crew are some of them
        ("Three crew members were missing after the ferry sank.", "Twelve missing after the ferry sank."),
        # people written so
        ("Twelve people were missing after the ferry sank.", "Three crew members were missing after the ferry sank."),
        # two classes of people
        (
            "Three crew members were missing after the ferry sank.",
            "Forty passengers were missing after the ferry sank.",
        ),
    ],
)
def test_people_or_another_class_stay_apart(texts: tuple[str, ...]) -> None:
    assert not _missing(*texts)[1]
