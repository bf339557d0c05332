"""The outlet's line under the headline (t13ar N12, round s50-m): a live page's masthead with its
live label over the date stamp ("Brackenford Evening Post live" over "Monday 9 March 2026") names
the outlet, the label left out; so does an outlet's name in quotation marks beside the date
("11 марта 2026 года, «Цифровой вестник»"), as the Chinese, Japanese and Korean date lines do."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import classify_article
from waic_reader.index.corpus.reader import Corpus

BODY_EN = (
    "A ransomware attack has forced five hospitals onto paper records for a week, the health group said "
    "on Monday, and patients were asked to bring their own medication lists.\n"
)


@pytest.mark.parametrize(
    ("headline", "line", "stamp", "outlet"),
    [
        (  # reported
            "LIVE: Kessington Valley Health ransomware attack - latest updates",
            "Brackenford Evening Post live",
            "Monday 9 March 2026",
            "Brackenford Evening Post",
        ),
        ("Ferry strike: all the latest", "Halvik Herald Live", "14 March 2026", "Halvik Herald"),
        ("Storm Ida live: roads closed", "Kellby Post – Live Updates", "Tuesday 3 March 2026 09:12", "Kellby Post"),
    ],
)
def test_a_live_pages_masthead_under_the_headline_names_the_outlet(
    tmp_path: Path, headline: str, line: str, stamp: str, outlet: str
) -> None:
    (tmp_path / "a.txt").write_text(f"{headline}\n{line}\n{stamp}\n\n{BODY_EN}", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.outlet == outlet
    assert article.title == headline
    # (and the line is the page's head, boilerplate beside the date, no longer the article's text)
    labels = classify_article(article.blocks, article.discarded)
    at = next(k for k, b in enumerate(article.blocks) if b.text.strip() == line)
    assert labels[at] is not None and labels[at][0] == "byline"


@pytest.mark.parametrize(
    ("headline", "line", "body", "outlet"),
    [
        (  # reported
            "Вирус-вымогатель на неделю остановил работу больниц в Англии",
            "11 марта 2026 года, «Цифровой вестник»",
            "Региональная больничная группа подверглась атаке программы-вымогателя, из-за которой пять больниц перешли на бумажные записи.",
            "Цифровой вестник",
        ),
        (
            "Erpressersoftware legt Kliniken eine Woche lahm",
            "„Nordkurier“ · 3. März 2026",
            "Eine Klinikgruppe ist Opfer eines Angriffs mit Erpressersoftware geworden, fünf Krankenhäuser arbeiten wieder auf Papier.",
            "Nordkurier",
        ),
        (
            "Un ciberataque paraliza los hospitales durante una semana",
            "12 de marzo de 2026 | «El Heraldo del Valle»",
            "Un grupo hospitalario ha sufrido un ataque de ransomware que obligó a cinco hospitales a volver al papel.",
            "El Heraldo del Valle",
        ),
    ],
)
def test_an_outlet_in_quotation_marks_on_the_date_line_names_it(
    tmp_path: Path, headline: str, line: str, body: str, outlet: str
) -> None:
    (tmp_path / "a.txt").write_text(f"{headline}\n{line}\n\n{body}\n", "utf-8")
    assert Corpus.scan(tmp_path).article("a").outlet == outlet
