"""Years of one event are one fact, labelled by their event, and relative years are read against
the article's date (t13y G12, round s35-b): "which opened in 1987", "opened in 1985" and "opened
39 years ago" (an article of 2026) are the "year of opening" in disagreement; "is due to close
next year", "in 2028" and "in 2027" the "year of closing"; never bare "year" rows, a "duration"
of 39 years, or a closing year missing. The relative years are those money already reads
("fined €900,000 last year": extract.RELATIVE_YEAR), with the years to come added."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Dated:
    doc: str
    text: str
    date: str | None

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def _sheet(*texts: tuple[str, str | None]) -> list[Fact]:
    return fact_sheet([(Dated(chr(ord("a") + i), f"Story\n\n{t}", d), []) for i, (t, d) in enumerate(texts)])


def _rows(facts: list[Fact]) -> dict[str, Fact]:
    return {f.label: f for f in facts if f.values[0].kind in ("year", "duration")}


def _by_doc(fact: Fact) -> dict[str, int]:
    return {v.doc: int(v.value) for v in fact.values}


def test_reported_opening_and_closing_years() -> None:
    # t13y repro v13 (the wire's dateline year given as the article's date here; the CLI test
    # reads it from the dateline's "March 9" alone)
    facts = _sheet(
        ("The San Telmo mine, which opened in 1987, is due to close next year.", "2026-03-09"),
        ("The San Telmo mine, which opened in 1985, is due to close in 2028.", "2026-03-09"),
        ("The San Telmo mine opened 39 years ago and is due to close in 2027.", "2026-03-10"),
    )
    rows = _rows(facts)
    assert set(rows) == {"year of opening", "year of closing"}, [(f.label, f.status) for f in facts]
    assert _by_doc(rows["year of opening"]) == {"a": 1987, "b": 1985, "c": 1987}
    assert _by_doc(rows["year of closing"]) == {"a": 2027, "b": 2028, "c": 2027}
    assert rows["year of opening"].status == rows["year of closing"].status == "disagree"
    said = {v.doc: value_text(v) for v in rows["year of opening"].values}
    assert said["c"] == "39 years ago"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a bridge: an irregular participle, a year two years ahead, an event to come by "set to"
        pytest.param(
            (
                ("The Orva bridge, which was built in 1961, will reopen in two years.", "2026-05-02"),
                ("The Orva bridge was built 65 years ago and is set to reopen in 2028.", "2026-05-03"),
                ("Engineers said the bridge, built in 1962, would reopen in 2028.", "2026-05-03"),
            ),
            {
                "year built": ({"a": 1961, "b": 1961, "c": 1962}, "disagree"),
                "year of reopening": ({"a": 2028, "b": 2028, "c": 2028}, "agree"),
            },
            id="bridge_built_reopen",
        ),
        # a plant: "last year" against the article's year, the year before the verb
        pytest.param(
            (
                ("The Kessa plant, which was commissioned last year, will be decommissioned in 2040.", "2026-01-20"),
                ("In 2025 the Kessa plant was commissioned; it will be decommissioned in 2045.", "2026-01-21"),
            ),
            {
                "year of commissioning": ({"a": 2025, "b": 2025}, "agree"),
                "year of decommissioning": ({"a": 2040, "b": 2045}, "disagree"),
            },
            id="plant_last_year",
        ),
    ],
)
def test_event_years_compared(texts: tuple[tuple[str, str], ...], expected: dict) -> None:
    rows = _rows(_sheet(*texts))
    assert set(rows) == set(expected), {label: _by_doc(f) for label, f in rows.items()}
    for label, (years, status) in expected.items():
        assert _by_doc(rows[label]) == years, label
        assert rows[label].status == status, label


def test_relative_years_of_no_event_and_money_to_come() -> None:
    facts = _sheet(
        ("Last year's flood killed 40 people. The firm will pay $5 million next year.", "2026-03-09"),
        ("The firm will pay $5 million to the families, officials said.", "2026-03-09"),
    )
    assert not [f for f in facts if f.values[0].kind == "year"], [f.label for f in facts]
    money = [f for f in facts if f.values[0].kind == "money"]
    assert money and all("20" not in f.label for f in money), [f.label for f in money]
