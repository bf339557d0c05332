"""A count joined to the count of where its things are ("12 people in 3 cars were injured"):
the cue after both is the first count's, and the second is never labelled by it (review: the
cars were 'people injured' and the people lost their measure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import extract_figures
from waic_reader.index.corpus.reader import Article


def labels(sentence: str) -> dict[str, str]:
    text = f"Ferry news\n\n{sentence}\n"
    article = Article("t", Path("t.txt"), text, "utf-8", "", True, None, True)
    return {v.text: v.label for v in extract_figures(article)}


@pytest.mark.parametrize(
    ("sentence", "head", "label", "container"),
    [
        ("Police said 12 people in 3 cars were injured in the crash.", "12 people", "people injured", "3 cars"),
        ("Officials said 40 people from 12 villages were evacuated.", "40 people", "people evacuated", "12 villages"),
        (
            "Some 300 homes in 4 districts were destroyed by the fire.",
            "Some 300 homes",
            "homes destroyed",
            "4 districts",
        ),
    ],
)
def test_the_cue_is_the_head_counts(sentence: str, head: str, label: str, container: str) -> None:
    got = labels(sentence)
    assert got[head] == label, got
    assert got.get(container) != label, got
