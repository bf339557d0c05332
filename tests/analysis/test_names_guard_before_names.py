"""A guard, a basketball player's position or a watchman's job, written in lower case before a name
no list holds, is the person's job (issue #16, round s38-e, held-out 31's errors: "14 points from
guard Kuol Deng Akech" was no name; lexicons.LOWER_TITLES lacked "guard"). The reported sentence
and variants with names of other traditions; "Coast Guard" stays a body (guard)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The Lions led 40-35 at half-time behind 14 points from guard Kuol Deng Akech. But the coach "
            "switched to a zone.",
            "Kuol Deng Akech",
        ),
        ("The winning basket came from point guard Tjiuee Kavari with two seconds left.", "Tjiuee Kavari"),
        ("The gate was opened by security guard Ofahiva Vainikolo at dawn.", "Ofahiva Vainikolo"),
    ],
)
def test_guard_before_a_name(rec: Recognizer, text: str, person: str) -> None:
    got = names(rec, text)
    assert (person, "PERSON") in got, got


def test_coast_guard_stays_a_body(rec: Recognizer) -> None:
    got = names(rec, "The Coast Guard said the search would resume at dawn.")
    assert ("Coast Guard", "ORG") in got, got
