"""``facts --json`` on three outlets' accounts of one firm's fine and revenue (#16, t13w F2 and F5,
round s33-k): the fine "£2.3m" / "£2.3 million" / "2.3 mln pounds" dated "in 2023" is one fact of
three sources that agree (two dated articles dropped it as an earlier event's figure), its year no
row of its own; the revenue is one fact, never a row per capitalised word ("revenue (Sales)"); a
fine paid and money lost are labelled so; the people the firm employs ("employs around 650 people",
"About 650 people work there") are one fact, *staff*. The corpus is invented, written in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

V2 = {
    "coastal.txt": "Kalvik plant had been fined before\n\nBy Oskar Vinter · The Coastal Times · 14 March 2026 19:20\n\n"
    "Environmental inspector Henrik Solberg said the plant had been fined £2.3m in 2023 over a chlorine leak. "
    "Veltmark Chemicals, which employs around 650 people at the site, had sales of €410 million last year.\n",
    "wire.txt": "Veltmark had record of fines\n\nKALVIK, March 14 (Eastpress) - The company had sales of 410 mln "
    "euros last year and was fined 2.3 mln pounds in 2023. It employs about 650 people in Kalvik.\n",
    "chemweek.txt": "Kalvik blast raises questions over ageing plants\n\nBy Ruth Aalto · Chemical Week Review · "
    "15 March 2026\n\nAccording to regional inspection records, the site was fined £2.3 million in 2023 after a "
    "chlorine leak. About 650 people work there. Sales reached €410 million last year.\n",
}
# variants: euros in three forms, another year; "Turnover" opening a sentence
VARIANT = {
    "north.txt": "Refinery fined before\n\nBy Ana Holm · North Post · 2 May 2026\n\n"
    "Regulators said the Dorvik refinery was fined €5m in 2021 for a spill. Turnover reached €90 million last year.\n",
    "south.txt": "Dorvik record\n\nBy Per Lind · South Daily · 3 May 2026\n\n"
    "Records show the refinery was fined EUR 5 million in 2021. Dorvik Oil had turnover of €90m last year. "
    "Some 1,200 employees are employed at the refinery.\n",
    "wire.txt": "Dorvik Oil had record of fines\n\nDORVIK, May 3 (Nordwire) - Dorvik Oil was fined 5 mln euros in "
    "2021 after the spill. The company had a turnover of 90 mln euros last year. It employs 1,200 workers.\n",
}


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)["facts"]


def _row(facts: list[dict], label: str) -> tuple[int, str, list[float]]:
    [fact] = [f for f in facts if f["label"] == label]
    return fact["sources"], fact["status"], [v["value"] for v in fact["values"]]


@pytest.mark.parametrize(
    # (the revenue "last year" is the year before the articles' 2026, a wire's "March 14" given the
    # year of the others: round s34-e, relative years resolved)
    ("files", "fine", "value", "revenue", "staff", "revenue_label"),
    [
        (V2, "fine in 2023", 2.3e6, 410e6, 650, "revenue in 2025"),
        (VARIANT, "fine in 2021", 5e6, 90e6, 1200, "revenue in 2025"),
    ],
)
def test_one_fine_and_one_revenue_of_three_outlets(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    fine: str,
    value: float,
    revenue: float,
    staff: int,
    revenue_label: str,
) -> None:
    facts = _facts(tmp_path, capsys, files)
    assert _row(facts, fine) == (3, "agree", [value] * 3)
    assert _row(facts, revenue_label) == (3, "agree", [revenue] * 3)
    money = [f["label"] for f in facts if any(v["kind"] == "money" for v in f["values"])]
    assert sorted(money) == sorted([fine, revenue_label])
    assert not [f for f in facts if f["label"] == "year"]
    # "employs around 650 people", "About 650 people work there": the firm's staff, one fact
    [row] = [f for f in facts if f["label"] == "staff"]
    assert row["status"] == "agree" and {v["value"] for v in row["values"]} == {staff}
    assert row["sources"] == (3 if staff == 650 else 2)


def test_a_fine_paid_and_money_lost(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(
        tmp_path,
        capsys,
        {
            "forms.txt": "Figures in many forms\n\nThe parent group lost $ 1.8 bln in the quarter. The Indian arm "
            "reported Rs 16,189 crore in sales and paid ₹3 lakh in fines. The airline paid €40,000 in penalties.\n"
        },
    )
    labels = sorted(f["label"] for f in facts if any(v["kind"] == "money" for v in f["values"]))
    # (two rows of "fine": the row apart names what tells it, "fine: penalties": t13ad N23, round s37-x2)
    assert labels == ["fine", "fine: penalties", "loss", "revenue"]
