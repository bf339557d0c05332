"""A named casualty count conflicts whatever noun each outlet counts it with (acceptance #17 after
s13, fault 5): "killed twelve people", "the death toll stands at 18" and "18 dead" are one count,
so 12 against 18 is a disagreement, not "bounds compatible" (the nouns "people", none and "dead"
had made every pair incomparable). A narrower noun counts a part ("3 children killed") and is
never compared with the whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.reader import Corpus


def sheet(tmp_path: Path, bodies: list[str]) -> list[Fact]:
    for i, body in enumerate(bodies):
        day = i + 1
        (tmp_path / f"{chr(97 + i)}.txt").write_text(
            f"Refinery blast report {day}\n\nPosted: Apr {day}, 2025 08:00 GMT\n\n{body}\n", encoding="utf-8"
        )
    return fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])


def fact(facts: list[Fact], label: str) -> Fact:
    [f] = [f for f in facts if f.label == label]
    return f


@pytest.mark.parametrize(
    "bodies",
    [
        # reported: "twelve people", "at least 15", "Between 15 and 18 people died", "stands at 18", "12 people"
        [
            "An explosion at the Osland refinery killed twelve people and injured 30, police said.",
            "The death toll from the Osland refinery blast rose to at least 15, police said.",
            "Between 15 and 18 people died in the Osland refinery explosion, police said.",
            "The death toll from the Osland refinery explosion stands at 18, police said.",
            "The blast at the Osland refinery killed 12 people, according to early reports cited by police.",
        ],
        # variant: "14 dead" against "16 people were killed"
        [
            "Fourteen dead after the Osland refinery explosion, police said on Tuesday.",
            "At the Osland refinery, 16 people were killed in the explosion, police said on Wednesday.",
        ],
        # variant: "victims" against a bare toll
        [
            "Nine victims died in the Osland refinery explosion, the fire service said.",
            "The death toll in the Osland refinery explosion is 11, the fire service said.",
        ],
    ],
    ids=["reported", "dead-against-people", "victims-against-bare-toll"],
)
def test_one_death_toll_in_different_nouns_disagrees(tmp_path: Path, bodies: list[str]) -> None:
    toll = fact(sheet(tmp_path, bodies), "death toll")
    assert not toll.agree, toll.grounds
    assert "values conflict" in toll.grounds


def test_a_narrower_noun_is_no_conflict(tmp_path: Path) -> None:
    # 3 children among 12 people killed: a part, not another count of the same dead.
    facts = sheet(
        tmp_path,
        [
            "The Osland refinery explosion killed 12 people, police said.",
            "Three children were killed in the Osland refinery explosion, police said.",
        ],
    )
    assert all(f.agree for f in facts), [(f.label, f.grounds) for f in facts if not f.agree]


def test_the_same_toll_in_different_nouns_agrees(tmp_path: Path) -> None:
    toll = fact(
        sheet(
            tmp_path,
            [
                "The Osland refinery explosion killed 12 people, police said.",
                "The death toll from the Osland refinery explosion stands at 12, police said.",
                "Twelve dead in the Osland refinery explosion, police said.",
            ],
        ),
        "death toll",
    )
    assert toll.agree and toll.sources == 3
