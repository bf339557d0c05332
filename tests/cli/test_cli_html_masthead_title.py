"""An HTML page whose extractor title is the site's name over the page (its logo or masthead),
not its headline: the headline, the main text's first line, is the title; the site's name is a
navigation line of the boilerplate and, named nowhere else, the outlet (issue 14: "derive [the
title] from the headline", site headers are noise).

Reported (acceptance test t13q F5, probe9/divs-bernerblatt.html): a page of ``<div>``s, no
``<h1>``, no og tags, ``<title>Berner Blatt - Online</title>``, the first div the logo "Berner
Blatt", then the headline "Grauhorn: Kabine stürzt ab – drei Tote": ``list`` named the article
"Berner Blatt" with no outlet, and ``show`` gave the logo as the title block, kept as article
text. The variants: a site's name in a plain element that the page's copyright line names
("Copyright 2026 Oberländer Anzeiger", ``<title>Oberländer Anzeiger | Startseite</title>``),
and one the page's ``og:site_name`` names (``<title>Valley Courier - Online</title>``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

REPORTED = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30j" / "divs-bernerblatt.html"

_ANZEIGER = """<html><head><meta charset="utf-8"><title>Oberländer Anzeiger | Startseite</title></head>
<body><div class="page">
<div class="top"><div class="name">Oberländer Anzeiger</div><div class="links"><div><a href="/">Home</a></div>
<div><a href="/wirtschaft">Wirtschaft</a></div><div><a href="/kultur">Kultur</a></div></div></div>
<div class="inhalt">
<div class="titel">Brienz: Murgang verschüttet Kantonsstrasse</div>
<div class="datum">Dienstag, 14. Juli 2026, 07:30 Uhr</div>
<div class="absatz">In der Nacht auf Dienstag hat ein Murgang oberhalb von Brienz die Kantonsstrasse auf einer
Länge von rund 200 Metern verschüttet. Verletzt wurde nach Angaben der Gemeinde niemand.</div>
<div class="absatz">Die Strasse bleibt mindestens bis Freitag gesperrt, teilte das kantonale Tiefbauamt mit.
Geologen untersuchen den Hang, bevor die Räumungsarbeiten beginnen können.</div>
<div class="absatz">Gemeinderätin Ursula Fankhauser sagte, die Bewohner der betroffenen Weiler würden mit
Shuttlebussen versorgt.</div>
</div>
<div class="unten">Copyright 2026 Oberländer Anzeiger | Impressum | Kontakt</div>
</div></body></html>
"""

_COURIER = """<html><head><meta charset="utf-8"><title>Valley Courier - Online</title>
<meta property="og:site_name" content="Valley Courier"></head>
<body>
<div class="top">Valley Courier</div>
<div class="menu"><a href="/">Home</a> <a href="/local">Local</a> <a href="/weather">Weather</a></div>
<div class="story">
<div class="story-head">Flood closes Route 9 bridge for a week</div>
<div class="when">March 9, 2026</div>
<div class="body-text">The Route 9 bridge over the Millbrook River will stay closed for at least a week after
floodwater damaged one of its piers, county engineers said on Monday.</div>
<div class="body-text">Drivers are being sent on a 12-mile detour through Easton, and school buses will leave
earlier, the district said. Engineers will inspect the pier once the water drops.</div>
<div class="body-text">County commissioner Dana Whitfield said repairs could cost as much as $400,000.</div>
</div>
<div class="bottom"><a href="/about">About</a> | <a href="/privacy">Privacy</a></div>
</body></html>
"""

CASES = {
    # name: (file name, page or None for the reported file, headline, site's name)
    "reported": ("divs-bernerblatt.html", None, "Grauhorn: Kabine stürzt ab – drei Tote", "Berner Blatt"),
    "copyright-line": ("anzeiger.html", _ANZEIGER, "Brienz: Murgang verschüttet Kantonsstrasse", "Oberländer Anzeiger"),
    "og-site-name": ("courier.html", _COURIER, "Flood closes Route 9 bridge for a week", "Valley Courier"),
}


def _json(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> dict:
    capsys.readouterr()
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_site_name_over_the_page_is_no_title(capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str) -> None:
    name, page, headline, site = CASES[case]
    root = tmp_path / "c"
    root.mkdir()
    if page is None:
        shutil.copy(REPORTED, root / name)
    else:
        (root / name).write_text(page, "utf-8")
    doc = name.removesuffix(".html")

    (row,) = _json(capsys, root, "list")["articles"]
    assert (row["title"], row["outlet"]) == (headline, site)

    shown = _json(capsys, root, "show", doc)
    assert (shown["title"], shown["outlet"]) == (headline, site)
    titles = [b["text"] for b in shown["blocks"] if b["kind"] == "title"]
    assert titles == [headline]

    (split,) = _json(capsys, root, "noise", doc)["docs"]
    assert split["title"] == headline
    assert [b["kind"] for b in split["noise"] if b["text"] == site] == ["navigation"]
    assert not [b for b in split["content"] if b["text"] == site]
    assert [b["kind"] for b in split["content"] if b["text"] == headline] == ["title"]
