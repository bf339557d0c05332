"""Fact-sheet regressions the review s50-rv found in round s50-f2 (round s50-fx2).

8. "has claimed seven lives" (a toll's verb) and "a bomb attack claimed by the Red Hand group"
   (responsibility, a passive) made the death toll a "(claimed)" row of its own, split from the
   other articles' same toll.
16. "asked if the ferry that was stuck for 14 hours …": an "if" that means "whether" (an indirect
    question) supposes nothing; the duration is the story's.
17. "40 ETH Zurich scientists": a ticker followed by a capitalised name or a people's noun is no
    currency.
"""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("texts", "label", "value"),
    [
        # reported (s50-rv 8, a+b)
        (
            (
                "The storm that hit the coast on Monday has claimed seven lives, the coastguard said, and left "
                "3,000 homes without power.",
                "The storm killed seven people along the coast on Monday and left 3,000 homes without power, "
                "the coastguard said.",
            ),
            "death toll",
            7,
        ),
        # reported (s50-rv 8, c+d)
        (
            (
                "Nine people were killed in a bomb attack claimed by the Red Hand group on Monday, police said.",
                "A bomb attack in the market on Monday killed nine people, police said.",
            ),
            "death toll",
            9,
        ),
        # variants of my own: another toll noun and qualifier; another passive
        (
            (
                "The outbreak has claimed nearly 300 lives in the province since March, officials said.",
                "The outbreak has killed nearly 300 people in the province since March.",
            ),
            "death toll",
            300,
        ),
        (
            (
                "Twelve soldiers died in an ambush claimed by rebels near the border on Friday.",
                "An ambush near the border on Friday killed 12 soldiers, the army said.",
            ),
            "death toll",
            12,
        ),
    ],
)
def test_a_toll_claimed_or_an_attack_claimed_by_is_no_claim(texts: tuple[str, ...], label: str, value: int) -> None:
    rows = {f.label: f for f in sheet(*texts)}
    assert f"{label} (claimed)" not in rows, rows.keys()
    assert {v.value for v in rows[label].values} == {value}
    assert {v.doc for v in rows[label].values} == {"a", "b"}


@pytest.mark.parametrize(
    "texts",
    [
        # reported (s50-rv 16)
        (
            "Passengers asked if the ferry that was stuck for 14 hours off the coast had enough food on board, "
            "the operator said on Tuesday.",
            "The ferry was stuck for 14 hours off the coast before tugs towed it to port, the operator said on "
            "Tuesday.",
        ),
        # variants of my own: "did not say if", "it is unclear whether … if"
        (
            "The airline did not say if the flight that was delayed for 6 hours would be refunded.",
            "The flight was delayed for 6 hours on Sunday, the airline said.",
        ),
        (
            "Officials wondered if the road that was closed for 3 days would reopen soon.",
            "The road was closed for 3 days after the landslide.",
        ),
    ],
)
def test_an_indirect_question_s_if_supposes_nothing(texts: tuple[str, ...]) -> None:
    rows = [f for f in sheet(*texts) if f.values[0].kind == "duration"]
    assert rows and {v.doc for v in rows[0].values} == {"a", "b"}, rows


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # reported (s50-rv 17)
        ("More than 40 ETH Zurich scientists signed the open letter on Monday.", "40 ETH"),
        ("Another 12 ETH researchers joined later.", "12 ETH"),
        # variants of my own: other people's nouns
        ("Some 300 ETH students marched to the square.", "300 ETH"),
        ("About 25 BTC Markets staff lost their jobs.", "25 BTC"),
    ],
)
def test_a_ticker_before_a_name_or_people_is_no_money(text: str, written: str) -> None:
    assert not [f for f in figures_of(text) if written in text[f.start : f.end] and f.kind == "money"]
