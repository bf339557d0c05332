"""``entities --json`` reads the people of an article in German or Dutch: a capitalised compound
role before a name ("Geschäftsführerin", "Polizeichef", "Feuerwehrsprecherin",
"Hoofdcommissaris") is a title outside the PERSON, and a byline "Von NAME | Outlet | date" names
its author (issue #16, round s35-v, t13z H22: the German article of the repro gave no person, so
``who:Okafor`` found only the French one). The reported pair and two invented variants, each
beside an article in another language naming the same person."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CORPORA = {
    "reported": (
        {
            "de.txt": "Hackerangriff legt Krankenhaus in Velmont lahm\n\n"
            "Von Jonas Weber | Berliner Abendblatt | 12. März 2026, 18:30\n\n"
            "Ein Hackerangriff hat das Velmont General Hospital in Kesterbridge lahmgelegt. Nach Angaben der "
            "Klinikleitung wurden 80 Krankenwagen umgeleitet. Die Erpresser fordern 4,5 Millionen Dollar. "
            "„Wir zahlen nicht“, sagte Geschäftsführerin Miriam Okafor.\n",
            "fr.txt": "Cyberattaque contre l'hôpital\n\n"
            "« Nous ne paierons pas », a déclaré Miriam Okafor, directrice générale de l'hôpital.\n",
        },
        "de",
        {"Miriam Okafor", "Jonas Weber"},
        "who:Okafor",
    ),
    "german-variant": (
        {
            "brand.txt": "Großbrand im Hafen von Tarnwick\n\n"
            "Von Karla Heinemann | Rheinische Abendpost | 3. Juni 2026, 07:10\n\n"
            "Ein Feuer hat in der Nacht zwei Lagerhallen zerstört. Auch Feuerwehrsprecherin Lena Brinkhaus "
            "äußerte sich am Morgen: Verletzt wurde niemand.\n",
            "en.txt": "Warehouse fire in Tarnwick\n\nNobody was hurt, fire service spokeswoman Lena Brinkhaus said.\n",
        },
        "brand",
        {"Lena Brinkhaus", "Karla Heinemann"},
        "who:Brinkhaus",
    ),
    "dutch-variant": (
        {
            "nl.txt": "Brand in de haven van Tarnwick\n\n"
            "Door Femke de Jong · Noordhollands Dagblad · 3 juni 2026\n\n"
            "De brand is in de nacht geblust. Niemand raakte gewond, zei Hoofdcommissaris Ruud Akkerbroek.\n",
            "en.txt": "Warehouse fire in Tarnwick\n\nNobody was hurt, police chief Ruud Akkerbroek said.\n",
        },
        "nl",
        {"Ruud Akkerbroek", "Femke de Jong"},
        "who:Akkerbroek",
    ),
}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("case", list(CORPORA))
def test_people_of_the_other_language_article(capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str) -> None:
    files, doc, people, query = CORPORA[case]
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    common = ("--corpus", str(root), "--index-dir", str(tmp_path / "ix"))
    found = _run(capsys, *common, "entities", doc, "--json")
    persons = {e["name"] for e in found["entities"] if e["type"] == "PERSON"}  # type: ignore[index, union-attr]
    assert people <= persons, persons
    assert not [p for p in persons if p.split()[0] in ("Von", "Door", "Geschäftsführerin", "Auch")], persons
    hits = _run(capsys, *common, "search", query, "--json")
    assert hits["total"] == 2, hits
