"""One count worded otherwise is one row that is compared (t13ak N5): patients in hospital are
people in hospital ("41 patients" and "41 people" were "not compared"), people "being treated in
hospital" are in hospital now (a row "people taken to hospital" apart), and doses shipped,
distributed or received are one delivery (three single rows, never compared, spelled-out and digit
figures alike). Other counts stay apart: patients and staff, doses given and doses ordered."""

from __future__ import annotations

from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _row_of(facts: list[Fact], doc: str, text: str) -> Fact:
    return next(f for f in facts if any(v.doc == doc and v.text == text for v in f.values))


def test_patients_and_people_in_hospital_are_one_count() -> None:
    # the reported input: AP's "41 patients", the live blog's "41 people", the Herald's "being treated"
    facts = sheet(
        "Health Minister Amara Okonjo said 41 patients were in hospital.",
        "She added that 41 people were in hospital.",
        "Forty-one people are being treated in hospital, most of them at Kestrow General Hospital.",
    )
    row = _row_of(facts, "a", "41 patients")
    assert {v.doc for v in row.values} == {"a", "b", "c"}, row.values
    assert row.status == "agree", row.grounds


def test_patients_being_treated_where_a_hospital_is_named() -> None:
    facts = sheet(
        "Kestrow General Hospital said 41 patients were being treated, nine of them in intensive care.",
        "The girl died overnight at Kestrow General Hospital, where 41 patients remain under treatment.",
        "Forty-three people were being treated at Kestrow General Hospital.",
    )
    row = _row_of(facts, "a", "41 patients")
    assert row.label == "people in hospital" and {v.doc for v in row.values} == {"a", "b", "c"}, row.values
    assert row.status == "disagree", row.grounds  # 41 and 41 against 43


def test_doses_shipped_distributed_received_are_one_count() -> None:
    # the reported input: AP's, the ministry's and the Gazette's 35,000 doses (two spelled out)
    facts = sheet(
        "The Norvale government said it had set aside 4.5 mln dlrs for the emergency and had shipped"
        " thirty five thousand doses of vaccine to the region.",
        "The Department has distributed 35,000 doses of MMR vaccine to clinics across the region.",
        "Brennt said the city had received thirty five thousand doses of vaccine.",
    )
    row = _row_of(facts, "b", "35,000 doses")
    assert {v.doc for v in row.values} == {"a", "b", "c"} and row.status == "agree", row.values


def test_vaccine_doses_sent_and_delivered_disagree() -> None:
    facts = sheet(
        "The World Health Organization has sent 20,000 doses of oral cholera vaccine to Kisumu county.",
        "Kisumu county has received 20,000 doses of cholera vaccine from the World Health Organization.",
        "The World Health Organization delivered 25,000 doses of cholera vaccine to Kisumu county on Monday.",
    )
    row = _row_of(facts, "a", "20,000 doses")
    assert {v.doc for v in row.values} == {"a", "b", "c"} and row.status == "disagree", row.values


def test_patients_and_staff_doses_given_and_ordered_stay_apart() -> None:
    facts = sheet(
        "Twelve patients were in hospital on Monday. Nurses have administered 35,000 doses of vaccine.",
        "Twelve staff were in hospital on Monday. The ministry has ordered 50,000 doses of vaccine.",
    )
    patients = _row_of(facts, "a", "Twelve patients")
    assert patients.status != "agree", patients.grounds  # never one count of the staff
    given = _row_of(facts, "a", "35,000 doses")
    assert [v.doc for v in given.values] == ["a"], given.values  # no disagreement with the order
