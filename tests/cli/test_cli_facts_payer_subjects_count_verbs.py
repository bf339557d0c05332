"""`waic-reader facts --json` over the tester's corpora (issue #16, t13y G1 and G2, repro v1 and v2)
and variants of my own: money given is its payer's, the subject of its clause (a union, a firm, the
European Union, a possessive government), "would pay", "added", "found … of its own" give money
("offered" is an offer of its own since round s36-d), two payers never share a row and each row names its payer; a count takes the verb of its own
clause whatever its tense, so "were trapped", "are trapped", "17 trapped miners" and a live blog's
"Seventeen are still trapped" are one row, the live blog's value its latest entry's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fact_corpora import article, write

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

# the tester's files as they were (/work/s34/t13y/repro/v1 and v2)
REPORTED_V1 = {
    "analysis.md": (
        "---\n"
        'title: "Why San Telmo\'s roof gave way"\n'
        "outlet: Mining Review\n"
        "date: 2026-03-10\n"
        "---\n"
        "\n"
        "Ferrocobre chief executive Marcus Penhallow said the company would pay **$5 million** to the families. The regional government's aid is **€3 million**; the European Union added €1.5 million.\n"
    ),
    "blog.txt": (
        "San Telmo: we warned them, again\n"
        "\n"
        "Posted on 9 March 2026 by dagny_h\n"
        "\n"
        "The company has offered five million dollars to the families; the union has found 200,000 euros of its own.\n"
    ),
    "live.txt": (
        "San Telmo mine collapse: live updates\n"
        "\n"
        "Live · Updated 9 March 2026\n"
        "\n"
        "9 March 2026\n"
        "\n"
        "18.15 GMT\n"
        "Ferrocobre says it will pay $5m into a fund for the families. The union has pledged €200,000 of its own.\n"
        "\n"
        "08.10 GMT\n"
        "A gallery at the San Telmo mine collapsed before dawn.\n"
    ),
    "release.txt": (
        "FOR IMMEDIATE RELEASE\n"
        "\n"
        "Ferrocobre Minera statement on the San Telmo mine\n"
        "\n"
        "PONTEGRÍS, March 9, 2026 - Ferrocobre Minera S.A. confirms that a gallery collapsed at its San Telmo mine. The company will contribute USD 5 million to a fund for the families of the affected workers.\n"
    ),
    "wire.txt": (
        "Rescuers drill towards trapped miners\n"
        "\n"
        "PONTEGRIS, Calveira, March 9 (Nordwire) - Regional governor Tomás Ubeda said the government had approved 3 million euros in emergency aid.\n"
    ),
}
REPORTED_V2 = {
    "live.txt": (
        "San Telmo mine collapse: live updates as rescuers drill towards 17 trapped miners\n"
        "\n"
        "Live · Updated 9 March 2026\n"
        "\n"
        "9 March 2026\n"
        "\n"
        "14.05 GMT\n"
        "Seventeen are still trapped, officials said.\n"
        "\n"
        "08.10 GMT\n"
        "A gallery at the San Telmo mine collapsed before dawn. At least 15 miners are trapped.\n"
    ),
    "release.txt": (
        "Ferrocobre Minera statement on the San Telmo mine\n"
        "\n"
        "PONTEGRÍS, March 9, 2026 - Ferrocobre Minera S.A. confirms that a gallery collapsed at its San Telmo mine at 05:40 this morning. Seventeen employees are underground and the company is working with the emergency services to reach them.\n"
    ),
    "tv.txt": (
        "MINE COLLAPSE TRAPS 16 AT SAN TELMO\n"
        "\n"
        "By Rob Dunmore, KCAL 9 News\n"
        "Published March 9, 2026 at 11:20 a.m.\n"
        "\n"
        "Sixteen miners are trapped at a depth of 420 m after part of the San Telmo mine collapsed early Monday.\n"
    ),
    "wire.txt": (
        "Seventeen miners trapped after collapse at San Telmo mine\n"
        "\n"
        "PONTEGRIS, Calveira, March 9 (Nordwire) - Seventeen miners were trapped 420 metres underground on Monday after a gallery collapsed at the San Telmo copper mine, emergency services said.\n"
    ),
}

VARIANT_MONEY = {
    "a.md": article(
        "Tunnel flood",
        "Metro Wire",
        "2026-04-02",
        "Brightwater Foods says it will donate £2m to the victims' families. The charity has pledged £50,000 of "
        "its own.",
    ),
    "b.md": article(
        "Flood: a blog",
        "River Notes",
        "2026-04-02",
        "The firm has offered two million pounds to the families; the charity has found 50,000 pounds of its own.",
    ),
    "c.md": article(
        "Council acts",
        "Borough Post",
        "2026-04-03",
        "Mayor Anne Cole said the government had approved £400,000 in emergency aid. The council's aid is £90,000.",
    ),
}

VARIANT_COUNT = {
    "a.md": article(
        "Hikers marooned", "Alpine Wire", "2026-05-10", "Twelve hikers were marooned 2,000 metres up on Sunday."
    ),
    "b.md": article(
        "Rescue on the mountain", "Valley TV", "2026-05-10", "Eleven hikers are marooned on the north face."
    ),
    "c.md": article(
        "Live: rescuers head for 12 marooned hikers",
        "Peak Live",
        "2026-05-10",
        "10:30\n\nTwelve are still marooned, rangers say.\n\n07:15\n\nAt least nine hikers are marooned.",
    ),
}


def _facts(tmp_path: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    corpus = write(tmp_path / "c", files)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts: list[dict[str, Any]] = json.loads(out)["facts"]
    return facts


def _pledged(facts: list[dict[str, Any]]) -> dict[str, list[str]]:
    return {f["label"]: sorted(v["doc"] for v in f["values"]) for f in facts if f["label"].startswith("money pledged")}


def test_reported_payers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _pledged(_facts(tmp_path, REPORTED_V1, capsys))
    assert rows == {
        # (the blog's "The company has offered five million dollars" is an offer: round s36-d)
        "money pledged (Ferrocobre)": ["analysis", "live", "release"],
        "money pledged (the union)": ["blog", "live"],
        "money pledged (the government)": ["analysis", "wire"],
        "money pledged (European Union)": ["analysis"],
    }, rows


def test_variant_payers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _pledged(_facts(tmp_path, VARIANT_MONEY, capsys))
    assert rows == {
        "money pledged (Brightwater Foods)": ["a"],  # b's "has offered" is an offer (round s36-d)
        "money pledged (the charity)": ["a", "b"],
        "money pledged (the government)": ["c"],
        "money pledged (the council)": ["c"],
    }, rows


def _count_rows(facts: list[dict[str, Any]], noun: str) -> list[dict[str, Any]]:
    return [f for f in facts if noun in f["label"] and f["values"][0]["kind"] == "count"]


def test_reported_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _count_rows(_facts(tmp_path, REPORTED_V2, capsys), "miners")
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["label"] == "miners trapped" and row["status"] == "disagree", row
    values = {v["doc"]: (v["value"], [e["value"] for e in v["superseded"]]) for v in row["values"]}
    assert values == {"tv": (16, []), "wire": (17, []), "live": (17, [15])}, values


def test_variant_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _count_rows(_facts(tmp_path, VARIANT_COUNT, capsys), "hikers")
    assert len(rows) == 1, rows
    values = {v["doc"]: (v["value"], [e["value"] for e in v["superseded"]]) for v in rows[0]["values"]}
    assert values == {"a": (12, []), "b": (11, []), "c": (12, [9])}, values
