"""An outlet's stamp straight under a byline (or the headline), its fields set apart by "|", "·"
or "•" and one a whole date and time ("Diário de Alcobrena | 3 May 2026 19:30", acceptance t13n
F1 + F11), is a byline/date stamp: it had been taken for a commenter's stamp of the same shape
("Rarst · March 10, 2017 at 1:26 AM") and filed as comment furniture, so it dated nothing; split
by a spaced dash ("Jornal do Centro — 4 May 2026 08:15") it was content and dated nothing. A
commenter's stamp under a comments header keeps its label. Each variant: invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_BODY = [
    "Alcobrena woke up to the sound of an explosion. At 6.42 on Sunday morning a storage tank at the plant "
    "blew up, killing four workers.",
    "Twenty people were taken to hospital, according to the fire brigade. The commander said the flames were "
    "under control by 10.30.",
    "The municipality evacuated 1,350 residents of two neighbourhoods, which lie about 3 kilometres from the plant.",
]

# (headline, byline, stamp, the date it reads)
STAMPS = [
    (
        "TRAGEDY AT QUIMIBRAL: FOUR DEAD AND A TOWN IN SHOCK",
        "By JOÃO PEDRO ASSUNÇÃO and INÊS CARVALHO BRANDÃO",
        "Diário de Alcobrena | 3 May 2026 19:30",
        "2026-05-03T19:30",
    ),
    (
        "Ferry Crash Leaves Harbour Closed",
        "By Marta Lindqvist",
        "Halvik Post · May 3, 2026 7:30 pm",
        "2026-05-03T19:30",
    ),
    (
        "Flood waters reach the old town",
        "By Tomás Ferreira and Ana Ribeiro",
        "Correio do Vale • 14/05/2026 08:15",
        "2026-05-14T08:15",
    ),
    # fields split by a spaced dash (a byline's fields too), the date's time in a field of its own
    (
        "Quarry Collapse Traps Two",
        "By Rui Moreira",
        "Jornal do Centro — 4 May 2026 08:15",
        "2026-05-04T08:15",
    ),
    (
        "Quarry Collapse Traps Two",
        "By Rui Moreira and Sofia Lage",
        "Correio do Vale | 14/05/2026 - 08:15",
        "2026-05-14T08:15",
    ),
]


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize(("headline", "byline", "stamp", "iso"), STAMPS)
def test_an_outlet_stamp_under_a_byline_is_a_date_stamp(
    tmp_path: Path, headline: str, byline: str, stamp: str, iso: str
) -> None:
    article = _article(tmp_path, "\n".join([headline, "", byline, stamp, "", "\n\n".join(_BODY)]) + "\n")
    split = split_noise(article)
    kinds = {s.kind for s in split.noise if s.text == stamp}
    assert kinds == {"byline"}, [(s.kind, s.reason) for s in split.noise]
    reasons = {s.reason for s in split.noise if s.text == stamp}
    assert reasons == {"date, time or reading-time stamp"}
    assert (article.date, article.date_source) == (iso, "text")


def test_a_commenter_stamp_under_a_comments_header_stays_comment_furniture(tmp_path: Path) -> None:
    stamp = "Rarst · March 10, 2017 at 1:26 AM"
    comment = "I have used this ferry for years and the crossing has never been this slow, even in winter storms."
    text = "\n\n".join(
        ["Ferry Crash Leaves Harbour Closed", "By Marta Lindqvist", *_BODY, "3 comments", stamp, comment]
    )
    split = split_noise(_article(tmp_path, text + "\n"))
    assert {s.kind for s in split.noise if s.text == stamp} == {"comments"}


def test_an_ambiguous_date_stamp_is_a_stamp_and_dates_nothing(tmp_path: Path) -> None:
    stamp = "Correio do Vale | 04/05/2026 - 08:15"  # 4 May or April 5: not read (README, Dates)
    article = _article(tmp_path, "\n".join(["Quarry Collapse Traps Two", "", "By Rui Moreira", stamp, "", *_BODY]))
    split = split_noise(article)
    assert {s.kind for s in split.noise if s.text == stamp} == {"byline"}
    assert article.date is None


# A byline with its date and time in one line, under a site's menu (acceptance t13af N1: read as a
# commenter's stamp, comment furniture, so the article had no author and no date): the reported
# two, and two of my own (a German "Von", "·" and "at" between the fields).
MENU_BYLINES = [
    ("Portmere Times", "By Anna Lind | March 3, 2025 09:15", "Anna Lind", "2025-03-03T09:15"),
    ("Delmark Daily", "By Tom Rivers | 4 March 2025 10:40", "Tom Rivers", "2025-03-04T10:40"),
    ("Halvik Post", "By Kofi Mensah · June 12, 2024 at 6:05 pm", "Kofi Mensah", "2024-06-12T18:05"),
    ("Nordsee Kurier", "Von Jana Kurz | 14 Oktober 2025 08:30", "Jana Kurz", None),
]


@pytest.mark.parametrize(("site", "byline", "author", "iso"), MENU_BYLINES)
def test_a_byline_with_its_time_under_a_menu_is_a_byline(
    tmp_path: Path, site: str, byline: str, author: str, iso: str | None
) -> None:
    text = "\n".join(
        ["Skip to content", site, "Home | News | Sport | Business", "", "Harbour cranes halted by strike", byline, ""]
    )
    article = _article(tmp_path, text + "\n" + "\n\n".join(_BODY) + "\n")
    split = split_noise(article)
    assert {s.kind for s in split.noise if s.text == byline} == {"byline"}, [(s.kind, s.reason) for s in split.noise]
    assert article.author == author
    if iso is not None:
        assert article.date == iso
