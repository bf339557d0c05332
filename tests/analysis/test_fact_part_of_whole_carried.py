"""A part of a whole counted "N of whom …" after the whole (#16, t13ab L12; round s36-qa): the part
is counted in the whole's noun and said by its own clause ("carrying 48 pupils, nine of whom were
injured": nine pupils injured), the whole is no value of the part's measure and never read as a list
item sharing its verb; a part of the whole's own measure ("Seven people were killed, two of whom
died in hospital") is no value of it (the toll stays 7)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> list[tuple[str, list[float]]]:
    return sorted((f.label, sorted(v.value for v in f.values)) for f in sheet(*texts))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The ferry that capsized off Halvik was carrying 310 passengers, 12 of whom died.",
            [("death toll", [12]), ("passengers", [310])],
        ),
        (
            "The school bus that overturned near Kestra was carrying 48 pupils, nine of whom were injured.",
            [("people injured", [9]), ("pupils", [48])],
        ),
        (
            "The coach that crashed near Oslander was carrying 52 tourists, three of whom were taken to hospital.",
            [("people taken to hospital", [3]), ("tourists", [52])],
        ),
    ],
    ids=["ferry-died", "bus-injured", "coach-hospital"],
)
def test_the_part_is_counted_in_the_wholes_noun(text: str, want: list[tuple[str, list[float]]]) -> None:
    assert _rows(text) == want


def test_a_part_of_the_wholes_own_measure_is_no_value() -> None:
    assert _rows("Seven people were killed near Harnwick, two of whom died in hospital.") == [("death toll", [7])]


@pytest.mark.parametrize("verb", ["derailed", "capsized", "overturned"])
def test_a_carriers_verb_is_not_the_counts(verb: str) -> None:
    got = _rows(f"A Westmarch express carrying 212 passengers {verb} near Harnwick on Tuesday, killing seven people.")
    assert got == [("death toll", [7]), ("passengers", [212])]
