"""Where a line of a page outside its main text sat, as a hint of its kind of noise: the first
ancestor-or-self whose tag, class, id or role names one (:func:`_kind_hint`: ``<nav>``, a
"comments" container, an advert's cell, ...). Kinds as in
:data:`waic_reader.index.analysis.noise.NOISE_KINDS`; the noise split turns the hints of the
lines the extractor discarded into noise segments with kinds and reasons.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from waic_reader.index.corpus.html_lines import _BLOCK, _Element

# Page structure → noise kind hint for a line the extractor discarded: the first ancestor whose
# tag, class, id or role names one. (Kinds as in waic_reader.index.analysis.noise.NOISE_KINDS.)
_TAG_KIND = {
    "nav": "navigation",
    "header": "navigation",
    "footer": "navigation",
    "aside": "headline-list",
    "figcaption": "caption",
    "form": "call-to-action",
    "menu": "navigation",
}

_CUE_KIND: list[tuple[str, re.Pattern[str]]] = [
    ("comments", re.compile(r"comment|comentarios?|kommentare?|disqus|replies", re.I)),
    ("caption", re.compile(r"caption|credit", re.I)),
    ("navigation", re.compile(r"\bnav|menu|breadcrumb|masthead|skip-?link", re.I)),
    ("call-to-action", re.compile(r"share|social|subscri|newsletter|follow|sign-?up", re.I)),
    (
        "headline-list",
        re.compile(
            r"related|popular|trending|most-?read|most-?viewed|recommend|more-?stories|outbrain|taboola|promo", re.I
        ),
    ),
    ("advertisement", re.compile(r"\bads?\b|\bad[-_]|advert|sponsor", re.I)),
    ("legal", re.compile(r"copyright|legal|privacy|cookie", re.I)),
    ("byline", re.compile(r"byline|author|timestamp|dateline", re.I)),
    # (Not WordPress's post classes on the article itself, "tag-donald-trump category-news": a
    # tag's own name, which would make everything the extractor left out of the post a tag.)
    ("tags", re.compile(r"\btags\b|\btag\b(?!-)|\btag-?(?:cloud|list|links)\b|keywords", re.I)),
]

# The attribute an advert's cell of a layout table is given (html_layout._layout_tables): its lines are
# advertisement.
_AD_CELL = "data-waic-advert-cell"

# A blog post's own element (microformats' "hentry"/"h-entry") names its author in a class, as it
# names its tags ("author-jane-roe tag-harbour", Squarespace): no author box holds the post.
_POST_ROOT = re.compile(r"(?<!\S)h-?entry(?!\S)", re.I)

_POST_AUTHOR = re.compile(r"(?<!\S)author-[\w-]+(?!\S)", re.I)


def _post_classes(classes: str | None) -> str | None:
    """An element's classes, less the author's name a blog post's own element carries."""
    if classes and "author-" in classes and _POST_ROOT.search(classes):
        return _POST_AUTHOR.sub("", classes)
    return classes


def _own_hint(node: _Element) -> tuple[str | None, str] | None:
    """The noise kind hint an element itself gives (its tag, class, id or role), or None."""
    if node.tag == "noscript":
        # A message to readers without scripts: about the comments it stands for ("… the
        # comments powered by Disqus"), else a prompt to turn scripts on.
        said = node.text_content()
        about = next((k for k, pattern in _CUE_KIND[:1] if pattern.search(said)), "call-to-action")
        return about, "<noscript>"
    tagged = _TAG_KIND.get(node.tag)
    if tagged:
        return tagged, f"<{node.tag}>"
    if node.get(_AD_CELL) is not None:
        return "advertisement", "an advert's cell of the page's layout table"
    if (node.get("role") or "").lower() == "complementary":
        return "headline-list", "a region beside the article (role=complementary)"
    cues = " ".join(filter(None, (_post_classes(node.get("class")), node.get("id"), node.get("role"))))
    for kind, pattern in _CUE_KIND:
        m = pattern.search(cues)
        if m:
            return kind, f"a “{m.group(0).lower()}” container"
    return None


_NO_HINT: tuple[str | None, str] = (None, "the page outside the main text")


def _kind_hint(el: _Element, memo: dict[_Element, tuple[str | None, str]] | None = None) -> tuple[str | None, str]:
    """The noise kind hint of a line's element: that of its nearest ancestor-or-self giving one
    (:func:`_own_hint`, up to ``<body>``), else :data:`_NO_HINT`. ``memo`` (element → hint) is
    shared by the calls for one page: each element is judged once, so a page nested thousands deep
    (menus never closed) costs its elements, not its lines times its depth (s18 item 6)."""
    path: list[_Element] = []
    node: Any = el
    got: tuple[str | None, str] = _NO_HINT
    while node is not None and isinstance(node.tag, str) and node.tag not in ("body", "html"):
        if memo is not None and node in memo:
            got = memo[node]
            break
        path.append(node)
        node = node.getparent()
    # From the top down: an element's own hint, else its parent's.
    for node in reversed(path):
        got = _own_hint(node) or got
        if memo is not None:
            memo[node] = got
    return got


def _within(el: _Element, own: Callable[[_Element], bool], memo: dict[_Element, bool]) -> bool:
    """Whether ``el`` or an ancestor of it is one ``own`` says it is, each element judged once per
    ``memo`` (shared by a page's lines: linear in the page's elements, not lines times depth)."""
    path: list[_Element] = []
    node: Any = el
    got = False
    while node is not None:
        if node in memo:
            got = memo[node]
            break
        path.append(node)
        node = node.getparent()
    for node in reversed(path):
        got = got or (isinstance(node.tag, str) and own(node))
        memo[node] = got
    return got


def _hinting_element(el: _Element) -> _Element | None:
    """The nearest ancestor-or-self of ``el`` (up to ``<body>``) that gives a kind hint
    (:func:`_own_hint`): the element :func:`_kind_hint`'s hint comes from, else None."""
    node: Any = el
    while node is not None and isinstance(node.tag, str) and node.tag not in ("body", "html"):
        if _own_hint(node) is not None:
            return node
        node = node.getparent()
    return None


# The hints a container holding the article may give by mistake: a comments setting's class on the
# article's node (Drupal), a page-wide <form> (ASP.NET's one form round the whole page: the article's
# headings the extractor left out were calls to action, issue #14, unseen45 mactechnews-1, round s50-a).
_WRAPPER_KINDS = frozenset(("comments", "call-to-action"))


def comments_holding_main(
    out: list[tuple[str, str, tuple[str | None, str] | None]],
    main_els: dict[int, _Element],
    left_out_els: dict[int, _Element],
) -> None:
    """A "comments" hint given by an element that holds most of the article's main lines is no
    hint: a comments section does not hold the article (Drupal's node ``<div class="node
    comment-2">`` names its comment setting, the body's paragraphs inside it; issue #14, unseen31).
    The left-out lines of ``out`` (``left_out_els``: their elements, by index in ``out``) hinted so
    are given no kind, as any line outside the main text that names none (``main_els``: the main
    lines' elements, by index in ``out``). So is a call to action's hint (:data:`_WRAPPER_KINDS`: a
    page-wide ``<form>``) for the lines inside the article's own container, the deepest element
    holding most main lines (issue #14, unseen45 mactechnews-1). In place."""
    if not main_els:
        return
    held: dict[_Element, int] = {}  # each ancestor of a main line's element: how many it holds
    for el in set(main_els.values()):
        node: Any = el.getparent()
        while node is not None:
            held[node] = held.get(node, 0) + 1
            node = node.getparent()
    # (Most of them: a comments section one of whose comments the extractor took for the article's
    # text holds a main line too, and stays one.)
    most = len(set(main_els.values())) / 2
    # The article's own container: the deepest element holding most of the main lines. A page-wide
    # form holds the page's sign-up box too, beside the article: only the lines inside the article's
    # container lose the form's hint (a subscription form's lines in it stay calls to action).
    depth = {node: sum(1 for _ in node.iterancestors()) for node, count in held.items() if count > most}
    article = max(depth, key=depth.__getitem__, default=None)
    inside: dict[_Element, bool] = {}
    for i, el in left_out_els.items():
        kind, text, hint = out[i]
        if hint is None or hint[0] not in _WRAPPER_KINDS or (box := _hinting_element(el)) is None:
            continue
        if held.get(box, 0) <= most:
            continue
        if hint[0] == "comments" or (article is not None and _within(el, lambda a: a is article, inside)):
            out[i] = (kind, text, _NO_HINT)


# A line's own markup naming its author, as microformats and schema.org write it: a link
# rel="author", an element itemprop="author" or "creator", a class naming a byline or an author
# ("byline", "entry-author", "author-name"); or its tags: links rel="tag" (the HTML standard's
# link type for a tag, WordPress's "category tag").
_AUTHOR_CLASS = re.compile(r"(?<![\w-])(?:[\w]+[-_])*(?:byline|author)(?:[-_][\w]+)*(?![\w-])", re.I)
_AUTHOR_PROPS = frozenset(("author", "creator"))
# The most elements and words a line's element may hold for its markup to name the line's kind: a
# byline's or a tag list's few (not a header holding the headline, a menu and the byline).
_MARKED_ELEMENTS = 40
_MARKED_WORDS = 30
_BYLINE_HINT: tuple[str | None, str] = ("byline", "a line whose markup names its author (rel/itemprop/class “author”)")
_TAGS_HINT: tuple[str | None, str] = ("tags", "a line of links the markup calls tags (rel=“tag”)")


def _marked_kind(el: _Element) -> tuple[str | None, str] | None:
    """The kind a short line's element says of it through its own descendants' markup
    (:data:`_AUTHOR_CLASS`, :data:`_AUTHOR_PROPS`, rel="author" or rel="tag"), else None."""
    # (Only the line's own elements: a block inside ``el`` is a line of its own. A category kicker
    # over the headline in a <header> holding the byline's block named no author: t13at N11.)
    nodes: list[Any] = []
    stack = [el]
    while stack:
        node = stack.pop()
        nodes.append(node)
        if len(nodes) > _MARKED_ELEMENTS:
            return None
        stack.extend(c for c in reversed(node) if not (isinstance(c.tag, str) and c.tag in _BLOCK))
    if len(el.text_content().split()) > _MARKED_WORDS:
        return None
    author = tags = False
    for node in nodes:
        if not isinstance(node.tag, str):
            continue
        rel = (node.get("rel") or "").lower().split()
        props = (node.get("itemprop") or "").lower().split()
        author = author or "author" in rel or bool(_AUTHOR_PROPS.intersection(props))
        author = author or _AUTHOR_CLASS.search(node.get("class") or "") is not None
        tags = tags or (node.tag == "a" and "tag" in rel)
    if author:
        return _BYLINE_HINT
    return _TAGS_HINT if tags else None


def line_hint(el: _Element, memo: dict[_Element, tuple[str | None, str]]) -> tuple[str | None, str]:
    """The noise kind hint of a left-out line whose element is ``el``: its place's
    (:func:`_kind_hint`), unless that names no kind or only the page's header, footer or menus
    (``<header>``, ``<footer>``, ``<nav>``), and the line's own markup names a byline or tags
    (:func:`_marked_kind`: "by <span itemprop="author"><a rel="author">Jane Roe</a></span> <time
    itemprop="datePublished">May 17</time>" in an article's <header>; issue #14, a byline's kind
    in HTML was navigation or none for such lines). ``memo`` as :func:`_kind_hint`'s."""
    got = _kind_hint(el, memo)
    if got[0] not in (None, "navigation"):
        return got
    return _marked_kind(el) or got
