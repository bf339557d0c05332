"""``facts --json`` and ``timeline --json`` on money (t13p F5, F6, F14; round s30-b): two amounts of
one sentence with their own owners and verbs are two facts, neither superseding the other, a bid no
pledge; a place before the noun it modifies ("a Tokyo charity") is no country; money for
reconstruction is no value of money pledged to a relief fund (no row in disagreement, no timeline
step between them); a currency written as a word ("soles") is money in it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s30b_money"


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, extra: dict[str, str]) -> dict:
    corpus = tmp_path / "c"
    shutil.copytree(FIXTURES, corpus)
    for name, text in extra.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _money(facts: dict, doc: str) -> list[tuple[str, float, str, list[float]]]:
    return sorted(
        (f["label"], v["value"], v["unit"], [e["value"] for e in v["superseded"]])
        for f in facts["facts"]
        for v in f["values"]
        if v["doc"] == doc and v["kind"] == "money"
    )


def test_reported_asia_wire(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _money(_run(tmp_path, capsys, "facts", {}), "asia_wire") == [
        # each row of money given names its payer beside the others, in any currency (t13y G1)
        ("bid", 161890000000, "INR", []),
        ("money pledged (China)", 600000000000, "CNY", []),
        ("money pledged (India)", 300000, "INR", []),
        ("money pledged (Japan)", 700000, "JPY", []),
        ("money pledged (Malaysia)", 10000000, "MYR", []),
        ("money pledged (Tokyo charity)", 700000, "JPY", []),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bridge repair offers\n\nOSLO, June 5, 2026 (Nordwire) - Norway's government promised NOK 40 million, while Fjordbygg AS tendered its offer at NOK 900 million.\n",
            [("bid (Fjordbygg AS)", 900000000, "NOK", []), ("money pledged (Norway)", 40000000, "NOK", [])],
        ),
        (
            "Church aid\n\nNAIROBI, June 5, 2026 (Kenya Wire) - Kenya pledged KES 2 million and a Nairobi church pledged KES 2 million to the victims.\n",
            [("money pledged (Kenya)", 2000000, "KES", []), ("money pledged (Nairobi church)", 2000000, "KES", [])],
        ),
    ],
)
def test_variants_own_clauses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, want: list[tuple[str, float, str, list[float]]]
) -> None:
    assert _money(_run(tmp_path, capsys, "facts", {"x.txt": text}), "x") == want


def test_purposes_never_disagree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extra = {
        "rc1.txt": "Red Cross appeal\n\nGENEVA, June 4, 2026 (Wire) - The Red Cross pledged £20,000 to an emergency fund.\n",
        "rc2.txt": "Red Cross rebuilding\n\nGENEVA, June 6, 2026 (Wire) - The Red Cross said it had set aside £4 million for rebuilding.\n",
    }
    facts = _run(tmp_path, capsys, "facts", extra)
    rows = [
        (f["label"], f["status"], sorted(v["doc"] for v in f["values"]))
        for f in facts["facts"]
        if any(v["doc"] in ("press_release", "pacific_wire", "rc1", "rc2") for v in f["values"])
        and f["values"][0]["kind"] == "money"
        and not f["label"].startswith("damage")
    ]
    assert all(status != "disagree" for _, status, _ in rows), rows
    # one row per article: the relief-fund pledge and the money for reconstruction apart
    assert sorted(docs for _, _, docs in rows) == [["pacific_wire"], ["press_release"], ["rc1"], ["rc2"]]
    assert {label.split(" (")[0] for label, _, docs in rows if docs[0] in ("pacific_wire", "rc2")} == {
        "money for reconstruction"
    }
    assert {label.split(" (")[0] for label, _, docs in rows if docs[0] in ("press_release", "rc1")} == {"money pledged"}
    timeline = _run(tmp_path / "t", capsys, "timeline", extra)
    steps = json.dumps(timeline["changes"], ensure_ascii=False)
    assert "$1.8 billion" not in steps and "£4 million" not in steps, steps


def test_currency_words_are_money(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extra = {
        "x.txt": "Aid from Recife\n\nRECIFE, June 5, 2026 (Wire) - The city of Recife pledged 5 million reais to the victims.\n"
    }
    facts = _run(tmp_path, capsys, "facts", extra)
    assert _money(facts, "local") == [("money pledged (the regional government)", 300000, "PEN", [])]
    assert _money(facts, "afp") == [("damage", 600000000000, "PEN", [])]
    assert _money(facts, "x") == [("money pledged (Recife)", 5000000, "BRL", [])]
    assert not [f for f in facts["facts"] if f["label"] in ("soles", "reais")]
