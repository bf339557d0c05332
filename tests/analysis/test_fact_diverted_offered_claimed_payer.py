"""Fact sheet money and verbs (issue #16, round s36-d):

- "turned away", "sent to other hospitals", "redirected" say what "diverted" says (s35-j left
  undone: rows "ambulances turned" / "ambulances sent" beside *ambulances diverted*);
- an offer is no pledge: "The rail company offered €800 to each family" is *money offered* (the
  rail company), never set against a government's pledge (s35-fb left undone);
- a sum opening a clause after "claimed" is reported, not demanded: "Olaf Lind claimed €300,000 of
  it went to repairs" is money spent on repairs (s35-p1 left undone);
- money a clause's subject "will pay" is that subject's, a reporting clause after it ("…, a court
  ruled") aside (t13aa K18: `money pledged` with no payer)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, list[str]]:
    return {f.label: sorted(v.doc for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    "other",
    [
        # s35-j's repro wording, and variants of my own (other verbs, other things, the verb first)
        "Eighty ambulances were turned away from Velmont General Hospital after the attack.",
        "After the attack, 60 ambulances were redirected to other hospitals.",
        "After the attack, 55 ambulances were sent to other hospitals.",
        "The hospital turned away 70 ambulances after the attack.",
        "After the outage, 35 ambulances were rerouted to the Northgate clinic.",
    ],
)
def test_turned_away_sent_elsewhere_redirected_are_diverted(other: str) -> None:
    rows = _rows("Forty ambulances were diverted after the cyber attack on the hospital.", other)
    assert rows.get("ambulances diverted") == ["a", "b"], rows


@pytest.mark.parametrize(
    "text",
    [
        "Two hundred soldiers were sent to the region on Monday.",
        "The 40 trucks were turned over to the police.",
    ],
)
def test_sending_or_turning_of_another_sense_is_no_diversion(text: str) -> None:
    assert "diverted" not in " ".join(_rows(text)), _rows(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # s35-fb's wording and variants of my own (another payer, another currency, the object first)
        ("The rail company offered €800 to each family.", "money offered per family (the rail company)"),
        ("Ostmark Steelworks has offered $5 million to the families.", "money offered (Ostmark Steelworks)"),
        ("The charity offered the owners £250,000 on Monday.", "money offered (the charity)"),
    ],
)
def test_an_offer_is_money_offered_by_its_payer(text: str, label: str) -> None:
    # beside another party's pledge, as in s35-fb's repro: each row names its payer
    labels = list(_rows("The Ministry pledged €6 million to the families.", text))
    assert labels == ["money pledged (the government)", label], labels


def test_an_offer_is_not_set_against_a_pledge() -> None:
    rows = _rows(
        "The Ministry pledged €6 million to the families.",
        "The Ministry offered €4 million to the families.",
    )
    assert not any(len(docs) > 1 for docs in rows.values()), rows
    assert any(label.startswith("money offered") for label in rows), rows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Olaf Lind claimed €300,000 of it went to repairs.", "money spent"),
        ("The mayor claimed $2 million had been spent on the new roof.", "money spent"),
        ("Anna Berg claimed £40,000 of the fund was used for repairs.", "money spent"),
    ],
)
def test_a_sum_reported_after_claimed_is_no_demand(text: str, label: str) -> None:
    labels = list(_rows(text))
    assert labels and all(not x.startswith("money demanded") for x in labels), labels
    assert any(x.startswith(label) for x in labels), labels


def test_a_sum_claimed_from_someone_stays_demanded() -> None:
    labels = list(_rows("The families claimed €300,000 from the council."))
    assert labels and labels[0].startswith("money demanded"), labels


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        # t13aa K18 (repro v19 c) and variants of my own: other reporting clauses, other payers
        ("Ostmark Steelworks will pay €20 million to the families, a court ruled.", "Ostmark Steelworks"),
        ("The city council will pay $3 million to the residents, a judge decided.", "the city council"),
        ("Norvik Shipping is to pay £1.2 million to the crew, the tribunal said.", "Norvik Shipping"),
    ],
)
def test_money_paid_is_its_clause_subjects(text: str, payer: str) -> None:
    # beside a refusal of the same sum (repro v19 a): the pledge and the refusal each name their payer
    rows = _rows("Ostmark Steelworks refused to pay €20 million to the families.", text)
    assert rows.get(f"money pledged ({payer})") == ["b"], rows
    assert rows.get("money not pledged (Ostmark Steelworks)") == ["a"], rows
