"""An article written in another language than English in Latin script is said "not analysed" by
the figures and the quotes (issue 13, t13p F7): ``10_spanish.txt`` ("Cinco personas murieron y más
de 4.500 fueron evacuadas", "prometió 150.000 dólares") gave no figure, and ``facts --json``
listed only the Chinese and Japanese articles under ``not_analysed``: El Comercio del Norte looked
like an outlet that reported nothing. Now ``facts --json`` and ``quotes --json`` list it with its
language, the reason and the analyses that do not read it (``"analyses": ["facts", "quotes"]``,
a key added; ``doc``, ``language``, ``reason`` as they were); ``entities --json`` does not (its
names, capitalised words, are read). The report's article, and Portuguese, French and German
reports of my own beside an English one (invented)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages_t13p"

ENGLISH = (
    "Dam burst in Peru kills five\n\n"
    "Five people were killed and more than 4,500 were evacuated when the Rocío Alto dam burst in the "
    'Ancash region, the interior minister said. "We need heavy machinery now," Governor María José '
    "Quispe-Huamán told reporters. The operator, Hidroandina, pledged $150,000 for the families.\n"
)
PORTUGUESE = (
    "Incêndio em fábrica de Setúbal deixa três mortos\n\n"
    "Três trabalhadores morreram e mais de 1.200 moradores foram retirados das suas casas depois de um "
    "incêndio numa fábrica de papel em Setúbal, informou a Proteção Civil. O presidente da câmara, "
    "Joaquim Brito, disse que a autarquia vai disponibilizar 250 mil euros para as famílias afetadas.\n"
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
CASES = {"spanish-t13p": (None, "Spanish"), "portuguese": (PORTUGUESE, "Portuguese")}
CASES |= {"french": (FRENCH, "French"), "german": (GERMAN, "German")}


def corpus(tmp_path: Path, case: str | None) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    (root / "wire-en.txt").write_text(ENGLISH, "utf-8")
    if case is not None:
        text, _language = CASES[case]
        if text is None:
            shutil.copy(FIXTURES / "10_spanish.txt", root / "local-report.txt")
        else:
            (root / "local-report.txt").write_text(text, "utf-8")
    return root


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, root: Path, *args: str) -> str:
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "i"), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize("command", ["facts", "quotes"])
@pytest.mark.parametrize("case", list(CASES))
def test_figures_and_quotes_say_the_article_not_analysed(
    case: str, command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    language = CASES[case][1]
    root = corpus(tmp_path, case)
    for _ in range(2):  # the second time from what the first kept (the index, figures.json)
        data = json.loads(run(capsys, tmp_path, root, command, "--json"))
        assert data["not_analysed"] == [
            {
                "doc": "local-report",
                "language": language,
                "reason": f"written in {language}; figures and quotes' speakers are read in English text only",
                "analyses": ["facts", "quotes"],
            }
        ]
    text = run(capsys, tmp_path, root, command)
    assert f"not analysed: local-report (written in {language};" in text


@pytest.mark.parametrize("case", list(CASES))
def test_its_names_are_read(case: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = json.loads(run(capsys, tmp_path, corpus(tmp_path, case), "entities", "--json"))
    assert data["not_analysed"] == []
    assert any(m["doc"] == "local-report" for e in data["entities"] for m in e["mentions"])


@pytest.mark.parametrize("command", ["facts", "quotes", "entities"])
def test_an_english_corpus_has_none(command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = corpus(tmp_path, None)
    (root / "short.txt").write_text("Dam toll rises\n\nThe toll rose to six, police said.\n", "utf-8")
    data = json.loads(run(capsys, tmp_path, root, command, "--json"))
    assert data["not_analysed"] == []


def test_the_language_kept_by_the_timeline_serves_the_fact_sheet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The timeline keeps each article's figures in figures.json (no index built): the language
    kept with them, the fact sheet after it still names the Spanish article."""
    root = corpus(tmp_path, "spanish-t13p")
    run(capsys, tmp_path, root, "timeline", "--json")
    data = json.loads(run(capsys, tmp_path, root, "facts", "--json"))
    assert [(n["doc"], n["language"]) for n in data["not_analysed"]] == [("local-report", "Spanish")]
