"""A short article in another language is listed "not analysed" by the figures and the quotes (t13r
F4): ``es2.txt`` (Spanish) and ``de2.txt`` (German), two-sentence briefs, were missing from
``facts --json`` / ``quotes --json`` ``not_analysed``, read as English (no language was asked under
20 words, headline and byline counted). The report's two briefs, and briefs of my own in Italian
and Dutch under 20 words with their headline (invented); a
two-line English brief beside them stays English."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages_t13r"
ITALIAN = (
    "Naufragio a Trapani\n\n"
    "Tre pescatori sono dispersi giovedì al largo di Trapani dopo il naufragio del loro peschereccio.\n"
)
DUTCH = "Kotter gezonken\n\nDrie vissers vermist voor de kust van Den Helder na het zinken van hun kotter.\n"
ENGLISH = "Trawler sinks off Halvik\n\nThree fishermen went missing off Halvik on Thursday after their trawler sank.\n"
CASES = {"es2": (None, "Spanish"), "de2": (None, "German"), "italian": (ITALIAN, "Italian"), "dutch": (DUTCH, "Dutch")}


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, root: Path, *args: str) -> str:
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "i"), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize("command", ["facts", "quotes"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_short_foreign_brief_is_not_analysed(
    case: str, command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text, language = CASES[case]
    root = tmp_path / "c"
    root.mkdir()
    (root / "brief-en.txt").write_text(ENGLISH, "utf-8")
    if text is None:
        shutil.copy(FIXTURES / f"{case}.txt", root / "brief.txt")
    else:
        (root / "brief.txt").write_text(text, "utf-8")
    data = json.loads(run(capsys, tmp_path, root, command, "--json"))
    assert [(n["doc"], n["language"], n["analyses"]) for n in data["not_analysed"]] == [
        ("brief", language, ["facts", "quotes"])
    ]
