"""Parsing a page's markup into an lxml tree that keeps all of its text, however deep it nests:
libxml2's nesting limit lifted (:func:`_parser`), and a page deeper still read with its nesting
capped (:func:`_capped_nesting`). The tree the reader reads (:func:`_parse_source`) and the one
trafilatura is given (:func:`_extractor_tree`) are both made here.

lxml and trafilatura are imported only when a page is parsed: they cost start-up time.
"""

from __future__ import annotations

import re
from typing import Any

from waic_reader.index.corpus.html_lines import _BLOCK, _Element
from waic_reader.index.corpus.text import has_unsafe, visible


def _parser(**options: bool) -> Any:
    """An HTML parser without libxml2's default limits: ``huge_tree`` lifts its nesting depth
    limit from 256 to 2,048 elements (and its limits on a text node's size). Past its limit the
    parser stops, silently: an article set 300 deep in unclosed ``<div>``s or ``<font>``s (old
    templates, tag soup) was no text at all. One parser a call: a parser is not shared by threads."""
    import lxml.html

    return lxml.html.HTMLParser(huge_tree=True, **options)


def _too_deep(parser: Any) -> bool:
    """Whether a parse stopped at libxml2's nesting limit (its error, which lxml only logs)."""
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def _parse_source(html: str) -> tuple[str, _Element]:
    """The page's markup as read and its tree: the markup without an XML declaration (lxml refuses
    str input that declares an encoding; the bytes were decoded already), and where the page nests
    deeper than the parser can take, with its nesting capped (:func:`_capped_nesting`), so no text
    after the limit is lost however deep the page."""
    import lxml.html

    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    html = without_controls(html)
    if not html.strip():
        return html, lxml.html.document_fromstring("<html></html>")
    parser = _parser()
    doc = lxml.html.document_fromstring(html, parser=parser)
    if _too_deep(parser):
        html = _capped_nesting(html)
        doc = lxml.html.document_fromstring(html, parser=_parser())
    _body_out_of_head(doc)
    return html, doc


# The elements HTML lets a page's <head> hold (the HTML standard's "in head" insertion mode): any
# other element there starts the body.
_HEAD_TAGS = frozenset("base basefont bgsound link meta noscript script style template title".split())


def _body_out_of_head(doc: _Element) -> None:
    """Give the body back what the parser left in ``<head>``: from the head's first element that is
    no head element (:data:`_HEAD_TAGS`: a custom element, ``<astro-island>``, over the page's
    ``<main>``), it and every element after it, moved to the start of ``<body>`` (made when the page
    writes none), as a browser's parser does. libxml2 keeps them in the head, where no line of the
    page is read: a page without a ``<body>`` tag showed the extractor's main text alone, the
    headings it left out lost (issue #14, unseen45 cloudflare-1, round s50-a). In place."""
    import lxml.html

    head = doc.find("head")
    if head is None:
        return
    start = next((k for k, el in enumerate(head) if isinstance(el.tag, str) and el.tag not in _HEAD_TAGS), None)
    if start is None:
        return
    body = doc.find("body")
    if body is None:
        body = lxml.html.Element("body")
        head.addnext(body)
    moved = list(head)[start:]
    for k, el in enumerate(moved):
        body.insert(k, el)  # (each keeps its tail text: lxml moves an element with its tail)


# The characters XML cannot hold that a page may carry, as written or as a character reference:
# C0 controls but TAB, LF and CR, DEL and the C1 controls, lone surrogates (a file's bytes that
# were no UTF-8), U+FFFE and U+FFFF. One of them in the tree makes the extractor give up on the
# whole page (lxml refuses to set it on an element it builds: the article was all boilerplate,
# its title the menu, t13v F4). A reference to a code point 128-159 is no control: HTML reads it
# as Windows-1252 ("&#133;" an ellipsis), as the parser does.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_CONTROL_REF = re.compile(r"&#(?:0*([0-9]{1,8})|[xX]0*([0-9a-fA-F]{1,7}));?")


def _stand_in(code: int) -> str:
    """The stand-in the app shows for the character ``code`` (text.visible: ␇ for BEL, <U+0085>
    for a C1 control), written as markup."""
    ch = chr(code)
    shown = visible(ch) if has_unsafe(ch) else f"<U+{code:04X}>"
    return shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _reference(match: re.Match[str]) -> str:
    decimal, hexadecimal = match.groups()
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if (code <= 0x7F and _CONTROL.match(chr(code))) or code in (0xFFFE, 0xFFFF):
        return _stand_in(code)
    return match.group()


def without_controls(html: str) -> str:
    """The page's markup with each control character XML cannot hold (:data:`_CONTROL`), as written
    or as a character reference ("&#7;", "&#x1B;"), replaced by its stand-in, so the article reads as
    it would without it and the character shows at its place as it does elsewhere in the app."""
    if "&#" in html:
        html = _CONTROL_REF.sub(_reference, html)
    return _CONTROL.sub(lambda m: _stand_in(ord(m.group())), html)


def _parse(html: str) -> _Element:
    return _parse_source(html)[1]


# Elements without content (no end tag), and elements whose content is raw text, not markup.
_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())

_RAW_TEXT = frozenset("script style textarea title xmp plaintext".split())

# Elements a start tag of their own name closes (the implied end tags of HTML's tree building).
_SELF_CLOSING = frozenset("p li dt dd option tr td th".split())

_TAG = re.compile(r"<!--.*?(?:-->|$)|<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s[^<>]*)?)>", re.S)

# The nesting kept: well within the parser's 2,048 (which counts elements this count does not,
# and is reached by less), and within Python's recursion limit for the extractor's walks.
MAX_NESTING = 1000


def _capped_nesting(html: str) -> str:
    """The page's markup with no element nested deeper than :data:`MAX_NESTING`: the start and end
    tags of elements opened deeper are left out, a block element's start tag replaced by a
    ``<br>`` so its text stays a line of its own. Only pages the parser could not take come here
    (:func:`_parse_source`). One pass over the tags, each tag pushed and popped once: linear."""
    out: list[str] = []
    # The open elements, each with whether its tags are kept; how many of each name are open.
    stack: list[tuple[str, bool]] = []
    open_count: dict[str, int] = {}
    kept = 0
    pos = 0

    def pop() -> bool:
        nonlocal kept
        name, keep = stack.pop()
        open_count[name] -= 1
        kept -= keep
        return keep

    for m in _TAG.finditer(html):
        if m.start() < pos:
            continue  # inside a raw text element's content
        out.append(html[pos : m.start()])
        pos = m.end()
        closing, name, rest = m.group(1), (m.group(2) or "").lower(), m.group(3) or ""
        if not name:
            out.append(m.group(0))  # a comment
            continue
        if closing:
            if not open_count.get(name):
                out.append(m.group(0))  # a stray end tag: the parser's to ignore
                continue
            keep = True
            while True:  # closes every element opened inside it
                top = stack[-1][0]
                keep = pop()
                if top == name:
                    break
            if keep:
                out.append(m.group(0))
            continue
        if name in _SELF_CLOSING and stack and stack[-1][0] == name:
            if pop():
                out.append(f"</{name}>")
        if name in _RAW_TEXT:
            end = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(html, pos)
            stop = end.end() if end else len(html)
            out.append(m.group(0) + html[pos:stop])
            pos = stop
            continue
        if name in _VOID or rest.rstrip().endswith("/"):
            out.append(m.group(0))
            continue
        keep = kept < MAX_NESTING
        stack.append((name, keep))
        open_count[name] = open_count.get(name, 0) + 1
        kept += keep
        out.append(m.group(0) if keep else "<br>" if name in _BLOCK else "")
    out.append(html[pos:])
    return "".join(out)


def _extractor_tree(html: str) -> _Element | str:
    """The page as trafilatura is given it: parsed as trafilatura parses (its repairs, comments
    and processing instructions left out) but by :func:`_parser`, whose nesting limit is lifted
    (trafilatura's parser keeps libxml2's 256, and lost the text of a deeper page). The markup
    itself where the parse finds no document (trafilatura's own check then says so)."""
    import lxml.html
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    beginning = html[:50].lower()
    parser = _parser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.fromstring(repair_faulty_html(html, beginning), parser=parser)
    except (ValueError, TypeError):
        return html
    if tree is None or (is_dubious_html(beginning) and len(tree) < 2):
        return html
    return tree
