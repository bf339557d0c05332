"""Money a crime took or moved is no money given (issue #16 "figures agree", round s48-f):
"Scammers sent $5 million in stolen funds to accounts abroad" was a row *money pledged*, one with a
government's aid of $5 million. Money stolen, laundered, embezzled or taken by fraud is a row of
its own kind (facts/crime_money.py), compared among the outlets that report it; a ransom stays
money demanded."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, list[str]]:
    return {f.label: sorted(v.doc for v in f.values) for f in sheet(*texts) if f.values[0].kind == "money"}


@pytest.mark.parametrize(
    ("texts", "crime", "docs"),
    [
        # reported (a wire on a scam beside a paper on the aid)
        (
            (
                "Scammers sent $5 million in stolen funds to accounts abroad, prosecutors said.",
                "The government pledged $5 million in aid to the flooded province.",
            ),
            "money stolen",
            ["a"],
        ),
        # variants of my own: laundered (two outlets agreeing), embezzled beside a donor's gift
        (
            (
                "The gang laundered about $3 million through two casinos, police said.",
                "Investigators said $3 million had been laundered through the casinos.",
                "Japan sent $3 million in relief to the region.",
            ),
            "money laundered",
            ["a", "b"],
        ),
        (
            (
                "The charity's treasurer embezzled €2 million over six years.",
                "The Lindqvist Foundation will give €2 million to the charity.",
                "A court heard that investors were defrauded of €2 million.",
            ),
            "money embezzled",
            ["a"],
        ),
    ],
)
def test_crime_money_is_its_own_row(texts: tuple[str, ...], crime: str, docs: list[str]) -> None:
    rows = _rows(*texts)
    assert rows.get(crime) == docs, rows
    pledged = {d for label, ds in rows.items() if label.startswith("money pledged") for d in ds}
    assert pledged and not pledged & set(docs), rows


def test_fraud_of_a_sum_and_gifts_to_its_victims() -> None:
    rows = _rows(
        "The pair defrauded pensioners of £800,000, the court heard.",
        "The council pledged £800,000 to the victims of the fraud.",
    )
    assert rows.get("money taken by fraud") == ["a"], rows
    assert [d for label, d in rows.items() if label.startswith("money pledged")] == [["b"]], rows


def test_ransom_stays_demanded() -> None:
    rows = _rows("The hackers demanded a $4 million ransom.", "The gang wanted a $4 million ransom, police said.")
    assert not [label for label in rows if label.startswith("money stolen")], rows
