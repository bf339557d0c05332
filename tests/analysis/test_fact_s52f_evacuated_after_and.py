"""A count's verb after an "of"/"from" phrase of two places joined by "and" is still its verb
(t13av N5, round s52-f: "Approximately 1,200 residents of Marrow Point and Little Aubrac have been
evacuated" was a single-source row "residents" apart from *people evacuated*; the "and" ended the
count's clause, only a list with commas was passed over). The reported sentence and two variants
of my own ("from" two names; a lower-case last conjunct right before the auxiliary)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("a", "value"),
    [
        # found (t13av N5, official/tmsa_statement.txt)
        (
            "Approximately 1,200 residents of Marrow Point and Little Aubrac have been evacuated as a precaution.",
            "approximately 1,200",
        ),
        # variants of my own
        ("About 900 tourists from Kessra and Nadi were evacuated on Sunday.", "about 900"),
        ("Some 1,200 residents of Millbrook and nearby villages had been evacuated by noon.", "some 1,200"),
    ],
)
def test_count_of_two_places_joined_by_and_keeps_its_verb(a: str, value: str) -> None:
    b = "Police said 1,500 people were evacuated from the coast."
    rows = {f.label: [(v.doc, value_text(v)) for v in f.values] for f in sheet(a, b)}
    assert ("a", value) in rows.get("people evacuated", []), rows
    assert len(rows) == 1, rows


def test_a_clause_after_and_still_ends_the_count() -> None:
    # "and" opening a clause of its own verb: the count's clause ends there
    rows = {f.label for f in sheet("Twelve people from the village and rescuers reached the summit.")}
    assert not any("reached" in label for label in rows), rows
