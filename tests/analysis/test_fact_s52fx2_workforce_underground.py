"""A workforce an employing verb has for its object is no count of people below ground now, even
with a participle of the place and the main clause's auxiliary after it (review s52-rv finding 17,
round s52-fx2: "The Kessra mine, which employs about 410 people working underground, has been
closed" was "people underground"). The reviewer's input and a variant of my own; s52-f's "23
people still working underground were safe" stays people underground (its tests)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    "text",
    [
        # found (s52-rv finding 17: tmp-rv/cu/a.txt)
        "The Kessra mine, which employs about 410 people working underground, has been closed since the collapse"
        " on Friday, officials said. Rescuers said 23 miners were still trapped.",
        # variant of my own: another place, workers and tense, an adverb, other numbers
        "The Orvan colliery, which still employs some 900 miners working below ground, was sold to a rival in May.",
    ],
)
def test_an_employed_workforce_is_no_people_underground(text: str) -> None:
    labels = [f.label for f in sheet(text)]
    assert "people underground" not in labels, labels
