"""Page furniture read as names (t13ae P14, issue #14 round s38-x3): a menu line ("Home News"), a
kicker over the headline ("EUROPE") and a byline's names ("By Sofia Brandt") give no entity in the
article's text: the furniture lines are noise (their names "boilerplate only", if any), and a
byline's names are a PERSON. The reported ledger page (HTML) and text pages of our own, one with
the menu written with single spaces over the kicker ("Home News Sport Weather" over "ASIA": the menu
was content and the title, the kicker an Organisation in the article's text). Run through the
real CLI (``entities --json``, ``show --json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

HEADLINE = "Mountain of mud: Brenzola counts its dead"
P1 = (
    "Eleven people died when a wall of mud hit Brenzola on Sunday, the regional government said. Rescuers "
    "from Castelmarro worked through the night to reach the buried homes."
)
P2 = 'Geologist Helga Strand said the slope had been moving for weeks. "We warned the council," she said.'

PAGES = {
    "reported-ledger": (
        "ledger.html",
        f"""<html><head><title>{HEADLINE}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><p class="kicker">EUROPE</p><h1>{HEADLINE}</h1><p class="byline">By Sofia Brandt · 9 November 2026</p>
<p>{P1}</p><p>{P2}</p></article></body></html>""",
        ("Home News", "EUROPE"),
        "Sofia Brandt",
    ),
    "text-kicker": (
        "kicker.txt",
        f"EUROPE\n\n{HEADLINE}\nBy Sofia Brandt · 9 November 2026\n\n{P1}\n\n{P2}\n",
        ("EUROPE",),
        "Sofia Brandt",
    ),
    "text-menu-over-kicker": (
        "menu.txt",
        f"Home News Sport Weather\n\nASIA\n{HEADLINE}\nBy Florence Adeyemi | 9 November 2026\n\n{P1}\n\n{P2}\n",
        ("Home News Sport Weather", "ASIA"),
        "Florence Adeyemi",
    ),
    "text-menu-tight-over-kicker": (
        "menu3.txt",
        f"Home Sport Business Weather\nAFRICA\n{HEADLINE}\nBy Jonas Eide · 3 June 2026\n\n{P1}\n\n{P2}\n",
        ("Home Sport Business Weather", "AFRICA"),
        "Jonas Eide",
    ),
    "text-menu-over-headline": (
        "menu2.txt",
        f"Home World Business Politics\n\n{HEADLINE}\nBy Paris Lindqvist\n9 November 2026\n\n{P1}\n\n{P2}\n",
        ("Home World Business Politics",),
        "Paris Lindqvist",
    ),
}


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:  # type: ignore[type-arg]
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("case", list(PAGES))
def test_page_furniture_gives_no_entity_in_the_articles_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str
) -> None:
    name, text, furniture, author = PAGES[case]
    root = tmp_path / "c"
    root.mkdir()
    (root / name).write_text(text, encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    entities = _run(capsys, [*base, "entities", "--json"])["entities"]
    for e in entities:
        words = e["name"].casefold().split()
        if any(w in line.casefold().split() for line in furniture for w in words):
            assert all(m["in"] == "noise" for m in e["mentions"]), e
    types = {e["name"]: e["type"] for e in entities}
    assert types.get(author) == "PERSON", entities
    assert author.split()[0] not in types, entities
    shown = _run(capsys, [*base, "show", name.rsplit(".", 1)[0], "--json"])
    assert shown["title"] == HEADLINE
