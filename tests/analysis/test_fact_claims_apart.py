"""A count a party claims and an unofficial count set against an official one are claims, rows of
their own (round s50-f2, facts.claims): "Naïve observers counted 5 dead, though officials said 2"
gave the article two death tolls and the timeline a change to 5 (t13as N10); "about 900,000 patient
records, fewer than the 1.2 million the gang claimed" left the claim unread and the row said "agree
1.2 million" (t13ar N6)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "label", "official", "claim"),
    [
        # reported (t13as N10)
        (
            ("Naïve observers counted 5 dead, though officials said 2.", "Two people died, officials said."),
            "death toll",
            2,
            5,
        ),
        # variants of my own: another contrast, words of the count's clause, another measure
        (
            (
                "Witnesses counted 12 people killed, but police put the toll at 7.",
                "Seven people were killed, police said.",
            ),
            "death toll",
            7,
            12,
        ),
        (
            ("Activists counted 30 injured, while the ministry said 18.", "Eighteen people were injured."),
            "people injured",
            18,
            30,
        ),
    ],
)
def test_an_unofficial_count_is_a_claim_not_a_value(
    texts: tuple[str, ...], label: str, official: int, claim: int
) -> None:
    rows = {f.label: f for f in sheet(*texts)}
    assert {v.value for v in rows[label].values} == {official}
    assert rows[label].status == "agree"
    assert {v.value for v in rows[f"{label} (claimed)"].values} == {claim}


@pytest.mark.parametrize(
    ("texts", "counted", "claim"),
    [
        # reported (t13ar N6)
        (
            (
                "Analysts at the threat-intelligence firm Corvid Lantern said on Thursday that files posted by "
                "BlackTarn contained about 900,000 patient records, fewer than the 1.2 million the gang claimed.",
                "The gang also claimed to have stolen 1.2 million patient records.",
            ),
            "patient records",
            1_200_000,
        ),
        # variants of my own: another comparison and claim verb form, a claim before its object
        (
            (
                "Files posted by the gang held about 600,000 customer files, far fewer than the 2 million the "
                "hackers claimed.",
                "The hackers claim to have stolen 2 million customer files.",
            ),
            "customer files",
            2_000_000,
        ),
        (
            (
                "Investigators found 25,000 passport scans in the leak.",
                "The group claims to hold 40,000 passport scans.",
            ),
            "passport scans",
            40_000,
        ),
    ],
)
def test_a_claimed_count_is_read_and_shown_as_a_claim(texts: tuple[str, ...], counted: str, claim: int) -> None:
    rows = {f.label: f for f in sheet(*texts)}
    claimed = rows[f"{counted} (claimed)"]
    assert {v.value for v in claimed.values} == {claim}
    assert claim not in {v.value for v in rows[counted].values}
    assert not [e for f in rows.values() for v in f.values for e in v.earlier]


def test_a_plain_count_of_the_claimed_value_is_no_claim() -> None:
    # (a row naming no measure joins a measured row of its value: never a claim's, t13ar's
    # "1,200,000 patient records may have been taken" that the health group reported)
    rows = {
        f.label: f
        for f in sheet(
            "The gang claims to have stolen 1.2 million patient records.",
            "The hospital group said 1.2 million patient records may have been taken.",
        )
    }
    assert {v.doc for v in rows["patient records (claimed)"].values} == {"a"}
