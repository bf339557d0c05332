"""The entity list has no organisation made of a tabloid's shouted adjective ("a DEADLY tidal
wave") nor of a press release's defined term ('("Hidroandina" or "the Company")'; t13p F10,
round s29-j: ORGs "DEADLY" and "Company"). The reported input and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    (
        "A TERRIFIED mum clutched her baby as a DEADLY tidal wave roared.",
        "DEADLY",
        "Hidroandina Energía S.A.",
        "Hidroandina",
        "Company",
    ),  # reported
    ("Neighbours said a WICKED storm had hit the coast.", "WICKED", "Kestrel Holdings", "Kestrel", "Group"),
    ("A LOVELY nurse comforted the children.", "LOVELY", "Nordbank ASA", "Nordbank", "Bank"),
]


@pytest.mark.parametrize(("sentence", "shouted", "firm", "short", "term"), CASES)
def test_no_emphasis_or_defined_term_in_the_entity_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, shouted: str, firm: str, short: str, term: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "tabloid.txt").write_text(f"WALL OF WATER\n\nThe Daily Blast\n\n{sentence}\n", encoding="utf-8")
    (root / "release.txt").write_text(
        f'PRESS RELEASE\n\n{firm} ("{short}" or "the {term}") deeply regrets the failure. The {term} will pay for repairs.\n',
        encoding="utf-8",
    )
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    shown = {e["name"] for e in json.loads(out)["entities"]}
    assert not {shouted, term} & shown, shown
