"""Regressions of session 44's fact-sheet rules found by review s45-rv (issue #16), each a kind: the
reported input, then two variants of my own; what must still agree or stay apart beside them."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """label → (status, [(doc, value as shown)])"""
    return {f.label: (f.status, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(*texts)}


# finding 1: an offer or a demand is set, not measured: no rounding makes two of them one
_TEACH_A = (
    "Teachers have rejected a 3.5% pay offer from the Department for Education, the National Teachers Union"
    " (NTU) said on Monday.\n\nThe department had earlier offered 2.8%, which members turned down in February."
)
_TEACH_B = (
    "Members of the NTU voted to strike after rejecting a 3.5% pay offer. The Department for Education then"
    " offered 4%, a spokeswoman said."
)


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        ((_TEACH_A, _TEACH_B), "pay rise offered"),  # reported (corpus teach)
        (("Nurses want 3.5%, the union said.", "Nurses are demanding 4%."), "pay rise demanded"),
        (("Drivers were offered a 2.5% pay rise.", "Drivers were offered 3%."), "pay rise offered"),
    ],
)
def test_two_set_percentages_are_never_a_rounding(texts: tuple[str, str], label: str) -> None:
    rows = _rows(*texts)
    assert rows[label][0] == "disagree", rows


def test_an_offer_written_as_a_rounding_still_agrees() -> None:
    rows = _rows("Teachers were offered about 4%.", "Teachers were offered 3.8%.")
    assert rows["pay rise offered"][0] == "agree", rows


# finding 2: a rejection governs the offer; a verb whose object is something else rejects nothing
_POLICE = " Separately, ministers offered 5% to police officers."


@pytest.mark.parametrize(
    "first",
    [
        "The union refused to comment on the 4% pay offer.",  # reported (corpus refused)
        "The union has refused to discuss the 4% pay offer.",
        "The union rejected claims about the 4% pay offer.",
    ],
)
def test_a_verb_governing_another_object_rejects_no_offer(first: str) -> None:
    rows = _rows(first + _POLICE, "Teachers were offered 4%, the union said.")
    # a's 4% is its own value, agreeing with b's, never the 5% offer's earlier value
    assert rows["pay rise offered (teachers)"] == ("agree", [("a", "4%"), ("b", "4%")]), rows


def test_a_rejected_offer_is_still_the_earlier_one() -> None:
    (row,) = sheet("The union rejected the 4% pay offer. Ministers then offered 5%.")
    assert [(value_text(v), [value_text(e) for e in v.earlier]) for v in row.values] == [("5%", ["4%"])]
