"""An election's figures owned by the candidate or party their clause gives them (issue #16,
s40-x1 items 3 and 4).

Before: the second count of a pair written with one "votes" ("taking 12,600 votes to Tom Berg's
9,800", "beat Tom Berg by 4,100 votes to 3,900") was no fact, or Kerr's; a list of results without
"vote" ("Final results: Kerr 52%, Berg 45%") was labelled by the names ("kerr", "berg"); and a
party described in lower-case words ("the ruling party won 52% of the vote, while the opposition
alliance took 41%") owned nothing, so its share was a row "ruling party took" in disagreement with
the other party's share."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, tuple[str, list[tuple[str, float]]]]:
    return {f.label: (f.status, sorted((v.doc, v.value) for v in f.values)) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("first", "second", "winner", "loser"),
    [
        # the reported input, beside another outlet's wording
        (
            "Anna Kerr won, taking 12,600 votes to Tom Berg's 9,800.",
            "Kerr took 12,600 votes and Berg 9,800 votes.",
            12600,
            9800,
        ),
        # variants of my own: the one beaten by a count, and a pair "against"
        ("Anna Kerr beat Tom Berg by 4,100 votes to 3,900.", "Kerr beat Berg by 4,100 votes to 3,900.", 4100, 3900),
        (
            "Anna Kerr won 7,250 votes against Tom Berg's 6,100.",
            "Kerr won 7,250 votes and Berg 6,100 votes.",
            7250,
            6100,
        ),
    ],
)
def test_the_second_count_of_a_pair_is_the_other_candidates_votes(
    first: str, second: str, winner: float, loser: float
) -> None:
    rows = _rows(first, second)
    kerr = next(k for k in rows if k.startswith("votes (") and "Kerr" in k)
    berg = next(k for k in rows if k.startswith("votes (") and "Berg" in k)
    assert rows[kerr] == ("agree", [("a", winner), ("b", winner)]), rows
    assert rows[berg] == ("agree", [("a", loser), ("b", loser)]), rows
    # a third outlet giving Berg another count disagrees on Berg's votes alone
    third = _rows(first, second, f"Anna Kerr won with {winner:,.0f} votes; Tom Berg had {loser - 300:,.0f} votes.")
    disagree = [k for k, (status, _) in third.items() if status == "disagree"]
    assert len(disagree) == 1 and "Berg" in disagree[0], third


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Final results: Kerr 52%, Berg 45%.", "In the mayoral election, Kerr won 52% and Berg 45%."),
        ("The results were Kerr 52 per cent, Berg 45 per cent.", "Final results: Kerr 52%, Berg 45%."),
    ],
)
def test_a_list_of_results_is_each_candidates_share(first: str, second: str) -> None:
    rows = _rows(first, second)
    assert rows == {
        "share of vote (Kerr)": ("agree", [("a", 52), ("b", 52)]),
        "share of vote (Berg)": ("agree", [("a", 45), ("b", 45)]),
    }, rows


@pytest.mark.parametrize(
    ("first", "second", "parties"),
    [
        # the reported input
        (
            "The ruling party won 52% of the vote, while the opposition alliance took 41%.",
            "The ruling party took 52 percent of the vote and the opposition alliance 41 percent.",
            ("ruling party", "opposition alliance"),
        ),
        # variants of my own: a list after "and" with no verb, and counts of votes
        (
            "In the election, the governing coalition secured 48 per cent and the main opposition party 39 per cent.",
            "In the election, the governing coalition secured 48% and the main opposition party 39%.",
            ("governing coalition", "main opposition party"),
        ),
        (
            "The ruling party received 1.2 million votes and the opposition alliance 900,000 votes.",
            "The ruling party received 1.2 million votes, the opposition alliance 900,000 votes.",
            ("ruling party", "opposition alliance"),
        ),
    ],
)
def test_a_party_described_in_lower_case_owns_its_figure(first: str, second: str, parties: tuple[str, str]) -> None:
    rows = _rows(first, second)
    owned = {k: status for k, (status, _) in rows.items()}
    assert sorted(owned) == sorted(f"{'votes' if 'votes' in first else 'share of vote'} ({p})" for p in parties), rows
    assert set(owned.values()) == {"agree"}, rows


def test_results_of_a_firm_are_no_vote() -> None:
    # "results" names an election's only for a name written straight before its share
    labels = [f.label for f in sheet("After strong quarterly results, Acme gained 5%.")]
    assert not [label for label in labels if "vote" in label], labels
