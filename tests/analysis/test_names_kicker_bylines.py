"""A byline opened by a rubric in capitals (heldout21, round s28-e; names invented): "EXCLUSIVE by
DEAN HOLLOWAY and NINO KAPANADZE" under a tabloid's headline gave ORGs "DEAN" and "NINO". The
reported shape and two variants; and a shouted headline with "BY" in it names no author."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


BODY = "\n\nLevan Beridze, 44, claims the recipe was his.\n"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("EXCLUSIVE by DEAN HOLLOWAY and NINO KAPANADZE", ("DEAN HOLLOWAY", "NINO KAPANADZE")),  # reported
        ("WORLD EXCLUSIVE by KEZIA MARR and TOM BEDE", ("KEZIA MARR", "TOM BEDE")),
        ("REVEALED by SIOBHAN TULLY", ("SIOBHAN TULLY",)),
    ],
)
def test_the_authors_after_a_rubric_are_people(rec: Recognizer, byline: str, authors: tuple[str, ...]) -> None:
    found = names(rec, f"KHINKALI KING IN RECIPE ROW\n\n{byline}{BODY}")
    for author in authors:
        assert (author, "PERSON") in found, found
        assert (author.split(" ", 1)[0], "ORG") not in found, found


def test_a_headline_with_by_names_no_author(rec: Recognizer) -> None:
    found = names(rec, f"TOWN HIT BY FLOODS AGAIN{BODY}")
    assert not any(label == "PERSON" and "FLOODS" in name for name, label in found), found
