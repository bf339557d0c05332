"""A site's list of its newest stories, each line a title closed by its post's date and time in
brackets ("牛乳で乾杯が条例になっている街に行く(地主恵亮) (08.05 11:00)"), five or more in a row, is other
stories, not the article (issue #14, unseen41's dailyportalz-1: the HTML extractor kept eighty of
them as the main text). The reported page, and lists of English and German titles of its own under
an article in plain text; an article's chronology dated by day alone stays its text."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen41" / "html" / "dailyportalz-1.html.gz"

ARTICLE = """Harbour ferry to run through the winter

By Jane Roe

The harbour ferry will run all winter for the first time, the council said on Monday, after a trial last year drew more passengers than expected.

Tickets will cost the same as in summer, and the first crossing will leave at seven each morning.

Islanders had asked for a winter service for a decade, said the council's transport lead, Amir Khan.

"""

ENGLISH = [
    "Bridge repairs to close the coast road (Tom Okafor) (03.14 09:30)",
    "Harbour festival returns with tall ships (Ana Lima) (03.13 16:00)",
    "School roof fund doubled after storm (Mark Ellis) (03.13 11:00)",
    "Lifeboat crew honoured for winter rescue (Ruth Adeyemi) (03.12 18:45)",
    "New bus timetable starts on Monday (Jane Roe) (03.12 08:15)",
    "Fishing quota talks stall again (Dev Patel) (03.11 14:20)",
]
GERMAN = [
    "Brücke über die Lahn wird gesperrt (12.05.2026, 09:30)",
    "Stadtfest kehrt mit neuem Programm zurück (11.05.2026, 16:00)",
    "Schuldach nach Sturm erneuert (11.05.2026, 11:00)",
    "Feuerwehr ehrt Helfer der Flutnacht (10.05.2026, 18:45)",
    "Neuer Busfahrplan ab Montag (10.05.2026, 08:15)",
]


def _split(tmp_path: Path, name: str, text: str) -> tuple[str, dict[str, str]]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    return " ".join(s.text for s in split.content), {s.text.strip(): s.kind for s in split.noise}


def test_reported_list_of_newest_stories_is_noise(tmp_path: Path) -> None:
    html = gzip.decompress(PAGE.read_bytes()).decode("utf-8")
    content, _noise = _split(tmp_path, "column.html", html)
    for line in (
        "牛乳で乾杯が条例になっている街に行く(地主恵亮)",
        "山形の防火建築帯がすてき(大山顕)",
        "弁当をパフェにする(古賀及子)",
    ):
        assert line not in content
    assert "ウナギはウナギ。ナマズはナマズ。確かにナマズの蒲焼きはおいしかった。" in content


def _page(fmt: str, lines: list[str]) -> str:
    if fmt == "txt":
        return ARTICLE + "\n\n".join(lines) + "\n"
    paras = [p for p in ARTICLE.split("\n\n") if p.strip()]
    body = "".join(f"<p>{p}</p>" for p in paras[1:])
    items = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{paras[0]}</title></head>'
        f"<body><main><article><h1>{paras[0]}</h1>{body}{items}</article></main></body></html>"
    )


@pytest.mark.parametrize("fmt", ["html", "txt"])
@pytest.mark.parametrize("lines", [ENGLISH, GERMAN], ids=["english", "german"])
def test_list_of_stories_with_times_under_an_article(tmp_path: Path, lines: list[str], fmt: str) -> None:
    content, noise = _split(tmp_path, f"story.{fmt}", _page(fmt, lines))
    assert [line for line in lines if noise.get(line) != "headline-list"] == []
    assert "The harbour ferry will run all winter" in content and "Islanders had asked" in content


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_chronology_dated_by_day_stays_text(tmp_path: Path, fmt: str) -> None:
    lines = [
        "The first ferry service began in the spring of that year (12 May 1998).",
        "A winter trial was tried once before and dropped for lack of passengers (3 November 2009).",
        "The council bought a second, larger boat with a grant from the region (20 June 2015).",
        "A storm sank the old pontoon, and crossings stopped for a month (8 February 2020).",
        "Islanders petitioned the council for a service all year round (14 January 2024).",
    ]
    content, _noise = _split(tmp_path, f"story.{fmt}", _page(fmt, lines))
    assert [line for line in lines if line not in content] == []
