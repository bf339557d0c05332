"""``entities --json``: one article's reading of a name in another language never takes that
name's mentions from the other articles, and a German article's town and vessels are the English
articles' (issue #16, round s38-y4, t13af N11 and N7: a German article reading "Skardvik" as a
PERSON left two English articles' "off Skardvik" with no entity; "Frachtschiffs Nordic Swan" a
PERSON, "Containerschiff Kestrel Bay" a LOC)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def entities(tmp_path: Path, capsys: pytest.CaptureFixture[str], docs: dict[str, str]) -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in docs.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "entities", "--json"]) == 0
    return json.loads(capsys.readouterr().out)["entities"]


def docs_of(ents: list[dict], name: str, label: str) -> set[str]:
    return {m["doc"] for e in ents if e["name"] == name and e["type"] == label for m in e["mentions"]}


def _english(town: str, mayor: str) -> dict[str, str]:
    return {
        "wire": f"Ferry and trawler collide off {town}\n\n{town.upper()}, May 2 (Coastwire) - A ferry and a "
        f"trawler collided in fog off {town} on Friday, the coastguard said. Police in {town} opened an inquiry.\n",
        "b": f"{town} collision: trawler crew rescued\n\nMay 2, 2025 | By Ana Ruiz\n\nThe crew of a trawler "
        f'were rescued after it collided with a ferry off {town}. "We were lucky," said {mayor}, mayor of {town}.\n',
        "c": f"Insurers study {town} collision\n\nMay 3, 2025 | By Ivo Dern\n\nInsurers are studying the "
        f"collision off {town}, in which a trawler sank. The {town} harbour stayed open.\n",
    }


@pytest.mark.parametrize(
    ("town", "mayor", "other"),
    [
        (
            "Skardvik",
            "Tor Vang",
            "Fähre und Trawler vor Skardvik kollidiert\n\nVon Jana Krüger, 3. Mai 2025\n\nVor Skardvik sind eine "
            "Fähre und ein Trawler kollidiert. „Wir hatten Glück“, sagte der Bürgermeister von Skardvik, Tor Vang.\n",
        ),
        (
            "Halsnøy",
            "Eli Strand",
            "Kollision vor Halsnøy\n\nVon Mark Weber, 3. Mai 2025\n\nEin Trawler ist vor Halsnøy gesunken. "
            "„Das ist schlimm“, sagte die Bürgermeisterin von Halsnøy, Eli Strand.\n",
        ),
        (
            "Brennvik",
            "Rita Moe",
            "Collisione al largo di Brennvik\n\nDi Paolo Neri, 3 maggio 2025\n\nUn peschereccio è affondato. "
            "«Siamo fortunati», ha detto il Sindaco di Brennvik, Rita Moe.\n",
        ),
    ],
)
def test_other_language_reading_keeps_english_places(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], town: str, mayor: str, other: str
) -> None:
    ents = entities(tmp_path, capsys, {**_english(town, mayor), "other": other})
    assert {"wire", "b", "c"} <= docs_of(ents, town, "GPE"), ents
    assert not docs_of(ents, town, "PERSON"), ents


def test_german_vessel_nouns_and_town(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    de = (
        "Frachter vor Tromvik gesunken\n\nVon Lena Maurer, 3. März 2025\n\nDas Frachtschiff Nordic Swan ist vor "
        "Tromvik gesunken. Der Kapitän des Frachtschiffs Nordic Swan wurde gerettet. „Wir suchen weiter“, sagte "
        "der Bürgermeister von Tromvik, Per Lien. Das Containerschiff Kestrel Bay fuhr nach Tromvik zurück.\n"
    )
    en = (
        "Freighter sinks off Tromvik\n\nTROMVIK, March 3 (Coastwire) - The freighter Nordic Swan sank off "
        "Tromvik on Monday. The container ship Kestrel Bay took the crew back to Tromvik, said mayor Per Lien.\n"
    )
    ents = entities(tmp_path, capsys, {"de": de, "en": en})
    assert docs_of(ents, "Tromvik", "GPE") == {"de", "en"}, ents
    assert docs_of(ents, "Nordic Swan", "PRODUCT") == {"de", "en"}, ents
    assert "de" in docs_of(ents, "Kestrel Bay", "PRODUCT"), ents
    glued = [e for e in ents if any(w in e["name"] for w in ("schiff", "Tromvik")) and e["type"] == "PERSON"]
    assert not glued, glued
    assert not [e for e in ents if "schiff" in e["name"]], ents
