"""HTML pages of issue #14's re-test at the end of session 16 (inputs under /tmp/t14s16b, written
anew here): a layout table of <font> and <br> (no <p>) read as one block, and an advert's cell of a
layout table kept as article text. Each kind: the reported input, two variants of our own, and a
guard where one side must stay as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.cli.main import main

_STORM = [
    "The cost of last week's storm has passed 50 million euros, the island's insurers said on Monday, making "
    "it the most expensive storm in Osland's history.",
    "Most of the claims came from homes on the north shore, where the sea broke through the dyke in two places.",
    "The council will meet on Thursday to discuss how to repair the dyke before the autumn storms.",
]
_HEAD = "<html><head><title>Storm damage bill tops 50 million</title></head><body>\n"


def _kinds(root: Path, doc: str) -> dict[str, str]:
    split = split_noise(Corpus.scan(root).article(doc))
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


# --- a layout table of <font> and <br>: its <br><br> runs and its cells are block boundaries ------

_MENU = '<a href="/">Front page</a><br><a href="/local">Local</a><br><a href="/weather">Weather</a>'


@pytest.mark.parametrize(
    "body",
    [
        # reported: h1/layout_table.htm (a masthead row, a menu cell, the article's cell, a footer row)
        '<table width="100%"><tr><td colspan="2"><img src="logo.gif" alt="Osland Island News"> '
        '<font size="1">Home | Archive | Contact</font></td></tr>\n'
        f'<tr><td width="150" valign="top">{_MENU}</td>\n'
        '<td valign="top"><font size="4"><b>Storm damage bill tops 50 million</b></font><br><br>\n'
        + "<br><br>\n".join(_STORM)
        + '\n</td></tr>\n<tr><td colspan="2"><font size="1">Osland Island News &copy; 2025</font></td></tr></table>',
        # ours: the article's text inside one <font>, single <br>s, the menu cell on the right
        '<table><tr><td><font face="Arial" size="2"><b>Storm damage bill tops 50 million</b><br>'
        + "<br>".join(_STORM)
        + f"</font></td><td>{_MENU}</td></tr></table><center>Osland Island News &copy; 2025</center>",
        # ours: nested layout tables, uppercase tags, the text after <BR><BR> runs in a <TD> of its own
        f"<TABLE><TR><TD><TABLE><TR><TD>{_MENU}</TD></TR></TABLE></TD><TD><TABLE><TR><TD>"
        "<B>Storm damage bill tops 50 million</B><BR><BR>" + "<BR><BR>".join(_STORM) + "</TD></TR></TABLE></TD></TR>"
        "</TABLE><P>Osland Island News &copy; 2025</P>",
    ],
)
def test_a_font_and_br_layout_table_reads_its_paragraphs_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    (tmp_path / "layout_table.htm").write_text(_HEAD + body + "\n</body></html>", encoding="utf-8")
    kinds = _kinds(tmp_path, "layout_table")
    for p in _STORM:
        assert kinds.get(p) == "content", (p, kinds)
    for line in ("Front page", "Local", "Weather"):
        assert kinds.get(line, "content") != "content", (line, kinds)
    assert not any("pageLocal" in t or "millionThe" in t for t in kinds), kinds
    assert main(["--corpus", str(tmp_path), "show", "layout_table", "--json"]) == 0
    blocks = json.loads(capsys.readouterr().out)["blocks"]
    assert sum(1 for b in blocks if b["text"] in _STORM) == len(_STORM), blocks


def test_a_data_table_with_a_br_in_a_short_cell_stays_a_table() -> None:
    # guard: a table of figures whose cells break short lines with <br> is still read as rows
    from waic_reader.index.corpus.html import read_html

    page = (
        "<html><head><title>Fares rise</title></head><body><article><h1>Fares rise</h1>"
        "<p>Ferry fares on all routes will rise in May, the operator said on Wednesday, blaming fuel costs.</p>"
        "<table><tr><th>Route</th><th>Fare<br>(euros)</th></tr><tr><td>Halvik<br>Osland</td><td>14</td></tr>"
        "<tr><td>Halvik<br>Nordøy</td><td>9</td></tr><tr><td>Osland<br>Nordøy</td><td>11</td></tr></table>"
        "</article></body></html>"
    )
    got = read_html(page)
    assert any(" | " in b.text and "14" in b.text for b in got.blocks), [b.text for b in got.blocks]


# --- an advert's cell of a layout table is advertisement, not the article's ----------------------

_DYKE = [
    "The island council approved 4 million euros on Thursday to repair the north shore dyke before the autumn storms.",
    "Work will start in May and take three months, the council said.",
]
_DYKE_CELL = "<h1>Dyke repairs approved</h1>" + "".join(f"<p>{p}</p>" for p in _DYKE)
_NAV = '<a href="/">Home</a><br><a href="/n">News</a><br><a href="/w">Weather</a>'


@pytest.mark.parametrize(
    ("ad_cell", "ad_lines", "word"),
    [
        # reported: h2/tablep.html ("Advertisement" over the advert, each a <p>)
        (
            "<p>Advertisement</p><p>Cheap flights to Halvik!</p>",
            ["Advertisement", "Cheap flights to Halvik!"],
            "flights",
        ),
        # ours: "Sponsored", two lines of the advert, in <div>s
        (
            "<div>Sponsored</div><div>Halvik Harbour Hotel</div><div>Rooms from 59 euros a night, breakfast included.</div>",
            ["Sponsored", "Halvik Harbour Hotel", "Rooms from 59 euros a night, breakfast included."],
            "breakfast",
        ),
        # ours: "ADVERTISEMENT" in <b>, the advert's lines set apart by <br>
        (
            "<b>ADVERTISEMENT</b><br>Buy a ferry pass<br>Save 20% this spring",
            ["ADVERTISEMENT", "Buy a ferry pass"],
            "pass",
        ),
    ],
)
def test_an_advert_cell_of_a_layout_table_is_advertisement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ad_cell: str, ad_lines: list[str], word: str
) -> None:
    page = (
        "<html><head><title>Dyke repairs approved</title></head><body>"
        f"<table><tr><td>{_NAV}</td><td>{_DYKE_CELL}</td><td>{ad_cell}</td></tr></table>"
        "<p>Osland Island News &copy; 2025</p></body></html>"
    )
    (tmp_path / "tablep.html").write_text(page, encoding="utf-8")
    kinds = _kinds(tmp_path, "tablep")
    for p in _DYKE:
        assert kinds.get(p) == "content", (p, kinds)
    for line in ad_lines:
        assert kinds.get(line) == "advertisement", (line, kinds)
    assert main(["--corpus", str(tmp_path), "search", word, "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits and all(h["in"] == ["noise"] for h in hits), hits


def test_a_cell_of_the_articles_own_text_after_an_advert_word_stays_content(tmp_path: Path) -> None:
    # guard: an article cell that only mentions adverts in its prose is no advert's cell
    para = "Advertisement boards along the harbour road were blown down by the storm, the council said."
    page = (
        "<html><head><title>Dyke repairs approved</title></head><body>"
        f"<table><tr><td>{_NAV}</td><td>{_DYKE_CELL}<p>{para}</p></td></tr></table></body></html>"
    )
    (tmp_path / "tablep.html").write_text(page, encoding="utf-8")
    kinds = _kinds(tmp_path, "tablep")
    for p in [*_DYKE, para]:
        assert kinds.get(p) == "content", (p, kinds)
