"""Titles, outlets and dates of issue #14's third re-test (report t14c, fault 6; the inputs under
tests/fixtures/t14s17l): a title is never a block judged noise, and is the page's headline, not a
body sentence, its standfirst, its deck or the site's name. Each kind: the reported input and two
variants of our own (and a guard where one side must stay as it was).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus import date_parse
from waic_reader.index.corpus.reader import Article, Corpus

_FIX = Path(__file__).resolve().parents[1] / "fixtures" / "t14s17l"


def _read(name: str) -> str:
    return (_FIX / name).read_text(encoding="utf-8")


def _article(tmp_path: Path, text: str, name: str = "page.txt") -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


def _noise(article: Article) -> dict[str, str]:
    return {s.text: s.kind for s in split_noise(article).noise}


# --- a first line judged a menu's is never the title ---------------------------------------------

_DE = _read("de.txt")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # reported: t10/de.txt ("Zum Inhalt springen" over a menu, the headline, "Von …", a stamp, "Teilen")
        (_DE, "Fähre vor Halvik gekentert: zwölf Tote"),
        # ours: another German skip link, "Artikel teilen", another headline
        (
            _DE.replace("Zum Inhalt springen", "Direkt zum Inhalt")
            .replace("Teilen", "Artikel teilen")
            .replace("Fähre vor Halvik gekentert: zwölf Tote", "Zwölf Tote: Fähre vor Halvik im Sturm gesunken"),
            "Zwölf Tote: Fähre vor Halvik im Sturm gesunken",
        ),
        # ours: an English skip link over the German page, a different headline
        (
            _DE.replace("Zum Inhalt springen", "Skip to content").replace(
                "Fähre vor Halvik gekentert: zwölf Tote", "Sturm vor Halvik: Fähre mit 200 Menschen gesunken"
            ),
            "Sturm vor Halvik: Fähre mit 200 Menschen gesunken",
        ),
    ],
)
def test_a_first_line_judged_navigation_is_never_the_title(tmp_path: Path, text: str, title: str) -> None:
    article = _article(tmp_path, text)
    noise = _noise(article)
    assert article.title == title
    assert article.title not in noise
    assert noise[text.splitlines()[0]] == "navigation"


def test_a_german_byline_and_stamp_under_the_headline_date_the_article(tmp_path: Path) -> None:
    article = _article(tmp_path, _DE)
    noise = _noise(article)
    assert noise["Von Anna Lind"] == "byline"
    assert noise["14.03.2025, 18:40 Uhr"] == "byline"
    assert article.date == "2025-03-14T18:40"


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("14.03.2025, 18:40 Uhr", "2025-03-14T18:40"),  # reported (t10/de.txt)
        ("14.03.2025 18.40 Uhr", "2025-03-14T18:40"),  # ours: the clock with a dot
        ("14. März 2025, 9:05 Uhr", "2025-03-14T09:05"),  # ours: the month named
    ],
)
def test_a_german_clock_time_with_uhr_is_read(value: str, iso: str) -> None:
    assert date_parse.parse(value) == iso


def test_uhr_alone_after_no_clock_time_makes_no_date() -> None:
    assert date_parse.parse("Uhr") is None
    assert date_parse.parse("18:40 Uhr") is None  # a clock time alone dates nothing, as "18:40" does not


# --- boilerplate between the headline and the text: walked past --------------------------------

_EN_BY = _read("en_by.txt")


@pytest.mark.parametrize(
    "text",
    [
        _EN_BY,  # reported: t12/en_by.txt ("Share" under the byline and stamp)
        # ours: "Share this article" and "Tweet" under the byline
        _EN_BY.replace("Share\n", "Share this article\nTweet\n"),
        # ours: a photo caption under the byline instead of the share row
        _EN_BY.replace("Share\n", "Rescue boats off Halvik on Friday. Photograph: Erik Lund/Getty Images\n"),
    ],
)
def test_a_share_row_or_caption_under_the_byline_leaves_the_headline_the_title(tmp_path: Path, text: str) -> None:
    assert _article(tmp_path, text).title == "Ferry capsizes off Halvik: twelve dead"


# --- the site's name over the headline ----------------------------------------------------------

_CAPTIONS = _read("captions.txt")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # reported: t1/captions.txt ("Halvik Post" over the headline, a caption under it)
        (_CAPTIONS, "Halvik Post", "Fishermen protest in Halvik as quota cut bites"),
        # ours: another site's name, the caption a "Credit:" one
        (
            _CAPTIONS.replace("Halvik Post", "Nordland Gazette").replace(
                "Photograph: Erik Lund/Getty Images", "Credit: Erik Lund/Reuters"
            ),
            "Nordland Gazette",
            "Fishermen protest in Halvik as quota cut bites",
        ),
        # ours: a three-word name, another headline, no caption
        (
            _CAPTIONS.replace("Halvik Post", "The Coastal Times")
            .replace("Fishermen protest in Halvik as quota cut bites", "Quota cut brings boats to a standstill")
            .replace("Rescue workers on the quay at Halvik on Friday. Photograph: Erik Lund/Getty Images\n", ""),
            "The Coastal Times",
            "Quota cut brings boats to a standstill",
        ),
    ],
)
def test_the_sites_name_over_the_headline_is_navigation(tmp_path: Path, text: str, name: str, title: str) -> None:
    article = _article(tmp_path, text)
    assert article.title == title
    assert _noise(article)[name] == "navigation"


def test_a_short_title_case_headline_over_its_deck_stays_the_articles(tmp_path: Path) -> None:
    """Guard: "Ferry Capsizes" is told in the body's words, no site's name."""
    body = _CAPTIONS.split("\n", 3)[3]
    text = "Ferry Capsizes\nTwelve dead as storm hits the coast off Halvik\n" + body.replace(
        "Hundreds of fishermen", "A ferry capsized and hundreds of fishermen"
    )
    assert "Ferry Capsizes" not in _noise(_article(tmp_path, text))


# --- the headline over a standfirst in sentences, on a long page --------------------------------

_LONG = _read("longform.txt")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (_LONG, "The island that refused to leave"),  # reported: t5/longform.txt
        # ours: another headline sharing one word with the body
        (
            _LONG.replace("The island that refused to leave", "An island that will not give up"),
            "An island that will not give up",
        ),
        # ours: the standfirst one sentence, the kicker another
        (
            _LONG.replace(" Can they?", "").replace("Climate\nThe island", "Environment\nThe island"),
            "The island that refused to leave",
        ),
    ],
)
def test_a_pages_headline_over_its_standfirst_is_the_title(tmp_path: Path, text: str, title: str) -> None:
    article = _article(tmp_path, text)
    assert article.title == title
    assert title not in _noise(article)


# --- a press release: the headline over its deck, the wire the outlet ---------------------------

_PRESS = _read("press_bw.txt")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (_PRESS, "Business Wire"),  # reported: t1/press_bw.txt (the wire as it writes its name, s18 item 3)
        # ours: GlobeNewswire's dateline
        (_PRESS.replace("(BUSINESS WIRE)", "(GLOBE NEWSWIRE)"), "GlobeNewswire"),
        # ours: PR Newswire's, between slashes
        (_PRESS.replace("--(BUSINESS WIRE)--", ", March 25, 2025 /PRNewswire/ -- "), "PRNewswire"),
    ],
)
def test_a_press_releases_title_is_its_headline_and_outlet_its_wire(tmp_path: Path, text: str, outlet: str) -> None:
    article = _article(tmp_path, text)
    assert article.title == "Nordøy Seafood Reports Record First Quarter"
    assert article.outlet == outlet
    assert _noise(article)["News"] == "navigation"


def test_a_source_line_without_a_wire_dateline_still_names_the_outlet(tmp_path: Path) -> None:
    """Guard: "Source: Halvik Herald" under a text with no wire dateline is its outlet, as before."""
    text = (
        "Ferry fares rise\n\nThe ferry operator said on Monday that fares would rise by 8% in May, "
        "citing the cost of fuel and new safety rules.\n\nSource: Halvik Herald\n"
    )
    assert _article(tmp_path, text).outlet == "Halvik Herald"


def test_the_deck_stays_the_title_under_a_sentence_case_headline(tmp_path: Path) -> None:
    """Guard: only a headline in Title Case over a deck in sentence case takes the deck's place."""
    text = _PRESS.replace("Nordøy Seafood Reports Record First Quarter", "Nordøy seafood reports a record quarter")
    assert _article(tmp_path, text).title == "Strong demand for salmon lifts revenue 24%"


# --- HTML: a two-part <title>, the site's name taken, the headline a heading --------------------


@pytest.mark.parametrize(
    ("name", "html"),
    [
        ("layout.htm", _read("layout.htm")),  # reported: h2/layout.htm
        ("layout_notable.htm", _read("layout_notable.htm")),  # reported: h7/layout_notable.htm
        # ours: a bar between the parts, the headline an <h3>
        (
            "bar.htm",
            _read("layout_notable.htm")
            .replace("Halvik Weekly - Harbour master resigns", "Halvik Weekly | Harbour master resigns")
            .replace("<h2>Harbour master resigns</h2>", "<h3>Harbour master resigns</h3>"),
        ),
        # ours: a "»" between the parts and a longer headline
        (
            "colon.htm",
            _read("layout_notable.htm")
            .replace("Harbour master resigns", "Halvik harbour master resigns after capsize")
            .replace("Halvik Weekly - ", "Halvik Weekly » "),
        ),
    ],
)
def test_a_two_part_html_title_gives_way_to_the_pages_headline(tmp_path: Path, name: str, html: str) -> None:
    article = _article(tmp_path, html, name)
    want = "Halvik harbour master resigns after capsize" if name == "colon.htm" else "Harbour master resigns"
    assert article.title == want
    assert want not in _noise(article)
    assert all(b.text != "Halvik Weekly" for b in article.blocks)


def test_a_two_part_title_with_no_such_heading_gives_its_headline_part(tmp_path: Path) -> None:
    """No heading reads as the other part (the page's headline left out of it): the <title>'s
    headline part, written in sentence case beside the site's name, is the title, not the site's
    name the extractor took (round s39-x3, html_headline.metadata_headline; it was "Halvik Weekly")."""
    html = _read("layout_notable.htm").replace("<h2>Harbour master resigns</h2>", "")
    assert _article(tmp_path, html, "noheading.htm").title == "Harbour master resigns"


def test_a_two_part_title_of_two_names_stays_as_the_extractor_gave_it(tmp_path: Path) -> None:
    """Guard: neither part of the <title> is a headline ("Halvik Weekly - Front Page"): the title is
    what the extractor gave."""
    html = (
        _read("layout_notable.htm")
        .replace("<h2>Harbour master resigns</h2>", "")
        .replace("Halvik Weekly - Harbour master resigns", "Halvik Weekly - Front Page")
    )
    assert _article(tmp_path, html, "noheading.htm").title == "Halvik Weekly"


def test_the_headline_part_taken_stays_the_title_under_a_masthead_heading(tmp_path: Path) -> None:
    """Guard: the part taken is a line of the page (its headline) and the other part the site's
    name set as a masthead heading: the title stays the headline, not the masthead."""
    html = (
        _read("layout_notable.htm")
        .replace("Halvik Weekly - Harbour master resigns", "Harbour master resigns - Halvik Weekly")
        .replace(
            '<tr><td colspan="3"><img src="logo.gif" alt="Halvik Weekly"></td></tr>',
            '<tr><td colspan="3"><h2>Halvik Weekly</h2></td></tr>',
        )
    )
    assert _article(tmp_path, html, "masthead.htm").title == "Harbour master resigns"


@pytest.mark.parametrize("kicker", ["Analysis", "EXCLUSIVE"])
def test_a_one_word_kicker_over_the_headline_is_no_sites_name(tmp_path: Path, kicker: str) -> None:
    """Guard: one word over the headline is its kicker, not the site's name."""
    text = _CAPTIONS.replace("Halvik Post", kicker)
    article = _article(tmp_path, text)
    assert article.title == "Fishermen protest in Halvik as quota cut bites"
    assert _noise(article).get(kicker) != "navigation"
