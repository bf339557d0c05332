"""A structure's year built and year opened are one row (issue #16 "figures agree", round s48-f):
"The bridge was built in 1968" and "the bridge, opened in 1968" were a *year built* and a *year of
opening* row. Built, completed, opened or inaugurated in a year, a structure's year is one row,
*year built/opened* (extract.structure_opened), when the thing its clause or its sentence's subject
names is a structure and no source dates its building in another year (facts/structure_years.py,
round s48-fx1); different structures stay apart, and an opening of no structure (an
exhibition, an inquiry) stays *year of opening*."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _years(*texts: str) -> dict[str, dict[str, int]]:
    return {f.label: {v.doc: int(v.value) for v in f.values} for f in sheet(*texts) if f.values[0].kind == "year"}


@pytest.mark.parametrize(
    ("texts", "years", "agree"),
    [
        # reported (two outlets: a wire's "was built", a paper's apposition "opened in")
        (
            (
                "The bridge was built in 1968 and carries 30,000 cars a day, the wire reported.",
                "The bridge, opened in 1968, was closed on Monday after cracks were found.",
            ),
            {"a": 1968, "b": 1968},
            True,
        ),
        # variants of my own: a dam completed, inaugurated and opened (round s48-fx1: the third
        # outlet's "opened in 1954" beside a completion in 1952 had been joined here in
        # disagreement; a different opening year is its own fact, review s48-rv finding 1,
        # test_fact_year_built_opened_apart.py)
        (
            (
                "The Harlow dam was completed in 1952, officials said.",
                "The dam, inaugurated in 1952, holds back the Aske lake.",
                "The Harlow dam opened in 1952 and was last inspected in 2019.",
            ),
            {"a": 1952, "b": 1952, "c": 1952},
            True,
        ),
        # a stadium: a possessive noun of opening and a passive "was constructed"
        (
            (
                "The Velmont stadium's opening in 1998 drew 40,000 fans.",
                "Velmont's stadium was constructed in 1998 on the old docks.",
                "The stadium opened in 1998, the club said.",
            ),
            {"a": 1998, "b": 1998, "c": 1998},
            True,
        ),
    ],
)
def test_structure_built_and_opened_one_row(texts: tuple[str, ...], years: dict[str, int], agree: bool) -> None:
    facts = [f for f in sheet(*texts) if f.values[0].kind == "year"]
    rows = {f.label: ({v.doc: int(v.value) for v in f.values}, f.agree) for f in facts}
    assert rows["year built/opened"] == (years, agree), rows
    assert not {"year built", "year of opening", "year of inaugurating"} & rows.keys(), rows


def test_different_structures_stay_apart() -> None:
    years = _years("The bridge was built in 1968.", "The pier opened in 1968.")
    assert "year built/opened" not in years, years
    assert sorted(years.values(), key=str) == sorted([{"a": 1968}, {"b": 1968}], key=str), years
    assert len(years) == 2, years


@pytest.mark.parametrize(
    "text",
    [
        "The exhibition opened in 1968, the museum said.",
        "The inquiry was opened in 1968 and never closed.",
    ],
)
def test_opening_of_no_structure_stays_its_own(text: str) -> None:
    years = _years("The bridge was built in 1968.", text)
    assert years.get("year built") == {"a": 1968}, years
    assert "year built/opened" not in years and {"b": 1968} in years.values(), years


def test_opening_alone_keeps_its_label() -> None:
    years = _years("The tunnel opened in 1976.", "The tunnel was opened to traffic in 1977.")
    assert years == {"year of opening": {"a": 1976, "b": 1977}}, years
