"""HTML faults of issue #14's third re-test in session 17 (t14c; inputs under /tmp/t14s17, written
anew here): a table of data inside a layout table's cell (item 7), an advert's container and a region
beside the article kept as its text (item 8), wire copy in a <pre> read as one block (item 9), and
two inline fields glued together (item 10). Each kind: the reported input, two variants of our own,
and a guard where the other side must stay as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.html import read_html
from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.cli.main import main


def _kinds(root: Path, doc: str) -> dict[str, str]:
    """Each block's text: "content" or its noise kind."""
    split = split_noise(Corpus.scan(root).article(doc))
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


def _search(root: Path, capsys: pytest.CaptureFixture[str], word: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["--corpus", str(root), "search", word, "--json"]) == 0
    hits: list[dict[str, object]] = json.loads(capsys.readouterr().out)["hits"]
    return hits


# --- item 7: a table of data in a layout table's cell is the article's table ---------------------

_HARBOUR = [
    "Halvik's harbour master, Thomas Berg, resigned on Friday, two weeks after the ferry Nordlys capsized on its "
    "way out of the harbour he controls.",
    "In a letter to the council, Berg said he took responsibility for clearing the ferry to sail in a storm warning.",
    "The council thanked him for 22 years of service and said a replacement would be named in April.",
]
_LAYOUT_NAV = '<a href="/">Front page</a><br><a href="/news">News</a><br><a href="/sport">Sport</a>'


def _harbour_cell(table: str) -> str:
    return (
        "<h2>Harbour master resigns</h2><i>by Per Lie, 21 March 2025</i>"
        f"<p>{_HARBOUR[0]}</p><p>{_HARBOUR[1]}</p>{table}<p>{_HARBOUR[2]}</p>"
    )


_DATA = (
    '<table border="1"><tr><th>Year</th><th>Ferries cleared</th></tr><tr><td>2023</td><td>4,210</td></tr>'
    "<tr><td>2024</td><td>4,388</td></tr></table>"
)


@pytest.mark.parametrize(
    "body",
    [
        # reported: h2/layout.htm (menu cell, the article's cell holding the table, a sidebar cell)
        '<table width="760"><tr><td colspan="3"><img src="logo.gif" alt="Halvik Weekly"></td></tr>'
        f'<tr><td width="140" valign="top" class="nav">{_LAYOUT_NAV}</td>'
        f'<td width="460" valign="top">{_harbour_cell(_DATA)}</td>'
        '<td width="160" valign="top"><b>Most read</b><br><a>Lottery winner comes forward</a></td></tr>'
        '<tr><td colspan="3"><small>Halvik Weekly, Harbour Street 4, Halvik. Copyright 2025.</small></td></tr></table>',
        # ours: the data table with <thead>/<tbody> and a caption, the layout tables nested two deep
        f"<table><tr><td>{_LAYOUT_NAV}</td><td><table><tr><td>"
        + _harbour_cell(
            "<table><caption>Ferries cleared by the harbour master</caption><thead><tr><th>Year</th>"
            "<th>Ferries cleared</th></tr></thead><tbody><tr><td>2023</td><td>4,210</td></tr>"
            "<tr><td>2024</td><td>4,388</td></tr></tbody></table>"
        )
        + "</td></tr></table></td></tr></table>",
        # ours: the menu cell on the right, the table's cells in <div>s and <b>s
        "<table><tr><td>"
        + _harbour_cell(
            "<table><tr><th><b>Year</b></th><th><b>Ferries cleared</b></th></tr><tr><td><div>2023</div></td>"
            "<td><div>4,210</div></td></tr><tr><td><div>2024</div></td><td><div>4,388</div></td></tr></table>"
        )
        + f"</td><td>{_LAYOUT_NAV}</td></tr></table>",
    ],
)
def test_a_data_table_in_a_layout_cell_is_the_articles_table(tmp_path: Path, body: str) -> None:
    page = f"<html><head><title>Halvik Weekly - Harbour master resigns</title></head><body>{body}</body></html>"
    (tmp_path / "layout.htm").write_text(page, encoding="utf-8")
    kinds = _kinds(tmp_path, "layout")
    for line in [*_HARBOUR, "Year | Ferries cleared", "2023 | 4,210", "2024 | 4,388"]:
        assert kinds.get(line) == "content", (line, kinds)
    for cell in ("Year", "Ferries cleared", "2023", "4,210"):
        assert cell not in kinds, (cell, kinds)  # not also as lines of their own
    for line in ("Front page", "News", "Sport"):
        assert kinds.get(line, "navigation") != "content", (line, kinds)


# --- item 8: an advert's container and a region beside the article are noise ---------------------

_BAKERY = [
    "A small bakery on Osland has won the national prize for the best rye bread, beating more than four hundred "
    "entries from across the country.",
    "The bakery, run by the Moen family since 1962, uses a sourdough starter that the owner says is older than she is.",
    "The prize comes with 50,000 kroner, which the family plans to spend on a new oven.",
]
_BAKERY_MAIN = '<div class="hd">Island bakery wins national prize</div>' + "".join(
    f'<div class="txt">{p}</div>' for p in _BAKERY
)


def _bakery_page(side: str) -> str:
    return (
        "<html><head><title>Coast Daily | Island bakery wins national prize</title></head><body>"
        '<div class="wrap"><div class="menu"><div><a>News</a></div><div><a>Sport</a></div></div>'
        f'<div class="main"><div class="left">{_BAKERY_MAIN}</div><div class="right">{side}</div></div>'
        '<div class="foot">© Coast Daily 2025</div></div></body></html>'
    )


@pytest.mark.parametrize(
    ("side", "lines", "kind", "word"),
    [
        # reported: h/divs.html, <div class="ad"> "Advertisement" then the advert
        (
            '<div class="ad">Advertisement</div><div class="ad">Cheap flights to Halvik! Book now with Nordair.</div>',
            ["Cheap flights to Halvik! Book now with Nordair."],
            "advertisement",
            "nordair",
        ),
        # ours: an advert by id, "sponsor" and "advert" in its name, two lines of it
        (
            '<div id="sponsor-box"><p>Halvik Harbour Hotel</p><p>Rooms from 59 euros a night, breakfast '
            'included.</p></div><div class="advert_bottom"><p>Visit Osland this summer.</p></div>',
            ["Halvik Harbour Hotel", "Rooms from 59 euros a night, breakfast included.", "Visit Osland this summer."],
            "advertisement",
            "breakfast",
        ),
    ],
)
def test_an_advert_container_is_noise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, lines: list[str], kind: str, word: str
) -> None:
    (tmp_path / "divs.html").write_text(_bakery_page(side), encoding="utf-8")
    kinds = _kinds(tmp_path, "divs")
    for p in _BAKERY:
        assert kinds.get(p) == "content", (p, kinds)
    for line in lines:
        assert kinds.get(line) == kind, (line, kinds)
    hits = _search(tmp_path, capsys, word)
    assert hits and all(h["in"] == ["noise"] for h in hits), hits


_FEES = [
    "Halvik's harbour fees will rise by 10% from June, the port authority said on Wednesday, the first rise in "
    "six years.",
    "Fishing boats under 15 metres will be exempt, the authority said.",
]
_TOPICS = "".join(f'<li><a href="/t/{i}">Topic number {i}</a></li>' for i in range(40))


@pytest.mark.parametrize(
    ("side", "item"),
    [
        # reported: h5/manylinks.html (30,000 links there; 40 here), a role="complementary" box after the main
        (
            '<div role="complementary"><h2>Trending</h2><p>Lottery winner comes forward</p></div>',
            "Lottery winner comes forward",
        ),
        # guard: an <aside> after the main text (which the extractor leaves out too), a sentence in it
        (
            "<aside><p>Storm warning extended to Sunday, forecasters said.</p><p>Osland school gets new roof</p>"
            "</aside>",
            "Storm warning extended to Sunday, forecasters said.",
        ),
        # ours: a complementary box inside the main region, after its paragraphs
        (
            '<div role="complementary" class="box"><p>Storm warning extended to Sunday, forecasters said on Tuesday.</p></div>',
            "Storm warning extended to Sunday, forecasters said on Tuesday.",
        ),
        # ours: a <section role="complementary"> before the main text, a sentence in it
        (
            '<section role="complementary"><p>Ferry timetables change on Monday, the operator said.</p></section>',
            "Ferry timetables change on Monday, the operator said.",
        ),
    ],
)
def test_a_region_beside_the_article_is_noise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, item: str
) -> None:
    main_text = f'<div role="main"><h1>Harbour fees rise by a tenth</h1>{"".join(f"<p>{p}</p>" for p in _FEES)}</div>'
    if side.startswith("<section"):
        body = f"{side}{main_text}"
    elif side.startswith('<div role="complementary" class'):
        body = main_text.replace("</div>", f"{side}</div>")  # inside the main region, after its text
    else:
        body = f"{main_text}{side}"
    page = (
        "<html><head><title>Harbour fees rise</title></head><body>"
        f'<div role="navigation"><ul>{_TOPICS}</ul></div>{body}<div role="contentinfo">© Halvik Port 2025</div>'
        "</body></html>"
    )
    (tmp_path / "manylinks.html").write_text(page, encoding="utf-8")
    kinds = _kinds(tmp_path, "manylinks")
    for p in _FEES:
        assert kinds.get(p) == "content", (p, kinds)
    assert kinds.get(item) == "headline-list", (item, kinds)
    word = item.split(maxsplit=1)[0].lower()
    hits = _search(tmp_path, capsys, word)
    assert hits and all(h["in"] == ["noise"] for h in hits), hits


@pytest.mark.parametrize(
    "page",
    [
        # guard: the whole page in an "ad-wrapper" (a site's name for its layout): the article is kept
        f'<html><head><title>Island bakery wins national prize</title></head><body><div id="ad-wrapper">'
        f"<article><h1>Island bakery wins national prize</h1>{''.join(f'<p>{p}</p>' for p in _BAKERY)}"
        "</article></div></body></html>",
        # guard: the article set in an <aside>-free page whose main text holds the word "advert" in prose
        '<html><head><title>Island bakery wins national prize</title></head><body><div class="story">'
        f"<h1>Island bakery wins national prize</h1>{''.join(f'<p>{p}</p>' for p in _BAKERY)}"
        "<p>The family never paid for an advert, the owner said.</p></div></body></html>",
    ],
)
def test_an_article_inside_an_ad_named_wrapper_stays_content(tmp_path: Path, page: str) -> None:
    (tmp_path / "wrap.html").write_text(page, encoding="utf-8")
    kinds = _kinds(tmp_path, "wrap")
    for p in _BAKERY:
        assert kinds.get(p) == "content", (p, kinds)


# --- item 9: a <pre> is read as plain text is ------------------------------------------------------

_WIRE = [
    "HALVIK, Norway (AP) -- Authorities extended a fishing ban on Friday in waters around the wreck of the ferry "
    "Nordlys, saying fuel was still leaking from its tanks.",
    "The ban will last until the salvage is complete, the fisheries directorate said in a statement.",
    "Divers have removed about half of the fuel so far.",
]


@pytest.mark.parametrize(
    "pre",
    [
        # reported: h2/pre_wire.html (5-space paragraph indents, hard wraps, the AP-WS trailer)
        "     HALVIK, Norway (AP) -- Authorities extended a fishing ban on\nFriday in waters around the wreck of "
        "the ferry Nordlys, saying fuel\nwas still leaking from its tanks.\n     The ban will last until the "
        "salvage is complete, the fisheries\ndirectorate said in a statement.\n     Divers have removed about "
        "half of the fuel so far.\n\n     AP-WS-03-21-25 1422EDT\n",
        # ours: blank lines between paragraphs, no indents, the trailer right after
        "HALVIK, Norway (AP) -- Authorities extended a fishing ban on Friday\nin waters around the wreck of the "
        "ferry Nordlys, saying fuel was\nstill leaking from its tanks.\n\nThe ban will last until the salvage is "
        "complete, the\nfisheries directorate said in a statement.\n\nDivers have removed about half of the fuel "
        "so far.\n\nAP-WS-03-21-25 1422EDT",
        # ours: CRLF and a tab indent, text in <b> inside the <pre>
        "\tHALVIK, Norway (AP) -- Authorities extended a fishing ban on Friday in waters\r\naround the wreck of "
        "the ferry Nordlys, saying fuel was still leaking from its tanks.\r\n\t<b>The ban will last until the "
        "salvage is complete</b>, the fisheries directorate\r\nsaid in a statement.\r\n\tDivers have removed "
        "about half of the fuel so far.\r\n\r\n\tAP-WS-03-21-25 1422EDT\r\n",
    ],
)
def test_wire_copy_in_a_pre_is_read_as_paragraphs(tmp_path: Path, pre: str) -> None:
    page = f"<html><head><title>AP wire: Fishing ban extended</title></head><body>\n<pre>\n{pre}</pre>\n</body></html>"
    (tmp_path / "pre_wire.html").write_text(page, encoding="utf-8")
    kinds = _kinds(tmp_path, "pre_wire")
    for p in _WIRE:
        assert kinds.get(p) == "content", (p, kinds)
    assert kinds.get("AP-WS-03-21-25 1422EDT") == "attribution", kinds


def test_a_pre_hyphenated_word_is_joined_as_plain_text_joins_it() -> None:
    # ours: "cap-" / "sized" over a hard wrap, the word written whole elsewhere in it
    page = read_html(
        "<html><body><pre>The ferry capsized at dawn, and the crew of the ferry that cap-\n"
        "sized were all rescued by noon, the coastguard said on Friday.</pre></body></html>"
    )
    assert any("that capsized were all rescued" in b.text for b in page.blocks), [b.text for b in page.blocks]


def test_code_in_a_pre_stays_one_block() -> None:
    # guard: a <pre><code> listing is no paragraphs of prose
    code = "rekt: {\n    list: [\n        list: [\n        ]\n    ]\n}"
    page = read_html(
        "<html><body><article><h1>Parsers crash on nested lists</h1><p>"
        + "A crafted document of nested lists makes several parsers run out of memory, researchers said. " * 2
        + f"</p><pre><code>{code}</code></pre></article></body></html>"
    )
    assert any(b.text == " ".join(code.split()) for b in page.blocks), [b.text for b in page.blocks]


# --- item 10: inline fields glued together are read apart; invisible characters in words ---------


@pytest.mark.parametrize(
    ("markup", "line"),
    [
        # reported: h/wp.html's comment meta
        (
            '<b class="fn">Marit Holm</b> <span class="says">says:</span><time>March 22, 2025 at 9:14 am</time>',
            "Marit Holm says: March 22, 2025 at 9:14 am",
        ),
        # ours: a byline's fields in spans glued at a comma
        ("<span>By Anna Lind,</span><span>Halvik Post</span>", "By Anna Lind, Halvik Post"),
        # ours: a <time> against the word before it and after it
        ("<span>Posted</span><time>14 March 2025</time><span>in Transport</span>", "Posted 14 March 2025 in Transport"),
    ],
)
def test_inline_fields_glued_together_are_read_apart(markup: str, line: str) -> None:
    page = read_html(f"<html><body><div>{markup}</div><p>Some text of the page, a sentence or so.</p></body></html>")
    assert line in [b.text for b in page.blocks], [b.text for b in page.blocks]


def test_a_word_in_two_inline_elements_stays_one_word() -> None:
    # guard: parts of one word, and a time's parts, in inline elements are not set apart
    page = read_html(
        "<html><body><p><b>Ha</b><i>lvik</i> at 9:<b>14</b>, said <em>Lind</em>: "
        "the ferry sails at 10.</p></body></html>"
    )
    assert "Halvik at 9:14, said Lind: the ferry sails at 10." in [b.text for b in page.blocks], page.blocks


@pytest.mark.parametrize(
    ("word", "markup"),
    [
        ("coastguard", "coast&#8203;guard"),  # reported: h4/shy.html, a zero-width space
        ("harbourmaster", "harbour&zwnj;master"),  # ours: a zero-width non-joiner
        ("breakwater", "break&#8288;wa&shy;ter"),  # ours: a word joiner and a soft hyphen
    ],
)
def test_an_invisible_character_inside_a_word_does_not_split_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str, markup: str
) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Ferry cap&shy;sized in storm</title></head><body><article>'
        "<h1>Ferry cap&shy;sized in storm, 12&nbsp;dead</h1>"
        f"<p>The ferry Nordlys cap&shy;sized in a storm off Halvik on Friday, the {markup} said.</p>"
        "<p>Rescue boats pulled 180 survivors from the water &amp; took them to Halvik hospital.</p>"
        "</article></body></html>"
    )
    (tmp_path / "shy.html").write_text(page, encoding="utf-8")
    hits = _search(tmp_path, capsys, word)
    assert [h["doc"] for h in hits] == ["shy"] and hits[0]["in"] == ["content"], hits
    capsys.readouterr()
    assert main(["--corpus", str(tmp_path), "show", "shy", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    text = shown["text"]
    for b in shown["blocks"]:
        assert text[b["start"] : b["end"]] == b["text"]
    # The headline once (the title the extractor gives has no soft hyphen; the page's line has one).
    assert sum("sized in storm, 12" in b["text"] for b in shown["blocks"]) == 1, shown["blocks"]
    # Each of the search's spans slices the word as written in the text.
    hits = _search(tmp_path, capsys, word)
    spans = hits[0]["spans"]
    assert isinstance(spans, list) and spans
    for start, end in spans:
        assert (
            text[start:end]
            .replace("\u200b", "")
            .replace("\u200c", "")
            .replace("\u2060", "")
            .replace("\xad", "")
            .lower()
            == word
        ), (text[start:end], word)
