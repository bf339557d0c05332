"""A page's title, author and site name where its metadata misleads: the headline the page
shows over a metadata title it writes otherwise (:func:`_retitled`, :func:`_headline_over`,
:func:`_headline_for_title`), the site's name a ``<title>`` gives beside its headline
(:func:`title_site`), the site's name the extractor took for the title (:func:`masthead_title`),
publisher and author from JSON-LD without ``@context``
(:func:`_json_ld_people`), and an author without the bio paragraph's words after the name
(:func:`_not_a_bio`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from waic_reader.index.corpus.html_lines import _HEADINGS, _Element, _fold

if TYPE_CHECKING:
    from waic_reader.index.corpus.blocks import Block


def _json_ld_people(doc: _Element, sitename: str | None, author: str | None) -> tuple[str | None, str | None]:
    """Publisher and author from JSON-LD blocks that omit ``"@context"``.

    trafilatura reads schema.org JSON-LD only when a block declares its ``@context``; pages (and
    exports of them) often leave it out, and then their ``publisher`` and ``author`` went unread
    while htmldate still took the ``datePublished``. Such blocks are read with trafilatura's own
    JSON-LD reader (:func:`trafilatura.json_metadata.process_parent`, the same type rules and
    author normalisation); a block that does declare a context was read already. Returns
    (sitename, author), each as given when already known.
    """
    import json

    from trafilatura.json_metadata import process_parent
    from trafilatura.settings import Document

    blocks: list[Any] = []
    for script in doc.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except (json.JSONDecodeError, RecursionError):
            continue  # trafilatura's crude fallback for broken JSON has run on it already
        for block in data if isinstance(data, list) else [data]:
            if isinstance(block, dict) and not block.get("@context"):
                graph = block.get("@graph")
                blocks.extend(graph if isinstance(graph, list) else [block])
    # Only objects reach trafilatura's reader: it calls dict methods on every item (a number or
    # string under "@graph" raised AttributeError and stopped the whole corpus listing).
    blocks = [b for b in blocks if isinstance(b, dict)]
    if not blocks:
        return sitename, author
    try:
        found = process_parent(blocks, Document())
    except (AttributeError, TypeError, KeyError, ValueError):
        # Its type rules assume schema.org's shapes ("@type" a string, "name" a string...); a
        # page's own JSON that breaks them leaves the values already known, as broken JSON does.
        return sitename, author

    def clean(value: Any) -> str | None:
        return " ".join(value.split()) or None if isinstance(value, str) else None

    return sitename or clean(found.sitename), author or clean(found.author)


# A headline the page writes otherwise than its metadata title: at least this many words, and
# this share of the two texts' words in common (of the larger word set); or the title holds the
# whole line (the title joins a kicker to it, "Nach Gaetz-Rückzug: Trump-Anwältin soll …") and
# the line holds this share of the title's words.
_RETITLED_WORDS = 4

_RETITLED_SHARE = 0.75

_RETITLED_PART = 0.5


def _retitled(line: str, title: str) -> bool:
    """Whether the page's ``line`` (folded) is the headline its metadata ``title`` (folded) rewords:
    a word or two more or fewer ("Swedish police to investigate reports of information leaks to
    violent gangs" for the title "… reports of leaks to violent gangs"), or the title's part after
    a kicker."""
    lw, tw = re.findall(r"\w+", line), re.findall(r"\w+", title)
    if len(lw) < _RETITLED_WORDS or len(tw) < _RETITLED_WORDS:
        return False
    common = len(set(lw) & set(tw))
    if common >= _RETITLED_SHARE * max(len(set(lw)), len(set(tw))):
        return True
    return line in title and len(lw) >= _RETITLED_PART * len(tw)


# The share of the metadata title's words the page's one <h1> holds to be its headline in other words.
_H1_SHARE = 0.6


def h1_retitled(line: str, title: str) -> bool:
    """Whether ``line`` (folded), the text of the page's only ``<h1>``, is the headline its metadata
    ``title`` (folded) words otherwise: it holds :data:`_H1_SHARE` of the title's content words
    (stop words aside) or more, at
    least :data:`_RETITLED_WORDS` of them, however many it adds ("Cosmos Health (COSM) Buys $600K
    in Bitcoin, Expands Digital Asset Treasury" for "… Buys $600,000 In Bitcoin"; issue #14,
    unseen39 bitcoinmagazine-1: the page's headline was left out under the metadata title put on
    top). A page's one ``<h1>`` is its headline or its site's name, and a site's name holds few of
    a headline's words."""
    from waic_reader.index.analysis.lexicon import STOP_WORDS

    # Content words only: another story's heading shares a headline's function words ("Council
    # votes to close the town swimming pool" held 5 of "Council votes to close the old ferry
    # terminal"'s 8 words, 3 of its 6 content words) and was taken for the page's headline.
    lw = set(re.findall(r"\w+", line)) - STOP_WORDS
    tw = set(re.findall(r"\w+", title)) - STOP_WORDS
    common = len(lw & tw)
    return common >= _RETITLED_WORDS and common >= _H1_SHARE * len(tw)


# A left-out <h1>'s fewest content words, and the share (and fewest) of them the article's own
# words (its title's and main text's) hold, to be the article's headline: a site's logo or a blog's
# name in the page's one <h1> ("kicker", "Frankfurter Allgemeine", "bjori doesn't blog") names
# next to none of the story's words, two at most.
_LEFT_OUT_H1_WORDS = 4
_LEFT_OUT_H1_SHARE = 0.5
_LEFT_OUT_H1_SHARED = 3


def page_h1(doc: _Element) -> _Element | None:
    """The page's one ``<h1>`` with text, outside any ``<nav>``; None when it has none or several."""
    found = [h for h in doc.iter("h1") if h.text_content().strip()]
    if len(found) != 1 or any(a.tag == "nav" for a in found[0].iterancestors()):
        return None
    return found[0]


def left_out_headline(line: str, main_words: set[str], title: str | None) -> bool:
    """Whether ``line`` (folded), the text of the page's one ``<h1>`` the extractor left out (in
    the article's ``<header>``, a breadcrumb row, a box over the text), is the article's headline:
    the headline its metadata ``title`` (folded) words otherwise (:func:`h1_retitled`), or at least
    :data:`_LEFT_OUT_H1_WORDS` content words (stop words aside), of which :data:`_LEFT_OUT_H1_SHARE`
    or more, and :data:`_LEFT_OUT_H1_SHARED` at least, are in ``main_words`` (the folded content
    words of the main text: the story's own, so another story's heading sharing the metadata
    title's words is none; review of round s53-a, tests/corpus/test_title_sole_h1_reworded.py).
    Issue #14, round s53-a: a headline with its kicker over a metadata title
    ("MSV-Interimstrainer Schubert: …" over "Interimstrainer Schubert: …"), or worded otherwise
    than the title put on top, was dropped as navigation on 16 pages."""
    from waic_reader.index.analysis.lexicon import STOP_WORDS

    if title and h1_retitled(line, title):
        return True
    words = set(re.findall(r"\w+", line)) - STOP_WORDS
    if len(words) < _LEFT_OUT_H1_WORDS:
        return False
    shared = len(words & main_words)
    if shared < _LEFT_OUT_H1_SHARED or shared < _LEFT_OUT_H1_SHARE * len(words):
        return False
    # Its words the title lacks are the story's too: another story's heading shares the title's
    # words ("Council votes to close the town swimming pool" over "… the old ferry terminal") but
    # not the main text's for the rest ("swimming", "pool").
    own = words - (set(re.findall(r"\w+", title)) - STOP_WORDS if title else set())
    return not own or len(own & main_words) >= _LEFT_OUT_H1_SHARE * len(own)


# A headline set in bold or large type, not a heading element (an old page's "<b>FERRY SINKS OFF
# HALVIK</b><br>" over the text): at most this many words.
_EMPHASIS = frozenset(("b", "strong", "big", "font", "center", *_HEADINGS))

_HEADLINE_WORDS = 16


def _headline_over(line: str, title: str, el: _Element) -> bool:
    """Whether the page's ``line`` (folded), above the main text, is the headline its metadata
    ``title`` (folded) shortens: it opens with the whole title and goes on ("ferry sinks off
    halvik" for "ferry sinks"), ends no sentence, and is set in bold or large type (its element,
    or one in it, holding that text alone). It was left out as outside the article while the
    title shown was the shorter <title> (s16 t14 item 14, c4/br_old.html); it may go on after a
    comma, colon or dash ("ferry runs aground off osland, 40 passengers rescued", t13w F3)."""
    rest = line[len(title) :]
    if (
        not line.startswith(title)
        or (not rest[:1].isspace() and not (rest[:1] in ",:;–—-" and rest[1:2].isspace()))
        or len(line.split()) > _HEADLINE_WORDS
        or line[-1:] in ".!?"
    ):
        return False  # (it goes on after a space or a clause's mark: "ferry sinks off halvik, 40 saved")
    return any(isinstance(d.tag, str) and d.tag in _EMPHASIS and _fold(d.text_content()) == line for d in el.iter())


# A <title> of two parts around a separator ("Halvik Weekly - Harbour master resigns"), as the
# extractor splits it (it names the page by one part when the page has no single <h1>).
_TITLE_PARTS = re.compile(r"^(.+?)\s+[–•·—|⁄*⋆~‹«<›»>:-]\s+(.+)$")


def _headline_for_title(doc: _Element, page: list[tuple[str, _Element]], title: str | None) -> str | None:
    """The page's own headline for the extractor's ``title``, when that title is one part of the
    page's two-part ``<title>`` and a heading element of the page (``<h2>Harbour master
    resigns</h2>``) reads as the other part: the part taken was the site's name ("Halvik
    Weekly", on no line of the page), shown as the title while the headline was left out as outside
    the article (s17 t14c fault 6, h2/layout.htm). Else ``title`` as it is: the part taken a line of
    the page (the headline, the other part the site's name set as a masthead heading)."""
    if not title:
        return title
    head = doc.find(".//head//title")
    whole = " ".join(head.text_content().split()) if head is not None else ""
    parts = _TITLE_PARTS.match(whole)
    if parts is None or _fold(title) not in (_fold(parts[1]), _fold(parts[2])):
        return title
    other = _fold(parts[2] if _fold(title) == _fold(parts[1]) else parts[1])
    if any(_fold(text) == _fold(title) for text, _el in page):
        return title  # the part taken is the page's own line (its headline): the other is the site's name
    for text, el in page:
        if el.tag in _HEADINGS and _fold(text) == other:
            return text
    return title


# The separators of a <title>'s site part, spaced: a bar, a dash, a bullet or middle dot, an angle
# quote, "::" ("Headline | Site Name", " - ", " – ", " — ", "Site Name :: Headline"). (Not a
# colon: "Storm: harbour closed" is a headline's own.) The one list, also html_headline's.
TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—•·»«-]|::)\s+")

# A site's name is short: at most this many words.
_SITE_WORDS = 6


def title_site(doc: _Element) -> str | None:
    """The site's name a page's ``<title>`` gives beside its headline: "Council approves new
    harbour wall | Osland Courier" is "Osland Courier" when the page's headline (an ``<h1>``'s
    text, or its ``og:title``/``twitter:title``) is the other part, exactly (case, spaces and
    typographic quotes folded); the name may come first ("Osland Courier - Council approves …").
    None when no split of the title at one of its separators (:data:`TITLE_SEPARATOR`) leaves
    the headline on one side, or more than one does, or the other side is no name (more than
    :data:`_SITE_WORDS` words, a sentence's end, no capital): then which part is the site's is
    not known (issue #14, s18 item 4)."""
    head = doc.find(".//head//title")
    whole = " ".join(head.text_content().split()) if head is not None else ""
    if not whole:
        return None
    headlines = {_fold(h.text_content()) for h in doc.iter("h1")}
    for meta in doc.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            headlines.add(_fold(meta.get("content") or ""))
    headlines.discard("")
    found: set[str] = set()
    for sep in TITLE_SEPARATOR.finditer(whole):
        left, right = whole[: sep.start()], whole[sep.end() :]
        for headline, site in ((left, right), (right, left)):
            if _fold(headline) in headlines and _fold(site) not in headlines:
                found.add(site.strip())
    if len(found) != 1:
        return None
    site = found.pop()
    if len(site.split()) > _SITE_WORDS or site[-1:] in ".!?" or not any(c.isupper() for c in site):
        return None
    return site


def title_site_confirmed(doc: _Element, blocks: Sequence[Block]) -> str | None:
    """The site's name a page's ``<title>`` gives beside its headline when no headline element
    settles which part it is (:func:`title_site`: an old page sets its headline in ``<font>``,
    no ``<h1>``): the one part of a split at a separator (:data:`TITLE_SEPARATOR`) that the page's
    text names its site, in its copyright notice ("Copyright 2026 Kestrow Gazette":
    ``titles.copyright_names``) or a dated masthead line ("Kestrow Gazette - Sunday, March 15,
    2026": ``titles.dated_site_header``); at most :data:`_SITE_WORDS` words. ``blocks``: the
    page's text blocks. None when no part or more than one is so named (t13ak N12: the outlet
    was unknown)."""
    from waic_reader.index.corpus.titles import copyright_names, dated_site_name

    head = doc.find(".//head//title")
    whole = " ".join(head.text_content().split()) if head is not None else ""
    mastheads = {_fold(name) for b in blocks[:_MASTHEAD_LINES] if (name := dated_site_name(b.text)) is not None}
    found: set[str] = set()
    for sep in TITLE_SEPARATOR.finditer(whole):
        for part in (whole[: sep.start()].strip(), whole[sep.end() :].strip()):
            if len(part.split()) > _SITE_WORDS or part[-1:] in ".!?" or not any(c.isupper() for c in part):
                continue
            if _fold(part) in mastheads or copyright_names(list(blocks), part):
                found.add(part)
    return found.pop() if len(found) == 1 else None


# The page's first lines, where a dated masthead stands (over or under the headline).
_MASTHEAD_LINES = 6


# A page element that holds the site's name over the page: its logo or brand, a site-name or
# site-title element, its masthead (class or id).
_BRAND = re.compile(r"logo|brand|site-?(?:name|title)|masthead", re.I)

# The longest headline the main text's opening line is taken for when the title was the site's
# name: in words, and in characters (a line of Thai has no spaces between its words).
_MASTHEAD_HEADLINE_WORDS = 25
_MASTHEAD_HEADLINE_CHARS = 160

# How many of the main text's first lines a heading element is looked for in (a kicker over it).
_MASTHEAD_HEADING_WITHIN = 3


# A page's class or id names of a kicker over the headline ("kicker", "overline", German
# "dachzeile", French "surtitre", Spanish "antetitulo") and of the headline itself ("headline",
# "titel", "titre", "titulo"), as words of the name ("article-kicker", "story_headline").
_KICKER_CLASS = re.compile(
    r"(?:^|[-_\s])(?:kicker|overline|eyebrow|rubric|topline|dachzeile|spitzmarke|surtitre|sur-titre|antetitulo"
    r"|antetítulo|occhiello|sopratitolo|bovenkop|chapeau-?titre)(?:$|[-_\s])",
    re.I,
)
_HEADLINE_CLASS = re.compile(
    r"(?:^|[-_\s])(?:headline|hed|title|titel|titre|titulo|título|titolo|kop|überschrift|ueberschrift)(?:$|[-_\s])",
    re.I,
)


def _classes(el: Any, up: int = 2) -> str:
    """The class and id names of ``el`` and of its ``up`` nearest ancestors, one string."""
    names: list[str] = []
    node = el
    for _ in range(up + 1):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            break
        names += filter(None, (node.get("class"), node.get("id")))
        node = node.getparent()
    return " ".join(names)


def _classed_headline(page: list[tuple[str, _Element]], main: list[tuple[str, str, Any]]) -> int:
    """Which of the main text's first :data:`_MASTHEAD_HEADING_WITHIN` lines is the headline when
    none is a heading element: the first set in an element the page names a headline's
    (:data:`_HEADLINE_CLASS`, not a logo's) under a line set in one it names a kicker's
    (:data:`_KICKER_CLASS`), e.g. ``<div class="kicker">`` over ``<div class="headline">`` (t13s
    F4: the kicker was the title and the headline a paragraph); else the first line."""
    by_text: dict[str, _Element] = {}
    for text, el in page:
        by_text.setdefault(_fold(text).replace(" ", ""), el)

    def names(k: int) -> str:
        el = by_text.get(_fold(main[k][1]).replace(" ", ""))
        return "" if el is None else _classes(el, 0)

    within = min(_MASTHEAD_HEADING_WITHIN, len(main) - 1)
    if within < 2 or _KICKER_CLASS.search(names(0)) is None:
        return 0
    for k in range(1, within):
        got = names(k)
        if _HEADLINE_CLASS.search(got) is not None and _BRAND.search(got) is None:
            return k
    return 0


def _no_headline(site: str, text: str) -> bool:
    """Whether ``text`` cannot be the headline under the site's name (folded: ``site``): longer
    than :data:`_MASTHEAD_HEADLINE_WORDS` words or :data:`_MASTHEAD_HEADLINE_CHARS` characters,
    ending in a full stop, the site's name itself, or a line no headline is
    (:func:`~waic_reader.index.corpus.titles.not_a_headline`: a stamp, a byline, a field)."""
    from waic_reader.index.corpus.titles import not_a_headline

    return (
        len(text.split()) > _MASTHEAD_HEADLINE_WORDS
        or len(text) > _MASTHEAD_HEADLINE_CHARS
        or text[-1:] in ".…"
        or _fold(text) == site
        or not_a_headline(text)
        or menu_row_line(text)
    )


def menu_row_line(text: str) -> bool:
    """Whether ``text`` (one line) is a site's menu written on one line ("Inicio | Local |
    Deportes", "Home · World · Sport"), as the boilerplate split judges it
    (:func:`~waic_reader.index.analysis.noise.block_rules.menu_row`, the one test): never a
    headline (t13ah N6: an old page's menu row in a table over its headline was its title)."""
    from waic_reader.index.analysis.noise.block_rules import menu_row
    from waic_reader.index.analysis.noise.features import block_features
    from waic_reader.index.corpus.blocks import Block

    return "\n" not in text and menu_row(block_features(Block(0, len(text), "paragraph", text))) > 0


def masthead_title(
    doc: _Element,
    page: list[tuple[str, _Element]],
    main: list[tuple[str, str, Any]],
    title: str | None,
    sitename: str | None,
) -> tuple[int | None, int | None, str] | None:
    """(the page line of its masthead, the main line of its headline, the headline) when the extractor's
    ``title`` is the site's name the page shows over its article, not its headline; None
    otherwise. A page with no ``<h1>`` and no ``og:title`` is named by its ``<title>`` or a part
    of it, and "Berner Blatt - Online" named its article "Berner Blatt", the logo over the menu,
    while the headline was the first line of the main text (t13q F5).

    The title is the site's name when it is a name (at most :data:`_SITE_WORDS` words, no
    sentence end), no line of the main text, the page's line of that text stands above the main
    text, the ``<title>`` names no other site beside a headline (:func:`title_site`), and the
    page names it the site: it is the metadata's site name (``sitename``), or that line sits in
    the site's logo or brand element (:data:`_BRAND`), or a copyright line of the page names it
    ("© 2026 Berner Blatt AG"). The headline is the main text's first heading element among its
    first :data:`_MASTHEAD_HEADING_WITHIN` lines (under a kicker), else its first line: a line
    of at most :data:`_MASTHEAD_HEADLINE_WORDS` words and :data:`_MASTHEAD_HEADLINE_CHARS`
    characters, no full stop ending it, no stamp, byline or field line, over more of the main
    text; or, when the main text opens with no such line, the heading element the extractor left
    out straight above it (:func:`_left_out_headline`; its main line None). The caller takes that
    line for the title."""

    if not title or not main:
        return None
    site = _fold(title)
    if not site or len(title.split()) > _SITE_WORDS or title[-1:] in ".!?" or not any(c.isupper() for c in title):
        return None
    if any(_fold(text.removeprefix("- ")) == site for _kind, text, _cells in main):
        return None  # the title is a line of the article: its headline
    other = title_site(doc)
    if other is not None and _fold(other) != site:
        return None  # the <title> names the site beside it: the title is the headline
    j: int | None = next(
        (k for k in range(min(_MASTHEAD_HEADING_WITHIN, len(main) - 1)) if main[k][0] == "heading"), None
    )
    if j is None:
        j = _classed_headline(page, main)
    headline = main[j][1].strip()

    no_headline = functools.partial(_no_headline, site)

    first_main = _fold(main[0][1]).replace(" ", "")
    at = next((i for i, (text, _el) in enumerate(page) if _fold(text).replace(" ", "") == first_main), None)
    glued = None if at is not None else _glued_from(page, first_main)
    if len(main) < 2 and glued is None:
        return None  # (a headline stands over more of the main text)
    if glued is not None and j == 0 and not no_headline(page[glued][0].strip()):
        # The extractor joined the main text's first page lines into one paragraph (a table
        # layout's cell of <font> runs and <br>s: headline, stamp and paragraphs as one line):
        # the page's line it opens with is the headline (t13w F3).
        at, j, headline = glued, None, page[glued][0].strip()
    elif no_headline(headline):
        # The main text opens with no headline (a byline, the first paragraph): the page's heading
        # element the extractor left out just above it is the headline ("<h2>Stadium crush: …</h2>"
        # over "By Elena Vidal, …" in a table layout's cell; s32-e, t13u F5).
        # (a heading element, or a line set in bold or large type, past a stamp or byline: the one
        # finder masthead_line reads too; t13ai N3: an old table layout's "<FONT SIZE=4><B>"
        # headline over "Posted: Oct 15, 2025" was found by neither, the page titled by its logo)
        left = None if at is None else _left_out_headline(page, at, no_headline)
        if left is None or no_headline(page[left][0].strip()):
            return None
        j, headline = None, page[left][0].strip()
    line = next((i for i, (text, _el) in enumerate(page[:at]) if _fold(text) == site), None)
    if at is None:
        return None
    if line is None:
        # No logo line over the article (a table layout's page): the <title> is the site's name
        # when a copyright line of the page names it ("Copyright 2026 Alcina Coast Weekly" under
        # "<title>Alcina Coast Weekly", the headline an <h2> of the main cell; s31-h, t13s F3), or
        # when the page's site-name metadata is that name (og:site_name; s32-e, t13u F5).
        named = bool(sitename) and _fold(sitename or "") == site
        named = named or any(
            site in _fold(text) and ("©" in text or "copyright" in text.lower()) for text, _el in page[at:]
        )
        return (None, j, headline) if named else None
    named = bool(sitename) and _fold(sitename or "") == site
    node: Any = page[line][1]
    while not named and node is not None and isinstance(node.tag, str) and node.tag not in ("body", "html"):
        named = _BRAND.search(" ".join(filter(None, (node.get("class"), node.get("id"))))) is not None
        node = node.getparent()
    if not named:
        named = any(
            i != line and site in _fold(text) and ("©" in text or "copyright" in text.lower())
            for i, (text, _el) in enumerate(page)
        )
    named = named or _title_beside(doc, site, headline) or _logo_cell(doc, page, line, site, headline)
    return (line, j, headline) if named else None


# The least size a <font size="N"> sets a logo in (3 is the browser's body text; "+1" and up are
# larger than it).
_LOGO_FONT_SIZE = 4


def _logo_cell(doc: _Element, page: list[tuple[str, _Element]], line: int, site: str, headline: str) -> bool:
    """Whether page line ``line`` is an old table layout's logo cell naming the site (folded:
    ``site``): the page's first line, the whole ``<title>``, set alone in large type (``<big>``, or
    ``<font size>`` of :data:`_LOGO_FONT_SIZE` or more or ``+1`` and up) in a part of the page
    (a layout table's cell, turned into a ``<div>``) that holds no other line, over the main text's
    ``headline`` set in bold or large type further down: the page's logo over its headline,
    whatever name it writes ("Brekkaer Bote": no newspaper's word, no site-name metadata, no
    copyright line, no menu under it; t13ae P18). A headline in large type shares its part of the
    page with its article (a subtitle, a stamp, the text) and is none."""
    head = doc.find(".//head//title")
    whole = " ".join(head.text_content().split()) if head is not None else ""
    if line != 0 or line + 1 >= len(page) or _fold(whole) != site:
        return False
    el = page[line][1]
    if any(other is el or _within_element(other, el) for _text, other in page[line + 1 :]):
        return False  # (the cell goes on: a headline's, over its subtitle or text)

    def large(d: Any) -> bool:
        if not isinstance(d.tag, str) or _fold(d.text_content()) != site:
            return False
        size = (d.get("size") or "").strip() if d.tag == "font" else ""
        return (
            d.tag == "big"
            or (size.startswith("+") and size[1:].isdigit() and int(size[1:]) >= 1)
            or (size.isdigit() and int(size) >= _LOGO_FONT_SIZE)
        )

    folded = _fold(headline)
    bold = any(
        _fold(text) == folded
        and any(
            isinstance(d.tag, str) and d.tag in _EMPHASIS and _fold(d.text_content()) == folded for d in below.iter()
        )
        for text, below in page[line + 1 :]
    )
    return bold and any(large(d) for d in el.iter())


def _within_element(el: _Element, outer: _Element) -> bool:
    """Whether ``el`` sits inside ``outer``."""
    return any(node is outer for node in el.iterancestors())


def site_line(doc: _Element, page: list[tuple[str, _Element]], title: str | None) -> int | None:
    """The page line of the site's name over the page (its logo) when the ``<title>`` names the
    site beside the headline ``title`` (or the headline's opening words, either first: "Osland
    Harbour Courier | Ferry runs aground off Osland") and one of the page's first
    :data:`_MASTHEAD_HEADING_WITHIN` lines is that name, no ``<h1>`` or ``<h2>``; None otherwise.
    That line is the page's masthead, navigation (t13w F3: it was a line left out of the article,
    "outside the article")."""
    head = doc.find(".//head//title")
    whole = " ".join(head.text_content().split()) if head is not None else ""
    if not title or not whole:
        return None
    folded = _fold(title)
    for sep in TITLE_SEPARATOR.finditer(whole):
        for name, other in ((whole[: sep.start()], whole[sep.end() :]), (whole[sep.end() :], whole[: sep.start()])):
            site, other = _fold(name), _fold(other)
            rest = folded[len(other) :]
            if not site or site == other or not folded.startswith(other) or rest[:1].isalnum():
                continue
            if len(name.split()) > _SITE_WORDS or not any(c.isupper() for c in name):
                continue
            for i, (text, el) in enumerate(page[:_MASTHEAD_HEADING_WITHIN]):
                if _fold(text) == site and el.tag not in ("h1", "h2"):
                    return i
    return None


def _glued_from(page: list[tuple[str, _Element]], first_main: str) -> int | None:
    """The page line the main text's first line (folded, without spaces: ``first_main``) opens
    with when the extractor joined it from that page line and the next ones (their texts, one
    after the other, open it); None when no page line so opens it."""
    tight = [_fold(text).replace(" ", "") for text, _el in page]
    for i in range(len(tight) - 1):
        if tight[i] and len(tight[i]) < len(first_main) and first_main.startswith(tight[i] + tight[i + 1]):
            return i
    return None


def _title_beside(doc: _Element, site: str, headline: str) -> bool:
    """Whether the page's ``<title>`` is the site's name (folded: ``site``) beside the headline or
    its opening words, either first ("Riverside Gazette - Kalvik plant blast" over the headline
    "Kalvik plant blast: three dead, town evacuated"): two parts at one of
    :data:`TITLE_SEPARATOR`, one the site's name, the other the headline or its start ending at
    a word's end."""
    head = doc.find(".//head//title")
    whole = " ".join(head.text_content().split()) if head is not None else ""
    folded = _fold(headline)
    for sep in TITLE_SEPARATOR.finditer(whole):
        for name, other in ((whole[: sep.start()], whole[sep.end() :]), (whole[sep.end() :], whole[: sep.start()])):
            other = _fold(other)
            if _fold(name) != site or not other or other == site:
                continue
            rest = folded[len(other) :]
            if folded.startswith(other) and (not rest or not rest[0].isalnum()):
                return True
    return False


# A menu line: items split by bars or dots, each of a few words ("Home | World | Sport").
_MENU_SPLIT = re.compile(r"\s*[|•·]\s*")


def _menu_line(text: str) -> bool:
    items = [t for t in _MENU_SPLIT.split(text) if t]
    return len(items) >= 2 and all(len(t.split()) <= 3 for t in items)


def masthead_line(
    doc: _Element, page: list[tuple[str, _Element]], main: list[tuple[str, str, Any]]
) -> tuple[int, int | None, str] | None:
    """(the page line of its masthead, the main line of its headline, the headline) when the main text's first
    line is the site's name over the page, which the extractor kept as the article's first line
    (s30-s, t13r F6: "WorldNewsNow" of "<title>WorldNewsNow | Peru derailment</title>", its logo
    over a menu and the headline "Seven killed as Peru train plunges …", was the title and article
    text, no outlet). That line is a name (at most :data:`_SITE_WORDS` words, a capital, no
    sentence end) that is one part of a two-part ``<title>`` (the other part not it), or the whole
    ``<title>``, or that a copyright line of the page names ("© 2026 Andes Daily"); and within the
    next :data:`_MASTHEAD_HEADING_WITHIN` lines of the main text, past one menu line or more (a
    headline over its subtitle has none between; nor is it an ``<h1>`` or ``<h2>``), stands a
    headline: a line of at most :data:`_MASTHEAD_HEADLINE_WORDS` words, no full stop ending it, no
    stamp, byline or field line, over more of the main text. A short headline the ``<title>``
    repeats beside the site's name is followed by a byline or prose, no such line, and stays.
    When the main line past the menus is no headline (a stamp, the first paragraph), the headline
    the extractor left out just above it on the page is (:func:`_left_out_headline`; its main line
    None: an old table layout's "<FONT><B>" headline, t13w F3)."""

    if len(main) < 3:
        return None
    name = main[0][1].strip()
    site = _fold(name)
    if not site or len(name.split()) > _SITE_WORDS or name[-1:] in ".!?:" or not any(c.isupper() for c in name):
        return None
    if _menu_line(name):
        return None
    head = doc.find(".//head//title")
    whole = " ".join(head.text_content().split()) if head is not None else ""
    named = _fold(whole) == site
    for sep in TITLE_SEPARATOR.finditer(whole):
        left, right = _fold(whole[: sep.start()]), _fold(whole[sep.end() :])
        named = named or (site in (left, right) and left != right)
    line = next((i for i, (text, _el) in enumerate(page) if _fold(text) == site), None)
    if line is None:
        return None
    if not named:
        named = any(
            i != line and site in _fold(text) and ("©" in text or "copyright" in text.lower())
            for i, (text, _el) in enumerate(page)
        )
    if not named:
        return None
    if page[line][1].tag in ("h1", "h2"):
        return None  # (the page sets it as its headline)

    no_headline = functools.partial(_no_headline, site)

    menus = 0
    for j in range(1, min(1 + _MASTHEAD_HEADING_WITHIN, len(main))):
        text = main[j][1].strip()
        if _menu_line(text):
            menus += 1
            continue
        if not menus:
            return None  # (a masthead's name stands over the site's menu, a headline over its subtitle)
        if no_headline(text):
            # The extractor left the headline out (an old table layout's cell: "<FONT><B>Kalvik
            # plant blast …</B></FONT>" over the stamp and paragraphs it kept): the page's line in
            # bold or large type just above this main line is it (t13w F3).
            tight = _fold(text).replace(" ", "")
            below = next((i for i, (t, _e) in enumerate(page) if i > line and _fold(t).replace(" ", "") == tight), None)
            below = _glued_from(page, tight) if below is None else below  # (or the first of the lines it joined)
            over = None if below is None else _left_out_headline(page, below, no_headline)
            return None if over is None else (line, None, page[over][0].strip())
        return (line, j, text) if j < len(main) - 1 else None  # (a headline over more of the main text)
    return None


def _left_out_headline(page: list[tuple[str, _Element]], at: int, no_headline: Callable[[str], bool]) -> int | None:
    """The page line of a headline the extractor left out among the :data:`_MASTHEAD_HEADING_WITHIN`
    lines straight above page line ``at``, the nearest, past stamps and bylines: a line that
    ``no_headline`` passes, set in a heading element or in bold or large type (its element, or one
    in it, holding that text alone); None when there is none."""
    from waic_reader.index.corpus.titles import not_a_headline

    for i in range(at - 1, max(-1, at - 1 - _MASTHEAD_HEADING_WITHIN), -1):
        text, el = page[i]
        if no_headline(text.strip()):
            if not_a_headline(text.strip()):
                continue  # (a stamp or a byline between the headline and the text)
            return None
        folded = _fold(text)
        if any(isinstance(d.tag, str) and d.tag in _EMPHASIS and _fold(d.text_content()) == folded for d in el.iter()):
            return i
        return None
    return None


# Lower-case words a person's name may hold ("Ursula von der Leyen", "Vincent van Gogh").
_NAME_PARTICLES = frozenset("van von der den de del della da di du la le bin ibn al el dos das y".split())


def _not_a_bio(author: str | None, page: list[tuple[str, _Element]]) -> str | None:
    """The author, less the words an author-bio paragraph goes on with: the extractor takes the
    text of an element classed "author" as the author's name, and a bio ("Anna Berg covers
    transport for Nordic Wire. Follow her …") gave "Anna Berg covers transport" (s16 t14 item 13).
    When a line of the page opens with the author value and goes on beyond it, the value is that
    line's opening words, and the name is its capitalised words up to the first other word (two
    at least); else there is none. A value no page line goes on from (the metadata's, a byline's
    name alone) is kept as it is."""
    if not author:
        return author
    # The extractor splits names at "and" ("… about shipping; The Sea"): the first is the line's.
    first = author.split(";")[0].strip()
    low = first.lower()
    if not low or not any(len(t) > len(first) and t.lower().startswith(low) for t, _el in page):
        return author
    if any(t.lower() in (low, f"by {low}") for t, _el in page):
        return author  # the name stands alone on a line (a byline) too
    name: list[str] = []
    for w in first.split():
        if w[:1].isupper() or (name and w.lower() in _NAME_PARTICLES):
            name.append(w)
        else:
            break
    while name and name[-1].lower() in _NAME_PARTICLES:
        name.pop()
    if len(name) == len(first.split()):
        return author  # a name alone, which a bio goes on from
    return " ".join(name) if len(name) >= 2 else None
