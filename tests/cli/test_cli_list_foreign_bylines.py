"""``list --json`` dates an article by its byline's date field in another language, with or without
a time, and names the outlet of its middle field (t13r F5, F18): "Par Claire Dubois | Le Courrier |
3 juin 2026" and "Von Jonas Weber | Berliner Blatt | 3. Juni 2026" listed date null, and "Por
Lucía Fernández | El Comercio | 3 de junio de 2026, 18:00" outlet null. The report's articles, and
articles of my own (a French "21h10" hour form, a Dutch byline)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages_t13r"
OWN = {
    "sud-ouest": (
        "Naufrage au large d'Arcachon\n\nPar Anne Leroy | Sud Ouest | 12 mai 2025, 21h10\n\n"
        "Trois pêcheurs ont disparu jeudi au large d'Arcachon après le naufrage de leur chalutier.\n"
    ),
    "dagblad": (
        "Kotter gezonken\n\nDoor Pieter de Vries | Het Dagblad | 4 juni 2026\n\n"
        "Drie vissers worden sinds donderdag vermist voor de kust van Den Helder.\n"
    ),
}
EXPECTED = {
    "fr": ("2026-06-03", "Le Courrier"),
    "de2": ("2026-06-03", "Berliner Blatt"),
    "elcomercio-es": ("2026-06-03T18:00", "El Comercio"),
    "sud-ouest": ("2025-05-12T21:10", "Sud Ouest"),
    "dagblad": ("2026-06-04", "Het Dagblad"),
}


def test_list_dates_and_names_the_outlet_of_foreign_bylines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for name in ("fr", "de2", "elcomercio-es"):
        shutil.copy(FIXTURES / f"{name}.txt", root / f"{name}.txt")
    for name, text in OWN.items():
        (root / f"{name}.txt").write_text(text, "utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "i"), "list", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    rows = data if isinstance(data, list) else data["articles"]
    assert {r["doc"]: (r["date"], r["outlet"]) for r in rows} == EXPECTED
