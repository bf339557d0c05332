"""A dateline's region in parentheses before the date, as wires in Spanish, French, Italian and
Portuguese set it (t13x F4: "KELLBY (Ostrand), 9 de marzo de 2026 - Al menos…" was no dateline, so
the article had no date and "KELLBY" was an organisation beside the place Kellby), and the Spanish
wires' full stop before the dash ("MADRID, 9 mar (EFE).-")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus import dateline
from waic_reader.tui.cli.main import main


@pytest.mark.parametrize(
    ("line", "place", "region", "date", "agency"),
    [
        (
            "KELLBY (Ostrand), 9 de marzo de 2026 - Al menos siete personas",
            "KELLBY",
            "Ostrand",
            "9 de marzo de 2026",
            None,
        ),
        (
            "TOULOUSE (Haute-Garonne), 9 mars 2026 - Au moins sept personnes",
            "TOULOUSE",
            "Haute-Garonne",
            "9 mars 2026",
            None,
        ),
        ("Roma (Italia), 9 marzo 2026 - Almeno sette persone", "Roma", "Italia", "9 marzo 2026", None),
        ("Valencia (España), 9 mar (EFE).- Al menos siete personas", "Valencia", "España", "9 mar", "EFE"),
        ("MADRID, 9 mar (EFE).- Al menos siete personas", "MADRID", None, "9 mar", "EFE"),
        # an agency's parentheses, no comma after them: as before
        ("WASHINGTON (AP) — The storm", "WASHINGTON", None, None, "AP"),
        ("LONDON (Reuters) - The storm", "LONDON", None, None, "Reuters"),
    ],
)
def test_region_in_parentheses(line: str, place: str, region: str | None, date: str | None, agency: str | None) -> None:
    d = dateline.match(line)
    assert d is not None

    def part(span: tuple[int, int] | None) -> str | None:
        return None if span is None else line[span[0] : span[1]]

    assert (part(d.place), part(d.region), part(d.date), part(d.agency)) == (place, region, date, agency)


def test_a_sentence_with_an_aside_is_no_dateline() -> None:
    assert dateline.match("The dam (built in 1962), engineers said - was old") is None


ARTICLES = {
    "heraldo.txt": "Al menos siete muertos por la rotura de la presa\n\nKELLBY (Ostrand), 9 de marzo de 2026 - Al "
    "menos siete personas murieron este lunes tras la rotura de la presa de Velmora, según la oficina de crisis "
    "regional. La gobernadora Ilsa Brannock visitó Kellby.\n",
    "depeche.txt": "Sept morts après la rupture du barrage\n\nMIRANDE (Gers), 9 mars 2026 - Au moins sept "
    "personnes sont mortes lundi après la rupture du barrage, a indiqué la préfecture. Le maire de Mirande a "
    "ouvert le gymnase.\n",
    "efe.txt": "Siete muertos en Kellby\n\nKellby (Ostrand), 9 mar (EFE).- Al menos siete personas murieron este "
    "lunes tras la rotura de la presa de Velmora, según las autoridades regionales de Kellby.\n",
}


def test_the_article_is_dated_and_its_place_is_no_organisation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, "utf-8")
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    capsys.readouterr()
    assert main([*base, "list", "--json"]) == 0
    rows = {r["doc"]: r for r in json.loads(capsys.readouterr().out)["articles"]}
    assert rows["heraldo"]["date"] == "2026-03-09"
    assert rows["depeche"]["date"] == "2026-03-09"
    assert rows["efe"]["outlet"] == "EFE"
    assert main([*base, "entities", "--json"]) == 0
    entities = json.loads(capsys.readouterr().out)
    names = {(e["name"], e["type"]) for e in entities["entities"]}
    assert ("KELLBY", "ORG") not in names and ("MIRANDE", "ORG") not in names


@pytest.mark.parametrize(
    "line",
    [
        # an agency in parentheses before an English date, or in capitals: no region (review s34-r)
        "LONDON (Reuters), March 10, 2026 - The storm closed the port",
        "PARIS (AFP), 9 mars 2026 - Au moins sept personnes",
        "MADRID (EFE), 9 mar 2026 - Al menos siete personas",
    ],
)
def test_an_agency_in_parentheses_is_no_region(line: str) -> None:
    d = dateline.match(line)
    assert d is None or d.region is None


def test_an_agency_before_the_date_stays_an_organisation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "wire.txt").write_text(
        "Port shut\n\nLONDON (Reuters), March 10, 2026 - The storm closed the port of London on Tuesday, "
        "Reuters reported, and ferries stayed in harbour.\n",
        "utf-8",
    )
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "entities", "--json"]) == 0
    types = {e["name"]: e["type"] for e in json.loads(capsys.readouterr().out)["entities"]}
    assert types.get("Reuters") != "GPE"
