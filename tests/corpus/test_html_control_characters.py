"""A control character in an HTML page, as written or as a character reference, changes nothing
of how the page is read: the article's blocks, title, author and date are those of the page
without it, the character shown at its place by its stand-in (t13v F4: one "&#7;" in a paragraph
made the whole article boilerplate, the menu "Home About" its title, its author and the date's
time lost, because the extractor refuses a character XML cannot hold)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

# The reported page (repro/v11/c.html), and two pages of other wording and layout.
PAGES = {
    "diary": (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fire diary{T} - Provence Notebook</title>'
        '<meta property="article:published_time" content="2026-08-16T10:20:00+02:00"></head><body>'
        '<nav><a href="/">Home</a> <a href="/about">About</a></nav>'
        "<article><h1>Fire diary{T}</h1>"
        "<p>We were eating lunch at the campsite when the sky above the village turned orange and the owner told us to leave.</p>"
        "<p>We spent the night on the sand with about 600 other people while the ferry came back again and again.</p>"
        "<p>In the morning we heard that seven people had died. The radio beeped{P} twice.</p>"
        "</article><footer>© 2026 Provence Notebook</footer></body></html>"
    ),
    "flood": (
        '<html><head><meta charset="utf-8"><title>River{T} bursts its banks | Valley Gazette</title>'
        '<meta name="author" content="Maria{M} Okafor">'
        '<meta property="article:published_time" content="2025-03-04T08:15:00+00:00"></head><body>'
        '<header><ul><li><a href="/">News</a></li><li><a href="/sport">Sport</a></li></ul></header>'
        '<div class="entry-content"><h1>River{T} bursts its banks</h1>'
        "<p>The river Lune rose two metres overnight and flooded forty homes in the lower town, the council said.</p>"
        "<p>Residents were moved to the school hall, where volunteers{P} served tea until the early morning.</p>"
        "<p>Engineers expect the water to fall by Thursday if the rain holds off, the Environment Agency said.</p>"
        "</div><footer><p>Contact us · Privacy</p></footer></body></html>"
    ),
    "strike": (
        '<html><head><meta charset="utf-8"><title>Dock workers walk out{T}</title>'
        '<meta name="author" content="Jonas{M} Berg">'
        '<meta name="date" content="2024-11-20"></head><body>'
        "<nav>Home | World | Business</nav><main><article><h2>Dock workers walk out{T}</h2>"
        "<p>About 3,000 dock workers in Rotterdam stopped work on Wednesday in a dispute over pay{P}, their union said.</p>"
        "<p>Ships queued outside the harbour as cranes stood idle along the Maasvlakte terminals.</p>"
        "</article></main></body></html>"
    ),
}

# Each control as a raw character and as references, with the stand-in the app shows for it.
CONTROLS = [
    ("\x07", "\u2407"),  # BEL
    ("&#7;", "\u2407"),
    ("&#x07;", "\u2407"),
    ("\x1b", "\u241b"),  # ESC
    ("&#x1B;", "\u241b"),
    ("&#27;", "\u241b"),
    ("&#0;", "\u2400"),  # NUL (a raw NUL makes the file binary, skipped as such)
    ("\x85", "<U+0085>"),  # NEL, a C1 control
    ("\x0c", "\u240c"),  # FF
    ("\ufffe", "<U+FFFE>"),
]
PLACES = ["P", "T", "M"]


def _read(root: Path, name: str, page: str) -> tuple[str | None, str | None, str | None, list[tuple[str, str]]]:
    root.mkdir()
    (root / f"{name}.html").write_text(page, "utf-8")
    article = Corpus.scan(root).article(name)
    assert article is not None
    return article.title, article.author, article.date, [(b.kind, b.text) for b in article.blocks]


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize(("control", "shown"), CONTROLS)
@pytest.mark.parametrize("place", PLACES)
def test_a_control_character_changes_nothing_but_its_stand_in(
    tmp_path: Path, name: str, control: str, shown: str, place: str
) -> None:
    if place == "M" and "{M}" not in PAGES[name]:
        pytest.skip("no author field on this page")
    clean = PAGES[name].format(P="", T="", M="")
    dirty = PAGES[name].format(**{p: (control if p == place else "") for p in PLACES})
    title, author, date, blocks = _read(tmp_path / "clean", name, clean)
    got_title, got_author, got_date, got_blocks = _read(tmp_path / "dirty", name, dirty)
    assert any(kind != "navigation" for kind, _ in blocks)
    assert got_date == date
    assert (got_title or "").replace(shown, "") == title
    assert (got_author or "").replace(shown, "") == (author or "")
    assert [(k, t.replace(shown, "")) for k, t in got_blocks] == blocks
    if place == "P":
        assert any(shown in t for _, t in got_blocks)
    if place == "T":
        assert shown in (got_title or "")


def test_a_reference_to_a_windows_1252_code_point_is_its_character() -> None:
    # "&#133;" is no control in HTML: its Windows-1252 character, an ellipsis, as browsers show it.
    from waic_reader.index.corpus.html import read_html

    page = read_html(PAGES["strike"].format(P="&#133;", T="", M=""))
    assert "pay…" in page.text
