"""Firms named by a marine, haulage or towage trade (t13f F1 (c), round s22-a; names invented):
"The order lifts Morrow Marine, which ..." found no name, and "Corvel Haulage and Ostrava Freight"
was one glued name. Each fault: the reported input and two variants; and the names the new kind
words must leave alone."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The order lifts Morrow Marine, which had been barred from the harbour.", "Morrow Marine"),  # reported
        ("The ruling fines Corvel Haulage, which ran the trucks.", "Corvel Haulage"),
        ("The court cleared Skarvik Towage, which owns the tug.", "Skarvik Towage"),
    ],
)
def test_a_firm_named_by_its_trade_after_a_verb(rec: Recognizer, text: str, firm: str) -> None:
    assert (firm, "ORG") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        (
            "Corvel Haulage and Ostrava Freight said they would merge.",
            ("Corvel Haulage", "Ostrava Freight"),
        ),  # reported
        ("Morrow Marine and Halden Logistics said on Monday they would merge.", ("Morrow Marine", "Halden Logistics")),
        ("Skarvik Towage and Brightwater Docks said the berths were shut.", ("Skarvik Towage", "Brightwater Docks")),
    ],
)
def test_two_trade_firms_joined_by_and_keep_whole_names(rec: Recognizer, text: str, firms: tuple[str, str]) -> None:
    found = names(rec, text)
    for firm in firms:
        assert (firm, "ORG") in found, found
    assert not any(" and " in name for name, _ in found), found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # a body after a title's "of", a name word first and its kind word last, is whole
        ("Anna Berg, Managing Director of Skarvik Towage Services, said the tug was sound.", "Skarvik Towage Services"),
        (
            "Anna Berg, Managing Director of Skarvik Shipping Services, said the tug was sound.",
            "Skarvik Shipping Services",
        ),
        ("Ryoji Ota, President and Representative Director of Ota Marine Systems, said so.", "Ota Marine Systems"),
    ],
)
def test_a_firm_after_a_titles_of_is_whole(rec: Recognizer, text: str, firm: str) -> None:
    assert (firm, "ORG") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "The Marine and Freshwater Research Institute said the stock had fallen.",
            "Marine and Freshwater Research Institute",
            "ORG",
        ),
        ("Marine Tondelier said on Monday the party would vote no.", "Marine Tondelier", "PERSON"),
        # "Marine" opening a name is still a given name (kind words are left out of given_names.txt)
        ("Voters cheered Marine Tondelier on Monday.", "Marine Tondelier", "PERSON"),
        ("The Minister of Health Services Anna Berg said the wards were full.", "Anna Berg", "PERSON"),
    ],
)
def test_names_the_trade_words_leave_alone(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)
