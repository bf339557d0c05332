"""Money pledged to a named body apart from a fund, and one fund one row (#16, t13am N3). "pledged one
hundred and fifty thousand euros to the Brevik fishing cooperative on top of its 2.5 million euro
clean-up fund" made a row "money pledged DISAGREE €150,000 → €2.5 million", while the €2.5m six
outlets agree on sat in "money pledged" ("to the clean-up", "to support the clean-up") and in single
rows "money for clean-up money", "money for clean-up (Kaldmoor Gazette)", "money for clean-up fund
(Brevik)" ("its" read as the cooperative's town). Money "to" a work or "to support" it is for that
work, as "for" it is; a named body it is given to is whom; "its" is the sentence's subject's. The
texts are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def money(facts: list[Fact]) -> dict[str, tuple[str, list[float]]]:
    """label → (status, values in doc order) of the rows holding money."""
    return {
        f.label: (f.status, [float(v.value) for v in sorted(f.values, key=lambda v: v.doc)])
        for f in facts
        if any(v.kind == "money" for v in f.values)
    }


@pytest.mark.parametrize(
    ("texts", "fund", "value", "gift", "other"),
    [
        # reported (t13am): five outlets' €2.5m and the Valley Herald's €150,000 to the cooperative
        (
            [
                "The company has pledged EUR 2.5 million to support the clean-up and affected residents.",
                "Orrin Chemicals said it had pledged 2.5 million euros to the clean-up.",
                "Markus Tellerby, chief executive of Orrin Chemicals, said the company had pledged €2.5 million"
                " for the clean-up.",
                "Orrin Chemicals has pledged one hundred and fifty thousand euros to the Brevik fishing cooperative"
                " on top of its 2.5 million euro clean-up fund, a company spokeswoman said.",
                "| Figure | Reported |\n|---|---|\n| Clean-up money pledged | €2.5m |",
            ],
            "money for clean-up",
            2.5e6,
            "money for Brevik fishing cooperative",
            150_000.0,
        ),
        # variants: dollars "to fund the reconstruction"; pounds "to help the repair work", "to the
        # repair fund"
        (
            [
                "Hallmark Bank pledged $3 million to fund the reconstruction.",
                "Hallmark Bank has pledged $3 million for reconstruction, a spokesman said.",
                "Hallmark Bank gave $250,000 to the Marlow fishing association on top of its $3 million"
                " reconstruction fund.",
            ],
            "money for reconstruction",
            3e6,
            "money for Marlow fishing association",
            250_000.0,
        ),
        (
            [
                "Kessby Council gave £40,000 to the Kessby rowing club on top of its £1 million repair fund.",
                "Kessby Council has pledged £1 million to help the repair work.",
                "Kessby Council pledged £1m to the repair fund.",
            ],
            "money for repair fund",
            1e6,
            "money for Kessby rowing club",
            40_000.0,
        ),
    ],
)
def test_a_fund_is_one_row_and_a_gift_to_a_body_another(
    texts: list[str], fund: str, value: float, gift: str, other: float
) -> None:
    rows = money(sheet(*texts))
    written = sum(1 for t in texts if "on top of" not in t) + 1
    assert rows == {fund: ("agree", [value] * written), gift: ("single source", [other])}, rows


def test_gifts_to_two_bodies_stay_apart() -> None:
    """No false disagreement: two pledges to two named bodies, and relief to a town, are three rows."""
    rows = money(
        sheet(
            "Orrin Chemicals pledged €150,000 to the Brevik fishing cooperative.",
            "The firm gave €80,000 to the Kaldmoor angling club, and €150,000 to the Brevik fishing cooperative.",
            "Orrin Chemicals pledged €500,000 to help the town.",
        )
    )
    assert rows["money for Brevik fishing cooperative"] == ("agree", [150_000.0, 150_000.0]), rows
    assert rows["money for Kaldmoor angling club"] == ("single source", [80_000.0]), rows
    assert not any(s == "disagree" for s, _v in rows.values()), rows
