"""A person's age in apposition after their name and a count of their children or relatives are
details of that person, never a value of a measure (t13o F1, round s29-f): "Among the dead was
Teodoro Huanca, 34, a father of three" gave the death toll two values, 34 and 3."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (The Andes Herald)
        (
            "Seven miners were killed in the collapse. Among the dead was Teodoro Huanca, 34, a father of three "
            "from the hamlet of Llupa, his cousin said.",
            ["7"],
        ),
        # variants of my own: "aged", a mother, the age in brackets, "her two daughters"
        (
            "Four people died in the fire. The victims included Ana Ruiz, aged 29, a mother of two, police said.",
            ["4"],
        ),
        (
            "Five people died in the crash. Among those killed was Mia Holt (41), who leaves her two daughters.",
            ["5"],
        ),
        (
            "Six people died in the flood. The dead include Kwame Mensah, 52, and his three grandchildren, "
            "officials said. Among them was a grandmother of five.",
            ["6"],
        ),
    ],
)
def test_an_age_or_a_family_is_no_toll(text: str, want: list[str]) -> None:
    facts = sheet(text)
    [toll] = [f for f in facts if f.label == "death toll"]
    assert [value_text(v) for v in toll.values] == want
    # nor a fact of its own ("mother", "daughters")
    assert [f.label for f in facts] == ["death toll"], [(f.label, [value_text(v) for v in f.values]) for f in facts]
