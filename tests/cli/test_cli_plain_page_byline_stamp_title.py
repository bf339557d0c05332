"""Plain-text pages' titles, dates and outlets (issue #14, round s33-b, F7): a byline in another
language ("Par [7]Jean Dupont" in a lynx dump, "Par Jean Dupont" alone over a date stamp) is never
the title; a labelled date stamp in another language written in numbers ("Veröffentlicht am
12.03.2026 um 07:45 Uhr", "Modifié le 12/03/2026 à 09:10") or with a second labelled field
("Publié le … à 7h45, mis à jour à 9h10") dates the article and is never the title; a byline
naming its outlet after a comma or a bar ("Par Jean Dupont, Le Courrier du Var") names the
outlet; a dateline naming two places with a slash ("TOULON / MARSEILLE, 12 août (AFP) -") names
its wire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_FR = (
    "Un violent incendie s'est déclaré mardi soir dans un entrepôt du port de Toulon, faisant trois "
    "blessés légers parmi les employés, selon les pompiers du Var."
)
_DE = (
    "Eine Fähre hat am Dienstagabend im Kieler Hafen die Kaimauer gerammt, dabei wurden drei Menschen "
    "leicht verletzt, teilte die Polizei mit."
)
_ES = (
    "Un incendio declarado el martes por la noche en un almacén del puerto de Valencia dejó tres "
    "heridos leves, según los bomberos."
)


def _lynx(head: str, byline: str, prose: str) -> str:
    """A page saved with ``lynx -dump``: link markers, 3-space indented wrapped paragraphs, the
    numbered list of the page's links at the end."""
    half = len(prose) // 2
    cut = prose.rfind(" ", 0, half)
    return (
        "   [1]Aller au contenu principal\n   [2]Accueil [3]Région [4]Faits divers [5]Sport\n\n"
        f"                {head}\n\n   {byline}\n\n   {prose[:cut]}\n   {prose[cut + 1 :]}\n\n"
        "   Le feu a été maîtrisé peu avant minuit, a indiqué le [6]préfet dans un communiqué.\n\n"
        "References\n\n   1. file:///tmp/page.html#main\n   2. https://www.example.fr/\n"
        "   3. https://www.example.fr/region\n   6. https://www.example.fr/prefet\n"
        "   7. https://www.example.fr/auteur\n"
    )


# doc → (text, title (its start when it ends in "…": the first sentence cut), date or None (not
# asked), outlet or None (not asked))
PAGES: dict[str, tuple[str, str, str | None, str | None]] = {
    # F7a: a lynx dump's byline with its link marker over the text
    "lynx-fr": (
        _lynx("Incendie dans un entrepôt du port de Toulon", "Par [7]Jean Dupont", _FR),
        "Incendie dans un entrepôt du port de Toulon",
        None,
        None,
    ),
    "lynx-de": (
        _lynx("Fähre rammt Kaimauer im Kieler Hafen", "Von [7]Jonas Weber", _DE),
        "Fähre rammt Kaimauer im Kieler Hafen",
        None,
        None,
    ),
    "lynx-es": (
        _lynx("Incendio en el puerto de Valencia", "Por [7]Lucía Fernández", _ES),
        "Incendio en el puerto de Valencia",
        None,
        None,
    ),
    # a byline and a stamp with no headline: the first sentence is the title, never the byline
    "nohead-fr": (
        f"Par Jean Dupont\nPublié le 12 mars 2026 à 07h45\n\n{_FR}\n\nFin de l'article ici.\n",
        "Un violent incendie s'est déclaré mardi soir…",
        "2026-03-12T07:45",
        None,
    ),
    "nohead-de": (
        f"Von Jonas Weber\n12.03.2026, 07:45 Uhr\n\n{_DE}\n\nEnde des Artikels hier.\n",
        "Eine Fähre hat am Dienstagabend im Kieler Hafen…",
        "2026-03-12T07:45",
        None,
    ),
    # F7b: labelled stamps in numbers, or with a second labelled field, under the headline
    "stamp-de": (
        f"Fähre rammt Kaimauer im Kieler Hafen\nVeröffentlicht am 12.03.2026 um 07:45 Uhr\n\n{_DE}\n",
        "Fähre rammt Kaimauer im Kieler Hafen",
        "2026-03-12T07:45",
        None,
    ),
    "stamp-fr": (
        f"Incendie au port de Toulon\nModifié le 12/03/2026 à 09:10\n\n{_FR}\n",
        "Incendie au port de Toulon",
        "2026-03-12T09:10",
        None,
    ),
    "stamp-fr2": (
        f"Incendie au port de Toulon\nPublié le mercredi 12 mars 2026 à 7h45, mis à jour à 9h10\n\n{_FR}\n",
        "Incendie au port de Toulon",
        "2026-03-12T07:45",
        None,
    ),
    "stamp-es": (
        f"Incendio en el puerto de Valencia\nActualizado el 12/03/2026 a las 09:10 h\n\n{_ES}\n",
        "Incendio en el puerto de Valencia",
        "2026-03-12T09:10",
        None,
    ),
    "stamp-pt": (
        "Cheias no Douro obrigam a retirar 300 famílias\nAtualizado em 12/03/2026 às 09:10\n\n"
        "As águas do rio Douro subiram três metros durante a noite e inundaram a zona ribeirinha "
        "do Porto, segundo a Proteção Civil.\n",
        "Cheias no Douro obrigam a retirar 300 famílias",
        "2026-03-12T09:10",
        None,
    ),
    # lines set one under another, no blank line: masthead, headline, byline alone, stamp in numbers
    "run-fr": (
        "Var-Matin\nTempête Zoé : des milliers de foyers privés d'électricité dans le Var\nPar Jean Dupont\n"
        f"Publié le 12/03/2026 à 07h45\n{_FR}\nLes rafales ont atteint 130 km/h sur le littoral.\n",
        "Tempête Zoé : des milliers de foyers privés d'électricité dans le Var",
        "2026-03-12T07:45",
        None,
    ),
    "run-it": (
        "Maltempo a Livorno: migliaia di case senza luce\nPubblicato il 12/03/2026 alle 07:45\n"
        "Più di 20.000 famiglie erano ancora senza elettricità mercoledì mattina a Livorno dopo il "
        "passaggio della tempesta, secondo Enel.\nLe raffiche hanno raggiunto i 110 km/h sulla costa.\n",
        "Maltempo a Livorno: migliaia di case senza luce",
        "2026-03-12T07:45",
        None,
    ),
    # a stamp line of two labelled fields longer than 90 characters, over the headline
    "fields-es": (
        "Publicado el 12 de marzo de 2026 a las 07:45 | Actualizado el 12 de marzo de 2026 a las 09:10\n"
        f"Temporal en Valencia: miles de hogares sin luz\n{_ES}\n",
        "Temporal en Valencia: miles de hogares sin luz",
        "2026-03-12T07:45",
        None,
    ),
    # F7c: a byline naming its outlet after a comma or a bar
    "comma-fr": (
        f"Un nouveau rond-point inauguré à Hyères\n\nPar Jean Dupont, Le Courrier du Var\n\n{_FR}\n",
        "Un nouveau rond-point inauguré à Hyères",
        None,
        "Le Courrier du Var",
    ),
    "comma-es": (
        f"Incendio en el puerto de Valencia\n\nPor Lucía Fernández, El Diario del Puerto\n\n{_ES}\n",
        "Incendio en el puerto de Valencia",
        None,
        "El Diario del Puerto",
    ),
    "bar-en": (
        "Ferry operator fined over harbour collision\n\nBy Anna Lind | Halvik Evening Post\n\n"
        "The operator of the ferry that struck the harbour wall in Halvik last May was fined "
        "40,000 euros on Friday, the district court said.\n",
        "Ferry operator fined over harbour collision",
        None,
        "Halvik Evening Post",
    ),
    # a dump's byline with link markers names its outlet; a comma byline's last field dates it
    "bar-lynx": (
        "   Ferry operator fined over harbour collision\n\n   By [7]Anna Lind | [8]Halvik Evening Post\n\n"
        "   The operator of the ferry that struck the harbour wall in Halvik last May was fined "
        "40,000 euros on Friday, the district court said.\n",
        "Ferry operator fined over harbour collision",
        None,
        "Halvik Evening Post",
    ),
    "comma-date-fr": (
        f"Incendie au port de Toulon\n\nPar Jean Dupont, Le Courrier du Var, 12 mars 2026 à 07h45\n\n{_FR}\n",
        "Incendie au port de Toulon",
        "2026-03-12T07:45",
        "Le Courrier du Var",
    ),
    "comma-date-es": (
        "Incendio en el puerto de Valencia\n\nPor Lucía Fernández Ortega, El Diario del Puerto de "
        f"Valencia, 12 de marzo de 2026\n\n{_ES}\n",
        "Incendio en el puerto de Valencia",
        "2026-03-12",
        "El Diario del Puerto de Valencia",
    ),
    # datelines naming two places with a slash, spaced or not
    "slash-afp": (
        "Floods cut rail links between two cities\n\nTOULON / MARSEILLE, 12 août (AFP) - Heavy "
        "floods cut the rail link between Toulon and Marseille on Tuesday, the regional operator said.\n",
        "Floods cut rail links between two cities",
        None,
        "AFP",
    ),
    "slash-reuters": (
        "Heatwave grips the east coast\n\nSYDNEY / MELBOURNE, March 3 (Reuters) - A heatwave "
        "gripped Australia's east coast on Tuesday, with temperatures above 40 degrees.\n",
        "Heatwave grips the east coast",
        None,
        "Reuters",
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (text, *_rest) in PAGES.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.fixture
def rows(capsys: pytest.CaptureFixture[str], corpus: list[str]) -> dict[str, dict[str, object]]:
    assert main([*corpus, "list", "--json"]) == 0
    return {r["doc"]: r for r in json.loads(capsys.readouterr().out)["articles"]}


@pytest.mark.parametrize("doc", list(PAGES))
def test_title_date_and_outlet(rows: dict[str, dict[str, object]], doc: str) -> None:
    _text, title, date, outlet = PAGES[doc]
    row = rows[doc]
    if title.endswith("…"):
        assert str(row["title"]).startswith(title[:-1])
    else:
        assert row["title"] == title
    if date is not None:
        assert row["date"] == date
    if outlet is not None:
        assert row["outlet"] == outlet


@pytest.mark.parametrize(
    ("doc", "places"), [("slash-afp", {"TOULON", "MARSEILLE"}), ("slash-reuters", {"SYDNEY", "MELBOURNE"})]
)
def test_the_datelines_places_are_places(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str, places: set[str]
) -> None:
    """Each place of the dateline, either side of its slash, is read as a place (the first was an
    organisation and the second nothing when the slash was spaced)."""
    assert main([*corpus, "entities", "--json"]) == 0
    found = {
        m["text"]: e["type"]
        for e in json.loads(capsys.readouterr().out)["entities"]
        for m in e["mentions"]
        if m["doc"] == doc
    }
    assert {p: found.get(p) for p in places} == dict.fromkeys(places, "GPE")


@pytest.mark.parametrize(
    ("doc", "lines"),
    [
        ("run-fr", ("Par Jean Dupont", "Publié le 12/03/2026 à 07h45")),
        ("run-it", ("Pubblicato il 12/03/2026 alle 07:45",)),
        ("stamp-de", ("Veröffentlicht am 12.03.2026 um 07:45 Uhr",)),
    ],
)
def test_the_byline_and_stamp_are_bylines_and_the_headline_content(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str, lines: tuple[str, ...]
) -> None:
    """The byline alone and the stamp in numbers are byline noise; the headline over them is no
    'run of short title-case lines' (it was, with the byline, on run-fr)."""
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    kinds = {" ".join(b["text"].split()): b["kind"] for b in out["noise"]}
    assert {line: kinds.get(line) for line in lines} == dict.fromkeys(lines, "byline")
    assert PAGES[doc][1] not in kinds
