"""A law's year after a comma is part of its short title whatever word follows it, a verb the
figure recogniser reads as a counted plural too ("the Constitution Act, 1982 protects"). Issue #16,
round s40-e: a leftover of held-out 32 ended the LAW before the year. The reported sentence first,
then variants invented for the kind; guard: a round hundred of a counted noun."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "law"),
    [
        # reported (held-out 32's leftover)
        (
            "Treaty\n\nSection 35 of the Constitution Act, 1982 protects treaty rights, the court said.\n",
            "Constitution Act, 1982",
        ),
        # invented: other verbs after the year
        ("Rent\n\nThe Tenancy Act, 2017 requires landlords to register.\n", "Tenancy Act, 2017"),
        ("Forests\n\nThe Forest Rights Act, 2006 recognises village councils.\n", "Forest Rights Act, 2006"),
    ],
)
def test_year_after_comma_before_a_verb(rec: Recognizer, text: str, law: str) -> None:
    found = names(rec, text)
    assert (law, "LAW") in found, found


def test_round_hundred_count_after_comma_stays_outside(rec: Recognizer) -> None:
    found = names(rec, "Firms\n\nUnder the Companies Act, 2000 firms must file.\n")
    assert ("Companies Act", "LAW") in found, found
