"""Dates written in other languages than English are read, in the text and in metadata, by one
table of month names and stamp words per language (``date_languages.LANGUAGES``; re-test of #17
after s15, fault 9): "16. März 2025", "2025年3月16日", "Publié le 14 mars 2025" and "14 de marzo de
2025" under a headline, or as a front matter's or a record's date, were not read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.date_languages import LANGUAGES, MONTH_WORDS
from waic_reader.index.corpus.date_parse import parse
from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.reader import Corpus

BODY = "The council approved the ferry plan on Sunday after a long debate about the harbour and its costs."
TITLE = "Ferry plan approved"


def _article(tmp_path: Path, line: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"{TITLE}\n{line}\n\n{BODY}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # reported
        ("16. März 2025", "2025-03-16"),
        ("2025年3月16日", "2025-03-16"),
        ("Publié le 14 mars 2025", "2025-03-14"),
        ("14 de marzo de 2025", "2025-03-14"),
        # variants: with a time and a zone, another label, Italian, Dutch, Portuguese, Korean, a weekday
        ("Veröffentlicht am 16. März 2025, 10:30 Uhr MEZ", "2025-03-16T10:30+01:00"),
        ("Mis à jour le 1er mars 2025 à 10h30", "2025-03-01T10:30"),
        ("Pubblicato il 14 marzo 2025 alle 10:30", "2025-03-14T10:30"),
        ("14 maart 2025 om 10:30 uur", "2025-03-14T10:30"),
        ("Publicado em 14 de março de 2025", "2025-03-14"),
        ("2025년 3월 16일", "2025-03-16"),
        ("公開日：2025年3月16日 10時30分", "2025-03-16T10:30"),
        ("domingo, 16 de marzo de 2025", "2025-03-16"),
    ],
)
def test_a_date_line_in_another_language_dates_the_article(tmp_path: Path, line: str, iso: str) -> None:
    article = _article(tmp_path, line)
    assert (article.date, article.date_source) == (iso, "text")
    assert article.title == TITLE
    assert is_stamp(line)


def test_a_published_label_outranks_an_updated_one(tmp_path: Path) -> None:
    article = _article(tmp_path, "Mis à jour le 15 mars 2025\nPublié le 14 mars 2025")
    assert article.date == "2025-03-14"


def test_a_day_that_does_not_exist_is_said(tmp_path: Path) -> None:
    article = _article(tmp_path, "31 février 2025")
    assert article.date is None
    assert any("'31 février 2025' is no date (February 2025 has 28 days)" in n for n in article.notes)


@pytest.mark.parametrize(
    "line",
    [
        "Le conseil a approuvé le 14 mars 2025 le plan du ferry après un long débat.",
        "無料で使える「Chrome OS Flex」！ どの程度使えるのかを試した （2022年08月10日）",  # another story's headline
        "14 mars",  # no year: too weak a sign on its own
    ],
)
def test_a_date_among_words_dates_nothing(tmp_path: Path, line: str) -> None:
    assert _article(tmp_path, line).date is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("16. März 2025", "2025-03-16"),
        ("2025年3月16日", "2025-03-16"),
        ("14 de marzo de 2025", "2025-03-14"),
        ("14 mars 2025 10:30", "2025-03-14T10:30"),
        ("1er août 2025", "2025-08-01"),
    ],
)
def test_a_metadata_value_in_another_language_is_parsed(value: str, iso: str) -> None:
    assert parse(value) == iso


def test_front_matter_and_record_dates_in_other_languages(tmp_path: Path) -> None:
    (tmp_path / "fm.md").write_text(f"---\ntitle: Fähre\ndate: 16. März 2025\n---\n\n{BODY}\n", "utf-8")
    record = {"title": "Ferry", "text": BODY, "date": "14 de marzo de 2025"}
    (tmp_path / "api.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    (tmp_path / "corpus.yaml").write_text("articles:\n  c.txt:\n    date: 2025年3月16日\n", "utf-8")
    (tmp_path / "c.txt").write_text(f"{TITLE}\n\n{BODY}\n", "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert corpus.meta_errors == []
    got = {d: (corpus.article(d).date, corpus.article(d).date_source) for d in ("fm", "api#1", "c")}
    assert got == {
        "fm": ("2025-03-16", "front-matter"),
        "api#1": ("2025-03-14", "metadata"),
        "c": ("2025-03-16", "metadata"),
    }


def test_the_table_gives_each_language_twelve_months_that_agree() -> None:
    seen: dict[str, int] = {}
    for code, lang in LANGUAGES.items():
        assert len(lang.months) in (0, 12), code
        for n, names in enumerate(lang.months, 1):
            for word in names.split():
                assert seen.setdefault(word, n) == n, (code, word)
    # a form two languages share names one month in both ("mar", "mai", "sept")
    assert (MONTH_WORDS["mar"], MONTH_WORDS["mai"], MONTH_WORDS["sept"]) == (3, 5, 9)


# The month and weekday names are CLDR's (date_languages.LOCALES, date_names.txt, made by babel):
# full names in the form a date uses and the form standing alone (Polish, Russian and Czech write
# a date's month in the genitive), short forms with and without their dot, regional forms; and a
# few forms CLDR lacks (_MORE_MONTHS: German "Mrz.", "Maerz", Austrian "Feber").
@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("16 marca 2025", "2025-03-16"),  # Polish, genitive
        ("Opublikowano: 16 marca 2025 r., 10:30", "2025-03-16T10:30"),  # with "r." (year)
        ("16 марта 2025 г.", "2025-03-16"),  # Russian, genitive
        ("Опубликовано 16 марта 2025, 10:30", "2025-03-16T10:30"),
        ("16. března 2025", "2025-03-16"),  # Czech, genitive
        ("Aktualizováno 16. března 2025 10:30", "2025-03-16T10:30"),
        ("16. Mrz. 2025", "2025-03-16"),  # German short forms CLDR lacks, and its own
        ("16. Maerz 2025", "2025-03-16"),
        ("16. Okt. 2025", "2025-10-16"),
        ("16. Okt 2025", "2025-10-16"),
        ("16. Jänner 2025", "2025-01-16"),  # Austrian (de_AT)
        ("16 févr. 2025", "2025-02-16"),  # French short form with its dot
        ("1er juill. 2025", "2025-07-01"),  # Canadian French (fr_CA)
        ("16 de setiembre de 2025", "2025-09-16"),  # Peruvian and Uruguayan Spanish (es_PE)
        ("16 fevrier 2025", "2025-02-16"),  # a name without its accents
    ],
)
def test_cldr_month_names_date_the_article(tmp_path: Path, line: str, iso: str) -> None:
    article = _article(tmp_path, line)
    assert (article.date, article.date_source) == (iso, "text")
    assert article.title == TITLE
    assert is_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "16 uno 2025",  # Czech "úno" without its accent: too short to be read so ("uno")
        "16 березня 2025",  # Ukrainian: no month of the table
    ],
)
def test_forms_the_table_does_not_read(tmp_path: Path, line: str) -> None:
    assert _article(tmp_path, line).date is None


def test_the_names_file_is_cldrs_and_the_supplement_is_not() -> None:
    pytest.importorskip("babel")
    from waic_reader.index.corpus import date_languages

    written = date_languages.FILE.read_text(encoding="utf-8").splitlines()
    assert written[2:] == date_languages.cldr_lines()[2:]  # regenerate: python -m ….date_languages
    cldr = {line.rsplit("\t", 1)[1] for line in written[2:]}
    more = [w for forms in date_languages._MORE_MONTHS.values() for names in forms.values() for w in names.split()]
    assert more and not cldr & set(more)  # a form CLDR gained is dropped from the supplement
    for code in date_languages.LOCALES:  # each language of CLDR has its twelve months and seven days
        assert all(date_languages.LANGUAGES[code].months), code
        assert sum(line.startswith(f"{code}\tday\t") for line in written) >= 7, code


# A line with a published and an updated stamp in another language is read field by field and
# dated by its published stamp whatever their order, as "Published March 13, 2025 · Updated March
# 14, 2025" is (#17 re-test after s16, item 1: left undated, no note).
@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # reported: French with a bar, German with times
        ("Publié le 14 mars 2025 à 10h30 | Mis à jour le 15 mars 2025 à 08h00", "2025-03-14T10:30"),
        ("Veröffentlicht am 16. März 2025, 09:15 Uhr | Aktualisiert am 16. März 2025, 12:00 Uhr", "2025-03-16T09:15"),
        # variants: a middle dot, reversed, no times, other languages, a dash, a semicolon
        ("Publié le 14 mars 2025 à 10h30 · Mis à jour le 15 mars 2025 à 08h00", "2025-03-14T10:30"),
        ("Mis à jour le 15 mars 2025 à 08h00 · Publié le 14 mars 2025 à 10h30", "2025-03-14T10:30"),
        ("Publié le 14 mars 2025 · Mis à jour le 15 mars 2025", "2025-03-14"),
        ("Aktualisiert am 17. März 2025 | Veröffentlicht am 16. März 2025", "2025-03-16"),
        ("Actualizado el 15 de marzo de 2025 | Publicado el 14 de marzo de 2025", "2025-03-14"),
        ("Pubblicato il 14 marzo 2025 alle 10:30 · Aggiornato il 15 marzo 2025 alle 08:00", "2025-03-14T10:30"),
        ("Bijgewerkt op 15 maart 2025 om 08:00 | Gepubliceerd op 14 maart 2025 om 10:30", "2025-03-14T10:30"),
        ("Publicado em 14 de março de 2025 — Atualizado em 15 de março de 2025", "2025-03-14"),
        ("Atualizado em 15 de março de 2025; Publicado em 14 de março de 2025", "2025-03-14"),
    ],
)
def test_a_published_and_an_updated_stamp_on_one_line_date_by_the_published(
    tmp_path: Path, line: str, iso: str
) -> None:
    article = _article(tmp_path, line)
    assert (article.date, article.date_source, article.notes) == (iso, "text", [])
    assert article.title == TITLE
    assert is_stamp(line)


def test_a_two_stamp_line_reports_a_field_it_cannot_read(tmp_path: Path) -> None:
    # The published stamp names no real day: said in a note, the updated one dates the article.
    article = _article(tmp_path, "Publié le 31 février 2025 | Mis à jour le 15 mars 2025")
    assert article.date == "2025-03-15"
    assert any("'31 février 2025' is no date (February 2025 has 28 days)" in n for n in article.notes)
    # A field with a number but no date read: said, never a silent null.
    article = _article(tmp_path, "Publié le 14/3 | Mis à jour le 15 mars")
    assert article.date is None
    assert any("'Publié le 14/3' is no date" in n for n in article.notes)
    assert any("'Mis à jour le 15 mars' is no date" in n for n in article.notes)


def test_a_sentence_with_two_labels_is_no_stamp_line(tmp_path: Path) -> None:
    line = "Publicado por la redacción; actualizado a diario por el equipo"
    article = _article(tmp_path, line)
    assert (article.date, article.notes) == (None, [])
    assert not is_stamp(line)


def test_the_cli_lists_a_french_two_stamp_line_dated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from waic_reader.tui.cli.main import main

    corpus = tmp_path / "c"
    corpus.mkdir()
    stamp = "Publié le 14 mars 2025 à 10h30 | Mis à jour le 15 mars 2025 à 08h00"
    (corpus / "a.txt").write_text(f"Ferry fr pipe\n\n{stamp}\n\nLe ferry a chaviré.\n", "utf-8")
    (corpus / "b.txt").write_text(f"Ferry de\n\n{stamp.replace('|', '·')}\n\nLe ferry a chaviré.\n", "utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    rows = rows if isinstance(rows, list) else rows["articles"]
    got = {r["doc"]: (r["date"], r["date_source"], r["notes"]) for r in rows}
    assert got == {"a": ("2025-03-14T10:30", "text", []), "b": ("2025-03-14T10:30", "text", [])}
