"""Each count of a list that shares one verb takes that verb (issue #16, session 26 probe of an
invented typhoon). Found: the live blog's "Coast guard: 4,812 passengers, 210 trucks and 95 cars are
stranded at 11 ports" had only the cars stranded; the 4,812 passengers were a row "passengers",
never compared with the council's 4,812 stranded passengers."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[str]]:
    return {f.label: [value_text(v) for v in f.values] for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # found (Luzon Today live)
        (
            "Coast guard: 4,812 passengers, 210 trucks and 95 cars are stranded at 11 ports.",
            {"people stranded": ["4,812"], "trucks stranded": ["210"], "cars stranded": ["95"]},
        ),
        # variants of my own
        (
            "12 schools, 3 hospitals and 40 homes were damaged.",
            {"schools damaged": ["12"], "hospitals damaged": ["3"], "homes damaged": ["40"]},
        ),
        ("Thirty homes and six barns were destroyed.", {"homes destroyed": ["30"], "barns destroyed": ["6"]}),
    ],
)
def test_every_count_of_a_list_takes_its_verb(text: str, want: dict[str, list[str]]) -> None:
    rows = _rows(text)
    assert {k: rows.get(k) for k in want} == want, rows


def test_a_list_without_a_verb_names_nothing() -> None:
    rows = _rows("Police found 12 rifles, 3 pistols and 40 knives.")
    assert rows == {"rifles": ["12"], "pistols": ["3"], "knives": ["40"]}, rows


def test_the_listed_passengers_agree_with_another_outlets_stranded_passengers() -> None:
    facts = sheet(
        "Coast guard: 4,812 passengers, 210 trucks and 95 cars are stranded at 11 ports.",
        "KEY FIGURES\n\n- Stranded passengers: 4,812\n- Flights cancelled: 146",
    )
    row = [f for f in facts if f.label == "people stranded"]
    assert len(row) == 1 and row[0].status == "agree" and row[0].sources == 2, [(f.label, f.status) for f in facts]
