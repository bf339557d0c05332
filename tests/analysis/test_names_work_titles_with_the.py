"""A work's title after its kind of work may open with "The" ("her second feature, The Ice Speaks
Twice, which", "a documentary, The Hands Remember, was made") and the kinds include a feature, a
book, a play, an exhibition, a collection (issue #16, round s34-b: heldout27's "The River
Remembers", heldout25's "The Ice Speaks Twice", "The Hands Remember" and other halves' titles
opening with "The" were no name). The reported shapes with other titles first, then variants
invented for the kind; guards: a person after a bare "the film," and a sentence's "The" stay what
they are."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the reported shapes, other titles
        (
            "Her second feature, The Snow Keeps Count, which follows two sisters, opens in Winnipeg.",
            "The Snow Keeps Count",
        ),
        ("In Fresno a documentary, The Needles Sing, was made about her classes.", "The Needles Sing"),
        ("The shortlisted books are the novel The Rope Maker by Ilona Vass and two others.", "The Rope Maker"),
        # invented: other kinds of work, other links
        ("The museum will open an exhibition called The Salmon Return in May.", "The Salmon Return"),
        ("His new play, The Lantern Keeper, runs until March.", "The Lantern Keeper"),
        ("Her debut collection The Glass Orchard won the prize.", "The Glass Orchard"),
    ],
)
def test_the_title_is_a_work(rec: Recognizer, text: str, title: str) -> None:
    found = names(rec, text)
    assert (title, "WORK_OF_ART") in found, found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("In the film, Agnes Varda joins him on the road.", "Agnes Varda", "PERSON"),
        ("After the play, The Guardian praised the cast.", "The Guardian", "ORG"),
    ],
)
def test_guards(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = names(rec, text)
    assert (name, label) in found, found
