"""The entity list, an article's entities and the timeline name an entity by the spelling the
corpus writes its whole name in most often (accents, case and an abbreviation's dots aside), the
one with accents on a tie (t13p F12, round s29-j: "Hidroandina Energía S.A.", written three
times, showed as "Hidroandina Energia SA", written once; "Áncash" as "Ancash"). The reported
input and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    # (firm as the release writes it, as the wires write it, region with accents, without)
    ("Hidroandina Energía S.A.", "Hidroandina Energia SA", "Áncash", "Ancash"),  # reported
    ("Compañía Eléctrica Ñuble S.A.", "Compania Electrica Nuble SA", "Ñuble", "Nuble"),
    ("Société Hydraulique Vélan S.A.", "Societe Hydraulique Velan SA", "Cévennes", "Cevennes"),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("firm", "folded", "region", "plain"), CASES)
def test_shown_by_the_spelling_written_most(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, firm: str, folded: str, region: str, plain: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a_wire.txt").write_text(
        f"Dam bursts\n\nLIMA, June 3 (Wirex) - A dam owned by {folded} burst in the {plain} region on Wednesday, "
        "officials said.\n",
        encoding="utf-8",
    )
    (root / "b_release.txt").write_text(
        f"Statement\n\n{firm} said on Wednesday it regretted the failure of the dam. {firm} is cooperating "
        f"with the authorities of {region}.\n",
        encoding="utf-8",
    )
    (root / "c_local.txt").write_text(
        f"Flood news\n\nFamilies in {region} were moved to schools, the mayor said. The owner, {firm}, "
        f"sent engineers to {plain} on Thursday.\n",
        encoding="utf-8",
    )
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    shown = {e["name"] for e in _run(capsys, [*base, "entities", "--json"])["entities"]}
    assert {firm, region} <= shown and not {folded, plain} & shown, shown
    # one article's entities are named as the whole corpus names them
    shown = {e["name"] for e in _run(capsys, [*base, "entities", "a_wire", "--json"])["entities"]}
    assert {firm, region} <= shown and not {folded, plain} & shown, shown
    first = _run(capsys, [*base, "timeline", "--json"])["first"]
    assert {firm, region} <= first.keys() and not {folded, plain} & first.keys(), sorted(first)
