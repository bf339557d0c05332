"""A wire dateline in another language gives the article's date and outlet as an English one does
(tester, #17 re-test, session 16: "PARIS, le 3 mars (AFP) -", "MADRID, 3 mar (Reuters) -",
"BERLIN, 3. März (dpa) -", "ROMA, 3 marzo (ANSA) -" dated nothing, and "(dpa)", in lower case,
named no outlet). Its month is read by date_languages' month names; a year left out gives a
year-less date, as "TOKYO, March 3 (Reuters) -" does. The four reported datelines come first; the
rest are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.dates import date_in_text
from waic_reader.index.corpus.reader import Corpus

PROSE = "Le conseil a approuvé dimanche le plan du ferry après un long débat sur le port et ses coûts."


@pytest.mark.parametrize(
    ("line", "iso", "outlet"),
    [
        ("PARIS, le 3 mars (AFP) -", "--03-03", "AFP"),  # reported
        ("MADRID, 3 mar (Reuters) -", "--03-03", "Reuters"),  # reported
        ("BERLIN, 3. März (dpa) -", "--03-03", "dpa"),  # reported
        ("ROMA, 3 marzo (ANSA) -", "--03-03", "ANSA"),  # reported
        # variants: a year written, a short form with its dot, Portuguese and Dutch, an em dash
        ("LISBOA, 14 de março de 2025 (Lusa) —", "2025-03-14", "Lusa"),
        ("MÜNCHEN, 1. Mrz. (dpa) -", "--03-01", "dpa"),
        ("AMSTERDAM, 29 februari (ANP) -", "--02-29", "ANP"),
        ("GENÈVE, 1er août 2025 (ATS) -", "2025-08-01", "ATS"),
    ],
)
def test_a_dateline_in_another_language_dates_the_article_and_names_its_outlet(
    tmp_path: Path, line: str, iso: str, outlet: str
) -> None:
    (tmp_path / "a.txt").write_text(f"Le plan du ferry\n\n{line} {PROSE}\n", "utf-8")
    a = Corpus.scan(tmp_path).article("a")
    assert (a.date, a.date_source) == (iso, "text")
    assert (a.outlet, a.outlet_derived) == (outlet, True)
    found = date_in_text(f"{line} {PROSE}")
    assert found is not None and (found.iso, found.kind) == (iso, "dateline")


def test_a_year_less_dateline_takes_the_year_as_an_english_one_does(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Le plan du ferry\n\nPARIS, le 3 mars (AFP) - {PROSE}\n", "utf-8")
    (tmp_path / "b.txt").write_text(f"Ferry plan\n\nLONDON, March 3 (Reuters) - {PROSE}\n", "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert corpus.article("a").date == corpus.article("b").date == "--03-03"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("PARIS, le 31 février (AFP) -", "February has at most 29 days"),  # no such day: said, undated
        ("ROMA, 31 aprile (ANSA) -", "April has 30 days"),
    ],
)
def test_a_dateline_day_that_does_not_exist_is_said(tmp_path: Path, line: str, said: str) -> None:
    (tmp_path / "a.txt").write_text(f"Le plan du ferry\n\n{line} {PROSE}\n", "utf-8")
    a = Corpus.scan(tmp_path).article("a")
    assert a.date is None
    assert any(said in n for n in a.notes), a.notes


@pytest.mark.parametrize(
    "text",
    [
        "ROMA, 3 volte (ANSA) - Il traghetto non è partito.",  # "volte" (times) is no month
        "BERLIN, 3 Tage (dpa) - Die Fähre fuhr nicht.",  # "Tage" is no month
    ],
)
def test_other_words_after_a_day_number_date_nothing(text: str) -> None:
    assert date_in_text(text) is None
