"""``list``'s noise count (``--json`` "noise", ``--sort noise``, the library's Noise column) counts
the user's marks as the reader does (issue 13, helper s14-i #3).

Reported: after marking three blocks of 02_ap the reader said "3 noise blocks hidden" while the
library row, ``list --json`` and ``list --sort noise`` said 0: a row kept in ``listing.json`` was
keyed by the file alone. It is keyed by the article's marks too, so it is made again when they
change, here or in another process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

PARAS = [
    "At least 14 people died when the ferry collided with a cargo vessel in Osaka Bay on Friday night.",
    "Coast guard spokeswoman Kaori Tanabe said the ferry was carrying 320 passengers and 21 crew.",
    "Divers worked in shifts, limited by the cold water and strong currents near the channel mouth.",
    "Hospitals in the prefecture postponed routine surgery to keep beds free for the injured.",
    "Railway operators added late trains so that relatives could reach the port from the city.",
]


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "01_reuters.txt").write_text("# Ferry collision\n\n" + "\n\n".join(reversed(PARAS)) + "\n", "utf-8")
    (root / "02_ap.txt").write_text("# Ferry and freighter collide\n\n" + "\n\n".join(PARAS) + "\n", "utf-8")
    return root


def listed(capsys: pytest.CaptureFixture[str], root: Path, ix: Path, *extra: str) -> str:
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(ix), "list", *extra]) == 0
    return capsys.readouterr().out


def noise(capsys: pytest.CaptureFixture[str], root: Path, ix: Path) -> dict[str, int]:
    rows = json.loads(listed(capsys, root, ix, "--json"))["articles"]
    return {r["doc"]: r["noise"] for r in rows}


def test_three_marked_blocks_count_in_list_json_and_sort(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root, ix = corpus(tmp_path), tmp_path / "ix"
    assert noise(capsys, root, ix) == {"01_reuters": 0, "02_ap": 0}  # listing.json now keeps the rows
    ws = Workspace(root, ix)
    assert ws.mark_blocks("02_ap", PARAS[2:], "noise") is None
    assert ws.open_article("02_ap").analysis.noise_count() == 3  # what the reader says
    assert noise(capsys, root, ix) == {"01_reuters": 0, "02_ap": 3}
    assert listed(capsys, root, ix, "--sort", "noise").splitlines()[0].startswith("02_ap")


def test_a_mark_made_by_another_workspace_after_listing_counts(tmp_path: Path) -> None:
    """The library's rows (list_rows) of a running app follow a mark saved by another process."""
    root, ix = corpus(tmp_path), tmp_path / "ix"
    running = Workspace(root, ix)
    assert {r["doc"]: r["noise"] for r in running.list_rows()} == {"01_reuters": 0, "02_ap": 0}
    assert Workspace(root, tmp_path / "other-ix").mark_block("01_reuters", PARAS[0], "noise") is None
    assert {r["doc"]: r["noise"] for r in running.list_rows()} == {"01_reuters": 1, "02_ap": 0}


def test_unmarking_lowers_the_count_again(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root, ix = corpus(tmp_path), tmp_path / "ix"
    ws = Workspace(root, ix)
    assert ws.mark_blocks("02_ap", PARAS[3:], "noise") is None
    assert noise(capsys, root, ix)["02_ap"] == 2
    assert ws.mark_blocks("02_ap", PARAS[3:], "content") is None  # the user changed their mind
    assert noise(capsys, root, ix) == {"01_reuters": 0, "02_ap": 0}
