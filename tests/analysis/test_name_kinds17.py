"""Name kinds of round s20-m (issue #16, held-out 13 as tuning data); the names are made up.

- A legislator's abbreviated title is a job, never an organisation, and the person after it is a
  person: "Northgate MLA Orrin Tasker said" was one organisation "MLA" and no person (MLA, MLC,
  MPP, MNA, MHA as MP, MEP and MSP already were).
- A title's department listed with commas and a last "and" is part of the title: "Minister for
  Energy, Water Resources and Irrigation X Y" was two organisations ("Minister for Energy", "Water
  Resources") and a person "Irrigation X Y". A person in apposition after the title ("the
  Minister for Health, Anna Kell, and ...") is no field of such a list.
- After a title's department, a known given name two words before the run's end opens a
  person's name of three words ("Minister for Foreign Affairs Maren Holt Ekdahl", not "Holt
  Ekdahl").
- The seat a legislator holds is a place: "the Member of Parliament for X Y" was an organisation
  "Parliament for X Y", "the MP for X Y" named nothing.
- A legal form written with dots ends a firm's name ("X Y S.A.", "X Y N.V.", "X del Y S.A.B. de
  C.V."): the firm was only its legal form, "S.A.B." and "C.V." two organisations.
"""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # the kind as held-out 13 had it: a constituency, the title, the person
        ("Bridge closure\n\nBut Northgate MLA Orrin Tasker blasted the decision as daft.\n", "Orrin Tasker", "MLA"),
        ("Bill delayed\n\nProvincial MPP Delphine Aubry said the vote would wait a week.\n", "Delphine Aubry", "MPP"),
        ("Ferry cuts\n\nThe cuts were criticised by MNA Ysolde Carran on Monday.\n", "Ysolde Carran", "MNA"),
    ],
)
def test_legislator_abbreviation_is_a_job(rec: Recognizer, text: str, person: str, title: str) -> None:
    """The person after the abbreviation is a person; the abbreviation is no name."""
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert not any(title in n for n, _ in found), found


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        # the kind as held-out 13 had it: three fields, the last after "and", a person of three words
        (
            "Dam talks\n\nMinister for Energy, Water Resources and Irrigation Maren Holt Ekdahl told the"
            " assembly that the money was ready.\n",
            "Maren Holt Ekdahl",
            ("Minister for Energy", "Water Resources"),
        ),
        (
            "Festival grant\n\nSecretary of Trade, Tourism and Culture Halvard Enge said the fund was ready.\n",
            "Halvard Enge",
            ("Culture Halvard Enge",),
        ),
        (
            "Harbour plan\n\nMinister for Health, Fisheries, and Sport Ilse Varro said the plan would wait.\n",
            "Ilse Varro",
            ("Minister for Health", "Sport Ilse Varro"),
        ),
    ],
)
def test_title_department_list_is_no_name(rec: Recognizer, text: str, person: str, wrong: tuple[str, ...]) -> None:
    """The person after a title's listed department is the person; no field is a name."""
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert not any(n in wrong for n, _ in found), found
    assert {label for _, label in found} == {"PERSON"}, found


def test_person_in_apposition_after_title_is_no_field(rec: Recognizer) -> None:
    """A given name after the title's comma opens a person in apposition, never a listed field."""
    text = "Clinic opens\n\nThe Minister for Health, Anna Kell, and the mayor opened the clinic on Friday.\n"
    found = names(rec, text)
    assert ("Anna Kell", "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Treaty signed\n\nMinister for Foreign Affairs Maren Holt Ekdahl signed the treaty.\n", "Maren Holt Ekdahl"),
        ("Budget vote\n\nMinister of Finance Tomas Varga Lindqvist presented the budget.\n", "Tomas Varga Lindqvist"),
        ("Port levy\n\nSecretary for Transport Ingrid Sola Brekke said the levy would stay.\n", "Ingrid Sola Brekke"),
    ],
)
def test_three_word_person_after_department(rec: Recognizer, text: str, person: str) -> None:
    """A given name two words before the run's end opens the person's name (three words)."""
    found = names(rec, text)
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "seat", "wrong"),
    [
        # the kind as held-out 13 had it: "Member of Parliament for" a two-word seat
        (
            "Levy criticised\n\nHon. Orrin Tasker, the Member of Parliament for Brindle North, said the levy"
            " would punish the poor.\n",
            "Brindle North",
            "Parliament for Brindle North",
        ),
        (
            "Levy criticised\n\nThe MP for Ashcombe West, Lena Dorsey, said the levy was unfair.\n",
            "Ashcombe West",
            "MP for Ashcombe West",
        ),
        (
            "Ferry cuts\n\nA Member of the Legislative Assembly for Quarrow Cove called the cuts a mistake.\n",
            "Quarrow Cove",
            "Legislative Assembly for Quarrow Cove",
        ),
    ],
)
def test_legislators_seat_is_a_place(rec: Recognizer, text: str, seat: str, wrong: str) -> None:
    """The words after a legislator's title and "for" are a place; the legislature is no name there."""
    found = names(rec, text)
    assert (seat, "GPE") in found, found
    assert not any(n == wrong for n, _ in found), found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # the kind as held-out 13 had it: a Mexican listed firm's full legal form
        (
            "Furnace idled\n\nShares in Tornos del Valle S.A.B. de C.V. fell after it idled a furnace.\n",
            "Tornos del Valle S.A.B. de C.V.",
        ),
        ("Plant sold\n\nLácteos Marvel S.A. said on Monday it would sell a plant.\n", "Lácteos Marvel S.A."),
        ("Cable order\n\nTolvan Kabels N.V. said on Monday it had won an order.\n", "Tolvan Kabels N.V."),
    ],
)
def test_dotted_legal_form_ends_a_firm(rec: Recognizer, text: str, firm: str) -> None:
    """The firm is its whole name with its dotted legal form, one organisation."""
    found = names(rec, text)
    assert (firm, "ORG") in found, found
    assert {n for n, label in found if label == "ORG"} == {firm}, found
