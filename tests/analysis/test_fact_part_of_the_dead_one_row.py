"""A part of a casualty group named after its clause and a comma is one row whatever word names it:
"killed 12 people, including three children" and "Twelve people died …, among them three children"
are one row "children among the dead" (t13air N5 R4: two single-source rows, "children" and "dead:
children"); the group's label reads as a part of it, never a noun after a colon."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # reported (t13air variants/R4-traps2 a.txt, b.txt)
        (
            (
                "HOUSTON, June 10 (Wire) - Storms killed 12 people, including three children, in Houston on Monday.",
                "Twelve people died in Houston storms on Monday, among them three children.",
            ),
            "children among the dead",
        ),
        # variants of my own: another count and noun, and the injured
        (
            (
                "A ferry capsized off Cebu, killing 30 people, including eight children.",
                "Thirty people died when the ferry capsized, among them eight children.",
            ),
            "children among the dead",
        ),
        (
            (
                "The blast injured 40 workers, including five firefighters.",
                "Forty workers were hurt in the blast, among them five firefighters.",
            ),
            "firefighters among the injured",
        ),
    ],
)
def test_including_and_among_them_are_one_part_row(texts: tuple[str, str], label: str) -> None:
    facts = sheet(*texts)
    [part] = [f for f in facts if f.label == label]
    assert part.status == "agree"
    assert not [f for f in facts if ":" in f.label or f.sources == 1]
