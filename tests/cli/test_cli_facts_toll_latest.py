"""``facts --json`` and ``timeline --json``: each article's toll is its latest value (t13w F1, round
s33-j). "raising the toll from three" names what the article said first; "after two badly burned
workers died in hospital" is a part of the toll the article states, no value of it. The tester's
three articles read 5 (Daily Herald, first said 3) → 7 (Coastal Times) → 7 (Eastpress, first said 5),
the timeline 3 → 5 → 7; they had read 5 → 3 → 2 → 7 → 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

REPORTED = {
    "herald.txt": "Kalvik explosion: death toll rises to five\n\nBy Marit Sunde · Daily Herald · 14 March 2026 12:40\n\n"
    "Five people were killed and 42 injured when an explosion tore through the Veltmark Chemicals plant in "
    "Kalvik on Saturday morning, officials said, raising the toll from three earlier in the day.\n",
    "coastal.txt": "Seven dead after Kalvik chemical blast\n\nBy Oskar Vinter · The Coastal Times · 14 March 2026 "
    "19:20\n\nThe death toll from Saturday's explosion at the Veltmark Chemicals plant in Kalvik has risen to "
    "seven, the regional health authority said on Saturday evening, after two badly burned workers died in "
    "hospital.\n",
    "wire.txt": "Kalvik blast toll at seven\n\nKALVIK, March 14 (Eastpress) - Seven people were killed in an "
    "explosion at a chemical plant in Kalvik on Saturday, officials said. The toll rose through the day as two "
    "badly burned workers died in hospital. Earlier, officials had given a figure of five dead.\n",
}
# variants of my own: another story, other outlets and wordings ("lifting the toll from", "up from
# four", "of whom two died in hospital")
VARIANT = {
    "north.txt": "Mine collapse in Borvik\n\nBy Ana Kerr · Northern Echo · 2 May 2026 08:10\n\n"
    "Six miners died when a gallery collapsed at the Borvik pit on Friday night, the operator said, "
    "lifting the toll from four.\n",
    "valley.txt": "Borvik mine toll rises\n\nBy Jon Hale · Valley Gazette · 2 May 2026 15:30\n\n"
    "Nine miners have now died in the Borvik collapse, up from four on Friday, the operator said. "
    "Twenty miners were hurt, of whom two died in hospital on Saturday.\n",
}


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *command: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), *command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _toll(data: dict) -> list[tuple[str, object, list[object]]]:
    return [
        (v["doc"], v["value"], [e["value"] for e in v["superseded"]])
        for f in data["facts"]
        if f["label"] == "death toll"
        for v in f["values"]
    ]


@pytest.mark.parametrize(
    ("files", "want"),
    [
        pytest.param(REPORTED, [("herald", 5, [3]), ("coastal", 7, []), ("wire", 7, [5])], id="reported"),
        pytest.param(VARIANT, [("north", 6, [4]), ("valley", 9, [4])], id="variant"),
    ],
)
def test_each_article_one_latest_toll(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], want: list[object]
) -> None:
    assert _toll(_run(tmp_path, capsys, files, "facts")) == want


def test_timeline_changes_follow(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _run(tmp_path, capsys, REPORTED, "timeline")
    changes = data["changes"]["death toll"]
    assert [(c["value"], c["doc"]) for c in changes] == [("3", "herald"), ("5", "herald"), ("7", "coastal")]
