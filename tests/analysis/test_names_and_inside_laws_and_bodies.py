""" "and" inside a law's or a body's name: a short title of several words before "and" ("the
Environmental Protection and Preservation Act"), a bracketed part after a title's modifier ("the
Special Economic Zones (Amendment) Bill"), and a body named after a region written with "and"
("Jammu and Kashmir Bank") are one name (issue #16, round s34-b: heldout27's laws lost their
first word, "Protection and Preservation Act", "Economic Zones (Amendment) Bill", and the bank was
"Kashmir Bank" beside a GPE "Jammu"). The reported shapes with other names first, then variants
invented for the kind; guard: two names joined by "and" stay two."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # the reported shapes, other names
        (
            "The developer must follow the Coastal Conservation and Restoration Act and no hotel will be built.",
            "Coastal Conservation and Restoration Act",
            "LAW",
        ),
        (
            "The Special Fisheries Zones (Amendment) Bill was passed by 40 votes to 22.",
            "Special Fisheries Zones (Amendment) Bill",
            "LAW",
        ),
        (
            "Newfoundland and Labrador Bank, the province's lender, said it would help.",
            "Newfoundland and Labrador Bank",
            "ORG",
        ),
        # invented: other kind words, other places in the sentence
        (
            "Lawyers say the Digital Services and Online Safety Act goes too far.",
            "Digital Services and Online Safety Act",
            "LAW",
        ),
        (
            "Fees were set by the Jammu and Kashmir Tourism Department last year.",
            "Jammu and Kashmir Tourism Department",
            "ORG",
        ),
        ("The Interim Tax Rates (Extension) Bill lapsed in June.", "Interim Tax Rates (Extension) Bill", "LAW"),
        (
            "The Bosnia and Herzegovina Forest Agency has stopped felling.",
            "Bosnia and Herzegovina Forest Agency",
            "ORG",
        ),
    ],
)
def test_one_name(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = names(rec, text)
    assert (name, label) in found, found


def test_two_names_stay_two(rec: Recognizer) -> None:
    found = names(rec, "Shares of Acme Systems and Beta Agency rose.")
    assert not any("and" in n for n, _ in found), found
