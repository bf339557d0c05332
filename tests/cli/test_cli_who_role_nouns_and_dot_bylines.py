"""The user's goals behind t13ah N4 and N14 (issue #16), through the real CLI: ``who:`` finds a
person named after a role noun ("Survivor Ana Lucía Ccori told reporters") and the Quotes screen
names her without it; ``who:`` finds the author of a "By NAME · Outlet · date" byline of a saved
page, in its boilerplate, as it does a "By NAME" one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code = main(["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "i"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_a_person_after_a_role_noun_is_found_and_quoted_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "ap.txt").write_text(
        "Bus plunges into Andes ravine\n\nAt least 17 people were killed when a bus fell into a ravine near "
        'La Oroya on Sunday night.\n\nSurvivor Ana Lucía Ccori, 34, said from her hospital bed: "I heard the '
        'brakes screaming and then everything turned over."\n',
        encoding="utf-8",
    )
    (root / "live.txt").write_text(
        "Peru bus crash: live\n\nThe toll rose to 19 on Monday.\n\nSurvivor Ana Lucía Ccori told reporters: "
        '"I heard the brakes screaming and then everything overturned."\n',
        encoding="utf-8",
    )
    hits = run(tmp_path, capsys, "search", "who:Ccori")["hits"]
    assert sorted(h["doc"] for h in hits) == ["ap", "live"]
    speakers = {sp["name"] for sp in run(tmp_path, capsys, "quotes")["speakers"]}
    assert "Ana Lucía Ccori" in speakers and not any("Survivor" in name for name in speakers), speakers


def test_the_author_of_a_dotted_byline_is_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "herald.html").write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>21 dead as bus plunges near La Oroya"
        " | Andes Daily Herald</title></head><body><main><article>"
        "<h1>21 dead as bus plunges near La Oroya</h1>"
        '<p class="byline">By Patricia Villanueva · Andes Daily Herald · 9 March 2026</p>'
        "<p>LA OROYA, Peru — Twenty-one people were killed and 24 injured when an intercity bus left the road and"
        " fell into a ravine in Junín late on Sunday, local health officials said.</p>"
        "<p>The bus had left Huancayo at 8 p.m. with 52 passengers on board. Witnesses said it was raining"
        " heavily on the mountain pass.</p></article></main></body></html>",
        encoding="utf-8",
    )
    hits = run(tmp_path, capsys, "search", "who:Villanueva")["hits"]
    assert [h["doc"] for h in hits] == ["herald"], hits
