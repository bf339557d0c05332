"""People an evacuation order moved are the evacuees, however the order is worded: "were ordered to
leave", "are under orders", "under mandatory orders", "ordered out of the town", even when a list of
places' names stands between the count and its verb (issue #16, t13ap N2: one evacuation of 23,000
was four rows, "people evacuated", "residents", "people · about 23,000" and "people")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _evacuated(*texts: str) -> list[tuple[str, str]]:
    rows = [f for f in sheet(*texts) if f.label == "people evacuated"]
    assert len(rows) == 1, [f.label for f in sheet(*texts)]
    return sorted((v.doc, value_text(v)) for v in rows[0].values)


def test_reported_wordings_one_row() -> None:
    """The tester's sentences (valley-courier, kmrw-liveblog, northwire-0818)."""
    got = _evacuated(
        "The Harlow Ridge Fire has killed four people and destroyed at least 312 homes, Tamsin County officials "
        "said, as about 23,000 residents of Millbrook, Cedar Flats and Ostrava Springs were ordered to leave.",
        "About 23,000 people are under orders.",
        "The fire forced about 23,000 residents to evacuate.",
    )
    assert got == [("a", "about 23,000"), ("b", "about 23,000"), ("c", "about 23,000")], got


@pytest.mark.parametrize(
    "text",
    [
        "Some 600 villagers from Oskby, Tarn and Vell were ordered to leave on Sunday.",
        "Nearly 600 people have been ordered out of the town.",
        "The sheriff said 600 people remain under mandatory evacuation orders.",
    ],
)
def test_order_wordings_are_evacuees(text: str) -> None:
    """Other nouns, other wordings of the order, a list of names before the verb."""
    got = _evacuated("About 600 people were evacuated from the valley.", text)
    assert [d for d, _v in got] == ["a", "b"], got


@pytest.mark.parametrize(
    ("box", "sentence"),
    [
        # the tester's article (emberwatch-harlow.md): its table row, then its sentence
        (
            "| People evacuated | 26,000 |",
            "The county counts 23,000 residents under mandatory orders, while our count of 26,000 people includes "
            "voluntary warning zones.",
        ),
        # other figures, a fact box's line, another wording of the restated figure
        (
            "- People evacuated: 4,800",
            "The council lists 3,900 households under orders, while our tally of 4,800 people takes in the farms.",
        ),
        ("Evacuated: 950 people", "The army moved 700 villagers; the other 950 people left by car, police said."),
    ],
)
def test_restated_figure_keeps_its_measure(box: str, sentence: str) -> None:
    """An article restating its own evacuees' figure without the verb restates the evacuees: no
    lone row "people" of one source beside *people evacuated*."""
    texts = ("About 900 people were evacuated, officials said.", f"{box}\n\n{sentence}")
    labels = [f.label for f in sheet(*texts)]
    assert "people" not in labels, labels
    assert len(_evacuated(*texts)) >= 2
