"""Boilerplate kinds of issue #14's third re-test (report t14c, fault 10; the inputs under
tests/fixtures/t14s17l): captions and bylines taken for teasers or a menu, footer links taken for a
press release, legal links for comments, comments in German, a live blog's byline and entry ages.
Each: the reported input, two variants of our own, and guards for what must stay as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

_FIX = Path(__file__).resolve().parents[1] / "fixtures" / "t14s17l"


def _read(name: str) -> str:
    return (_FIX / name).read_text(encoding="utf-8")


def _kinds(tmp_path: Path, text: str, name: str = "page.txt") -> dict[str, str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    split = split_noise(corpus.article(next(iter(corpus.entries))))
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


# --- the BBC's caption labels; the byline's name over "BBC News, Osland" -----------------------

_BBC = _read("bbc_page.txt")


@pytest.mark.parametrize(
    ("text", "caption", "name", "outlet"),
    [
        (_BBC, "Image caption, Osland's school has 23 pupils", "Marit Holm", "BBC News, Osland"),  # reported
        # ours: another caption, name and place
        (
            _BBC.replace("Image caption, Osland's school has 23 pupils", "Image caption, Pupils leave the school")
            .replace("Marit Holm", "Per Olav Lie")
            .replace("BBC News, Osland", "BBC News, Tromsø"),
            "Image caption, Pupils leave the school",
            "Per Olav Lie",
            "BBC News, Tromsø",
        ),
        # ours: a video's caption, a local radio's outlet line
        (
            _BBC.replace(
                "Image caption, Osland's school has 23 pupils", "Media caption, The vote was held on Sunday"
            ).replace("BBC News, Osland", "BBC Radio Nordland, Osland"),
            "Media caption, The vote was held on Sunday",
            "Marit Holm",
            "BBC Radio Nordland, Osland",
        ),
    ],
)
def test_caption_labels_and_the_byline_under_a_headline(
    tmp_path: Path, text: str, caption: str, name: str, outlet: str
) -> None:
    got = _kinds(tmp_path, text)
    assert got[caption] == "caption"
    assert got[name] == "byline"
    assert got[outlet] == "byline"
    assert got["But in a vote on Sunday, 78% of residents backed keeping the school."] == "content"


# --- footer links: "About Reuters", "Careers"; a <nav>'s "Contact" -------------------------------

_REUTERS = _read("reuters_page.txt")


@pytest.mark.parametrize(
    ("text", "links"),
    [
        (_REUTERS, ["About Reuters", "Careers"]),  # reported
        (_REUTERS.replace("About Reuters\nCareers", "About Reuters\nAdvertise with Us"), ["About Reuters"]),  # ours
        (_REUTERS.replace("About Reuters", "About Thomson Reuters"), ["About Thomson Reuters", "Careers"]),  # ours
    ],
)
def test_about_links_in_a_footer_are_navigation(tmp_path: Path, text: str, links: list[str]) -> None:
    got = _kinds(tmp_path, text)
    for link in links:
        assert got[link] == "navigation", link


def test_a_press_releases_about_section_stays_press_release(tmp_path: Path) -> None:
    """Guard: "About Nordøy Seafood" over its paragraph is the release's."""
    got = _kinds(tmp_path, _read("press_bw.txt"))
    assert got["About Nordøy Seafood"] == "press-release"


_WP = _read("wp.html")


@pytest.mark.parametrize(
    ("html", "link"),
    [
        (_WP, "Contact"),  # reported: h/wp.html
        (_WP.replace(">Contact<", ">Contacts<"), "Contacts"),  # ours
        (_WP.replace(">Contact<", ">Press contacts<"), "Press contacts"),  # ours
    ],
)
def test_a_press_release_word_in_a_nav_is_its_link(tmp_path: Path, html: str, link: str) -> None:
    assert _kinds(tmp_path, html, "wp.html")[link] == "navigation"


# --- legal links after the comments: the page's footer, not comments -----------------------------

_LONG = _read("longform.txt")


@pytest.mark.parametrize(
    ("text", "links"),
    [
        (_LONG, ["Complaints & corrections", "Terms & conditions"]),  # reported
        (_LONG.replace("Complaints & corrections", "Corrections policy"), ["Corrections policy"]),  # ours
        (_LONG.replace("Terms & conditions", "Editorial guidelines"), ["Editorial guidelines"]),  # ours
    ],
)
def test_footer_links_after_the_comments_are_no_comments(tmp_path: Path, text: str, links: list[str]) -> None:
    got = _kinds(tmp_path, text)
    for link in links:
        assert got[link] == "navigation", link
    assert got["The state should pay for the wall, not the islanders."] == "comments"


# --- comments in German ----------------------------------------------------------------------

_DE = _read("de.txt")


@pytest.mark.parametrize(
    ("text", "header"),
    [
        (_DE, "Kommentare (3)"),  # reported
        (_DE.replace("Kommentare (3)", "Leserkommentare"), "Leserkommentare"),  # ours
        (_DE.replace("Kommentare (3)", "Kommentare"), "Kommentare"),  # ours
    ],
)
def test_a_german_comments_header_heads_the_comments(tmp_path: Path, text: str, header: str) -> None:
    got = _kinds(tmp_path, text)
    assert got[header] == "comments"
    assert got["Furchtbar. Mein Beileid an die Angehörigen."] == "comments"
    assert got["Antworten"] == "comments"


def test_an_opinion_rubric_kommentar_is_no_comments_header(tmp_path: Path) -> None:
    """Guard: the singular "Kommentar" is an opinion column's rubric, not the comments."""
    got = _kinds(tmp_path, _DE.replace("Kommentare (3)", "Kommentar"))
    assert got.get("Kommentar") != "comments"


# --- a live blog's byline and its entries' ages ----------------------------------------------

_BST = _read("live_bst.txt")


@pytest.mark.parametrize(
    "byline",
    [
        "Ingrid Sæther (now) and Per Lie (earlier)",  # reported
        "Ingrid Sæther (now), Per Lie and Anna Lind (earlier)",  # ours
        "Anna Lind (now)",  # ours
    ],
)
def test_a_live_blogs_now_and_earlier_byline_is_a_byline(tmp_path: Path, byline: str) -> None:
    got = _kinds(tmp_path, _BST.replace("Ingrid Sæther (now) and Per Lie (earlier)", byline))
    assert got[byline] == "byline"
    assert got["Winds of 140km/h have been measured at the harbour mouth."] == "content"


_LIVE_B = _read("live_b.txt")


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        (_LIVE_B, ["1h ago", "3h ago", "5h ago"]),  # reported
        (_LIVE_B.replace("1h ago", "25m ago").replace("3h ago", "2 hrs ago"), ["25m ago", "2 hrs ago"]),  # ours
        (_LIVE_B.replace("5h ago", "1d ago"), ["1d ago"]),  # ours
    ],
)
def test_a_live_entrys_age_is_a_stamp(tmp_path: Path, text: str, ages: list[str]) -> None:
    got = _kinds(tmp_path, text)
    for age in ages:
        # Noise either way; since s17-k an entry's age in a live blog is live-blog furniture.
        assert got[age] == "live-blog", age
    assert got["13.58 GMT"] == "content"  # the entry's time stays the entry's
