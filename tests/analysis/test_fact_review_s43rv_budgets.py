"""A budget belongs to its owner (issue #16, review s43-rv finding 4): a council's £1.2bn budget
"disagreed" with its libraries' £6m budget, and the council's budget was split over two rows ("will
rise to £1.2bn" was no budget). A council's budget and a service's budget are two measures; one
owner's budgets that truly differ still disagree."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _budgets(*texts: str) -> list[tuple[str, str, list[tuple[str, float]]]]:
    """(status, owner, [(doc, value)]) of each row of money, sorted."""
    return sorted(
        (f.status, f.values[0].owner, [(v.doc, float(v.value)) for v in f.values])
        for f in sheet(*texts)
        if f.values[0].kind == "money" and f.values[0].measure != "cut"
    )


@pytest.mark.parametrize(
    ("a", "b", "owner", "level"),
    [
        # the reported input
        (
            "The council's net budget will rise to £1.2bn. The libraries budget will be cut to £6m.",
            "The council agreed a £1.2bn budget. Libraries will have their budget cut by £2m to £6m.",
            "libraries",
            6e6,
        ),
        # variants: a police budget beside the force's council, a schools budget beside a city's
        (
            "Northshire County Council has agreed a £1.2bn budget. The police budget will rise to £300m.",
            "The council's budget of £1.2bn was approved. Its police budget rises to £300m.",
            "police",
            3e8,
        ),
        (
            "The council's budget will be cut to £1.2bn.",
            "The council agreed a £1.2bn budget. The schools budget will rise to £90m.",
            "schools",
            9e7,
        ),
    ],
)
def test_a_budget_is_its_owners(a: str, b: str, owner: str, level: float) -> None:
    rows = _budgets(a, b)
    council = [r for r in rows if r[1] != owner]
    service = [r for r in rows if r[1] == owner]
    assert [(s, [x for _d, x in v]) for s, _o, v in council] == [("agree", [1.2e9, 1.2e9])]
    assert [[x for _d, x in v] for _s, _o, v in service] == [[level] * len(service[0][2])]


def test_one_owners_budgets_that_differ_disagree() -> None:
    rows = _budgets("The city's budget will be cut to £800m.", "The city agreed an £850m budget.")
    assert [(s, [x for _d, x in v]) for s, _o, v in rows] == [("disagree", [8e8, 8.5e8])]
