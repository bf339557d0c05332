"""``facts --json`` on one payer's pledge written in several currencies (issue #16, round s36-u;
t13ab L15, the repro folder v18 as written, and variants of my own).

"Westmarch Rail said it would pay £2 million …", "Westmarch Rail will pay €2.3m …" and "Westmarch
Rail's fund for the families … is worth $2.5 million" were three single-source rows, two labelled
alike and the third a bare ``amount (USD)``. One payer's money of one measure is one row, its
currencies listed apart and not compared (as values counting different things are), and a payer's
fund "is worth" an amount is that payer's pledge."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


V18 = {
    "a.txt": "Fund for Harnwick families\n\nHARNWICK, March 3 (Nordwire) - Westmarch Rail said it would pay £2 million "
    "into a fund for the families of the victims of the Harnwick derailment.\n",
    "b.txt": "Harnwick families to get money\n\nHARNWICK, March 3 (Eastpress) - Westmarch Rail will pay €2.3m to the "
    "families of the victims of the Harnwick derailment, the company said.\n",
    "c.txt": "Harnwick fund\n\nHARNWICK, March 3 (Southline) - Westmarch Rail's fund for the families of the victims "
    "of the Harnwick derailment is worth $2.5 million.\n",
}
MINE = {
    "a.txt": "Kessel aid\n\nKESSEL, May 2 (Nordwire) - Kessel Mining pledged €1 million for the families of the "
    "miners killed in the blast.\n",
    "b.txt": "Kessel money\n\nKESSEL, May 2 (Eastpress) - Kessel Mining will pay $1.1m to the families of the dead "
    "miners, a spokesman said.\n",
    "c.txt": "Kessel package\n\nKESSEL, May 3 (Southline) - Kessel Mining's relief package for the families of the "
    "dead miners is worth £900,000.\n",
}
# two outlets agreeing in one currency, a third in another
FLOOD = {
    "a.txt": "Orvale aid\n\nORVALE, June 9, 2026 (Nordwire) - Valmont Energy pledged $5 million for the flood victims.\n",
    "b.txt": "Orvale pledge\n\nORVALE, June 9, 2026 (Eastpress) - Valmont Energy has pledged $5 million to help "
    "flood victims.\n",
    "c.txt": "Orvale donation\n\nORVALE, June 10, 2026 (Southline) - Valmont Energy donated €4.6m to the flood "
    "victims, the company said.\n",
}


@pytest.mark.parametrize(
    ("files", "payer", "amounts"),
    [
        (V18, "Westmarch Rail", {2_000_000, 2_300_000, 2_500_000}),
        (MINE, "Kessel Mining", {1_000_000, 1_100_000, 900_000}),
        (FLOOD, "Valmont Energy", {5_000_000, 4_600_000}),
    ],
    ids=["v18", "mine", "flood"],
)
def test_one_payers_pledge_in_several_currencies_is_one_row_not_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], payer: str, amounts: set[int]
) -> None:
    facts = _facts(tmp_path, capsys, files)
    money = [f for f in facts if any(v["kind"] == "money" for v in f["values"])]
    assert len(money) == 1, [(f["label"], [(v["doc"], v["display"]) for v in f["values"]]) for f in money]
    [row] = money
    assert row["label"] == f"money pledged ({payer})"
    assert row["status"] == "not compared"
    assert {v["value"] for v in row["values"]} == amounts
    assert sorted({v["doc"] for v in row["values"]}) == ["a", "b", "c"]
