"""Counts that are part of another count are no values of it (issue #16, t13n F5).

(a) "21 people were injured, six of them seriously": a count followed by "of them" (whom, those…)
is a part of the things just counted, never a value of their count (the same article read 21 → 6).
(b) "two injured workers died in hospital": a count whose noun has a casualty adjective and whose
own verb is another casualty's is counted by the verb, as a part of it ("injured workers among the dead"),
never by the adjective (2 was a value of *people injured*)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(text: str) -> dict[str, list[str]]:
    return {f.label: [value_text(v) for v in f.values] for f in sheet(text)}


@pytest.mark.parametrize(
    ("text", "label", "values"),
    [
        # reported (AFP, analysis portal)
        (
            "Twenty-one people were injured in the blast, six of them seriously, according to the regional health authority.",
            "people injured",
            ["21"],
        ),
        # variants of my own
        ("Forty miners were rescued on Tuesday, nine of them with burns.", "people rescued", ["40"]),
        ("At least 14 hikers are missing, three of whom are children.", "people missing", ["at least 14"]),
    ],
)
def test_a_count_of_them_is_a_part(text: str, label: str, values: list[str]) -> None:
    rows = _rows(text)
    assert rows.get(label) == values, rows


@pytest.mark.parametrize(
    ("text", "part", "kept", "other"),
    [
        # reported (AFP)
        (
            "The death toll rose to five on Monday after two injured workers died in hospital in Coimbra.",
            ("injured workers among the dead", ["2"]),
            ("death toll", ["5"]),
            "people injured",
        ),
        # variants of my own
        (
            "Three injured climbers were later killed when the slope gave way.",
            ("injured climbers among the dead", ["3"]),
            None,
            "people injured",
        ),
        (
            "Twelve evacuated residents were injured in the crush at the shelter.",
            ("evacuated residents among the injured", ["12"]),
            None,
            "people evacuated",
        ),
    ],
)
def test_a_count_is_counted_by_its_verb_not_its_adjective(
    text: str, part: tuple[str, list[str]], kept: tuple[str, list[str]] | None, other: str
) -> None:
    rows = _rows(text)
    assert rows.get(part[0]) == part[1], rows
    if kept:
        assert rows.get(kept[0]) == kept[1], rows
    assert other not in rows, rows
