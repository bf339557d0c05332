"""A number fused by a hyphen to the noun after it ("the six-storey Hotel Mirador", "a 12-storey
tower", "a four-vehicle pile-up", "a 40-seat bus") is an attribute of that noun's thing, never a
count of the clause's measure (t13s F8, round s31-i: "at least 16 were injured when fire swept
through the six-storey Hotel Mirador" gave 6 people injured). "Forty-odd people", a "300-strong
crowd" are counts still."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def rows(text: str) -> list[tuple[str, list[str]]]:
    return sorted((f.label, [value_text(v) for v in f.values]) for f in sheet(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (t13s pages/costa-herald-saved)
        (
            "Seven people died and at least 16 were injured when fire swept through the six-storey Hotel "
            "Mirador on the harbour front of Puerto Alcina in the early hours of Wednesday, the city's fire "
            "chief said.",
            [("death toll", ["7"]), ("people injured", ["at least 16"])],
        ),
        # variants of my own: figures in digits, other nouns and measures
        (
            "Nine workers were hurt when a 12-storey tower block caught fire in Leith.",
            [("people injured", ["9"])],
        ),
        (
            "Two people were killed in a four-vehicle pile-up on the A7 on Sunday.",
            [("death toll", ["2"])],
        ),
        (
            "Eleven passengers were injured when a 40-seat coach overturned near Tarn.",
            [("people injured", ["11"])],
        ),
    ],
)
def test_a_fused_number_is_no_count(text: str, want: list[tuple[str, list[str]]]) -> None:
    assert rows(text) == want


def test_odd_and_strong_still_count() -> None:
    assert rows("Forty-odd people were injured.") == [("people injured", ["40"])]
