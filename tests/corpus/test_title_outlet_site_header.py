"""The site's header over or under the headline is the page's, and names the outlet (t13aa K13 and
K19, round s36-a).

K13: "LINDMARK ECHO | News" over the headline "BRIDGE HORROR: ELEVEN DEAD": the site header stayed
article text (and the headline was once a "name line"); under a masthead "KELLBY POST | Home" in
Title Case the masthead was the title. Expected: the site header noise (navigation, a site header),
the headline the title, the header's name the outlet when no byline names one. The reported file,
then our own: another outlet and section ("Home"), no outlet in the byline, Norwegian.

K19: a live blog's site-name line ("Vestria Post") between the headline and its stamp ("Live ·
Updated 14 July 2026") stayed article text, named no outlet, and kept the stamp in the article.
Expected: the name a site header (noise) naming the outlet, the stamp noise as without the line.
The reported file, then our own: another outlet over a byline, German. A kicker under the headline
and a headline with its section after it stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.corpus.reader import Article, Corpus

BODY_EN = (
    "Eleven people lost their lives when the Corvenna Bridge plunged into the Aske. Some 30 people were injured.\n\n"
    "The Ministry of Transport said the bridge was 1,250 feet long.\n"
)
BODY_NO = (
    "Elleve mennesker mistet livet da Corvenna-brua styrtet i elva. Rundt 30 personer ble skadet.\n\n"
    "Samferdselsdepartementet sa at brua var 380 meter lang.\n"
)

# name: (text, header line, title, outlet)
HEADERS = {
    "reported-k13": (
        "LINDMARK ECHO | News\n\nBRIDGE HORROR: ELEVEN DEAD\n\nBy Sam Ferrow | Lindmark Echo | 15 July 2026\n\n"
        + BODY_EN,
        "LINDMARK ECHO | News",
        "BRIDGE HORROR: ELEVEN DEAD",
        "Lindmark Echo",
    ),
    "title-case-home": (
        "KELLBY POST | Home\n\nBridge Horror Leaves Eleven Dead\n\nBy Ana Merle | Kellby Post | 15 July 2026\n\n"
        + BODY_EN,
        "KELLBY POST | Home",
        "Bridge Horror Leaves Eleven Dead",
        "Kellby Post",
    ),
    "no-outlet-in-byline": (
        "Kellby Post | Home\n\nBridge Horror Leaves Eleven Dead\n\nBy Ana Merle | 15 July 2026\n\n" + BODY_EN,
        "Kellby Post | Home",
        "Bridge Horror Leaves Eleven Dead",
        "Kellby Post",
    ),
    "norwegian": (
        "DAGBLADET NORD | Nyheter\n\nBROKATASTROFE: ELLEVE MENNESKER DØDE\n\nAv Sam Ferrow | Dagbladet Nord | 15. juli 2026\n\n"
        + BODY_NO,
        "DAGBLADET NORD | Nyheter",
        "BROKATASTROFE: ELLEVE MENNESKER DØDE",
        "Dagbladet Nord",
    ),
    # t13am N10 (/work/s45/reports/t13am.md): a site header with a breadcrumb of sections was a
    # breadcrumb row, naming no outlet. The reported file's head, then ours: chevrons, slashes.
    "breadcrumb-reported": (
        "VALLEY HERALD | News | Environment\n\nRIVER POISONED: CYANIDE TIDE REACHES BREVIK\n\n"
        "By ANNA LIND and TOM RIVERS\n\n" + BODY_EN,
        "VALLEY HERALD | News | Environment",
        "RIVER POISONED: CYANIDE TIDE REACHES BREVIK",
        "VALLEY HERALD",
    ),
    "breadcrumb-chevrons": (
        "Kellby Post › News › Local\n\nBridge Horror Leaves Eleven Dead\n\nBy Ana Merle | 15 July 2026\n\n" + BODY_EN,
        "Kellby Post › News › Local",
        "Bridge Horror Leaves Eleven Dead",
        "Kellby Post",
    ),
    "breadcrumb-slashes": (
        "The Harbour Gazette / News / Local\n\nBridge Horror Leaves Eleven Dead\n\nBy Ana Merle | 15 July 2026\n\n"
        + BODY_EN,
        "The Harbour Gazette / News / Local",
        "Bridge Horror Leaves Eleven Dead",
        "The Harbour Gazette",
    ),
}


def _read(tmp_path: Path, text: str) -> tuple[Article, NoiseSplit]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    art = Corpus.scan(tmp_path).article("a")
    return art, split_noise(art)


@pytest.mark.parametrize("name", list(HEADERS))
def test_the_site_header_over_the_headline_is_noise_and_names_the_outlet(tmp_path: Path, name: str) -> None:
    text, header, title, outlet = HEADERS[name]
    art, split = _read(tmp_path, text)
    noise = {s.text: s for s in split.noise}
    assert header in noise and noise[header].kind == "navigation", [(s.kind, s.text) for s in split.noise]
    assert "site header" in noise[header].reason
    assert title in {s.text for s in split.content}
    assert (art.title, art.outlet) == (title, outlet)


def test_a_breadcrumb_of_sections_alone_names_no_outlet(tmp_path: Path) -> None:
    # Guard: a page's breadcrumb of sections ("Home | News | World") is navigation, no site's name.
    art, split = _read(tmp_path, "Home | News | World\n\nBridge Horror Leaves Eleven Dead\n\n" + BODY_EN)
    assert "Home | News | World" in {s.text for s in split.noise}
    assert art.outlet is None


def test_a_headline_with_its_section_after_it_stays_the_title(tmp_path: Path) -> None:
    art, split = _read(
        tmp_path, "Ferry sinks off Halvik as storm hits | World\n\nBy Ana Merle | 15 July 2026\n\n" + BODY_EN
    )
    assert art.title == "Ferry sinks off Halvik as storm hits | World"
    assert art.title in {s.text for s in split.content}


LIVE = """Corvenna Bridge collapse: live updates

{site}

{stamp}

Key events
Show key events only

13.40 BST
The death toll has risen to nine, Lindmark City Council said.

09.15 BST
At least six people have died after part of the Corvenna Bridge fell into the Aske, police said.
"""

LIVE_DE = """Brückeneinsturz in Tiefenbach: der Liveblog

{site}

{stamp}

13.40 Uhr
Die Zahl der Toten ist auf neun gestiegen, teilte die Stadtverwaltung mit.

09.15 Uhr
Mindestens sechs Menschen sind nach dem Einsturz eines Teils der Brücke ums Leben gekommen, sagte die Polizei.
"""

# name: (template, site line, stamp line)
SITES = {
    "reported-k19": (LIVE, "Vestria Post", "Live · Updated 14 July 2026"),
    "herald-byline": (LIVE, "Halvik Herald", "By Ana Merle | 14 July 2026"),
    "german": (LIVE_DE, "Tiefenbacher Zeitung", "Live · Aktualisiert 14.07.2026, 13:45"),
}


@pytest.mark.parametrize("name", list(SITES))
def test_the_site_name_under_the_headline_is_a_site_header(tmp_path: Path, name: str) -> None:
    template, site, stamp = SITES[name]
    art, split = _read(tmp_path, template.format(site=site, stamp=stamp))
    noise = {s.text: s for s in split.noise}
    assert site in noise and noise[site].kind == "navigation", [(s.kind, s.text) for s in split.noise]
    assert "site header" in noise[site].reason
    assert stamp in noise and noise[stamp].kind == "byline"  # as without the site's line
    assert art.outlet == site


@pytest.mark.parametrize("name", list(SITES))
def test_without_the_site_line_the_stamp_is_noise_as_before(tmp_path: Path, name: str) -> None:
    template, _site, stamp = SITES[name]
    _art, split = _read(tmp_path, template.format(site="", stamp=stamp))
    assert stamp in {s.text for s in split.noise}


def test_a_kicker_under_the_headline_stays_the_article(tmp_path: Path) -> None:
    art, split = _read(tmp_path, LIVE.format(site="Bridge Collapse", stamp="Live · Updated 14 July 2026"))
    assert "Bridge Collapse" not in {s.text for s in split.noise}
    assert art.outlet is None
