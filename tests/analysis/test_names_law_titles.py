"""A law's short title with a bracketed part ("the Planning (Wales) Act 2015") or joined by "and"
and "at" ("the Health and Safety at Work Act 2015"): the names eval's heldout19 (session 26) found
no law and a GPE "Wales" in the first, "Work Act 2015" and an ORG "Health" in the second. The law
is one name with its year; a place inside the brackets no name of its own. The reported
sentences as written, and variants invented."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("sentence", "law"),
    [
        # reported (heldout19)
        (
            "Officers had advised that language policy could not by itself justify refusal under the "
            "Planning (Wales) Act 2015.",
            "Planning (Wales) Act 2015",
        ),
        (
            "WorkSafe New Zealand prosecuted Uawa Logging under the Health and Safety at Work Act 2015, "
            "and the company was fined $280,000.",
            "Health and Safety at Work Act 2015",
        ),
        # invented
        ("The council acted under the Children (Scotland) Act 1995, its lawyer said.", "Children (Scotland) Act 1995"),
        (
            "He was charged under the Criminal Justice (Miscellaneous Provisions) Act 1997 in Dublin.",
            "Criminal Justice (Miscellaneous Provisions) Act 1997",
        ),
        (
            "Permission is needed under the Town and Country Planning Act 1990, the clerk said.",
            "Town and Country Planning Act 1990",
        ),
        ("Closed hearings were allowed by the Justice and Security Act 2013.", "Justice and Security Act 2013"),
    ],
)
def test_the_law_is_one_name_with_its_year(rec: Recognizer, sentence: str, law: str) -> None:
    found = names(rec, f"Planning appeal\n\n{sentence}\n")
    assert (law, "LAW") in found, found
    # no piece of it ("Wales", "Health", "Work Act 2015") as a name of its own
    assert not any(text != law and text in law for text, _label in found), found


def test_two_laws_joined_by_and_stay_two(rec: Recognizer) -> None:
    found = names(rec, "Records\n\nBoth the Data Protection Act 1998 and Human Rights Act 1998 apply here.\n")
    assert ("Data Protection Act 1998", "LAW") in found and ("Human Rights Act 1998", "LAW") in found, found


def test_a_sentence_opening_word_stays_outside(rec: Recognizer) -> None:
    found = names(rec, "Tenants\n\nUnder Housing (Scotland) Act 2006 rules, tenants won the case.\n")
    assert ("Housing (Scotland) Act 2006", "LAW") in found, found
