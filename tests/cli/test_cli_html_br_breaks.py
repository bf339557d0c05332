"""Pages laid out the old way: text set apart by ``<br>`` and ``<br><br>``, not by ``<p>``s
(issue 14 "HTML in": a page's paragraphs, headings and lists as blocks).

Each ``<br><br>`` is a paragraph break and each ``<br>`` a line break, wherever they stand (a
layout table's cell, ``<font>``, ``<div>``, ``<center>``), in the article and in the boilerplate.

Reported (acceptance s33, F5): a regional paper's page set in a ``<table>``, the story in one cell,
each paragraph in a ``<font>``, paragraphs apart by ``<br><br>``: the whole cell came out as one
glued line ("…near the old mill on TuesdayThe number of people killed…"), so a quote's speaker was
taken from the wrong sentence and the toll read from the wrong clause. (F6): a list of ``<br>``
lines under a paragraph ending in ':' ("Those missing are:<br>71 Monique Arnaud<br>…") was glued
("Arnaud64 Paul"): the extractor marks those breaks ``<lb/>`` and they were not honoured.
Variants: a French page set in a ``<center>``ed table, each paragraph a ``<span>``, a press office's ``<div>`` of lines hard-wrapped by ``<br>`` (a sentence broken between
"said Sheriff" and "Tom Delaney"), the French list "Monique Arnaud, 71 ans", and a list in a
layout table's cell.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

_EN_TABLE = """<html><head><title>Kessler Gazette</title></head>
<body bgcolor="#ffffff">
<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td width="150" valign="top"><font face="Arial" size="2"><a href="/">Home</a><br><a href="/news">Local News</a><br>
<a href="/sport">Sport</a><br><a href="/obits">Obituaries</a></font></td>
<td width="610" valign="top">
<font face="Arial" size="4"><b>Flood toll rises to 14 in Marrow Valley</b></font><br><br>
<font face="Arial" size="2"><i>By Janet Pryce, Staff Writer</i></font><br>
<font face="Arial" size="2">March 14, 2004</font><br><br>
<font face="Arial" size="2">MARROW VALLEY - Two more bodies were found near the old mill on Tuesday</font><br><br>
<font face="Arial" size="2">The number of people killed in last week's flooding rose to 14, county officials said</font><br><br>
<font face="Arial" size="2">"We are still hoping to find people alive," said Sheriff Tom Delaney</font><br><br>
<font face="Arial" size="2">Mayor Linda Corbett said the town would need months to recover</font><br><br>
<font face="Arial" size="2">"This is the worst flood in living memory," she said</font>
</td></tr>
<tr><td colspan="2"><font size="1">Copyright 2004 Kessler Gazette<br>Contact us | Advertise | Subscribe</font></td></tr>
</table>
</body></html>
"""

_EN_PARAGRAPHS = [
    "Flood toll rises to 14 in Marrow Valley",
    "MARROW VALLEY - Two more bodies were found near the old mill on Tuesday",
    "The number of people killed in last week's flooding rose to 14, county officials said",
    '"We are still hoping to find people alive," said Sheriff Tom Delaney',
    "Mayor Linda Corbett said the town would need months to recover",
    '"This is the worst flood in living memory," she said',
]

_FR_CENTER = """<html><head><meta charset="utf-8"><title>Le Petit Alpin - Actualités</title></head>
<body>
<center>
<table width="640" border="0">
<tr><td valign="top" width="130"><font face="Verdana" size="1"><a href="/">Accueil</a><br><a href="/region">Région</a><br>
<a href="/sports">Sports</a><br><a href="/meteo">Météo</a></font></td>
<td valign="top"><font face="Verdana" size="3"><b>Avalanche au col de la Croix : cinq disparus</b></font><br><br>
<span class="texte">Une avalanche a emporté un groupe de randonneurs près du col de la Croix dimanche matin, a indiqué la préfecture</span><br><br>
<span class="texte">Les secours ont fouillé la zone jusqu'à la tombée de la nuit avec deux hélicoptères et quarante sauveteurs</span><br><br>
<span class="texte">« Nous chercherons tant qu'il y aura une chance », a déclaré le capitaine Marc Rivet, qui dirige les recherches</span><br><br>
<span class="texte">Le maire de la commune, Hélène Vidal, a ouvert la salle des fêtes pour accueillir les familles des disparus</span>
</td></tr>
<tr><td colspan="2"><font size="1">© 2005 Le Petit Alpin<br>Mentions légales | Contact</font></td></tr>
</table>
</center>
</body></html>
"""

_FR_PARAGRAPHS = [
    "Avalanche au col de la Croix : cinq disparus",
    "Une avalanche a emporté un groupe de randonneurs près du col de la Croix dimanche matin, a indiqué la préfecture",
    "Les secours ont fouillé la zone jusqu'à la tombée de la nuit avec deux hélicoptères et quarante sauveteurs",
    "« Nous chercherons tant qu'il y aura une chance », a déclaré le capitaine Marc Rivet, qui dirige les recherches",
    "Le maire de la commune, Hélène Vidal, a ouvert la salle des fêtes pour accueillir les familles des disparus",
]

_PRESS_DIV = """<html><head><title>County of Marrow - Press Office</title></head>
<body>
<div class="top"><a href="/">County home</a> | <a href="/press">Press releases</a></div>
<div class="release">
<b>Flood toll rises to 14</b><br><br>
MARROW VALLEY, March 14, 2004 - The number of people killed<br>
in last week's flooding rose to 14 on Tuesday, after two bodies<br>
were found near the old mill, the county said.<br><br>
Rescue crews have searched the riverbanks since Saturday.<br>
Six people remain missing and 300 homes were damaged.<br><br>
"We are still hoping to find people alive," said Sheriff<br>
Tom Delaney, who has led the search since the weekend.<br><br>
Commissioner Linda Corbett said the valley would need months<br>
to recover. "This is the worst flood in living memory," she said.
</div>
<div class="footer">Copyright 2004 County of Marrow<br>Privacy | Accessibility | Contact us</div>
</body></html>
"""

_PRESS_PARAGRAPHS = [
    "MARROW VALLEY, March 14, 2004 - The number of people killed in last week's flooding rose to 14 on Tuesday, "
    "after two bodies were found near the old mill, the county said.",
    '"We are still hoping to find people alive," said Sheriff Tom Delaney, who has led the search since the weekend.',
    'Commissioner Linda Corbett said the valley would need months to recover. "This is the worst flood in living '
    'memory," she said.',
]

_EN_LIST = """<html><head><title>Avalanche: five missing near Chamonix</title></head>
<body>
<div class="header"><a href="/">Home</a> <a href="/world">World</a></div>
<div class="article">
<h1>Avalanche: five missing near Chamonix</h1>
<p>An avalanche swept over a group of hikers near Chamonix on Sunday, and rescuers said five people were still
missing on Monday evening after a day of searching.</p>
<p>The prefecture published the names of the hikers it has not found.</p>
<p>Those missing are:<br>71 Monique Arnaud<br>64 Paul Girard<br>58 Henri Lefevre<br>33 Claire Besson<br>29 Lucas Morel</p>
<p>"We will search as long as there is a chance," said Captain Marc Rivet of the mountain gendarmerie, who leads
the rescue.</p>
<p>Two helicopters and 40 rescuers took part in the search, which was halted at nightfall because of the risk of
further slides.</p>
</div>
<div class="footer">Copyright 2024 Alpine Daily</div>
</body></html>
"""

_EN_ROWS = ["Those missing are:", "71 Monique Arnaud", "64 Paul Girard", "58 Henri Lefevre", "33 Claire Besson"]

_FR_LIST = """<html><head><meta charset="utf-8"><title>Incendie à Lyon : quatre morts</title></head>
<body>
<div class="menu"><a href="/">Accueil</a> <a href="/faits-divers">Faits divers</a></div>
<div class="texte">
<h1>Incendie à Lyon : quatre morts</h1>
<p>Un incendie a ravagé un immeuble du quartier de la Guillotière dans la nuit de samedi à dimanche, faisant
quatre morts selon les pompiers.</p>
<p>La préfecture a donné l'identité des quatre victimes.</p>
<p>Les victimes :<br>Marc Roux, 71 ans<br>Paul Girard, 64 ans<br>Léa Morel, 58 ans<br>Anne Blanc, 33 ans</p>
<p>Une enquête a été ouverte pour déterminer l'origine du feu, qui a pris au rez-de-chaussée vers deux heures du
matin.</p>
</div>
<div class="pied">© 2024 Lyon Matin</div>
</body></html>
"""

_FR_ROWS = [
    "Les victimes :",
    "Marc Roux, 71 ans",
    "Paul Girard, 64 ans",
    "Léa Morel, 58 ans",
    "Anne Blanc, 33 ans",
]

_CELL_LIST = """<html><head><title>Harbour Herald</title></head>
<body>
<table width="700"><tr>
<td width="140" valign="top"><font size="2"><a href="/">Front page</a><br><a href="/news">News</a><br><a href="/sport">Sport</a></font></td>
<td valign="top"><font face="Times" size="3"><b>Ferry capsizes off Halvik, four dead</b><br><br>
<font size="2">The ferry Nordlys capsized in a storm off Halvik on Friday night and four passengers died, the coastguard said on Saturday morning<br><br>
The coastguard named the dead on Saturday afternoon:<br>Monique Arnaud, 71<br>Paul Girard, 64<br>Henri Lefevre, 58<br>Claire Besson, 33<br><br>
Harbour master Thomas Berg said the ferry had been cleared to sail before the storm warning was issued</font></font></td>
</tr></table>
</body></html>
"""

_CELL_ROWS = [
    "The coastguard named the dead on Saturday afternoon:",
    "Monique Arnaud, 71",
    "Paul Girard, 64",
    "Henri Lefevre, 58",
    "Claire Besson, 33",
]


def _json(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> Any:
    capsys.readouterr()
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _corpus(tmp_path: Path, name: str, page: str) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    (root / name).write_text(page, "utf-8")
    return root


def _shown(capsys: pytest.CaptureFixture[str], root: Path, doc: str) -> dict[str, Any]:
    shown = _json(capsys, root, "show", doc)
    for b in shown["blocks"]:
        assert shown["text"][b["start"] : b["end"]] == b["text"]  # offsets into the text shown
    return shown


def _one_block_each(shown: dict[str, Any], lines: list[str]) -> None:
    """Each of ``lines`` is the whole text of exactly one block, and no block holds two of them."""
    texts = [" ".join(b["text"].split()) for b in shown["blocks"]]
    for line in lines:
        assert texts.count(line) == 1, (line, texts)
    for text in texts:
        assert sum(line in text for line in lines) <= 1, text


PAGES = {
    # name: (file name, page, the paragraphs or lines each a block of their own)
    "reported-table-font": ("gazette.html", _EN_TABLE, _EN_PARAGRAPHS),
    "french-center-font": ("alpin.html", _FR_CENTER, _FR_PARAGRAPHS),
    "press-div-wrapped": ("release.html", _PRESS_DIV, _PRESS_PARAGRAPHS),
    "reported-colon-list": ("missing.html", _EN_LIST, _EN_ROWS),
    "french-colon-list": ("victimes.html", _FR_LIST, _FR_ROWS),
    "cell-colon-list": ("herald.html", _CELL_LIST, _CELL_ROWS),
}


@pytest.mark.parametrize("case", sorted(PAGES))
def test_br_breaks_are_line_and_paragraph_breaks(capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str) -> None:
    name, page, lines = PAGES[case]
    root = _corpus(tmp_path, name, page)
    doc = name.removesuffix(".html")
    shown = _shown(capsys, root, doc)
    _one_block_each(shown, lines)
    # Nothing is shown twice (a glued main line after the page's own lines).
    texts = [b["text"] for b in shown["blocks"]]
    assert len(texts) == len(set(texts)), texts
    (split,) = _json(capsys, root, "noise", doc)["docs"]
    content = {" ".join(b["text"].split()) for b in split["content"]}
    assert set(lines) <= content


@pytest.mark.parametrize(
    ("case", "boilerplate"),
    [
        (
            "reported-table-font",
            ["Home", "Local News", "Copyright 2004 Kessler Gazette", "Contact us | Advertise | Subscribe"],
        ),
        ("french-center-font", ["Accueil", "Région", "© 2005 Le Petit Alpin", "Mentions légales | Contact"]),
        ("press-div-wrapped", ["Copyright 2004 County of Marrow", "Privacy | Accessibility | Contact us"]),
    ],
)
def test_br_lines_of_the_boilerplate_are_lines_of_their_own(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str, boilerplate: list[str]
) -> None:
    name, page, _lines = PAGES[case]
    root = _corpus(tmp_path, name, page)
    (split,) = _json(capsys, root, "noise", name.removesuffix(".html"))["docs"]
    noise = [b["text"] for b in split["noise"]]
    for line in boilerplate:
        assert line in noise, (line, noise)


def _speakers(capsys: pytest.CaptureFixture[str], root: Path) -> dict[str, str]:
    quotes = _json(capsys, root, "quotes")
    return {q["text"]: s["name"] for s in quotes["speakers"] for q in s["quotes"]}


@pytest.mark.parametrize("case", ["reported-table-font", "press-div-wrapped"])
def test_a_quote_is_its_own_sentence_speakers(capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str) -> None:
    name, page, _lines = PAGES[case]
    root = _corpus(tmp_path, name, page)
    shown = _shown(capsys, root, name.removesuffix(".html"))
    speakers = _speakers(capsys, root)
    assert speakers.get("We are still hoping to find people alive") == "Tom Delaney"
    assert speakers.get("This is the worst flood in living memory") == "Linda Corbett"
    quotes = _json(capsys, root, "quotes")
    for s in quotes["speakers"]:
        for q in s["quotes"]:
            assert shown["text"][q["start"] : q["end"]] == q["text"]


@pytest.mark.parametrize("case", ["reported-table-font", "press-div-wrapped"])
def test_the_toll_is_read_in_its_own_sentence(capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str) -> None:
    name, page, _lines = PAGES[case]
    root = _corpus(tmp_path, name, page)
    shown = _shown(capsys, root, name.removesuffix(".html"))
    text = shown["text"]
    facts = _json(capsys, root, "facts")["facts"]
    deaths = [v for f in facts for v in f["values"] if v["measure"] == "death"]
    assert 14 in [v["value"] for v in deaths], deaths
    for v in deaths:
        start, end = v["sentence"]
        assert text[v["start"] : v["end"]] == v["text"] and start <= v["start"] < v["end"] <= end
        # One sentence of one paragraph: none of another paragraph glued on.
        assert any(b["start"] <= start and end <= b["end"] for b in shown["blocks"]), text[start:end]
        assert "Sheriff" not in text[start:end] and "Tuesday The" not in text[start:end], text[start:end]
