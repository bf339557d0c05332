"""Money an owner set aside with no purpose named is one sum with the one purpose the corpus's
money set aside by that owner is for, whatever its value (round s47-f, left undone by s46-f):
"Lloyds set aside £1.4bn in its annual results" and "… has set aside £1.2bn to cover potential
compensation" were two rows (`amount (GBP)`, `money for potential compensation`), the
disagreement hidden (words.sets_aside, money_purpose._aside_purposes)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, list[str]]:
    return {f.label: sorted(v.display for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        # reported (s46-f report, "Not done")
        (
            (
                "Lloyds set aside £1.4bn in its annual results.",
                "Lloyds Banking Group has set aside £1.2bn to cover potential compensation for motor finance customers.",
            ),
            "money for potential compensation",
            ["£1.2bn", "£1.4bn"],
        ),
        # variants of my own: the verb after the sum, other owners, currencies, purposes
        (
            (
                "A further £900m has been set aside by Northwave Water, the company said.",
                "Northwave Water has set aside £750m to cover compensation for customers, it said.",
            ),
            "money for compensation",
            ["£750m", "£900m"],
        ),
        (
            (
                "Halvik Mining put aside $300 million in its accounts.",
                "Halvik Mining has set aside $350 million for the clean-up of the river.",
            ),
            "money for clean-up",
            ["$300 million", "$350 million"],
        ),
    ],
)
def test_set_aside_without_purpose_joins_its_owners_one_purpose(
    texts: tuple[str, str], label: str, values: list[str]
) -> None:
    rows = _rows(*texts)
    assert rows.get(label) == values, rows


def test_a_small_corpus_one_provision_in_disagreement() -> None:
    # (the corpus of round s47-f: another owner's set-aside sum and a donation beside)
    facts = sheet(
        "LONDON — Lloyds set aside £1.4bn in its annual results on Thursday, as the motor finance scandal "
        "weighed on profits.\n\nPre-tax profit fell 20% to £6bn, the bank said.",
        "Lloyds Banking Group has set aside £1.2bn to cover potential compensation for motor finance "
        "customers, its chief executive said.\n\nThe regulator will publish its redress scheme in May.",
        "Harbourview Insurance has set aside £300m for storm claims. Separately, Harbourview Insurance said "
        "it would donate £2m to flood charities.",
    )
    rows = {f.label: f for f in facts}
    comp = rows["money for potential compensation"]
    assert sorted(v.display for v in comp.values) == ["£1.2bn", "£1.4bn"]
    assert comp.status == "disagree"
    assert sorted(v.display for v in rows["money for storm claims"].values) == ["£300m"]


@pytest.mark.parametrize(
    "texts",
    [
        # another owner's set-aside sum stays its own
        ("Kestrel Bank has set aside €900m.", "Dorval Bank has set aside €2 billion for fines."),
        # two purposes: no one to join
        ("Acme set aside $5m.", "Acme set aside $2m for repairs and $3m for compensation."),
        # money pledged is no money set aside
        ("Kestrel Bank has pledged €50m.", "Kestrel Bank has set aside €2 billion for fines."),
    ],
)
def test_set_aside_stays_apart(texts: tuple[str, str]) -> None:
    rows = _rows(*texts)
    assert all(len(v) == 1 for v in rows.values()), rows
