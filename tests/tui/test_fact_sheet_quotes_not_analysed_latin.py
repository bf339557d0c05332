"""The fact sheet and the Quotes screen say which articles are written in another language than
English in Latin script (issue 13, t13p F7): El Comercio del Norte's Spanish article reports
figures none of which is read, and the fact sheet showed it as an outlet that reported nothing.
Now both headings name it ("not analysed: El Comercio del Norte (Spanish)"), while the Entities ×
outlets screen, which reads its names, does not. The report's Spanish article, and French and
German reports of my own (invented); the outlet given as markup-looking text is shown as written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from snapshot_app import settle, workers_done
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.quotes import QuotesScreen

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages_t13p"

ENGLISH = (
    "Dam burst in Peru kills five\n\n"
    "Five people were killed and more than 4,500 were evacuated when the Rocío Alto dam burst, the "
    'interior minister said. "We need heavy machinery now," Governor María José Quispe-Huamán told '
    "reporters.\n"
)
OTHER = (
    "Peru dam toll at five\n\n"
    "The toll stands at five and 4,500 people were evacuated, said Governor María José Quispe-Huamán.\n"
)
FRENCH = (
    "Explosion dans une usine chimique près de Lyon : deux morts\n\n"
    "Deux personnes ont été tuées et une trentaine blessées mardi dans l'explosion d'une usine chimique "
    "à Feyzin, a indiqué la préfecture. « Nous avons eu de la chance », a déclaré le maire, Murielle "
    "Laurent. Environ 800 habitants ont été évacués et la région a promis 2,5 millions d'euros.\n"
)
GERMAN = (
    "Hochwasser in Passau: Zwei Tote, Tausende evakuiert\n\n"
    "Bei dem schweren Hochwasser in Passau sind nach Angaben der Polizei zwei Menschen ums Leben "
    "gekommen. Mehr als 3.000 Anwohner mussten ihre Häuser verlassen, teilte die Stadtverwaltung am "
    "Dienstag mit. „Die Lage ist ernst“, sagte Oberbürgermeister Jürgen Dupper.\n"
)
CASES = {
    "spanish-t13p": ("El Comercio del Norte", "Spanish", None),
    "french": ("[b]Le Progrès[/b]", "French", FRENCH),
    "german": ("Passauer Neue Presse", "German", GERMAN),
}


def corpus_for(tmp_path: Path, case: str) -> Path:
    outlet, _language, text = CASES[case]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-wire.txt").write_text(ENGLISH, "utf-8")
    (corpus / "b-paper.txt").write_text(OTHER, "utf-8")
    if text is None:
        shutil.copy(FIXTURES / "10_spanish.txt", corpus / "c-local.txt")
    else:
        (corpus / "c-local.txt").write_text(text, "utf-8")
    (corpus / "corpus.yaml").write_text(f'articles:\n  c-local.txt:\n    outlet: "{outlet}"\n', "utf-8")
    return corpus


def heading(app: WaicReaderApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def opened(app: WaicReaderApp, pilot, key: str) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)
    await workers_done(app)
    await settle(pilot)


@pytest.mark.parametrize("case", list(CASES))
async def test_fact_sheet_and_quotes_headings_say_not_analysed(case: str, tmp_path: Path) -> None:
    outlet, language, _ = CASES[case]
    app = WaicReaderApp(Workspace(corpus_for(tmp_path, case), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await opened(app, pilot, "f")
        assert isinstance(app.screen, FactSheetScreen)
        said = heading(app, "#coverage-heading")
        assert f"not analysed: {outlet} ({language})" in said, said
        assert "in disagreement" in said  # the counts still shown
        await pilot.press("escape")
        await opened(app, pilot, "Q")
        assert isinstance(app.screen, QuotesScreen)
        said = heading(app, "#quotes-heading")
        assert f"not analysed: {outlet} ({language})" in said, said
        assert "speaker" in said  # the counts still shown


async def test_the_matrix_reads_its_names(tmp_path: Path) -> None:
    app = WaicReaderApp(Workspace(corpus_for(tmp_path, "spanish-t13p"), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await opened(app, pilot, "E")
        assert isinstance(app.screen, EntityMatrixScreen)
        assert "not analysed" not in heading(app, "#matrix-heading")
