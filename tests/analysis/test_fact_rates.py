"""A rate and a total count different things: the rate's period is part of what a figure measures,
as its unit is, read right after the number or its counted noun ("a day", "per day", "daily",
"each week", "annually") or from a rate's adjective in the noun ("daily passengers"). Never one
compared row with a total over a period (t13q F15: "about 3,000 passengers a day" and "412,000
passengers last year" were one row "passengers" in disagreement)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return sorted((f.label, f.status, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(*texts))


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        # reported (Reuters, Oberland Post)
        (
            (
                "The line, operated by Grauhorn Bahnen AG, carries about 3,000 passengers a day in summer and climbs to 2,870 metres.",
                "The line climbs 1,240 metres from Lauterbrück to the Grauhorn summit station at 2,870 metres and carried 412,000 passengers last year.",
            ),
            {"passengers per day": [("a", "about 3,000")], "passengers": [("b", "412,000")]},
        ),
        # variants of my own: other nouns, other rate words, a daily adjective
        (
            (
                "The ferry terminal handles some 9,000 travellers per day, the port authority said.",
                "The ferry terminal handled 2.4 million travellers in 2025, the port authority said.",
            ),
            {"travellers per day": [("a", "some 9,000")], "travellers": [("b", "2.4 million")]},
        ),
        (
            (
                "The museum welcomes 1,200 daily visitors, its director said.",
                "The museum had 380,000 visitors so far this year, its director said.",
            ),
            {"visitors per day": [("a", "1,200")], "visitors": [("b", "380,000")]},
        ),
        (
            (
                "The bridge carries 40,000 vehicles each week, the council said.",
                "The bridge has carried 2 million vehicles since 2010, the council said.",
            ),
            {"vehicles per week": [("a", "40,000")], "vehicles": [("b", "2 million")]},
        ),
    ],
)
def test_rate_is_no_value_of_a_total(texts: tuple[str, ...], want: dict[str, list[tuple[str, str]]]) -> None:
    rows = _rows(*texts)
    got = {label: values for label, _status, values in rows if label in want}
    assert got == want
    assert not [r for r in rows if r[1] == "disagree"]


def test_rates_of_one_period_still_compare() -> None:
    # "a day", "per day" and "daily" are one period: their values are compared as before
    rows = _rows(
        "The line carries about 3,000 passengers a day in summer, the operator said.",
        "The line carries 3,500 passengers daily in summer, the operator said.",
    )
    assert [(label, status) for label, status, _v in rows if "passengers" in label] == [
        ("passengers per day", "disagree")
    ]


def test_a_day_after_is_no_rate() -> None:
    # "a day after", "a year ago" say when, no rate
    rows = _rows("Rescuers found 14 passengers a day after the crash.", "Rescuers found 14 passengers on Thursday.")
    assert [label for label, _s, _v in rows if "passengers" in label] == ["passengers"]
