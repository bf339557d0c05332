"""An agency in parentheses before a date set off by dashes stays the agency, the date is read too
(review s35-rv finding 2: t13y G16's region branch, "PONTEGRÍS (Calveira) – 9 March 2026 –", took
any name in the parentheses as a region, so "KELLBY (Nordwire) – 9 March 2026 –" and "LONDON
(Reuters) - March 9, 2026 -" lost their outlet). A known agency or outlet, or a name shaped as one
(a wire's, a news service's, a newspaper's word in it), is an agency; another name a region, as
tests/corpus/test_dateline_region_before_a_dashed_date.py keeps it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus import dateline
from waic_reader.tui.cli.main import main


@pytest.mark.parametrize(
    ("line", "place", "agency", "date"),
    [
        (
            "KELLBY (Nordwire) – 9 March 2026 – Rescuers reached the 17 trapped miners.",
            "KELLBY",
            "Nordwire",
            "9 March 2026",
        ),
        (
            "LONDON (Reuters) - March 9, 2026 - Rescuers reached the trapped miners.",
            "LONDON",
            "Reuters",
            "March 9, 2026",
        ),
        (
            "HALVIK (Eastpress) — 9. März 2026 — Sieben Bergleute wurden gerettet.",
            "HALVIK",
            "Eastpress",
            "9. März 2026",
        ),
        ("PEKING (Xinhua) – 9 March 2026 – The rescue ended on Monday.", "PEKING", "Xinhua", "9 March 2026"),
        ("MIRANDE (Sud Presse) – 9 mars 2026 – Sept mineurs ont été secourus.", "MIRANDE", "Sud Presse", "9 mars 2026"),
        (
            "DORVIK (Valdmark News Service) - March 9, 2026 - The rescue ended.",
            "DORVIK",
            "Valdmark News Service",
            "March 9, 2026",
        ),
    ],
)
def test_an_agency_before_a_dashed_date(line: str, place: str, agency: str, date: str) -> None:
    d = dateline.match(line)
    assert d is not None

    def part(span: tuple[int, int] | None) -> str | None:
        return None if span is None else line[span[0] : span[1]]

    assert (part(d.place), part(d.agency), part(d.date), part(d.region)) == (place, agency, date, None)
    assert d.prose


ARTICLES = {
    "a.txt": "Miners rescued in Kellby\n\nKELLBY (Nordwire) – 9 March 2026 – Rescuers reached the 17 trapped miners "
    "on Monday after four days, officials said.\n\nThe mine will stay closed until an inquiry reports.\n",
    "b.txt": "Miners rescued\n\nLONDON (Reuters) - March 9, 2026 - Rescuers reached the 17 trapped miners on Monday "
    "after four days, officials said.\n\nThe mine will stay closed.\n",
    "c.txt": "Bergleute gerettet\n\nHALVIK (Eastpress) — 9. März 2026 — Die Helfer erreichten am Montag die "
    "eingeschlossenen Bergleute, teilten die Behörden mit.\n",
}


def test_the_wire_articles_keep_their_outlet_and_are_dated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, "utf-8")
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    capsys.readouterr()
    assert main([*base, "list", "--json"]) == 0
    rows = {r["doc"]: r for r in json.loads(capsys.readouterr().out)["articles"]}
    for doc, outlet in (("a", "Nordwire"), ("b", "Reuters"), ("c", "Eastpress")):
        assert rows[doc]["date"] == "2026-03-09", doc
        assert rows[doc]["outlet"] == outlet, doc


@pytest.mark.parametrize(
    ("line", "region"),
    [
        ("LILLE (Nord-Pas-de-Calais) – 9 mars 2026 – Sept mineurs ont été secourus.", "Nord-Pas-de-Calais"),
        ("SIENA (Toscana) - 9 marzo 2026 - Sette minatori sono stati salvati.", "Toscana"),
        ("CYPRESS (Texas) - March 9, 2026 - Seven miners were rescued.", "Texas"),
    ],
)
def test_a_region_before_a_dashed_date_stays_a_region(line: str, region: str) -> None:
    d = dateline.match(line)
    assert d is not None and d.region is not None and d.agency is None
    assert line[d.region[0] : d.region[1]] == region
    assert d.date is not None
