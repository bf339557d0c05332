"""HTML pages of issue #14's fresh test round s16 (t14): plain text saved as ".html", framesets,
table layouts, data tables in the article, author bios. Each kind: the reported input (written
anew here), then two variants of our own, and a guard where one side must stay as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.html import FRAMESET_REASON, holds_markup, html_text, read_html
from waic_reader.index.corpus.reader import Corpus, CorpusError
from waic_reader.tui.cli.main import main

_STORY = (
    "The ferry Nordlys sank off Halvik on Friday evening, killing at least twelve people, officials said. "
    "Divers searched the wreck on Saturday."
)
_SECOND = "The coastguard said the search would go on through the weekend despite the poor weather."


def _kinds(root: Path, doc: str) -> dict[str, str]:
    split = split_noise(Corpus.scan(root).article(doc))
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


# --- item 7: a file named .html/.htm that holds no markup is read as the plain text it is ---------


@pytest.mark.parametrize(
    ("name", "text", "paragraphs"),
    [
        # reported: c4/plain.htm (a headline, a blank line, a paragraph) and c4/bodytext.html
        ("plain.htm", f"Ferry sinks\n\nThis is a plain text file saved as htm. {_STORY}\n", 2),
        ("bodytext.html", _STORY + "\n", 1),
        # ours: several paragraphs, a "<" and an entity in the prose (still no markup)
        ("notes.html", f"Ferry report\n\n{_STORY}\n\nCosts rose 3 < 5 times &amp; more.\n\n{_SECOND}\n", 4),
        ("wire.HTM", f"FERRY SINKS\n{_STORY}\n{_SECOND}\n", 2),
    ],
)
def test_an_html_file_of_plain_text_is_read_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, paragraphs: int
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    doc = Path(name).stem
    assert main(["--corpus", str(tmp_path), "show", doc, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "text"
    assert any("no HTML markup" in note and "plain text" in note for note in data["notes"])
    kinds = _kinds(tmp_path, doc)
    assert list(kinds.values()).count("content") >= paragraphs, kinds
    assert any(_STORY[:40] in t and k == "content" for t, k in kinds.items()), kinds


def test_a_page_with_markup_stays_html() -> None:
    assert holds_markup("<p>One</p>") and holds_markup("<!DOCTYPE html>text") and holds_markup("a<br>b")
    assert not holds_markup(_STORY) and not holds_markup("x < y and a > b &amp; c")


# --- item 8: a frameset page's <noframes> content is its body ---------------------------------------


@pytest.mark.parametrize(
    "noframes",
    [
        # reported: c4/frames.html
        f"<noframes><body><p>Your browser does not support frames. {_STORY}</p></body></noframes>",
        # ours: no <body> in it, two paragraphs; and bare text with a <div>
        f"<noframes><h1>Ferry Nordlys sinks</h1><p>{_STORY}</p><p>{_SECOND}</p></noframes>",
        f"<NOFRAMES><div>{_STORY}</div>{_SECOND}</NOFRAMES>",
    ],
)
def test_a_frameset_page_reads_its_noframes_content(tmp_path: Path, noframes: str) -> None:
    page = (
        "<html><head><title>Halvik Gazette</title></head>\n"
        f'<frameset cols="20%,80%"><frame src="menu.html"><frame src="story.html">\n{noframes}</frameset></html>'
    )
    (tmp_path / "frames.html").write_text(page, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("frames")
    assert article.title in ("Halvik Gazette", "Ferry Nordlys sinks")  # no markup in it
    assert "<" not in article.text and "body>" not in article.text
    kinds = _kinds(tmp_path, "frames")
    assert any(_STORY[:40] in t and k == "content" for t, k in kinds.items()), kinds


@pytest.mark.parametrize("inner", ["", "<noframes></noframes>", "<noframes><body>  </body></noframes>"])
def test_a_frameset_page_with_nothing_is_skipped_with_a_reason(tmp_path: Path, inner: str) -> None:
    page = (
        f'<html><head><title>Site</title></head><frameset rows="50%,50%"><frame src="a.html">{inner}</frameset></html>'
    )
    (tmp_path / "frames.html").write_text(page, encoding="utf-8")
    assert read_html(page).reason == FRAMESET_REASON
    with pytest.raises(CorpusError, match="frameset"):
        Corpus.scan(tmp_path).article("frames")


# --- item 9: a page laid out in a table: each cell a part of the page of its own -------------------

_TABLE_PARAS = [
    "The council of Osland has asked the navy to send a supply ship to the island, which has been without a "
    "ferry connection for five days.",
    "Shops on the island reported shortages of milk, bread and fresh vegetables, and the island's only pharmacy "
    "said it was running low on insulin.",
    "The defence ministry said it was considering the request and would decide on Tuesday.",
]
_MENU_CELL = (
    '<a href="/">Home</a><br><a href="/news">News</a><br><a href="/archive">Archive</a><br><a href="/links">Links</a>'
)
_AD_CELL = "<b>Advertisement</b><br>Buy cheap flights now!<br>Best hotel deals in Halvik"
_ARTICLE_CELL = "<h2>Osland council asks navy for help</h2>" + "".join(f"<p>{p}</p>" for p in _TABLE_PARAS)
_FOOTER = "Osland Island News &copy; 2025 | Webmaster: admin@osland.example"


def _table_page(body: str) -> str:
    return (
        "<html><head><title>Osland council asks navy for help</title>"
        '<meta name="generator" content="FrontPage 4.0"></head><body>\n' + body + "\n</body></html>"
    )


@pytest.mark.parametrize(
    "body",
    [
        # reported: c1/table.html (menu cell, article cell, advert cell; a footer paragraph under it)
        f'<table width="100%" border="0"><tr><td width="150" valign="top">{_MENU_CELL}</td>'
        f'<td valign="top">{_ARTICLE_CELL}</td><td width="150" valign="top">{_AD_CELL}</td></tr></table>'
        f'<p align="center">{_FOOTER}</p>',
        # ours: the menu in a row of its own above, the footer in the table's last row
        f"<table><tr><td colspan=2>{_MENU_CELL}</td></tr><tr><td>{_ARTICLE_CELL}</td><td>{_AD_CELL}</td></tr>"
        f"<tr><td colspan=2>{_FOOTER}</td></tr></table>",
        # ours: tables nested in the layout table's cells, <font> for style
        f'<table><tr><td><table><tr><td><font size="2">{_MENU_CELL}</font></td></tr></table></td>'
        f"<td><table><tr><td>{_ARTICLE_CELL}</td></tr></table></td><td>{_AD_CELL}</td></tr></table>"
        f"<center><font size=1>{_FOOTER}</font></center>",
    ],
)
def test_a_table_layout_page_reads_cells_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> None:
    (tmp_path / "table.html").write_text(_table_page(body), encoding="utf-8")
    kinds = _kinds(tmp_path, "table")
    for p in _TABLE_PARAS:
        assert kinds.get(p) == "content", kinds
    for line in ("Home", "News", "Archive", "Links", "Advertisement", "Buy cheap flights now!"):
        assert kinds.get(line, "content") != "content", (line, kinds)
    assert not any("HomeNews" in t or "helpThe" in t or "Links |" in t for t in kinds), kinds
    footer = _FOOTER.replace("&copy;", "©")
    assert kinds.get(footer) == "legal", kinds
    assert main(["--corpus", str(tmp_path), "search", "cheap flights", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits and all(h["in"] == ["noise"] for h in hits)


def test_a_data_table_of_figures_stays_a_table_of_rows() -> None:
    # guard: a table of figures (no heading or paragraph in a cell) is still read as rows
    page = (
        "<html><head><title>Fares rise</title></head><body><article><h1>Fares rise</h1>"
        f"<p>{_STORY}</p><table><tr><th>Route</th><th>Fare</th><th>Change</th></tr>"
        "<tr><td>Halvik to Osland</td><td>120</td><td>+8%</td></tr>"
        "<tr><td>Osland to Vik</td><td>95</td><td>+5%</td></tr></table>"
        f"<p>{_SECOND}</p></article></body></html>"
    )
    texts = [b.text for b in read_html(page).blocks]
    assert "Halvik to Osland | 120 | +8%" in texts and "Route | Fare | Change" in texts


# --- item 10: a data table in the article keeps its rows -----------------------------------------


@pytest.mark.parametrize(
    ("head", "rows"),
    [
        # reported: c10/manylinks.html's tide table
        ("Month | Highest tide (m)", ["March | 3.4", "September | 3.3"]),
        # ours: months and counts; days and temperatures
        ("Month | Passengers", ["January | 1,204", "February | 998", "March | 1,530"]),
        ("Day | Water temperature", ["Monday 3 | 4.5", "Tuesday 4 | 4.1"]),
    ],
)
def test_a_data_table_in_an_html_article_keeps_its_rows(tmp_path: Path, head: str, rows: list[str]) -> None:
    cells = [r.split(" | ") for r in [head, *rows]]
    table = "<table><tr>" + "".join(f"<th>{c}</th>" for c in cells[0]) + "</tr>"
    table += "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells[1:]) + "</table>"
    nav = "<nav><ul>" + "".join(f"<li><a>Topic {i} news</a></li>" for i in range(30)) + "</ul></nav>"
    page = (
        f"<html><head><title>Tide tables published</title></head><body>{nav}<article>"
        f"<h1>Tide tables published</h1><p>The harbour office has published next year's tables, which show "
        f"the highest spring tides in two decades, officials said on Monday.</p>{table}"
        "<p>Residents of low-lying streets were advised to check their flood barriers.</p></article></body></html>"
    )
    (tmp_path / "tides.html").write_text(page, encoding="utf-8")
    kinds = _kinds(tmp_path, "tides")
    assert [kinds.get(r) for r in [head, *rows]] == ["content"] * (len(rows) + 1), kinds


# --- item 13: the author is never an author bio's first words ---------------------------------------

_BIO_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ferry inquiry hears from captain's family</title>"
    '<meta property="og:site_name" content="Nordic Wire">{meta}</head><body><article>'
    "<h1>Ferry inquiry hears from captain's family</h1>"
    "<p>The family of the captain of the ferry Nordlys told the inquiry on Wednesday that he had warned the "
    "company about the ballast pump several times in the weeks before the disaster.</p>"
    "<p>His widow, Astrid Lien, read from emails he had sent to the operator's technical department.</p>"
    "<p>The operator's lawyer said the emails would be examined and that the company would respond.</p>"
    '<p class="author-bio">{bio}</p></article></body></html>'
)


@pytest.mark.parametrize(
    ("meta", "bio", "author"),
    [
        # reported: c10/inarticle.html, no author metadata: the name alone
        ("", "Anna Berg covers transport for Nordic Wire. Follow her on X @annaberg.", "Anna Berg"),
        # ours: a name with a particle; the metadata's author over the bio's
        ("", "Jan van der Berg writes about shipping and the sea for Nordic Wire.", "Jan van der Berg"),
        ('<meta name="author" content="Liv Strand">', "Anna Berg covers transport for Nordic Wire.", "Liv Strand"),
    ],
)
def test_the_author_is_not_taken_from_an_author_bio(tmp_path: Path, meta: str, bio: str, author: str) -> None:
    (tmp_path / "inquiry.html").write_text(_BIO_PAGE.format(meta=meta, bio=bio), encoding="utf-8")
    assert Corpus.scan(tmp_path).article("inquiry").author == author


def test_a_bio_with_no_name_first_gives_no_author(tmp_path: Path) -> None:
    bio = "Our transport correspondent covers ferries for Nordic Wire. Follow her on X."
    (tmp_path / "inquiry.html").write_text(_BIO_PAGE.format(meta="", bio=bio), encoding="utf-8")
    assert Corpus.scan(tmp_path).article("inquiry").author is None


# --- item 14: an old page's bold headline, a post's "Posted by" line, a <noscript> message ------


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        # reported: c4/br_old.html
        ("Ferry sinks", "<b>FERRY SINKS OFF HALVIK</b>"),
        # ours: <strong> in a <center>; <font size> in mixed case
        ("Storm hits coast", "<center><strong>Storm hits coast of Halvik overnight</strong></center>"),
        ("Port closed", '<font size="5">Port closed for a fourth day</font>'),
    ],
)
def test_an_old_pages_bold_headline_is_the_headline(tmp_path: Path, title: str, headline: str) -> None:
    page = (
        f'<html><head><title>{title}</title></head><body bgcolor="#ffffff">\n'
        '<font face="Arial"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></font><hr>\n'
        f"{headline}<br><br>\nHALVIK, March 14 (AP) -- A ferry carrying 214 people capsized in heavy seas off "
        "Halvik on Friday night, killing at least 12 people, the coast guard said.<br><br>\n"
        "Rescue workers pulled 180 survivors from the water, some after more than two hours in the sea, a coast "
        "guard spokesman said.<br><br>\n<hr><font size=1>Copyright 2025 The Associated Press.</font></body></html>"
    )
    (tmp_path / "old.html").write_text(page, encoding="utf-8")
    kinds = _kinds(tmp_path, "old")
    shown = html_text(headline)
    assert kinds.get(shown) == "content", kinds
    assert title not in kinds  # the shorter <title> is not put on top as well


@pytest.mark.parametrize(
    "meta",
    [
        "Posted by admin on March 18, 2025 | 4 Comments",  # reported: c4/titlesite.html
        "Written by Jane Roe in Local News | No Comments",
        "Posted by halvik_editor at 10:14 AM | 2 comments",
    ],
)
def test_a_posts_meta_line_is_a_byline(tmp_path: Path, meta: str) -> None:
    page = (
        "<html><head><title>Home | Halvik Daily</title></head><body><div id='content'><div class='post'>"
        "<h2 class='post-title'>Volunteers clean up storm-hit beaches</h2>"
        f"<div class='post-meta'>{meta}</div><div class='post-body'><p>{_STORY}</p><p>{_SECOND}</p></div>"
        "</div></div></body></html>"
    )
    (tmp_path / "post.html").write_text(page, encoding="utf-8")
    kinds = _kinds(tmp_path, "post")
    assert kinds.get(meta) == "byline", kinds
    assert kinds.get(_STORY) == "content"


def test_a_sentence_opening_with_posted_by_stays_content() -> None:
    from waic_reader.index.analysis.noise.patterns import PHRASES

    line = "Posted by a reader on Facebook, the video showed the ferry listing badly before it sank."
    assert not any(p.search(line) for kind, p, _n, _d in PHRASES if kind == "byline" and "post" in p.pattern)


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        # reported: c1/scripty.html
        ("Please enable JavaScript to view the comments powered by Disqus.", "comments"),
        # ours: a prompt to turn scripts on; a comments message in a <p> inside the <noscript>
        ("You need to enable JavaScript to run this site.", "call-to-action"),
        ("<p>Comments need JavaScript: please turn it on to read them.</p>", "comments"),
    ],
)
def test_a_noscript_message_is_a_noise_line(tmp_path: Path, message: str, kind: str) -> None:
    page = (
        "<html><head><title>Ferry inquiry opens</title></head><body><article><h1>Ferry inquiry opens</h1>"
        f"<p>{_STORY}</p><noscript>{message}</noscript><p>{_SECOND}</p></article></body></html>"
    )
    (tmp_path / "inquiry.html").write_text(page, encoding="utf-8")
    kinds = _kinds(tmp_path, "inquiry")
    assert kinds.get(html_text(message)) == kind, kinds
    assert kinds.get(_SECOND) == "content"


def test_noscript_stays_out_of_html_text_of_fragments() -> None:
    # html_text (feeds, records) shows what a browser with scripts shows, as before
    assert html_text("<p>One</p><noscript>Enable JavaScript</noscript>") == "One"


# --- item 15: a "Trending"/"Recent Posts" header and its items are one list ------------------


@pytest.mark.parametrize(
    ("header", "items"),
    [
        # reported: c1/divs.htm and c4/titlesite.html
        ("Trending", ["Ten best hiking trails", "Celebrity wedding photos", "Lottery numbers"]),
        ("Recent Posts", ["Storm closes port", "Ferry disaster: what we know"]),
        # ours
        ("Most Read", ["Harbour fees to rise next year", "New bridge opens to traffic", "Fishing fleet returns"]),
    ],
)
def test_items_under_a_related_header_share_its_kind(tmp_path: Path, header: str, items: list[str]) -> None:
    side = f"<div class='box'><div class='box-title'>{header}</div>" + "".join(f"<div><a>{t}</a></div>" for t in items)
    page = (
        "<html><head><title>Harbour reopens after storm</title></head><body><div class='wrap'>"
        "<div class='col-main'><div class='headline'>Harbour reopens after storm</div>"
        f"<div class='txt'>{_STORY}</div><div class='txt'>{_SECOND}</div></div>"
        f"<div class='col-side'>{side}</div></div></div></body></html>"
    )
    (tmp_path / "harbour.html").write_text(page, encoding="utf-8")
    kinds = _kinds(tmp_path, "harbour")
    assert [kinds.get(t) for t in [header, *items]] == ["headline-list"] * (len(items) + 1), kinds
