"""Three regressions of round s49-f's fact sheet (review s49-rv findings 8, 9 and 10, round
s49-fx2), each a kind, each with the reviewer's input and two invented variants:

- the recipients' cut of a count of things (``measures._before_recipients``) cuts only at a
  "to"/"for"/"among" followed by people ("to evacuees", "for the displaced"), never an infinitive:
  "ordered 3,000 homes to be evacuated" are homes evacuated, one disagreement with "2,500 homes
  were evacuated";
- an amount that brings in a sum of its own ("a $5 million lawsuit", "its $5 million settlement")
  is no repeat of a named amount of the same value in its article (``grouping._new_sum``): it keeps
  a row;
- goods moved by a firm are given only when they are relief goods by their whole phrase
  ("mosquito nets", "hygiene kits") or their last word alone is ("tents", "blankets"): "fishing
  nets", "test kits", "parcels" shipped or delivered are trade (``goods_given.relief_goods``)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def rows(*texts: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(f.label, f.status, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        pytest.param(
            (
                "Officials ordered 3,000 homes to be evacuated as the flames spread east.",
                "About 2,500 homes were evacuated overnight, officials said.",
            ),
            "homes evacuated",
            id="reported",
        ),
        pytest.param(
            (
                "The council told 120 businesses to be evacuated before noon.",
                "Some 150 businesses were evacuated, the council said.",
            ),
            "businesses evacuated",
            id="variant_businesses",
        ),
        pytest.param(
            (
                "The mayor wants 800 cabins to have been evacuated by dusk.",
                "Some 1,400 cabins were evacuated by dusk, the mayor said.",
            ),
            "cabins evacuated",
            id="variant_to_have_been",
        ),
    ],
)
def test_an_infinitive_after_a_count_is_no_recipients(texts: tuple[str, ...], label: str) -> None:
    got = rows(*texts)
    assert any(lab == label and status == "disagree" and len(vals) == 2 for lab, status, vals in got), got


def test_goods_to_people_stay_the_recipients() -> None:
    got = rows("Aid groups sent 500 tents to the evacuated families in the valley.")
    assert not any("evacuated" in lab for lab, _s, _v in got), got


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param(
            "The governor pledged $5 million for rebuilding. Separately, a $5 million lawsuit was "
            "filed against the utility by residents.",
            "$5 million",
            id="reported",
        ),
        pytest.param(
            "The state granted €10 million for flood defences on Monday.\n\n"
            "Its €10 million settlement with the farmers was sealed in court on Friday.",
            "€10 million",
            id="variant_settlement",
        ),
        pytest.param(
            "The city set aside $2 million for the new shelter in March.\n\n"
            "Donors later gave another $2 million, the mayor said.",
            "$2 million",
            id="variant_another",
        ),
    ],
)
def test_a_sum_of_its_own_is_no_repeat(text: str, shown: str) -> None:
    got = rows(text)
    assert sum(1 for _l, _s, vals in got for _d, v in vals if v == shown) == 2, got


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The health ministry delivered 50,000 test kits to hospitals, and Pacific Gear shipped "
            "400 fishing nets to Norway.",
            id="reported",
        ),
        pytest.param(
            "Nordic Parcel Co delivered 12 million parcels across the country last year.", id="variant_parcels"
        ),
        pytest.param("Acme Labs shipped 30,000 test kits to pharmacies in May.", id="variant_test_kits"),
    ],
)
def test_goods_a_firm_trades_are_not_given(text: str) -> None:
    got = rows(text)
    assert not any(" given by " in lab for lab, _s, _v in got), got


def test_relief_goods_by_their_whole_phrase_are_given() -> None:
    got = rows("Medair delivered 4,000 mosquito nets to families in the camps.")
    assert any(lab == "mosquito nets given by Medair" for lab, _s, _v in got), got
