"""Each count of a list of parts after "Of the N deaths," is a part, never the group's total (issue
#16, session 26 probe of an invented typhoon). Found: the disaster council's "Of the nine confirmed
deaths, five were in Casilang, three in Nueva Aurora and one in Santa Cruz del Norte" put 3 in the
death toll after 9 (the list's first count was already a part: a comma right before it)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(text: str) -> dict[str, list[str]]:
    return {f.label: [value_text(v) for v in f.values] for f in sheet(text)}


@pytest.mark.parametrize(
    ("text", "label", "values"),
    [
        # found (the council's situation report)
        (
            "Casualties: Of the nine confirmed deaths, five were in Casilang, three in Nueva Aurora and one in Santa Cruz del Norte.",
            "death toll",
            ["9"],
        ),
        # variants of my own
        ("Of the 40 injured, 12 were treated in Lund, 9 in Malmo and 2 at home.", "people injured", ["40"]),
        ("Of the six missing, two are from Bergen, three from Voss and one from Oslo.", "people missing", ["6"]),
    ],
)
def test_every_count_of_a_list_of_parts_is_a_part(text: str, label: str, values: list[str]) -> None:
    rows = _rows(text)
    assert rows.get(label) == values, rows


def test_a_casualty_word_of_its_own_ends_the_list() -> None:
    # (the toll reported: "may rise to 14" is a fear, no value at all since round s36-c)
    rows = _rows("Of the dead, two were children, police said, and the toll has risen to 14.")
    assert rows.get("death toll") == ["14"], rows
    rows = _rows("Of the dead, two were children, police said, and the toll may rise to 14.")
    assert "death toll" not in rows, rows
