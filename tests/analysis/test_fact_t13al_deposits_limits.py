"""A bank's deposits, the per-saver limit a guarantee covers and the money a fund receives
(#16, t13al N1, N2, N7). "holds total deposits of €18.4 billion" and "Deposits up to €100,000 are
covered" shared one row "amount (EUR)" that disagreed (€18.4bn → up to €100,000 → €18.2bn); AP's
"17.9 billion euros in deposits" sat in a row "amount (EUR): central" with a €2.5bn credit line;
the limit "per depositor", "per saver", "per person" were three single rows; "The guarantee fund
will receive a credit line of 2.5 billion euros" was "money pledged (the guarantee)", a payer
that is the money's recipient. A bank's deposits are one measure, the most a scheme covers each
holder another, and a fund that receives money is what it is for. The texts are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def money_rows(facts: list[Fact]) -> dict[str, tuple[bool, list[float]]]:
    """label → (agree, sorted values) of the rows holding money."""
    return {
        f.label: (f.agree, sorted(float(v.value) for v in f.values))
        for f in facts
        if any(v.kind == "money" for v in f.values)
    }


@pytest.mark.parametrize(
    ("texts", "deposits", "limit"),
    [
        # reported (t13al): four outlets' deposits, the €100,000 limit in four wordings, a credit line
        (
            [
                "Veltra Bank operates 137 branches and holds total deposits of €18.4 billion. All deposits up"
                " to €100,000 per depositor are covered by the Deposit Guarantee Scheme.",
                "The bank held 17.9 billion euros in deposits belonging to some 410,000 customers, the central"
                " bank said. Insured deposits of up to 100,000 euros are safe, officials said.",
                "Veltra Bank had about 410,000 depositors and 18.2 billion euros in deposits. The Dutch deposit"
                " guarantee scheme covers up to €100,000 per person per bank.",
                "Deposits up to €100,000 are covered by the guarantee scheme. Finance Minister Ilse Vroom has"
                " announced a €2.5bn credit line. Deposits totalled seventeen point nine billion euros.",
            ],
            [17.9e9, 17.9e9, 18.2e9, 18.4e9],
            100_000.0,
        ),
        # variants: pounds, "customer deposits", "protected … for each depositor", a loan facility
        (
            [
                "Harlow Savings held £41.2bn in customer deposits. Savings of up to £85,000 per saver are"
                " protected by the compensation scheme.",
                "Deposits at the lender totalled £40.8bn. The scheme protects up to £85,000 for each depositor.",
                "The Treasury has arranged a £3bn loan facility for the lender.",
            ],
            [40.8e9, 41.2e9],
            85_000.0,
        ),
        # dollars: "deposits stood at", a limit of accounts insured with no holder named
        (
            [
                "Coastal Trust reported $209 billion in deposits. The agency insures deposits up to $250,000"
                " per depositor.",
                "The bank's deposits stood at $212 billion. Accounts are insured up to $250,000.",
            ],
            [209e9, 212e9],
            250_000.0,
        ),
    ],
)
def test_deposits_one_row_and_the_limit_another(texts: list[str], deposits: list[float], limit: float) -> None:
    rows = money_rows(sheet(*texts))
    assert rows.get("deposits") == (False, deposits), rows
    written = sum(t.count(f"{limit:,.0f}") for t in texts)  # each outlet's limit, one row that agrees
    assert rows.get("limit covered") == (True, [limit] * written), rows
    # no row compares the limit with a total, nor a credit line with deposits
    assert not any(min(vals) <= limit < max(vals) for _agree, vals in rows.values()), rows


def test_limits_of_two_kinds_of_account_stay_apart() -> None:
    """No false disagreement: a joint account's limit is no value of one saver's."""
    rows = money_rows(
        sheet(
            "The scheme covers up to €100,000 per person. Joint accounts are covered up to €200,000.",
            "Deposits of up to €100,000 per saver are guaranteed.",
        )
    )
    assert rows["limit covered"] == (True, [100_000.0, 100_000.0]), rows
    assert rows["limit covered (joint accounts)"] == (True, [200_000.0]), rows


@pytest.mark.parametrize(
    ("texts", "value"),
    [
        # reported (t13al N7): the fund as the subject of "receive", two outlets' "to the … fund"
        (
            [
                "The guarantee fund will receive a credit line of 2.5 billion euros.",
                "The government would lend 2.5 billion euros to the guarantee fund.",
                "The state has committed €2.5bn to the guarantee fund.",
            ],
            2.5e9,
        ),
        # variants: "received", "gets"
        (
            [
                "The reconstruction fund received $40 million on Monday.",
                "Donors pledged $40 million to the reconstruction fund.",
            ],
            40e6,
        ),
        (
            [
                "The hardship fund gets NOK 5 million this year.",
                "The council gave NOK 5 million to the hardship fund.",
            ],
            5e6,
        ),
    ],
)
def test_money_a_fund_receives_is_money_for_the_fund(texts: list[str], value: float) -> None:
    rows = money_rows(sheet(*texts))
    assert list(rows.values()) == [(True, [value] * len(texts))], rows
    (label,) = rows
    assert label.startswith("money for "), rows
