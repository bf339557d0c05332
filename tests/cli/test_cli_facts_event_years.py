"""``facts`` on years of one event (t13y G12, round s35-b): the reported corpus (a wire dated by
its dateline's "March 9" alone, a dated article, a Markdown analysis with front matter) gives a
"year of opening" and a "year of closing" row, each in disagreement, the wire's "next year" read
as 2027 from the corpus's dates and the analysis's "39 years ago" as 1987, each shown as its
source put it; a variant in other words (a reactor "commissioned" and "to be shut down") does
the same, and money's relative years (t13y repro v12) are unchanged. Corpora in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

REPORTED = {
    "a.txt": "Mine history\n\nPONTEGRIS, Calveira, March 9 (Nordwire) - The San Telmo mine, which opened in 1987, "
    "is due to close next year.\n",
    "b.txt": "Mine history\n\nBy Sofía Arranz · Calveira Diario · 9 March 2026\n\nThe San Telmo mine, which opened in "
    "1985, is due to close in 2028.\n",
    "c.md": '---\ntitle: "San Telmo\'s record"\noutlet: Mining Review\ndate: 2026-03-10\n---\n\n'
    "The San Telmo mine opened 39 years ago and is due to close in 2027.\n",
}

REACTOR = {
    "herald.txt": "Reactor future\n\nBy Staff · Lund Herald · 2 April 2026\n\nThe Orsa reactor, which was "
    "commissioned in 1990, is scheduled to shut down in three years.\n",
    "wire.txt": "Reactor future\n\nMALMBY, April 2, 2026 (Eastpress) - The Orsa reactor was commissioned 36 years "
    "ago and is scheduled to shut down in 2029.\n",
    "review.txt": "Reactor future\n\nBy Staff · Energy Review · 3 April 2026\n\nCommissioned in 1991, the Orsa "
    "reactor is scheduled to shut down in 2030.\n",
}

FINES = {
    "a.txt": "Fines\n\nPONTEGRIS, Calveira, March 10 (Nordwire) - The mine was fined €900,000 last year.\n",
    "b.txt": "Fines\n\nBy Staff · Calveira Diario · 10 March 2026\n\nThe mine was fined €900,000 in 2025.\n",
}


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *extra: str) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _years(data: dict) -> dict[str, tuple[str, dict[str, int]]]:
    return {
        f["label"]: (f["status"], {v["doc"]: v["value"] for v in f["values"]})
        for f in data["facts"]
        if f["values"][0]["kind"] in ("year", "duration")
    }


def test_reported_event_years(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    years = _years(json.loads(_facts(tmp_path, capsys, REPORTED, "--json")))
    assert years == {
        "year of opening": ("disagree", {"a": 1987, "b": 1985, "c": 1987}),
        "year of closing": ("disagree", {"a": 2027, "b": 2028, "c": 2027}),
    }
    text = _facts(tmp_path, capsys, REPORTED)
    assert "39 years ago: 10 Mar, Mining Review" in text
    assert "next year: 9 Mar, Nordwire" in text
    assert not [
        line
        for line in text.splitlines()
        if line.startswith(("year ", "duration ")) and not line.startswith(("year of opening", "year of closing"))
    ]


def test_variant_event_years(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    years = _years(json.loads(_facts(tmp_path, capsys, REACTOR, "--json")))
    assert years == {
        "year of commissioning": ("disagree", {"herald": 1990, "wire": 1990, "review": 1991}),
        "year shut": ("disagree", {"herald": 2029, "wire": 2029, "review": 2030}),
    }, years


def test_money_relative_years_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_facts(tmp_path, capsys, FINES, "--json"))
    rows = {f["label"]: f for f in data["facts"]}
    assert rows["fine in 2025"]["status"] == "agree"
    assert not [label for label in rows if label.startswith("year")], list(rows)
