"""``facts --json`` on the tester's garment-factory fire (issue #16, t13ag N2-N7; tests/fixtures/
facts_t13ag_gazipur holds nine of its articles as written).

Taka were no money, so the compensation per family (200,000 against Asia Courier's 100,000 taka) had
no row; the share of women (60% against 80%) was three single-source rows, one with its value in its
label; the factory's 3,200 workers disagreed with a rally's 5,000 and the industry's four million,
and were split over two rows; the press release's "17 colleagues we have lost" was a row
"colleagues"; a disagreeing row had ``"agree": null``."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_t13ag_gazipur"


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("gazipur")
    corpus = tmp / "c"
    shutil.copytree(FIXTURES, corpus)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["--corpus", str(corpus), "--index-dir", str(tmp / "i"), "facts", "--json"])
    assert code == 0
    rows: list[dict[str, Any]] = json.loads(out.getvalue())["facts"]
    return rows


def _row(facts: list[dict[str, Any]], label: str) -> dict[str, Any]:
    found = [f for f in facts if f["label"] == label]
    assert len(found) == 1, [f["label"] for f in facts]
    return found[0]


def _values(row: dict[str, Any]) -> list[tuple[str, float]]:
    return sorted((v["doc"], v["value"]) for v in row["values"])


def test_compensation_per_family_disagrees(facts: list[dict[str, Any]]) -> None:
    row = _row(facts, "money pledged per family (the government)")
    assert row["status"] == "disagree" and row["agree"] is False
    assert {v["unit"] for v in row["values"]} == {"BDT"}
    assert ("asiacourier", 100000) in _values(row)
    assert {d for d, x in _values(row) if x == 200000} >= {
        "reuters-gazipur-0311",
        "ap-gazipur",
        "dhaka-ledger-full",
        "newsnow-page",
    }
    # the company's own payment and the unions' demand are rows of their own; the conversion
    # "($1,640)" is one figure with its taka
    assert _values(_row(facts, "money pledged per family (Orvane Group)")) == [("orvane-statement", 500000)]
    assert _values(_row(facts, "money demanded (the unions)")) == [("asiacourier", 200000)]
    assert not [f for f in facts for v in f["values"] if v["value"] == 1640], facts


def test_share_of_women_one_row(facts: list[dict[str, Any]]) -> None:
    row = _row(facts, "share of workers (women)")
    assert row["status"] == "disagree"
    assert _values(row) == [
        ("dhaka-ledger-full", 60),
        ("explainer", 60),
        ("reuters-gazipur-0311", 80),
    ]
    assert not [f["label"] for f in facts if any(c.isdigit() for c in f["label"])]


def test_headcount_one_agreeing_row(facts: list[dict[str, Any]]) -> None:
    staff = _row(facts, "staff")
    assert staff["status"] == "agree", staff
    assert {x for _, x in _values(staff)} == {3200}
    assert {"dhaka-ledger-full", "explainer", "reuters-gazipur-0311"} <= {d for d, _ in _values(staff)}
    # no other row holds a 3,200; the rally's and the industry's people are rows of their own
    assert [f["label"] for f in facts if any(v["value"] == 3200 for v in f["values"])] == ["staff"]
    assert _values(_row(facts, "workers at the rally")) == [("labourwire#orvane-unions", 5000)]
    assert _values(_row(facts, "people employed in the industry")) == [("newsnow-page", 4e6)]
    assert not [f for f in facts if f["status"] == "disagree" and f["label"] in ("workers", "staff")]


def test_colleagues_lost_are_the_toll(facts: list[dict[str, Any]]) -> None:
    toll = _row(facts, "death toll")
    assert ("orvane-statement", 17) in _values(toll)
    assert not [f for f in facts if f["label"] == "colleagues"]


def test_disagreeing_rows_agree_false(facts: list[dict[str, Any]]) -> None:
    missing = _row(facts, "people missing")
    assert missing["status"] == "disagree" and missing["agree"] is False
    for f in facts:
        assert (f["agree"] is False) == (f["status"] == "disagree"), f["label"]
        assert (f["agree"] is None) == (f["status"] == "not compared") or f["status"] == "single source", f["label"]
