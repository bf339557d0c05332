"""`entities DOC` gives each article's entities as the whole corpus groups them, the matrix's
columns for those articles (README; round s50-n, t13at N6): an abbreviation the corpus defines in
two languages ("Military Emergencies Unit (UME)", "Unidad Militar de Emergencias (UME)") is, in
the one article writing it alone, the entity the whole list puts it in."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "iberia.txt": "Dam\n\nSoldiers from the Military Emergencies Unit (UME) reached the valley on Saturday after the dam failed.\n",
    "elpais.txt": (
        "Presa\n\nLa Unidad Militar de Emergencias (UME) y los bomberos han desplegado a más de 600 efectivos "
        "en la zona afectada por la rotura de la presa, según el Gobierno.\n"
    ),
    "live.txt": "Live\n\n11:02 The UME says 600 people are working in the valley and more are on their way.\n",
    "radio.txt": "Radio\n\nThe UME said its crews had reached every village by noon on Sunday.\n",
    "wire.txt": "Wire\n\nTeams from the Military Emergencies Unit searched the river banks, the UME said.\n",
}


def homes(tmp_path: Path, capsys: pytest.CaptureFixture[str], *docs: str) -> dict[tuple[str, str], str]:
    """(doc, mention text) → the name of the entity holding it, for the ORGs of the answer."""
    root = tmp_path / "c"
    root.mkdir(exist_ok=True)
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", *docs, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return {(m["doc"], m["text"]): e["name"] for e in data["entities"] if e["type"] == "ORG" for m in e["mentions"]}


@pytest.mark.parametrize("doc", ["live", "radio", "wire"])
def test_one_article_groups_as_the_whole_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str) -> None:
    whole = homes(tmp_path, capsys)
    assert whole[(doc, "UME")] == "Military Emergencies Unit", whole
    one = homes(tmp_path, capsys, doc)
    assert one == {k: v for k, v in whole.items() if k[0] == doc}, one
