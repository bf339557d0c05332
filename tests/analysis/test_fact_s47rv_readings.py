"""The fact sheet's readings of round s47-f kept to their senses (review s47-rv findings 4, 5, 6, 8,
9, 11, 15, 16; round s47-fx3): "sent" is giving only as aid (money_roles.sent_as_aid), saving and
airlifting rescue only in a rescue (roles._rescued_by), set-aside money joins only its own owner's
purpose (money_purpose._aside_purposes), bare "provisions" are supplies (words.sets_aside), aid in
kind only by its goods (money_purpose.aid_in_kind), an "-ing" preposition labels no count
(measures._doing), a thing's pages are counted (extract), and a firm that opens the sentence after a
titled name is no person (owners._no_firm). Each: the reviewer's reproduction and a variant."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.owners import _no_firm


def _labels(*texts: str) -> dict[str, list[str]]:
    return {f.label: sorted(v.display for v in f.values) for f in sheet(*texts)}


def _pledged(labels: dict[str, list[str]]) -> list[str]:
    return [label for label in labels if label.startswith(("money pledged", "money for"))]


@pytest.mark.parametrize(
    "text",
    [
        # reported (finding 4: remittances, a price and a fraud became money pledged)
        "MANILA - Overseas Filipino workers sent $36 billion home last year, the central bank said on Monday.",
        "The outage sent Brent crude up to $92 a barrel on Tuesday.",
        # variants of my own
        "Migrant workers in the Gulf sent about €2.1 billion back to Kerala last year.",
        "The cold snap sent gas futures up to $9, traders said.",
    ],
)
def test_money_sent_is_no_pledge_unless_aid(text: str) -> None:
    labels = _labels(text)
    assert not _pledged(labels), labels


@pytest.mark.parametrize(
    "text",
    [
        # reported (finding 5: a job deal, a scanner, troops brought to a port)
        "The restructuring deal saved 500 workers from redundancy, the union said.",
        "The new scanner saved 300 patients a trip to Manila.",
        "Some 300 soldiers were brought to the port to unload supplies.",
        "MANILA - The air force airlifted 400 soldiers to Marawi on Monday to reinforce the garrison.",
        "MANILA - Some 450 soldiers were airlifted to Marawi on Monday, the military said.",
        # variants of my own
        "The merger saved 200 employees from layoffs, the owners said.",
        "Dockers brought 60 passengers to the harbour for the festival cruise.",
        "The navy airlifted 300 troops to Jolo on Tuesday.",
    ],
)
def test_no_rescue_outside_a_rescue(text: str) -> None:
    assert "people rescued" not in _labels(text), _labels(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the rescues those verbs do tell (variants of my own)
        ("Helicopters airlifted 35 villagers from the flooded valley.", "35"),
        ("Lifeguards saved 12 swimmers from the surf at Bondi.", "12"),
    ],
)
def test_rescue_in_a_rescue(text: str, value: str) -> None:
    assert _labels(text).get("people rescued") == [value], _labels(text)


@pytest.mark.parametrize(
    "texts",
    [
        # reported (finding 8: a council's sum joined Lloyds' provision, a false disagreement)
        (
            "LONDON - Lloyds Banking Group has set aside £1.2bn to cover potential compensation for motor "
            "finance customers, the bank said on Thursday.",
            "LEEDS - Councillors approved the city's budget on Wednesday. A further £40m has been set aside "
            "in the budget, the report said.",
        ),
        # the reviewer's third article: two stories' sums set aside, one with no owner named
        (
            "LEEDS - Councillors approved the city's budget on Wednesday. A further £40m has been set aside "
            "in the budget, the report said.",
            "YORK - The hospital trust said it had set aside £3m in its accounts this year.",
        ),
        # variant of my own
        (
            "Halvik Mining has set aside $350 million for the clean-up of the river.",
            "A sum of $20 million has been put aside, the regional authority's report said.",
        ),
    ],
)
def test_ownerless_set_aside_joins_no_other_story(texts: tuple[str, str]) -> None:
    labels = _labels(*texts)
    assert all(len(v) == 1 for v in labels.values()), labels


@pytest.mark.parametrize(
    "text",
    [
        # reported (finding 9: provisions, food, made money pledged)
        "MANILA - The navy delivered provisions worth ₱2 million to the island on Monday.",
        # variant of my own
        "Volunteers carried provisions worth $40,000 to the stranded villages.",
    ],
)
def test_provisions_are_supplies(text: str) -> None:
    labels = _labels(text)
    assert not _pledged(labels), labels


def test_a_provision_of_money_is_set_aside() -> None:
    labels = _labels("Kestrel Bank made a provision of £800m for mis-selling claims.")
    assert "money for mis-selling claims" in labels, labels


def test_reserved_money_joins_its_owners_purpose() -> None:
    # (finding 10: "reserved" was in one of two word lists only)
    labels = _labels(
        "Northwave Water has set aside £750m to cover compensation for customers, it said.",
        "A further £900m has been reserved by Northwave Water, the company said.",
    )
    assert labels.get("money for compensation") == ["£750m", "£900m"], labels


def test_a_things_pages_are_counted() -> None:
    # (finding 11: reported, and a variant)
    labels = _labels(
        "Investigators seized 4,000 pages of documents from the office.",
        "Auditors reviewed 2,500 pages of invoices.",
    )
    assert sorted(v for vs in labels.values() for v in vs) == ["2,500", "4,000"], labels


@pytest.mark.parametrize(
    "texts",
    [
        # reported (finding 15: a time and instalments read as goods, the disagreement lost)
        (
            "MANILA - The national government released ₱500 million in two tranches for typhoon victims on "
            "Monday, the budget department said.",
            "MANILA - The national government has released ₱480 million in recent weeks, the budget department said.",
        ),
        # variant of my own
        (
            "The provincial government released ₱300 million in several instalments, officials said.",
            "The provincial government has released ₱320 million in recent days, officials said.",
        ),
    ],
)
def test_in_a_time_or_instalments_is_no_goods(texts: tuple[str, str]) -> None:
    facts = sheet(*texts)
    rows = [f for f in facts if f.label == "money pledged"]
    assert len(rows) == 1 and len(rows[0].values) == 2, [(f.label, [v.display for v in f.values]) for f in facts]
    assert rows[0].status == "disagree"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # reported (finding 16: "excluding" became the count's label)
        (
            "The ferry had 180 passengers excluding crew, the operator said.",
            "The ferry had 185 passengers, the operator said.",
        ),
        # variant of my own
        (
            "The hostel housed 60 guests pending inspection, the owner said.",
            "The hostel housed 64 guests, the owner said.",
        ),
    ],
)
def test_an_ing_preposition_labels_no_count(a: str, b: str) -> None:
    labels = _labels(a, b)
    assert any(len(v) == 2 for v in labels.values()), labels


@pytest.mark.parametrize(
    ("firm", "text"),
    [
        # reported (finding 6: the titled name ended the sentence before the firm's)
        ("Starhorse Shipping", '"We will help," said Governor Ilsa Brannock. Starhorse Shipping said it would pay.'),
        ("Meralco", "The outage hit Manila, said Captain Arnel Buhain.\n\nMeralco said it would pay."),
        ("Petron", "Secretary Raphael Lotilla. Petron will pay."),
        # variant of my own
        ("Halvorsen", "The tug was late, said Commodore Dindo Macaraeg.\nHalvorsen Salvage will pay."),
    ],
)
def test_a_firm_after_a_titled_name_is_a_firm(firm: str, text: str) -> None:
    assert not _no_firm(firm, text)


def test_a_titled_name_wrapped_on_a_line_is_a_person() -> None:
    assert _no_firm("Buhain", "said Captain Arnel\nBuhain, master of the tug.")
