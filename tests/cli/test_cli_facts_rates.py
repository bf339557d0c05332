"""``facts --json`` and ``timeline --json`` on a rate beside a total (t13q F15): Reuters' "about 3,000
passengers a day" and the Oberland Post's "412,000 passengers last year" are no row in disagreement
and no timeline step; the rate's label says its period, "passengers per day"."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s30n_rates"


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, extra: dict[str, str]) -> dict:
    corpus = tmp_path / "c"
    if not corpus.exists():
        shutil.copytree(FIXTURES, corpus)
    for name, text in extra.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _rows(facts: dict, noun: str) -> list[tuple[str, str, list[tuple[str, float]]]]:
    return sorted(
        (f["label"], f["status"], sorted((v["doc"], v["value"]) for v in f["values"]))
        for f in facts["facts"]
        if f["label"].startswith(noun) and any(v["value"] > 100 for v in f["values"])
    )


def test_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _run(tmp_path, capsys, "facts", {})
    assert _rows(facts, "passengers") == [
        # (beside the row "passengers" of 14 the total's row names what tells it: t13ad N23, round s37-x2)
        ("passengers per day", "single source", [("reuters-0603", 3000)]),
        ("passengers: line", "single source", [("oberland-post-page", 412000)]),
    ]
    timeline = _run(tmp_path, capsys, "timeline", {})
    assert not [k for k in timeline["changes"] if k.startswith("passengers")]


@pytest.mark.parametrize(
    ("extra", "noun", "want"),
    [
        (
            {
                "harbour-a.txt": "Port traffic\n\nPIRAEUS, June 3, 2026 (Reuters) - The terminal, run by Aegean Ports SA, handles some 9,000 travellers per day in August, the port authority said.\n",
                "harbour-b.txt": "Port traffic\n\nJune 4, 2026 - The terminal, run by Aegean Ports SA, handled 2.4 million travellers in 2025, the port authority said.\n",
            },
            "travellers",
            [
                ("travellers", "single source", [("harbour-b", 2400000)]),
                ("travellers per day", "single source", [("harbour-a", 9000)]),
            ],
        ),
        (
            {
                "museum-a.txt": "Museum figures\n\nVIENNA, June 3, 2026 (Reuters) - The Alpine Museum, which reopened in March, counts about 1,200 visitors daily, its director said.\n",
                "museum-b.txt": "Museum figures\n\nJune 4, 2026 - The Alpine Museum, which reopened in March, has had 380,000 visitors so far this year, its director said.\n",
            },
            "visitors",
            [
                ("visitors", "single source", [("museum-b", 380000)]),
                ("visitors per day", "single source", [("museum-a", 1200)]),
            ],
        ),
    ],
)
def test_variants(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: dict[str, str], noun: str, want: list
) -> None:
    facts = _run(tmp_path, capsys, "facts", extra)
    assert _rows(facts, noun) == want
    timeline = _run(tmp_path, capsys, "timeline", extra)
    assert not [k for k in timeline["changes"] if k.startswith(noun)]
