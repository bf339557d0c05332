"""One sum named several ways is one row, so a true disagreement shows (t13al-r N1, N2, N7, issue
#16): an airline's debts "owed $1.2 billion" / "had debts of $1.4 billion" were rows "amount (USD)"
and "amount (USD): debts", a loan "offered a bridge loan of $300 million" / "would lend $300 million"
rows "money offered" and "amount (USD): airline", a society's savings "held savings of £5.8 billion"
/ "£6.1bn of savings on its books" rows "holding" and "money cut or saved", a guarantee "up to
C$100,000 per depositor" / "for up to C$100,000 each" rows "limit covered" and "amount (CAD)", and
aid "500 million rupees in drought aid" / "Rs 500 million in relief" two rows. Different sums stay
apart: two lenders' loans, two firms' debts, a per-saver limit and the deposits."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def rows(*texts: str) -> dict[str, tuple[list[str], bool]]:
    return {f.label: ([value_text(v) for v in f.values], f.agree) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "label", "values", "agree"),
    [
        # reported (N2/a): debts
        (
            (
                "Aerovia, the Lisbon-based carrier, owed $1.2 billion to creditors when it filed for bankruptcy.",
                "Aerovia had debts of $1.4 billion, according to court papers.",
            ),
            "debts",
            ["$1.2 billion", "$1.4 billion"],
            False,
        ),
        # variant: "owes", "debts of"
        (
            ("The club owed €90 million when it folded.", "The club had debts of €95 million, the league said."),
            "debts",
            ["€90 million", "€95 million"],
            False,
        ),
        # reported (N2/a): a loan offered and lent
        (
            (
                "The government offered a bridge loan of $300 million to keep planes flying.",
                "Portugal's finance ministry said it would lend $300 million to the airline.",
            ),
            "money pledged",
            ["$300 million", "$300 million"],
            True,
        ),
        # variant: a loan's kind before it, "lend"
        (
            (
                "The state offered an emergency loan of €40 million to the carrier.",
                "The state will lend €45 million to the carrier.",
            ),
            "money pledged",
            ["€40 million", "€45 million"],
            False,
        ),
        # reported (N1/b): savings held
        (
            (
                "The society held savings of £5.8 billion.",
                "Kestrel Savings collapsed on Wednesday with £6.1bn of savings on its books.",
            ),
            "deposits",
            ["£5.8 billion", "£6.1 billion"],
            False,
        ),
        # variant: "holds savings of", "in savings on its books"
        (
            (
                "The mutual holds savings of €900 million.",
                "The mutual failed with €950 million in savings on its books.",
            ),
            "deposits",
            ["€900 million", "€950 million"],
            False,
        ),
        # reported (N1/a): a limit per holder, "each"
        (
            (
                "Deposits are insured up to C$100,000 per depositor.",
                "Members are protected for up to C$100,000 each under the provincial scheme.",
            ),
            "limit covered",
            ["up to 100,000 CAD", "up to 100,000 CAD"],
            True,
        ),
        # variants: "each" before a clause's next phrase, another holder, another verb of covering
        (
            (
                "Deposits are insured up to NZ$100,000 per depositor.",
                "Customers are protected for up to NZ$100,000 each under the new scheme.",
            ),
            "limit covered",
            ["up to 100,000 NZD", "up to 100,000 NZD"],
            True,
        ),
        (
            (
                "Savers are covered up to £85,000 per person.",
                "Policyholders are compensated for up to £85,000 each if the firm fails.",
            ),
            "limit covered",
            ["up to £85,000", "up to £85,000"],
            True,
        ),
        # reported (N7/b): aid of a purpose and the same sum of none
        (
            (
                "The ministry will give 500 million rupees in drought aid to farmers.",
                "Farmers will receive Rs 500 million in relief, the ministry said.",
            ),
            "money for drought aid",
            ["₹500 million", "₹500 million"],
            True,
        ),
        # variants: a credit line and a fund's money (N7's original), relief and reconstruction
        (
            (
                "The minister said the state would provide a €2.5 billion credit line.",
                "The state has committed €2.5bn to the guarantee fund.",
            ),
            "money for guarantee fund",
            ["€2.5 billion"],
            True,
        ),
        (
            ("The government pledged $40 million for reconstruction.", "The government released $40 million in aid."),
            "money for reconstruction",
            ["$40 million"],
            True,
        ),
    ],
)
def test_one_sum_named_several_ways_is_one_row(
    texts: tuple[str, ...], label: str, values: list[str], agree: bool
) -> None:
    got = rows(*texts)
    assert label in got, got
    assert got[label][1] is agree and got[label][0][: len(values)] == values, got
    assert len(got[label][0]) == len(texts), got  # every article's value in the one row
    assert len([k for k in got if got[k][0] and any(v in got[k][0] for v in values)]) == 1, got


def test_different_sums_stay_apart() -> None:
    got = rows("The EU will lend €2 billion to Ruritania.", "The IMF will lend €3 billion to Ruritania.")
    assert all(agree for _, agree in got.values()), got
    got = rows("Aerovia owes $1.2 billion.", "Brightjet owes $400 million.")
    assert all(agree for _, agree in got.values()), got
    got = rows("The government pledged $40 million in aid.", "The government pledged $60 million for reconstruction.")
    assert all(agree for _, agree in got.values()), got
    got = rows("The bank held deposits of €4 billion. Deposits are insured up to €100,000 per depositor.")
    assert got.get("deposits") == (["€4 billion"], True) and got.get("limit covered") == (["up to €100,000"], True), got
