"""``entities --json``: a firm named by its Spanish trade first is one ORG across articles and
accents ("Eléctrica del Sur" in Spanish copy, "Electrica del Sur" in English), apart from another
region's firm ("Electrica del Norte") (issue #16, round s38-y4, t13af N20)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def test_trade_first_firm_one_org(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "en.txt").write_text(
        "Valdemora blackout\n\nJanuary 9, 2025 | By Ana Ruiz\n\nA blackout left 300,000 homes in Valdemora dark. "
        '"We hope to restore service tonight," said Lucia Ferran, a spokeswoman for Electrica del Sur. '
        "Electrica del Norte said its grid was fine. Energia do Sul sent crews.\n",
        encoding="utf-8",
    )
    (corpus / "es.txt").write_text(
        "Apagón en Valdemora\n\nVALDEMORA, 9 ene (Coastwire) - Un apagón dejó sin electricidad a 300.000 hogares "
        "de Valdemora, informó la empresa Eléctrica del Sur. Compañía Naviera del Atlántico suspendió dos viajes.\n",
        encoding="utf-8",
    )
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "entities", "--json"]) == 0
    ents = json.loads(capsys.readouterr().out)["entities"]
    orgs = {e["name"]: {m["doc"] for m in e["mentions"]} for e in ents if e["type"] == "ORG"}
    sur = [docs for name, docs in orgs.items() if name in ("Eléctrica del Sur", "Electrica del Sur")]
    assert sur == [{"en", "es"}], orgs
    assert orgs.get("Electrica del Norte") == {"en"}, orgs
    assert orgs.get("Energia do Sul") == {"en"}, orgs
    assert orgs.get("Compañía Naviera del Atlántico") == {"es"}, orgs
    assert not [e for e in ents if e["type"] == "PERSON" and "del" in e["name"]], ents
