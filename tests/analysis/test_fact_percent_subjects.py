"""A percentage is a rate of the noun its clause names (a probe of issue #16, session 25): two
outlets' "The fire was 15% contained" and "Annual inflation stood at 3.4%" were one row
"percentage" in *disagreement* (shared context alone), while their inflation, 3.1% and 3.4%,
was never compared. Rates of different nouns are never one fact; rates of one noun are compared
as counts of one noun are, and labelled by it."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.facts.percent import (
    percent_subject,
)
from waic_reader.index.analysis.figures import figures_of


def table(facts: list[Fact]) -> dict[str, tuple[str, list[str]]]:
    return {f.label: (f.status, [value_text(v) for v in f.values]) for f in facts}


def test_the_reported_rates_of_different_things_never_disagree() -> None:
    got = table(
        sheet(
            "Turnout was 62% in the capital, election officials said. Inflation rose to 3.1 percent in May. "
            "The fire was 15% contained.",
            "Officials put turnout at 58 percent. Annual inflation stood at 3.4% last month. "
            "Containment reached 30 percent on Thursday.",
        )
    )
    assert got["inflation"] == ("disagree", ["3.1%", "3.4%"]), got
    assert got["turnout"] == ("disagree", ["62%", "58%"]), got
    # (the fire's containment however written is one measure: "15% contained" and "Containment
    # reached 30 percent" disagree, t13ap N4, round s48-f2; neither is a value of inflation or turnout)
    assert got["contained"] == ("disagree", ["15%", "30%"]), got
    assert "percentage" not in got, got


@pytest.mark.parametrize(
    ("texts", "label", "status"),
    [
        # variants: a vote share; an unemployment rate agreeing in two wordings
        (
            (
                # (a party named: shares of the vote of no named party are never compared, review
                # s39-rv finding 1; "The ruling party" had been this case)
                "Labour won 41% of the vote, early results showed on Monday night.",
                "Labour took 44 percent of the vote, early results showed on Monday.",
            ),
            "share of vote",
            "disagree",
        ),
        (
            (
                "Unemployment fell to 5.2 percent in March, the statistics office said.",
                "The statistics office said unemployment was 5.2% in March, a two-year low.",
            ),
            "unemployment",
            "agree",
        ),
    ],
)
def test_rates_of_one_noun_are_compared(texts: tuple[str, str], label: str, status: str) -> None:
    got = table(sheet(*texts))
    assert got.get(label, ("", []))[0] == status, got


def test_two_owners_rates_never_disagree() -> None:
    got = table(
        sheet(
            "Later in the day, shares in Nordvik rose 4.1% as the market cheered the deal in Oslo.",
            "Later in the day, shares in Balto rose 25% as the market cheered the deal in Oslo.",
        )
    )
    assert not any(status == "disagree" for status, _ in got.values()), got


def test_a_change_is_no_level_of_its_noun() -> None:
    got = table(
        sheet(
            "The company's shares fell 12% on Tuesday after the recall was announced by the board.",
            "The company's shares fell to 12% of their peak on Tuesday after the recall was announced by the board.",
        )
    )
    assert not any(status == "disagree" for status, _ in got.values()), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The fire was 15% contained.", ("contained", (), "contained")),
        ("Annual inflation stood at 3.4% last month.", ("inflation", (), "annual inflation")),
        ("The jobless rate dropped to 5.0%.", ("rate", (), "jobless rate")),
        ("Officials put turnout at 58 percent.", ("turnout", (), "turnout")),
        ("The ruling party won 41% of the vote.", ("vote", (), "share of vote")),
        ("The company's shares fell 12% on Tuesday.", ("shares", ("change",), "change in company shares")),
        ("It rose 5% from a year earlier.", ("", (), "")),
        ("The firm bought a 40% stake.", ("", (), "stake")),
        ("Nordvik will pay a 28% premium to Balto's price.", ("", (), "premium")),
        ("Nurses accepted the 7% pay rise by a wide margin.", ("", (), "pay rise")),
        ("Shares in Nordvik gained 3.9 per cent.", ("shares", ("nordvik", "change"), "change in Nordvik shares")),
        ("Later, Japan's inflation rose to 2.1 percent.", ("inflation", ("japan",), "Japan inflation")),
    ],
)
def test_the_noun_a_percentage_is_a_rate_of(text: str, want: tuple[str, tuple[str, ...], str]) -> None:
    (fig,) = [f for f in figures_of(text) if f.kind == "percent"]
    assert percent_subject(text, fig, (0, len(text))) == want
