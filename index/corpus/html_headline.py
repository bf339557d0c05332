"""A page's headline from its metadata when the title taken is none: the extractor's title being
the site's name, a call to action or a metadata title with the site's name beside the headline
("Storm closes Varn harbour | Varn Courier"), while the page's visible headline (its ``<h1>``) was
left out of the text, trimmed or set in a template region (issue #14, round s39-x3: such pages were
titled "Varn Courier", "Storm closes … :: Varn Courier" or by their first line).

The headline is the page's ``og:title``, ``twitter:title`` or ``<title>``, the first that names
one, without its site part (:func:`split_site`): a part at either end, beyond a spaced
separator, that is one of the page's names for its site (:func:`site_names`) or a name-shaped
part beside a headline written in sentence case. A title the page shows on a line is its own; a
headline the page shows as a heading in other words than its metadata's is the title (round s39-a2).
"""

from __future__ import annotations

from waic_reader.index.corpus.bylines import outlet_name
from waic_reader.index.corpus.html_lines import _Element, _fold
from waic_reader.index.corpus.html_meta import _BRAND, _SITE_WORDS, TITLE_SEPARATOR, title_site
from waic_reader.index.corpus.page_links import page_link
from waic_reader.index.corpus.tokens import words

# The metadata naming the site, and the metadata titles in the order they are asked.
_SITE_META = ("og:site_name", "application-name", "twitter:site")
_TITLE_META = ("og:title", "twitter:title")
# The fewest words of a headline written in sentence case beside a name-shaped part
# ("Storm closes Varn harbour for three days | Varn Courier").
_SENTENCE_CASE_WORDS = 3
# The fewest letters of a word a shown heading shares with the metadata's headline to be the same
# story's headline (past short function words: "a", "the", "with").
_SHARED_LETTERS = 4


def _meta(doc: _Element, names: tuple[str, ...]) -> list[str]:
    """The content of the page's ``<meta>`` elements named ``names`` (property or name), in
    ``names``' order, spaces collapsed; empty ones left out."""
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in names and key not in found and (value := " ".join((meta.get("content") or "").split())):
            found[key] = value
    return [found[n] for n in names if n in found]


def page_spelling(doc: _Element, sitename: str) -> str:
    """The extractor's ``sitename`` as the page itself spells it: the page's site-name metadata
    (``og:site_name``, ``application-name``, ``twitter:site``) or the site its ``<title>`` names
    (:func:`html_meta.title_site`), the first equal to it but for case. trafilatura title-cases a
    site name that opens with no capital ("7NEWS Perth" became "7News Perth": t13au N19, round
    s51-m); ``show`` gives an article's outlet as the page writes it. ``sitename`` itself when
    the page spells it no other way."""
    folded = sitename.casefold()
    for name in (*(v.removeprefix("@") for v in _meta(doc, _SITE_META)), title_site(doc) or ""):
        if name.casefold() == folded:
            return name
    return sitename


def site_names(doc: _Element, sitename: str | None) -> set[str]:
    """The page's names for its site, folded: the extractor's ``sitename``, the site-name metadata
    (``og:site_name``, ``application-name``, ``twitter:site`` without its "@"), the text of its logo
    or brand elements (``html_meta._BRAND``, at most ``_SITE_WORDS`` words) and the site its
    ``<title>`` names beside its headline (:func:`html_meta.title_site`)."""
    names = {sitename or "", title_site(doc) or "", *(v.removeprefix("@") for v in _meta(doc, _SITE_META))}
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head", "meta", "script", "style"):
            continue
        if _BRAND.search(" ".join(filter(None, (el.get("class"), el.get("id"))))) is not None and not any(
            d.tag == "h1" for d in el.iter()
        ):  # (an article's "masthead" box holding its headline names no site)
            text = " ".join(el.text_content().split())
            if text and len(text.split()) <= _SITE_WORDS:
                names.add(text)
    return {_fold(n) for n in names if n.strip()}


def _sentence_case(text: str) -> bool:
    """A headline written in sentence case: a few words, two after the first in lower case."""
    words = text.split()
    return len(words) >= _SENTENCE_CASE_WORDS and sum(w[:1].islower() for w in words[1:]) >= 2


def _name_shaped(text: str) -> bool:
    """A site's name by its shape: capitalised words (``bylines.outlet_name``), a few of them."""
    return outlet_name(text) and len(text.split()) <= _SITE_WORDS


def split_site(value: str, sites: set[str]) -> tuple[str, str] | None:
    """``(headline, site)``: ``value``, a metadata title, split at a spaced separator
    (:data:`html_meta.TITLE_SEPARATOR`) into its site part and the other part, stripped: the part at either end
    that is one of ``sites`` (folded names), or the last part when it is name-shaped
    (:func:`_name_shaped`) beside a headline in sentence case ("Storm closes Varn harbour | Varn
    Courier"; a first part so shaped is a headline's own: "France - Italie : résultat"). None when
    no such split is found (the title is kept as it is)."""
    splits = list(TITLE_SEPARATOR.finditer(value))
    for k, sep in enumerate((splits[-1], splits[0]) if splits else ()):
        left, right = value[: sep.start()].strip(), value[sep.end() :].strip()
        for headline, site, last in ((left, right, k == 0), (right, left, False)):
            if not headline or not site or _fold(headline) in sites:
                continue
            if _fold(site) in sites:
                return headline, site
            if last and _name_shaped(site) and _sentence_case(headline):
                return headline, site
    return None


def _heading_led(doc: _Element, shown: set[str], value: str) -> str | None:
    """The heading the page shows (``<h1>``-``<h3>`` on one of its lines, ``shown``, folded) that
    opens with one part of ``value``, a title split at a spaced separator (:data:`html_meta.TITLE_SEPARATOR`), the
    other part name-shaped (:func:`_name_shaped`): that other part is the site's name, the heading
    the page's headline ("Gazzetta del Golfo :: Crollo di una palazzina a Napoli" over "<h2>Crollo
    di una palazzina a Napoli: due feriti"; the title kept the site's name, t13ah-r S2). None when
    no heading so opens."""
    heads = [" ".join(el.text_content().split()) for el in doc.iter("h1", "h2", "h3")]
    heads = [h for h in heads if h and _fold(h) in shown]
    if not heads:
        return None
    for sep in TITLE_SEPARATOR.finditer(value):
        left, right = value[: sep.start()].strip(), value[sep.end() :].strip()
        for headline, site in ((left, right), (right, left)):
            if not headline or not _name_shaped(site) or len(words(headline)) < _SENTENCE_CASE_WORDS:
                continue
            for head in heads:
                folded = _fold(head)
                if folded.startswith(_fold(headline)) and not folded[len(_fold(headline)) :][:1].isalnum():
                    return head
    return None


def _site_part(value: str, title: str) -> bool:
    """Whether ``title`` is the site part of the metadata title ``value``: name-shaped, one end of it
    beyond a spaced separator, the other end a headline in sentence case:
    "Varn Courier" of "Varn Courier — Storm closes Varn harbour"."""
    if not _name_shaped(title):
        return False
    splits = list(TITLE_SEPARATOR.finditer(value))
    for sep in (splits[-1], splits[0]) if splits else ():
        left, right = value[: sep.start()].strip(), value[sep.end() :].strip()
        for other, site in ((left, right), (right, left)):
            if _fold(site) == _fold(title) and _sentence_case(other):
                return True
    return False


def metadata_headline(doc: _Element, title: str | None, sitename: str | None, shown: set[str]) -> str | None:
    """The title a page is shown by when the ``title`` taken (the extractor's, or the line taken
    for it) is no headline: ``title`` without the site's name beside it (:func:`split_site`)
    when the page shows it on no line; or, ``title`` being the site's name (a name the page
    gives its site, :func:`site_names`, or the site part of its metadata title: "Varn Courier" of
    "Varn Courier — Storm closes Varn harbour") or a call to action (``page_links.page_link``:
    "Sign Up For Alerts"), the first of ``og:title``, ``twitter:title`` and ``<title>`` that names
    a headline, its site part left out (a value the page shows on a line is its own headline,
    kept whole). ``shown``: the page's lines, folded. Else ``title`` as it is."""
    # (An extractor's site name that is its title names no site: it repeats the headline.)
    sites = site_names(doc, None if sitename and title and _fold(sitename) == _fold(title) else sitename)
    head = doc.find(".//head//title")
    values = [*_meta(doc, _TITLE_META), " ".join(head.text_content().split()) if head is not None else ""]
    values = [value for value in values if value]
    if not title:
        return title  # (no title taken: the reader finds the headline in the text)
    if values and not any(_fold(title) in _fold(value) for value in values):
        # The title taken is a heading no metadata title names (a sidebar widget's "Blog
        # Categories" of "<title>Elixir Design Goals - Elixir"; issue #14, unseen40 elixir-1): a
        # metadata headline the page shows as a heading is its headline.
        if (heading := _metadata_heading(doc, shown, sites, values)) is not None:
            return heading
    if _fold(title) not in shown and (led := _heading_led(doc, shown, title)) is not None:
        return led  # "Gazzetta del Golfo :: Crollo di una palazzina" over its <h2> (t13ah-r S2)
    if _fold(title) not in shown and (split := split_site(title, sites)) is not None:
        # (The page showing a headline of its own in other words, that one is the title: below.)
        if _fold(split[0]) not in shown and (heading := _shown_heading(doc, shown, sites, split[0])) is not None:
            return heading
        return split[0]
    named = any(_site_part(value, title) for value in values)
    if not named and _fold(title) not in sites and page_link(title) is None:
        return title
    sites.add(_fold(title))
    for value in values:
        split = None if _fold(value) in shown else split_site(value, sites)
        headline = value if split is None else split[0]
        if _fold(headline) not in sites and page_link(headline) is None:
            # A metadata headline the page does not show, the page showing a headline of its own
            # (a heading in other words: "Chris Brown covers … issue | Bossip" over "<h2>Are You
            # Feeling These Get Ups?? …"): the shown one is the headline (round s39-a2: the
            # metadata's wording titled the page and the shown headline was dropped as outside
            # the article).
            if _fold(headline) not in shown and (heading := _shown_heading(doc, shown, sites, headline)) is not None:
                return heading
            return headline
    return title


def _metadata_heading(doc: _Element, shown: set[str], sites: set[str], values: list[str]) -> str | None:
    """The first heading (``<h1>``-``<h3>``, in the page's order) the page shows on one of its lines
    (``shown``, folded) that is one of the metadata titles ``values``, whole, without its site part
    (:func:`split_site`) or one end of it beyond a separator (:data:`html_meta.TITLE_SEPARATOR`) of
    ``_SENTENCE_CASE_WORDS`` words or more, and none of ``sites``; spaces collapsed. None when it
    shows none."""
    wanted = set()
    for value in values:
        wanted.add(_fold(value))
        if (split := split_site(value, sites)) is not None:
            wanted.add(_fold(split[0]))
        # (either end beyond a separator, of a headline's few words: the site's name not known as one)
        for sep in TITLE_SEPARATOR.finditer(value):
            for part in (value[: sep.start()], value[sep.end() :]):
                if len(words(part)) >= _SENTENCE_CASE_WORDS:
                    wanted.add(_fold(part.strip()))
    wanted -= sites
    for el in doc.iter("h1", "h2", "h3"):
        text = " ".join(el.text_content().split())
        if text and _fold(text) in wanted and _fold(text) in shown:
            return text
    return None


def _shown_heading(doc: _Element, shown: set[str], sites: set[str], meta: str) -> str | None:
    """The first headline the page shows as a heading (``<h1>``-``<h3>``, in the page's order) on
    one of its lines (``shown``, folded), spaces collapsed: a few words (``_SENTENCE_CASE_WORDS``),
    not one of ``sites`` nor a title with a site part (:func:`split_site`: "Bossip | Gossip for
    the Hardcore"), no call to action (``page_links.page_link``), sharing a word of
    ``_SHARED_LETTERS`` letters or more with ``meta``, the metadata's headline (the same story in
    other words, not a comments box's "Write a comment"). None when it shows none."""
    story = {w.lower() for w in words(meta) if len(w) >= _SHARED_LETTERS}
    for el in doc.iter("h1", "h2", "h3"):
        text = " ".join(el.text_content().split())
        if len(text.split()) < _SENTENCE_CASE_WORDS or _fold(text) not in shown or _fold(text) in sites:
            continue
        if not story & {w.lower() for w in words(text)}:
            continue
        if split_site(text, sites) is None and page_link(text) is None:
            return text
    return None
