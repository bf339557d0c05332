"""``entities --json`` of a blog page names no place by its category line ("Posted in News Tagged
Grauhorn, cable car", t13q, round s30-k: a place "News Tagged Grauhorn" from a WordPress footer).
The reported page and two invented variants, each with an article typing the tag a place."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "names_t13q_blog" / "wp-lauterbrueck-blog.html"


def _names(capsys: pytest.CaptureFixture[str], tmp_path: Path, root: Path) -> list[tuple[str, str]]:
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return [(e["name"], e["type"]) for e in json.loads(out)["entities"]]


def test_reported_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    shutil.copy(FIXTURE, root / "wp-lauterbrueck-blog.html")
    names = _names(capsys, tmp_path, root)
    assert not [n for n in names if "Tagged" in n[0] or n[0] == "News"], names


@pytest.mark.parametrize(
    ("post", "category", "tag"),
    [
        ("The bridge closed on Friday.\n\nPosted in Updates Tagged Ghent, bridges\n", "Updates", "Ghent"),
        ("Rescuers arrived before dawn.\n\nPosted in Arctic Diary Tagged Tromsø, storms\n", "Arctic", "Tromsø"),
    ],
)
def test_variants(capsys: pytest.CaptureFixture[str], tmp_path: Path, post: str, category: str, tag: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "post.txt").write_text(f"Blog post\n\n{post}", encoding="utf-8")
    (root / "wire.txt").write_text(
        f"Wire story\n\nRescuers reached {tag} by boat, police in {tag} said.\n", encoding="utf-8"
    )
    names = _names(capsys, tmp_path, root)
    assert not [n for n in names if "Tagged" in n[0] or category in n[0]], names
