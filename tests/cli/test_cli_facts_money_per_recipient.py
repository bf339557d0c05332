"""``facts --json`` on money paid to each of a kind of recipient (issue #16, round s36-u; t13ab L19,
the repro folder v27 as written, and variants of my own).

"Each family will receive £25,000" was a bare ``amount (GBP)`` and "will pay £30,000 to each bereaved
family" ``money pledged per bereaved`` (the recipient's adjective taken for its noun): two
single-source rows hiding a disagreement. The recipient, whether it is the subject that receives
("Each family will receive", "Every household is to get") or named after the amount with its
adjectives ("to each bereaved family"), makes an amount per that noun; the label says it in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


V27 = {
    "a.txt": "Harnwick fund\n\nHARNWICK, March 3 (Nordwire) - Westmarch Rail pledged £2 million for the families of "
    "the seven people killed in the Harnwick derailment. Each family will receive £25,000 within a week, the "
    "company said.\n",
    "b.txt": "Harnwick payouts\n\nHARNWICK, March 3 (Eastpress) - Westmarch Rail pledged £2 million for the families "
    "of those killed in the Harnwick derailment, and will pay £30,000 to each bereaved family.\n",
}
HOUSEHOLDS = {
    "a.txt": "Orvale aid\n\nORVALE, June 9, 2026 (Nordwire) - The council said every household is to get $1,500 "
    "after the floods.\n",
    "b.txt": "Orvale grants\n\nORVALE, June 9, 2026 (Eastpress) - The council will pay $2,000 to each flooded "
    "household, officials said.\n",
}
VICTIMS = {
    "a.txt": "Kessel payments\n\nKESSEL, May 2 (Nordwire) - Each victim will receive €10,000 from the state fund.\n",
    "b.txt": "Kessel state\n\nKESSEL, May 2 (Eastpress) - The state will pay €12,000 to every injured victim.\n",
}


@pytest.mark.parametrize(
    ("files", "noun", "values"),
    [(V27, "family", {25000, 30000}), (HOUSEHOLDS, "household", {1500, 2000}), (VICTIMS, "victim", {10000, 12000})],
    ids=["v27", "households", "victims"],
)
def test_money_to_each_recipient_is_one_row_per_recipient(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], noun: str, values: set[int]
) -> None:
    facts = _facts(tmp_path, capsys, files)
    rows = [f for f in facts if any(v["value"] in values for v in f["values"])]
    assert len(rows) == 1, [(f["label"], f["values"]) for f in rows]
    [row] = rows
    assert row["status"] == "disagree"
    assert {v["value"] for v in row["values"]} == values
    assert f" {noun}" in row["label"] and " per " in row["label"]
    # the label in words: never an adjective clipped from its noun ("per bereaved")
    assert row["label"].split(" per ")[1].split(" (")[0].split()[-1] == noun
    assert not [f for f in facts if f["label"].startswith("amount (")]
