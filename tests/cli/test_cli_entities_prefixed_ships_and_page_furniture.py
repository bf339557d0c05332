"""``entities --json`` lists a vessel named after a ship's prefix as a PRODUCT without the prefix
(t13u F9) and no stray entities from a page's furniture and masthead (t13u F11, round s32-b: an ORG
"MV", GPEs "Evening", "Subscribe" and "Gate", an ORG "FC" alone). The reported inputs and two
invented stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

STORIES = [
    # (prefix, ship, paper's town, paper's time word, button row, numbered part, club)
    ("MV", "Estrella", "Valdoria", "Evening", "Log in   Subscribe", "Gate", "Cordaleza FC"),  # reported
    ("HMAS", "Warrnambool", "Harwick", "Morning", "Sign in  Newsletters", "Platform", "Norvik AFC"),
    ("MS", "Vindholm", "Brenford", "Weekend", "Log in   Register", "Door", "Salvia CF"),
]


def _corpus(root: Path, prefix: str, ship: str, town: str, when: str, buttons: str, part: str, club: str) -> Path:
    root.mkdir()
    (root / "bulletin.txt").write_text(
        f"Fans came by sea for the final.\n\nThe {prefix} {ship} carried another 300 supporters.\n",
        encoding="utf-8",
    )
    (root / "paper.txt").write_text(
        f"{town} {when} Post\nHome\nNews\nSport\n"
        f"By Elena Vidal, {when} Post, June 4, 2026\n\n"
        f"A steward was questioned by police on Sunday over the crush near {part} 7.\n\n"
        f"Copyright 2026 {town} {when} Post\n",
        encoding="utf-8",
    )
    (root / "saved.txt").write_text(
        f"Home  News  Sport  Business\n{buttons}\nThe Courier\n\n"
        f"Five people have died after a crush at the stadium, officials said.\n\n"
        f"Most popular\n\n1. Heatwave set to break records this weekend\n2. {club} sign Brazilian striker\n",
        encoding="utf-8",
    )
    return root


@pytest.mark.parametrize(("prefix", "ship", "town", "when", "buttons", "part", "club"), STORIES)
def test_prefixed_ship_and_no_furniture_entities(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    prefix: str,
    ship: str,
    town: str,
    when: str,
    buttons: str,
    part: str,
    club: str,
) -> None:
    corpus = _corpus(tmp_path / "c", prefix, ship, town, when, buttons, part, club)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    kinds: dict[str, set[str]] = {}
    for e in json.loads(out)["entities"]:
        kinds.setdefault(e["name"], set()).add(e["type"])
    assert kinds.get(ship) == {"PRODUCT"}, kinds
    assert kinds.get(club) == {"ORG"}, kinds
    button = buttons.rsplit(maxsplit=1)[-1]
    for stray in (prefix, when, button, part, club.rsplit(maxsplit=1)[-1]):
        assert stray not in kinds, (stray, kinds)
