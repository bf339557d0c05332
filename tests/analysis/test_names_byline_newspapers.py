"""A byline's newspaper after its author ("By Rūta Kazlauskienė, The Suvalkija Courier") is the
paper, an ORG, not a second author (heldout21, heldout15-19, round s28-e; names invented): it was
a PERSON "The Suvalkija Courier". The reported shape and two variants; an author stays one."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


BODY = "\n\nThe ferry was late again on Monday, the council said.\n"


@pytest.mark.parametrize(
    ("byline", "author", "paper"),
    [
        ("By Rūta Kazlauskienė, The Suvalkija Courier", "Rūta Kazlauskienė", "The Suvalkija Courier"),  # reported
        (
            "By Rose Whitlock, Local Democracy Reporter, The Ludlow Advertiser",
            "Rose Whitlock",
            "The Ludlow Advertiser",
        ),
        ("By Hemi Walker and Ana Tupou, The Gisborne Herald", "Ana Tupou", "The Gisborne Herald"),
    ],
)
def test_the_paper_after_the_author_is_an_org(rec: Recognizer, byline: str, author: str, paper: str) -> None:
    found = names(rec, f"Ferry row goes on\n\n{byline}{BODY}")
    assert (author, "PERSON") in found, found
    assert (paper, "ORG") in found, found
    assert (paper, "PERSON") not in found, found
