"""An age written as "a 7-year-old girl", "81-year-old Ernesto Huamán" or a list after "aged" ("three
children aged 4, 6 and 9": every number of it) is no value of a measure (t13p F1, round s29-i): the
Wirex story's death toll held 5 and 34, the local paper's 7 and 81, Asia Wire's 8, 6 and 9."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (t13p scratch/b.txt and the corpus's local paper and Asia Wire)
        (
            "HUARAZ, June 4 (Wirex) - Five people were killed when the dam burst, officials said. "
            "Among the dead were a 7-year-old girl and her 34-year-old mother.",
            ["5"],
        ),
        (
            "Seven people have now died after the dam burst, regional officials confirmed on Thursday. The dead "
            "include 81-year-old Ernesto Huamán, his wife Julia, 79, and their grandson, 7.",
            ["7"],
        ),
        ("Officials said the death toll stood at eight, including three children aged 4, 6 and 9.", ["8"]),
        # variants of my own: other ages, other nouns, months, "years old", a list with "or"
        (
            "Three people were killed in the blast. The victims were a 12-year-old boy, his 40-year-old "
            "father and a 9-month-old baby, police said.",
            ["3"],
        ),
        (
            "Four people died in the crash, police said. Two of the dead were brothers aged 17 and 19, "
            "and a third was a man 58 years old.",
            ["4"],
        ),
    ],
)
def test_an_age_is_no_toll(text: str, want: list[str]) -> None:
    facts = sheet(text)
    [toll] = [f for f in facts if f.label == "death toll"]
    assert [value_text(v) for v in toll.values] == want


def test_a_count_after_a_list_is_kept() -> None:
    # guard: "aged" ends at its list; a toll of its own after it stays
    facts = sheet("Two children aged 5 and 7 were rescued. Officials said 11 people were killed.")
    [toll] = [f for f in facts if f.label == "death toll"]
    assert [value_text(v) for v in toll.values] == ["11"]


def test_ages_in_words() -> None:
    facts = sheet("Eight people died, including children aged four, six and nine.")
    [toll] = [f for f in facts if f.label == "death toll"]
    assert [value_text(v) for v in toll.values] == ["8"]


def test_aged_care_is_no_list() -> None:
    # guard: "aged" of a word that is no age opens no list of ages
    facts = sheet("In aged care, 5 died, the health department said.")
    [toll] = [f for f in facts if f.label == "death toll"]
    assert [value_text(v) for v in toll.values] == ["5"]
