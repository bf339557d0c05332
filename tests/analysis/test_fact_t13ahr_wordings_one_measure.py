"""One measure however an outlet words it (issue #16; t13ahr N2, N9, R3, S3):

* a share of "inspections", "checks" or "audits" of one thing is one share (percent._SAME_WHOLE);
* a length "above sea level" is an altitude whatever its verb ("climbs to"), and how far a thing
  fell ("fell", "plunged", "tumbled") is the height of the fall, never a length;
* "Each victim's family will receive ₩15 million" is paid per family, as "10 million won to the
  family of each victim" is;
* an amount with its conversion and a purpose dated by a year ("€40 million (£34 million) for road
  repairs in 2024") is that year's amount, and its year no row of its own."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


def _rows(facts: list[Fact]) -> list[tuple[str, str, list[str]]]:
    return [(f.label, f.status, [value_text(v) for v in f.values]) for f in facts]


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13ahr N2/a)
        (
            "The carrier's planes failed 12% of safety audits in 2025, according to the aviation regulator.",
            "SkyJet failed 15 percent of its safety checks in 2025, the Civil Aviation Authority said.",
            "The airline failed 12 per cent of safety inspections in 2025, according to the regulator.",
        ),
        # variants of my own
        (
            "The plant failed 22% of its fire inspections in 2025.",
            "The plant failed 30 percent of fire checks in 2025.",
        ),
        ("Lorries failed 40% of roadside checks.", "Lorries failed 38 percent of roadside inspections."),
    ],
)
def test_inspections_checks_and_audits_are_one_share(texts: tuple[str, ...]) -> None:
    rows = _rows(sheet(*texts))
    assert len(rows) == 1 and rows[0][0].startswith("share of ") and rows[0][1] == "disagree", rows
    assert len(rows[0][2]) == len(texts), rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (t13ahr N9/b)
        ("The road climbs to about 3,600 metres above sea level.", "about 3,600 m"),
        # variants of my own
        ("The pass reaches 2,100 metres above sea level.", "2,100 m"),
        ("The highway climbs to more than 4,800 metres above sea level.", "more than 4,800 m"),
    ],
)
def test_a_length_above_sea_level_is_an_altitude(text: str, want: str) -> None:
    rows = _rows(sheet(text))
    assert [(label.split(" (")[0], values) for label, _status, values in rows] == [
        ("height above sea level", [want])
    ], rows


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13ahr N9/a and N9/b, one fall told by two outlets)
        (
            "The coach fell 30 metres (100 feet) down a gorge.",
            "The coach plunged some 100 feet (30 metres) into the gorge.",
        ),
        # variants of my own
        ("A bus tumbled roughly 650 feet (200 meters) down a mountainside.", "The bus fell about 200 metres."),
        ("The lorry plummeted 15 metres off the bridge.", "The lorry fell 15 metres into the river."),
    ],
)
def test_how_far_a_thing_fell_is_one_height_of_the_fall(texts: tuple[str, str]) -> None:
    rows = _rows(sheet(*texts))
    assert [(label, status) for label, status, _v in rows] == [("height of the fall", "agree")], rows


def test_water_falling_is_no_fall() -> None:
    rows = _rows(sheet("The river fell 2 metres overnight."))
    assert not any(label == "height of the fall" for label, _s, _v in rows), rows


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13ahr R3/b)
        (
            "The provincial government will pay 10 million won to the family of each victim.",
            "Each victim's family will receive ₩15 million from the provincial government.",
        ),
        # reported (t13ahr R3/a: the lira was no money)
        (
            "The government will give 40,000 lira to the family of each miner killed.",
            "The families of each of the miners killed will receive ₺50,000 from the government.",
        ),
        # variant of my own
        (
            "Every miner's family will get $3,000 from the company.",
            "The company will pay $5,000 to the family of each miner.",
        ),
    ],
)
def test_a_payment_to_each_family_is_per_family_however_worded(texts: tuple[str, str]) -> None:
    rows = _rows(sheet(*texts))
    assert [(label, status, len(values)) for label, status, values in rows] == [
        ("money pledged per family", "disagree", 2)
    ], rows


@dataclass
class _Dated:
    doc: str
    text: str
    date: str | None

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (t13ahr S3)
        ("The region set aside €40 million (£34 million) for road repairs in 2024.", "€40 million"),
        # variants of my own
        ("The city spent $12 million on new flood barriers in 2023.", "$12 million"),
        ("The council allocated £5m for school roof repairs in 2022.", "£5 million"),
    ],
)
def test_an_amount_dated_past_its_purpose_is_kept_without_a_year_row(text: str, want: str) -> None:
    facts = fact_sheet([(_Dated("a", f"Story\n\n{text}", "2026-07-07"), [])])
    rows = _rows(facts)
    assert not any(label.startswith("year") for label, _s, _v in rows), rows
    assert [values for _l, _s, values in rows] == [[want]], rows
