"""Regressions of session 44's fact-sheet rules found by review s45-rv (issue #16), each a kind: the
reported input, then two variants of my own; what must still agree or stay apart beside them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from fact_helpers import Art, sheet

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.timeline import build_timeline


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
        (("Nurses want 3.5%, the union said.", "Nurses are demanding 4%."), "pay rise demanded"),
        (("Drivers were offered a 2.5% pay rise.", "Drivers were offered 3%."), "pay rise offered"),
    ],
)
def test_two_set_percentages_are_never_a_rounding(texts: tuple[str, str], label: str) -> None:
    rows = _rows(*texts)
    assert rows[label][0] == "disagree", rows


def test_a_rejected_offer_and_its_successor_are_never_a_rounding() -> None:
    # reported (corpus teach). The 3.5% both articles say was rejected and the 4% that replaced it
    # are two proposals (round s46-f, S1: a former version is a row of its own where an article says
    # it was replaced): neither row rounds one to the other (this case read "disagree", one row).
    rows = _rows(_TEACH_A, _TEACH_B)
    assert rows["pay rise offered (rejected)"] == ("agree", [("a", "3.5%"), ("b", "3.5%")]), rows
    assert rows["pay rise offered"] == ("single source", [("b", "4%")]), rows


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


# finding 3: a sum after a share move is the price only when the move's verb governs it
@pytest.mark.parametrize(
    "first",
    [
        "Kelso shares rose 5% after it raised its dividend to 12p.",  # reported (corpus dividend)
        "Kelso shares rose 5% as the company lifted its dividend to 14p.",
        "Kelso shares rose 5% when it paid its final dividend at 12p.",
    ],
)
def test_a_dividend_after_a_share_move_is_no_share_price(first: str) -> None:
    rows = _rows(first, "Kelso shares rose 5% to 230p.")
    assert rows["share price (Kelso)"] == ("single source", [("b", "£2.30")]), rows


# finding 4: a second firm's clause holds its own price; a firm short and in full is one firm
@pytest.mark.parametrize(
    ("first", "other"),
    [
        ("Tarlow shares rose 18% to 498p, while Harwick fell 3% to 1,240p.", "Harwick"),  # reported (twofirms)
        ("Tarlow shares rose 18% to 498p and Selby dropped 2% to 310p.", "Selby"),
        ("Tarlow shares closed 18% higher at 498p, but Merrow slipped 1% to 75p.", "Merrow"),
    ],
)
def test_two_firms_prices_stay_apart_and_one_firm_is_one_row(first: str, other: str) -> None:
    rows = _rows(first, "Tarlow Foods shares closed at 498p.")
    assert rows["share price (Tarlow Foods)"] == ("agree", [("a", "£4.98"), ("b", "£4.98")]), rows
    assert rows[f"share price ({other})"][1][0][0] == "a", rows
    assert "share price (Tarlow)" not in rows, rows


# finding 5: a price per share written as a hyphenated adjective is the price of one share
@pytest.mark.parametrize(
    "first",
    [
        "Harwick Group tabled a 520p-a-share offer worth £4.1 billion.",  # reported (corpus takeover)
        "Harwick made a 520p-per-share bid valuing the firm at £4.1 billion.",
        "The board backed a £5.20-a-share offer worth £4.1bn.",
    ],
)
def test_a_hyphenated_per_share_price_is_no_total(first: str) -> None:
    rows = _rows(first, "Harwick will pay 545p a share.")
    assert rows["price per share"] == ("disagree", [("a", "£5.20"), ("b", "£5.45")]), rows
    assert all(label == "price per share" or ("a", "£5.20") not in vals for label, (_s, vals) in rows.items()), rows


# finding 22: one list of a share's verbs; "slipped" moves a price as "fell" does
@pytest.mark.parametrize("verb", ["slipped", "eased", "advanced"])
def test_every_share_move_verb_gives_a_price(verb: str) -> None:
    rows = _rows(f"Kelso shares {verb} 3% to 210p.", "Kelso shares fell 3% to 230p.")
    assert rows["share price (Kelso)"] == ("disagree", [("a", "£2.10"), ("b", "£2.30")]), rows


# finding 6: the covering verb must govern the amount; a daily cap or a payment is no cover limit
@pytest.mark.parametrize(
    "first",
    [
        "Savers are protected by the scheme, but can withdraw only £500 per customer a day.",  # reported
        "Deposits are guaranteed by the state, though savers may take out just £300 per person each day.",
        "The bank will compensate customers £250 per customer for the outage.",
    ],
)
def test_a_withdrawal_cap_or_a_payment_is_no_cover_limit(first: str) -> None:
    rows = _rows(first, "Deposits are protected up to £85,000 per person.")
    assert rows["limit covered"] == ("single source", [("b", "up to £85,000")]), rows


# finding 7: a covered noun or a place's name before "deposits"/"accounts" names no kind of account
@pytest.mark.parametrize(
    "first",
    [
        "Savings accounts are protected up to £85,000 per saver, the FSCS said.",  # reported (savacc)
        "UK deposits are guaranteed up to £85,000 per saver.",  # reported (p4.py uk_deposits)
        "All Irish deposits are guaranteed up to £85,000 per depositor.",
    ],
)
def test_one_limit_covered_row_whatever_the_deposits_are_called(first: str) -> None:
    rows = _rows(first, "Deposits are protected up to £90,000 per person.")
    assert rows["limit covered"] == ("disagree", [("a", "up to £85,000"), ("b", "up to £90,000")]), rows


def test_a_kind_of_account_keeps_its_own_limit() -> None:
    rows = _rows("The scheme covers up to €100,000 per person. Joint accounts are covered up to €200,000.")
    assert rows["limit covered (joint accounts)"] == ("single source", [("a", "up to €200,000")]), rows


# finding 10: an article's "up from" value is history before it, no report after another outlet's
# earlier report of the value it has now
@dataclass
class _Dated(Art):
    date: str = ""
    outlet: str = ""
    title: str = ""


@pytest.mark.parametrize(
    ("first", "later", "label", "now"),
    [
        (  # reported (corpus rail)
            "The cost of an annual season ticket from Reading to London rose by £240 to £5,460.",
            "A Reading season ticket now costs £5,460, up from £5,220.",
            "ticket cost",
            "£5,460",
        ),
        (
            "The cost of a season ticket from Leeds to York rose to £3,100.",
            "A Leeds season ticket now costs £3,100, up from £2,950.",
            "ticket cost",
            "£3,100",
        ),
        (
            "The cost of an annual bus pass rose by £40 to £980.",
            "The annual bus pass now costs £980, up from £940, the operator said.",
            "pass cost",
            "£980",
        ),
    ],
)
def test_an_earlier_value_is_no_step_after_a_report_of_the_current(
    first: str, later: str, label: str, now: str
) -> None:
    a = _Dated("a", f"Story\n\n{first}", "2026-01-02T07:00:00+00:00", "Transport Today")
    b = _Dated("b", f"Story\n\n{later}", "2026-01-02T12:00:00+00:00", "Commuter News")
    timeline = build_timeline([a, b], {}, fact_sheet([(a, []), (b, [])]))
    # the value both outlets give now, first said at 07:00: no fall to last year's value after it
    assert [(s.doc, s.shown) for s in timeline.subjects[label].changes()] == [("a", now)]


# finding 27 (item 11): a grant's level in any tense is one measure; its subject may be elided
# after "and"/"but", and its value then replaces the earlier one of its sentence
@pytest.mark.parametrize(
    ("first", "later", "now", "before"),
    [
        (  # reported (corpus grant)
            "The grant now stood at £4m, the council said.",
            "The council's grant was £3.5m last year, and now stands at £4.2m.",
            "£4.2 million",
            "£3.5 million",
        ),
        (
            "The grant was €300,000, the minister said.",
            "The emergency grant was €250,000 in May, but now stands at €450,000.",
            "€450,000",
            "€250,000",
        ),
        (
            "The grant now stood at $2.5 million.",
            "The grant was $2 million last year and is now $2.6 million.",
            "$2.6 million",
            "$2 million",
        ),
    ],
)
def test_a_grants_level_in_any_tense_is_one_row(first: str, later: str, now: str, before: str) -> None:
    (row,) = [f for f in sheet(first, later) if f.label == "money pledged"]
    assert row.status == "disagree", row
    assert [(v.doc, value_text(v), [value_text(e) for e in v.earlier]) for v in row.values][1] == ("b", now, [before])


# finding 13: "one and a half million" is 1.5 million (the prose rule for "one" took the fraction's
# figure away, and the bare "million" was read as 1 million)
@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("About one and a half million homes are affected.", "Some 1.5 million homes are affected."),  # reported
        ("One and a quarter million people live there.", "Some 1.25 million people live there."),
        ("Inflation rose to one and a half per cent.", "Inflation rose to 1.5%."),
    ],
)
def test_one_and_a_fraction_of_a_scale_is_one_figure(first: str, later: str) -> None:
    assert [f.status for f in sheet(first, later)] == ["agree"]
