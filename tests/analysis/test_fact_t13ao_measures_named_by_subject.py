"""A measure's row is named by what it measures, however an outlet words it (issue #16; t13ao N5):

* a part of a long thing ("a 480-metre section of the bridge", "The span was 480 metres long", "the
  480 m span", "its span, 480 metres long") is one owner, never the whole thing's length;
* a duration is named by what it is a period of ("days of talks"), and a period of mourning however
  called ("of mourning", "of national mourning", "of grief") is one measure;
* a count's verb after a modal ("may be trapped") labels it as after an auxiliary;
* a year's clause with a pronoun subject ("he warned", a quote's "we warned") labels its row."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _row(facts: list[Fact], value: float) -> Fact:
    rows = [f for f in facts if any(float(v.value) == value for v in f.values if not isinstance(v.value, str))]
    assert len(rows) == 1, [(f.label, [v.value for v in f.values]) for f in facts]
    return rows[0]


@pytest.mark.parametrize(
    ("value", "texts"),
    [
        # reported (t13ao N5)
        (
            480.0,
            (
                "Nine people were killed after a 480-metre section of the Halden Strait Bridge collapsed into the water.",
                "The span was 480 metres long and carried 14 vehicles when it fell.",
                "A 480-metre section of the Halden Strait Bridge collapsed on Tuesday evening.",
            ),
        ),
        # variants of my own: other words, numbers and layouts ("the N m X", "X, N metres long")
        (
            220.0,
            (
                "The 220 m span of the Orrin viaduct gave way at dawn.",
                "Rescuers searched below a 220-metre section of the Orrin viaduct.",
                "Engineers said the central span was 220 metres long.",
            ),
        ),
        (
            1.5,
            (
                "A 1.5-km stretch of the A9 motorway was buried by the landslide.",
                "The buried section was 1.5 kilometres long, police said.",
            ),
        ),
    ],
)
def test_a_part_of_a_long_thing_is_one_row_however_worded(value: float, texts: tuple[str, ...]) -> None:
    row = _row(sheet(*texts), value)
    assert row.sources == len(texts) and row.status == "agree", (row.label, row.status)
    assert row.label.startswith("length of the "), row.label


def test_a_part_and_the_whole_stay_apart() -> None:
    """A 480 m span and a 1.2 km bridge: different values of different things, two rows, no
    disagreement."""
    facts = sheet("A 480-metre span of the bridge collapsed.", "The bridge is 1.2 km long.")
    part, whole = _row(facts, 480.0), _row(facts, 1.2)
    assert part is not whole
    assert part.label != whole.label and whole.label == "length of the bridge"


def test_a_parts_other_value_disagrees() -> None:
    facts = sheet("A 480-metre section of the bridge collapsed.", "The span was 500 metres long.")
    assert _row(facts, 480.0) is _row(facts, 500.0)
    assert _row(facts, 480.0).status == "disagree"


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13ao N5)
        (
            "Mayor Siobhán Ní Bhraonáin declared three days of mourning.",
            "Velmora deserves answers. Mayor Ní Bhraonáin's three days of grief will end on Friday.",
        ),
        # variants of my own
        (
            "The president announced two days of national mourning after the crash.",
            "Flags flew at half mast on the first of two days of official mourning.",
        ),
        (
            "The governor ordered seven days of mourning across the province.",
            "Seven days of mourning began on Monday, the governor's office said.",
        ),
    ],
)
def test_a_period_of_mourning_is_one_row_named_by_it(texts: tuple[str, ...]) -> None:
    facts = sheet(*texts)
    rows = [f for f in facts if "mourning" in f.label]
    assert len(rows) == 1 and rows[0].sources == len(texts), [(f.label, f.sources) for f in facts]
    assert rows[0].status == "agree"
    assert not [f.label for f in facts if f.label.startswith("duration")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The union and the employers held four days of talks.", "days of talks"),
        ("The valley endured six weeks of heavy rain.", "weeks of heavy rain"),
        ("Residents face two months of roadworks.", "months of roadworks"),
    ],
)
def test_a_duration_is_named_by_its_of_phrase(text: str, label: str) -> None:
    assert [f.label for f in sheet(text)] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # reported (t13ao N5)
        ("Police say up to 30 people may be trapped in vehicles in the water.", "people trapped"),
        # variants of my own
        ("As many as 12 miners could still be trapped underground.", "miners trapped"),
        ("Officials fear 40 people might have been buried under the rubble.", "people buried"),
    ],
)
def test_a_count_after_a_modal_is_named_by_its_verb(text: str, label: str) -> None:
    assert [f.label for f in sheet(text)] == [label]


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13ao N5)
        (
            "Former inspector Halvard Ødegaard-Nwosu said he warned the ministry in 2019 that the anchorages were failing.",
            '"We warned the ministry in 2019," said Halvard Ødegaard-Nwosu, a former inspector.',
        ),
        # variants of my own
        (
            "The auditor said she alerted the regulator in 2017 about the cracks.",
            '"We alerted the regulator in 2017," the auditor said.',
        ),
        (
            "The engineer said he flagged the cracks in 2015.",
            '"I flagged the cracks in 2015," the engineer said.',
        ),
    ],
)
def test_a_years_row_is_named_by_its_clause_whoever_its_pronoun(texts: tuple[str, ...]) -> None:
    (row,) = sheet(*texts)
    assert row.label != "year" and row.label.startswith("year "), row.label
    assert {"we", "i"}.isdisjoint(row.label.lower().split()), row.label  # the reporter's words, not the quote's
    assert row.sources == 2 and row.status == "agree"
