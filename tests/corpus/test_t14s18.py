"""Issue #14, the s18 re-test (pages written anew here; invented names): a "Most read" list in an
advert's cell of a layout table, a live blog's "Key events" summary, a press release's wire named
in capitals, a <title>'s site part as the outlet, a live blog's bracketed "(Updated 10:01)"
stamps, and a page nested thousands of elements deep. Each kind: the reported shape and two
variants of our own (and a guard where one side must stay as it was).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus import html_hints, html_lines, html_parse
from waic_reader.index.corpus.reader import Article, Corpus


def _article(root: Path, name: str, text: str) -> Article:
    (root / name).write_text(text, encoding="utf-8")
    corpus = Corpus.scan(root)
    return corpus.article(next(iter(corpus.entries)))


def _kinds(article: Article) -> dict[str, str]:
    split = split_noise(article)
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


_STORM = [
    "The cost of last week's storm has passed 50 million euros, the island's insurers said on Monday, making "
    "it the most expensive storm in Osland's history.",
    "Most of the claims came from homes on the north shore, where the sea broke through the dyke in two places.",
    "The council will meet on Thursday to discuss how to repair the dyke before the autumn storms.",
]
_STORY = '<font size="4"><b>Storm damage bill tops 50 million</b></font><br><br>' + "<br><br>".join(_STORM)
_READ = [
    "Ferry timetable changes for winter",
    "Harbour cafe wins regional prize",
    "School roof repairs to start in May",
]


def _links(lines: list[str], sep: str = "<br>") -> str:
    return sep.join(f'<a href="/{i}">{t}</a>' for i, t in enumerate(lines))


# --- 1. a "Most read" list is a headline list wherever it sits, an advert's cell included -------


@pytest.mark.parametrize(
    ("cells", "header", "ad"),
    [
        # reported: the advert, then the "Most read" list, in one cell beside the article's
        (
            f"<td>{_STORY}</td><td><font size='2'>Advertisement<br><a href='/ad'>Cheap flights to Halvik! Book "
            f"now with Nordair.</a><br><br><b>Most read</b><br>{_links(_READ)}</font></td>",
            "Most read",
            ["Cheap flights to Halvik! Book now with Nordair."],
        ),
        # ours: "MOST POPULAR" first, numbered, the advert under it, the cell on the left
        (
            f"<td><b>MOST POPULAR</b><br>{_links(_READ)}<br><br>ADVERTISEMENT<br>Skerry Bank: loans in a day"
            f"</td><td>{_STORY}</td>",
            "MOST POPULAR",
            [],  # (the advert's line, in no advert's part of the page, is not asked about)
        ),
        # ours: the advert's cell in a row under the article, its lines in <p>s
        (
            f"<td>{_STORY}</td></tr><tr><td><p>Advertisement</p><p>Nordair: fly to Halvik from 29 euros</p>"
            f"<p><b>Most read</b></p>{''.join(f'<p><a href=/x>{t}</a></p>' for t in _READ)}</td>",
            "Most read",
            ["Nordair: fly to Halvik from 29 euros"],
        ),
    ],
)
def test_a_most_read_list_in_an_advert_cell_is_a_headline_list(
    tmp_path: Path, cells: str, header: str, ad: list[str]
) -> None:
    page = f"<html><head><title>Storm damage bill tops 50 million</title></head><body><table><tr>{cells}</tr></table></body></html>"
    kinds = _kinds(_article(tmp_path, "page.html", page))
    for p in _STORM:
        assert kinds.get(p) == "content", (p, kinds)
    for line in [header, *_READ]:
        assert kinds.get(line) == "headline-list", (line, kinds)
    for line in ad:
        assert kinds.get(line) == "advertisement", (line, kinds)


@pytest.mark.parametrize(
    ("marker", "advert"),
    [
        ("Advertisement", "Cheap flights to Halvik!"),  # reported: the cell's lines glued by the extractor
        ("ADVERTISEMENT", "Skerry Bank: loans in a day"),  # ours
        ("Advertisement", "Nordair - fly to Halvik from 29 euros"),  # ours
    ],
)
def test_an_advert_cell_beside_a_most_read_list_is_shown_once(tmp_path: Path, marker: str, advert: str) -> None:
    page = (
        "<html><head><title>Storm damage bill tops 50 million</title></head><body><table><tr>"
        f"<td>{_STORY}<br><br><b>Most popular</b><br>{_links(_READ)}</td><td>{marker}<br>{advert}</td>"
        "</tr></table></body></html>"
    )
    article = _article(tmp_path, "page.html", page)
    assert article.text.count(advert) == 1, article.text
    glued = (marker + advert).replace(" ", "")
    assert glued not in article.text.replace(" ", ""), article.text


# --- 2. a live blog's "Key events" summary is furniture; its entries and their times content ----

_ENTRIES = [
    ("12.10 GMT", "Coastguard confirms twelve dead",
     "The coastguard has confirmed that twelve people died when the ferry capsized off Halvik, and that 188 people were rescued."),
    ("11.05 GMT", "Second rescue ship reaches the ferry",
     "A second rescue ship has reached the ferry, the harbour master said, and divers are searching the lower decks."),
    ("10.41 GMT", "Ferry capsizes off Halvik",
     "A ferry carrying 200 people has capsized in a storm off the port of Halvik, the coastguard said on Sunday."),
]  # fmt: skip


def _live_html(summary: str) -> str:
    entries = "".join(f'<div class="entry"><p class="time">{t}</p><p>{p}</p></div>' for t, _h, p in _ENTRIES)
    return (
        "<html><head><title>Halvik ferry sinking: live updates</title></head><body>"
        f"<h1>Halvik ferry sinking: live updates</h1>{summary}<div class='live-blog'>{entries}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("name", "text", "items"),
    [
        # reported: an HTML live blog's "Key events", a list of links to entries, at the top
        (
            "live.html",
            _live_html(
                '<div class="key-events"><h2>Key events</h2><ul>'
                + "".join(f'<li><a href="#e{i}">{t} {h}</a></li>' for i, (t, h, _p) in enumerate(_ENTRIES))
                + "</ul></div>"
            ),
            [f"{t} {h}" for t, h, _p in _ENTRIES],
        ),
        # ours: the summary's links without times, under "Show key events only" (the entries' times
        # alone on their lines make the page a live blog)
        (
            "live.html",
            _live_html(
                "<section><h3>Show key events only</h3><ul>"
                + "".join(f"<li><a href='#x'>{h}</a></li>" for _t, h, _p in _ENTRIES)
                + "</ul></section>"
            ),
            [h for _t, h, _p in _ENTRIES],
        ),
        # ours: the page saved as plain text, a summary with am/pm times
        (
            "live.txt",
            "Halvik ferry sinking: live updates\nKey events\n"
            + "".join(f"{t.replace(' GMT', 'am').replace('.', ':')} {h}\n" for t, h, _p in _ENTRIES)
            + "".join(f"{t}\n{p}\n" for t, _h, p in _ENTRIES),
            [f"{t.replace(' GMT', 'am').replace('.', ':')} {h}" for t, h, _p in _ENTRIES],
        ),
    ],
)
def test_a_live_blogs_key_events_summary_is_furniture(tmp_path: Path, name: str, text: str, items: list[str]) -> None:
    kinds = _kinds(_article(tmp_path, name, text))
    for item in items:
        got = kinds.get(item) or kinds.get(f"- {item}")
        assert got == "live-blog", (item, kinds)
    for t, _h, p in _ENTRIES:
        assert kinds.get(t) == "content", (t, kinds)
        assert kinds.get(p) == "content", (p, kinds)


def test_an_articles_own_key_events_list_stays_content(tmp_path: Path) -> None:
    # guard: no live blog (no entry times): an article's "Key events" section over its dates
    text = (
        "Osland's long fight over the dyke\n\n"
        "The dyke on Osland's north shore has been fought over for a century, and the council's vote this week "
        "is only the latest round in a long argument about who should pay for it.\n\n"
        "Key events\n\n1921 Dyke built after the great flood\n\n1953 Storm breaks the dyke in three places\n\n"
        "2025 Council votes to rebuild the dyke\n\n"
        "The new dyke will cost 12 million euros, and the work should start before the autumn storms.\n"
    )
    kinds = _kinds(_article(tmp_path, "page.txt", text))
    assert kinds.get("1953 Storm breaks the dyke in three places") == "content", kinds


# --- 3. a wire named in capitals in a dateline is the outlet as the wire writes its name ----------


@pytest.mark.parametrize(
    ("wire", "outlet"),
    [("BUSINESS WIRE", "Business Wire"), ("PR NEWSWIRE", "PR Newswire"), ("GLOBE NEWSWIRE", "GlobeNewswire")],
)
def test_a_press_releases_wire_in_capitals_is_the_outlet_as_it_writes_its_name(
    tmp_path: Path, wire: str, outlet: str
) -> None:
    text = (
        "Nordøy Seafood Reports Record First Quarter\n\n"
        f"HALVIK, Norway--({wire})--Nordøy Seafood ASA (OSE: NSEA) today reported record revenue of 1.2 billion "
        "kroner for the first quarter of 2025, up 24% from a year earlier.\n\n"
        "Operating profit rose to 310 million kroner, driven by higher salmon prices.\n"
    )
    article = _article(tmp_path, "press.txt", text)
    assert article.outlet == outlet


@pytest.mark.parametrize(
    ("name", "shown"),
    [("REUTERS", "Reuters"), ("AFP", "AFP"), ("Reuters", "Reuters"), ("dpa", "dpa"), ("ANSA", "ANSA"),
     ("KYODO NEWS", "Kyodo News"), ("PRNewswire", "PRNewswire")],
)  # fmt: skip
def test_agency_names_keep_acronyms_and_written_casing(name: str, shown: str) -> None:
    from waic_reader.index.corpus.dateline import agency_name

    assert agency_name(name) == shown


# --- 4. a <title>'s site part names the outlet when nothing else does -----------------------------

_HARBOUR = (
    "<p>Osland's council voted on Tuesday to build a new harbour wall, after last month's storm broke through "
    "the old one in two places and flooded the lower town.</p>"
    "<p>The wall will cost 12 million euros and should be finished before next winter, the council said.</p>"
)


@pytest.mark.parametrize(
    ("title", "head", "outlet"),
    [
        # reported: "Headline | Site Name", the headline the page's <h1>
        ("Council approves new harbour wall | Osland Courier", "<h1>Council approves new harbour wall</h1>", "Osland Courier"),
        # ours: " - ", the headline by og:title (no <h1>), a dash inside the headline
        (
            "Sea wall vote - what it means for Skerry Town - Skerry Gazette",
            '<meta property="og:title" content="Sea wall vote - what it means for Skerry Town">',
            "Skerry Gazette",
        ),
        # ours: the site first, an em dash
        ("Halvik Evening Post — Council approves new harbour wall", "<h1>Council approves new harbour wall</h1>", "Halvik Evening Post"),
    ],
)  # fmt: skip
def test_the_titles_site_part_is_the_outlet(tmp_path: Path, title: str, head: str, outlet: str) -> None:
    meta, h1 = (head, "") if head.startswith("<meta") else ("", head)
    page = f"<html><head><title>{title}</title>{meta}</head><body>{h1}{_HARBOUR}</body></html>"
    article = _article(tmp_path, "page.html", page)
    assert article.outlet == outlet
    assert article.outlet_derived


@pytest.mark.parametrize(
    "title",
    [
        "Council approves new harbour wall | Osland Courier",  # no headline on the page to tell the parts
        "Harbour | Council approves new harbour wall | News",  # the headline between two other parts
    ],
)
def test_no_outlet_from_an_ambiguous_title(tmp_path: Path, title: str) -> None:
    h1 = "" if title.startswith("Council") else "<h1>Council approves new harbour wall</h1>"
    page = f"<html><head><title>{title}</title></head><body>{h1}{_HARBOUR}</body></html>"
    assert _article(tmp_path, "page.html", page).outlet is None


def test_og_site_name_wins_over_the_titles_site_part(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Council approves new harbour wall | Osland Courier</title>"
        '<meta property="og:site_name" content="The Osland Courier"></head>'
        f"<body><h1>Council approves new harbour wall</h1>{_HARBOUR}</body></html>"
    )
    assert _article(tmp_path, "page.html", page).outlet == "The Osland Courier"


# --- 5. a live blog's bracketed update stamps closing its paragraphs are its own -------------------


@pytest.mark.parametrize(
    ("name", "stamps"),
    [
        # reported: "(Updated 10:01)" and "(Updated at 10:15 GMT)" closing each entry's paragraph
        ("live.txt", ["(Updated 10:01)", "(Updated 10:15 GMT)", "(Updated at 10:32)", "(Updated 10:40)"]),
        # ours: in capitals
        ("live.txt", ["(UPDATED 10:01)", "(UPDATED 10:15 GMT)", "(UPDATED 10:32)", "(Updated 10:40)"]),
        # ours: an HTML page, "(Update 10:01 BST)"
        ("live.html", ["(Update 10:01 BST)", "(Update 10:15 BST)", "(Update 10:32 BST)", "(Update 10:40 BST)"]),
    ],
)
def test_bracketed_update_stamps_closing_paragraphs_are_content(tmp_path: Path, name: str, stamps: list[str]) -> None:
    lines = [
        f"Rescue boats have reached the ferry. {stamps[0]}",
        f"Divers are searching the lower decks. {stamps[1]}",
        f"Twelve people are confirmed dead. {stamps[2]}",
        f"The coastguard says the storm is easing. {stamps[3]}",
        "A ferry carrying 200 people has capsized in a storm off the port of Halvik, the coastguard said. Rescue "
        "boats are on their way to the scene and more are coming from the mainland.",
    ]
    if name.endswith(".html"):
        text = "<html><head><title>Halvik ferry: live</title></head><body><h1>Halvik ferry: live</h1>"
        text += "".join(f"<p>{p}</p>" for p in lines) + "</body></html>"
    else:
        text = "Halvik ferry: live\n\n" + "\n\n".join(lines) + "\n"
    kinds = _kinds(_article(tmp_path, name, text))
    for p in lines:
        assert kinds.get(p) == "content", (p, kinds)


def test_a_repeated_credit_field_under_pictures_stays_a_caption(tmp_path: Path) -> None:
    # guard: "(Photo: Jane Roe)" under three pictures is still a credit field
    text = (
        "Storm over Osland\n\nThe storm broke the dyke in two places on Sunday night, and the sea flooded the lower "
        "town, the council said on Monday morning.\n\n"
        "The harbour at dawn. (Photo: Anna Lind)\n\nThe broken dyke. (Photo: Per Holm)\n\n"
        "A flooded street. (Photo: Anna Lind)\n\nThe council will meet on Thursday to discuss the repairs, which "
        "are expected to cost millions.\n"
    )
    kinds = _kinds(_article(tmp_path, "page.txt", text))
    assert kinds.get("The broken dyke. (Photo: Per Holm)") == "caption", kinds


# --- 6. a page nested thousands of elements deep is read in time linear in its elements ----------


class _Counting(dict):  # type: ignore[type-arg]
    """A memo that counts the elements judged (set once each)."""

    sets = 0

    def __setitem__(self, key: object, value: object) -> None:
        type(self).sets += 1
        super().__setitem__(key, value)


@pytest.mark.parametrize("menus", [40, 80, 120])
def test_each_element_is_judged_once_however_deep_the_lines(menus: int) -> None:
    # a page whose menus are never closed: each line's ancestors are many; each is judged once
    links = "".join(f"<div class='box'><ul><li><a href='/{i}'>Story {i}</a></li>" for i in range(menus))
    page = html_parse._parse(f"<html><body>{links}</body></html>")
    lines = html_lines._lines(page.find(".//body"))
    memo = _Counting()
    _Counting.sets = 0
    for _text, el in lines:
        html_hints._within(el, lambda a: a.tag == "nav", memo)
    elements = sum(1 for _ in page.iter())
    assert _Counting.sets <= elements
    hints: dict[object, tuple[str | None, str]] = {}
    for _text, el in lines:
        assert html_hints._kind_hint(el, hints) == html_hints._kind_hint(el)
