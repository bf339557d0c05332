"""A press release's "About <firm>" heading names the firm, not "About <firm>" (heldout21, round
s28-e; names invented): "About Laadur OÜ" over the boilerplate was the ORG "About Laadur OÜ", as
"About Kestrel Foods Ltd" was. The reported shape and two variants; "About" inside a sentence is
left alone."""

from __future__ import annotations

import pytest
from name_helpers import keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("heading", "firm", "key"),
    [
        ("About Laadur OÜ", "Laadur OÜ", "ORG:Laadur OÜ"),  # reported
        ("About Kestrel Foods Ltd", "Kestrel Foods Ltd", "ORG:Kestrel Foods Ltd"),
        ("About Rīgas Piens SIA", "Rīgas Piens SIA", "ORG:Rīgas Piens SIA"),
    ],
)
def test_the_heading_word_is_no_part_of_the_firm(rec: Recognizer, heading: str, firm: str, key: str) -> None:
    text = (
        f"Lockers for bikes\n\nThe lockers work in the rain, the firm said.\n\n{heading}\n\nIt was founded in 2022.\n"
    )
    found = names(rec, text)
    assert (firm, "ORG") in found, found
    assert (heading, "ORG") not in found, found
    assert keys(rec, text, firm) == [("ORG", key)]
