"""A list's last item written with another list marker than the items over it ("* Lots of other
changes" over "- Removed Herobrine", a changelog's joke closing it), the page's sidebar links
straight under it, is the list's, not the first line of a run of short lines after the article
(issue #14, round s33-o; unseen2's tumblr in HTML: "- Removed Herobrine" was headline-list). The
reported shape (English, HTML) and two variants of our own (German; a page saved as text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

POSTS = {
    "snapshot": {
        "title": "Snapshot 14w02a",
        "intro": "A new snapshot is out today with a long list of changes for map makers and server owners, "
        "and as usual we would like to hear what you think of them on the forums.",
        "added": [
            "+ Added three new statistics",
            "+ Player skins can now have two layers",
            "+ Added a new player model",
            "+ Blocks can now have custom variants",
        ],
        "changed": [
            "* Tweaked the debug screen",
            "* Server list has been improved",
            "* Buttons can now be placed on the ceiling",
            "* Lots and lots of other changes",
        ],
        "last": "- Removed Herobrine",
        "sidebar": ["Official links:", "Homepage", "Game Realms", "Support", "Merchandise", "Community", "Forums"],
    },
    "changelog-de": {
        "title": "Version 2.4 ist erschienen",
        "intro": "Die neue Version unseres Kartenprogramms ist ab heute verfügbar und bringt viele Änderungen für "
        "Wanderer und Radfahrer, die wir hier der Reihe nach vorstellen möchten.",
        "added": [
            "+ Neue Ansicht für Höhenlinien",
            "+ Routen lassen sich jetzt teilen",
            "+ Dunkles Farbschema",
            "+ Schnellere Suche nach Orten",
        ],
        "changed": [
            "* Kartenkacheln laden schneller",
            "* Menü neu geordnet",
            "* Fehler beim Export behoben",
            "* Viele kleine Verbesserungen",
        ],
        "last": "- Alte Kartenansicht entfernt",
        "sidebar": ["Links:", "Startseite", "Hilfe", "Forum", "Kontakt", "Impressum", "Datenschutz"],
    },
}


def post_html(p: dict) -> str:
    items = "".join(f"<p>{t}</p>" for t in [*p["added"], *p["changed"], p["last"]])
    side = "".join(f"<li><a href='/{i}'>{t}</a></li>" for i, t in enumerate(p["sidebar"]))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{p["title"]}</title></head><body>
<div id="content"><div class="post"><h2>{p["title"]}</h2><p>{p["intro"]}</p>{items}</div>
<div class="nav">Newer Older</div></div>
<div id="sidebar"><ul>{side}</ul></div></body></html>"""


def post_text(p: dict) -> str:
    lines = [p["title"], p["intro"], *p["added"], *p["changed"], p["last"], "Newer Older", *p["sidebar"]]
    return "\n\n".join(lines) + "\n"


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(line)
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


@pytest.mark.parametrize(("name", "fmt"), [("snapshot", "html"), ("changelog-de", "html"), ("snapshot", "text")])
def test_last_item_with_another_marker_is_the_lists(tmp_path: Path, name: str, fmt: str) -> None:
    p = POSTS[name]
    text = post_html(p) if fmt == "html" else post_text(p)
    art = article(tmp_path, f"{name}.{'html' if fmt == 'html' else 'txt'}", text)
    for line in [*p["added"], *p["changed"], p["last"]]:
        assert kind_at(art, line) == "content", line
