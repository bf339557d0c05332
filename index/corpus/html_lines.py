"""The visible text of an HTML tree as lines, one per block element or ``<br>`` (:func:`_lines`),
read as a browser shows it: hidden and script content dropped, inline fields set apart where a
browser sets them apart, a ``<pre>`` of prose read as paragraphs, and lines a ``<br>`` hard-wraps
found to be one paragraph (:func:`_wrapped_lines`). Used for a page (:mod:`.html`) and a fragment
(:func:`.html.html_text`) alike; :func:`_fold` is how two lines are compared.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

# lxml ships no type information (lxml-stubs is a separate, partial project): elements are Any.
_Element = Any

# Elements whose text a browser does not show.
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "head")

# Elements that start a new line of text.
_BLOCK = frozenset(
    """address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th
    thead tr ul caption button label select option menu legend""".split()
)

_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())

# (And the characters invisible inside words are left out: the extractor drops the soft hyphen of
# "cap&shy;sized" from the headline it gives, and the page's own line, which keeps it, must still
# match it: two headlines were shown. See tokens.INVISIBLE_IN_WORDS.)
_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "\xa0": " ", "\xad": None, "\u200b": None, "\u200c": None}
    | {"\u200d": None, "\u2060": None, "\ufeff": None}
)


def hidden_by_markup(el: _Element) -> bool:
    """Whether the element is hidden by its ``hidden`` attribute or its inline style's ``display: none``
    or ``visibility: hidden`` / ``collapse`` (CSS 2.1 §9.2.4, §11.2) or ``content-visibility: hidden``
    (CSS Containment 2 §4: its contents are not rendered), read declaration by declaration:
    a property whose name merely ends so ("backface-visibility: hidden", a wrapper's 3-D rendering
    hint, "-webkit-backface-visibility", a custom "--menu-display: none") hides nothing (s46: a page
    whose article wrapper carried it lost its whole article from the page's lines). Public: the noise
    fixtures' builder (tests/fixtures/noise_pages/build_fixtures.trim) drops hidden elements by this one
    test, so a fixture's page and the reader agree on what is shown (s47-a)."""
    if el.get("hidden") is not None:
        return True
    for declaration in (el.get("style") or "").lower().split(";"):
        name, colon, value = declaration.partition(":")
        if not colon:
            continue
        words = value.replace("!important", " ").split()
        name = name.strip()
        if (
            (name == "display" and words[:1] == ["none"])
            or (name == "visibility" and words[:1] in (["hidden"], ["collapse"]))
            or (name == "content-visibility" and words[:1] == ["hidden"])
        ):
            return True
    return False


_CLOSING_PUNCTUATION = ".,;:!?)]}’”»"


def _glued(buf: list[str]) -> bool:
    """Whether the line so far ends a field at an inline element's boundary: a word and a colon,
    semicolon or comma with no space after it. Two inline elements set side by side with no space
    between them ("<span>says:</span><time>March 22</time>") are fields of their own, read apart
    ("Marit Holm says: March 22, 2025", not "says:March 22", t14c item 10); so is a ``<time>``
    against any word. (Parts of one word in two elements, "<b>Ha</b>lvik", stay one word.)"""
    last = buf[-1] if buf else ""
    return len(last) >= 2 and last[-1] in ":;," and last[-2].isalpha()


# Inline elements that style a run of text rather than set a field of its own: parts of one word
# are split across them ("<b>Ha</b><i>lvik</i>", a drop cap), so their boundary is no word break.
_STYLE_TAGS = frozenset({"b", "i", "em", "strong", "u", "s", "mark", "small", "big", "font", "sup", "sub", "tt"})


def _spaced(ch: str) -> bool:
    """Whether ``ch`` is a letter or digit of a script that separates words with spaces (not
    Chinese, Japanese, Thai, Lao, Khmer or Myanmar, whose words run on)."""
    o = ord(ch)
    return ch.isalnum() and o < 0x2E80 and not 0x0E00 <= o <= 0x109F and not 0x1780 <= o <= 0x17FF


def _page_words(root: _Element) -> set[str]:
    """The words (lower case) each text node of ``root`` writes whole, within one node."""
    return {w.lower() for t in root.itertext() for w in re.findall(r"\w+", t)}


def _fields_apart(buf: list[str], el: _Element, words: Callable[[], set[str]]) -> bool:
    """Whether ``el`` opens a field of its own against the inline element just before it, with no
    text between them ("<span>Anna</span><span>says:</span>": "Anna says:", not "Annasays:", t14
    fault 8): a browser sets such fields apart by their styles. Not when both are styling tags
    (:data:`_STYLE_TAGS`), the first holds one character (a drop cap), a script writes no spaces,
    or the two parts make a word the page writes whole elsewhere ("<span>Hal</span><span>vik</span>"
    on a page that writes "Halvik")."""
    prev = el.getprevious()
    if prev is None or not isinstance(prev.tag, str) or prev.tail or prev.tag in _BLOCK or prev.tag == "br":
        return False
    if prev.tag in _STYLE_TAGS and el.tag in _STYLE_TAGS:
        return False
    before = "".join(buf[-8:])[-80:]  # the end of the line so far: its last word
    after_text = el.text or next((t for t in el.itertext() if t.strip()), "")
    after = (re.match(r"\w+", after_text) or [""])[0]
    head = (re.search(r"\w+$", before) or [""])[0]
    if not head and after and re.search(r"[^\W\d_]{1,3}\.$", before) and after[0].islower() and _spaced(after[0]):
        # A field ending in an initial's or an abbreviation's full stop before one in lower case
        # ("<b>Carmen V.</b><span>says:</span>": "Carmen V. says:", not "Carmen V.says:"; s31-h,
        # t13s F7); one letter of a drop cap aside.
        return len(" ".join("".join(prev.itertext()).split())) >= 2
    if len(" ".join("".join(prev.itertext()).split())) < 2 or not head or not after:
        return False
    if not (_spaced(head[-1]) and _spaced(after[0])):
        return False
    return (head + after).lower() not in words()


# What the page may set right after a link with no space: a closing punctuation mark or a quote
# mark (a link's closing quote, '"<a>phongo</a>".', or a possessive, "<a>Halvik</a>'s").
_AGAINST_LINK = _CLOSING_PUNCTUATION + "\"'"


def _text_after(el: _Element, block: frozenset[str] | set[str]) -> str | None:
    """The text the page sets right after inline element ``el``: its tail, or, when it is the last
    element of inline elements closing with it ("<sup><a>[1]</a></sup>, and"), their first tail;
    None when another element or a block boundary comes first (links side by side)."""
    node: Any = el
    while True:
        if node.tail:
            return str(node.tail)
        if node.getnext() is not None:
            return None
        node = node.getparent()
        if node is None or not isinstance(node.tag, str) or node.tag in block:
            return None


def _starts_word(el: _Element) -> bool:
    """Whether an element's own text (its first text) starts with a letter or a digit."""
    text = el.text or next((t for t in el.itertext() if t.strip()), "")
    return bool(text) and text[0].isalnum()


def _lines(root: _Element, noscript: bool = False, breaks: list[int] | None = None) -> list[tuple[str, _Element]]:
    """Visible text under ``root``, one line per block element or ``<br>``, with the element owning
    each line (a ``<br>`` for the line after it); with ``noscript``, the text of ``<noscript>``
    elements too (what a browser without scripts shows: "Please enable JavaScript to view the
    comments powered by Disqus.", a line of the page, which was neither the article's nor its
    boilerplate: s16 t14 item 14). With ``breaks``, each line's count of ``<br>``s between it and
    the line before is appended to it: 0 where a block boundary sets them apart, 1 a line break, 2
    or more a paragraph break (``<br><br>``) (:func:`_wrapped_lines`)."""
    invisible = tuple(t for t in _INVISIBLE if t != "noscript") if noscript else _INVISIBLE
    block = _BLOCK | {"noscript"} if noscript else _BLOCK  # (its message is a line of its own)
    lines: list[tuple[str, _Element]] = []
    buf: list[str] = []
    owner = [root]
    known: list[set[str]] = []  # the page's whole words, read once when first needed
    # The <br>s since the last line, None after a block boundary.
    since: list[int | None] = [None]
    # How many headings (<h1>…<h6>) the walk is in: a heading's <br> after words that end no
    # sentence is a space ("Ferry kept in port<br>until the inquiry reports" is one headline, not
    # two headings); after a sentence's end it is a line break ("Enjoy a month free.<br>Cancel at
    # any time": a box's heading over its prompt, each judged as a line).
    heading = [0]

    def words() -> set[str]:
        if not known:
            known.append(_page_words(root))
        return known[0]

    def flush() -> None:
        text = " ".join("".join(buf).split())
        if text:
            lines.append((text, owner[0]))
            if breaks is not None:
                breaks.append(since[0] or 0)
            since[0] = 0
        buf.clear()

    def boundary() -> None:
        flush()
        since[0] = None

    # An explicit stack, not recursion: hostile pages nest tens of thousands of elements.
    stack: list[tuple[_Element, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if closing:
            if tag in _HEADINGS:
                heading[0] -= 1
            if tag in block:
                boundary()
                owner[0] = el.getparent() if el.getparent() is not None else root
            elif tag == "a" and not ((after := _text_after(el, block)) and after[0] in _AGAINST_LINK):
                # Links set side by side (share rows, menus) are separate words; a link before
                # its sentence's punctuation is not ("the specification." not "specification ."),
                # nor before a closing quote, also past the inline elements it closes
                # ('codename "<a>phongo</a>".', 'no-frills<sup><a>[1]</a></sup>,': s32-o).
                buf.append(" ")
            elif (tag == "time" and not el.tail) or (
                el.tail and (tag == "time" or _glued(buf)) and el.tail[0].isalnum()
            ):
                buf.append(" ")  # (:func:`_glued`; a <time> against the next element too)
            if el.tail:
                buf.append(el.tail)
            continue
        if not tag or tag in invisible or hidden_by_markup(el):
            if el.tail:
                buf.append(el.tail)
            continue
        if tag == "pre" and not _code(el):
            boundary()
            paragraphs = _pre_paragraphs(el.text_content())
            lines.extend((para, el) for para in paragraphs)
            if breaks is not None:
                breaks.extend([0] * len(paragraphs))
            owner[0] = el.getparent() if el.getparent() is not None else root
            if el.tail:
                buf.append(el.tail)
            continue
        if tag in block:
            boundary()
            owner[0] = el
            heading[0] += tag in _HEADINGS
        elif tag == "br" and heading[0] and not _ends_sentence("".join(buf[-8:])):
            buf.append(" ")
        elif tag == "br":
            flush()
            if since[0] is not None:
                since[0] += 1
            owner[0] = el
        elif buf and (_glued(buf) or (tag == "time" and not buf[-1][-1:].isspace())) and _starts_word(el):
            buf.append(" ")  # (:func:`_glued`)
        elif buf and not buf[-1][-1:].isspace() and _fields_apart(buf, el, words):
            buf.append(" ")
        if el.text:
            buf.append(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    flush()
    return lines


# A <pre>'s class naming code ("language-js", "highlight", "prettyprint", "sourceCode").
_CODE_CLASS = re.compile(r"code|lang|highlight|prettyprint|syntax|\bsrc\b|brush", re.I)

_CODE_ENDS = ("{", "}", "[", "]", ";", "(", ")", ">")


def _code(pre: _Element) -> bool:
    """Whether a ``<pre>`` holds code (a ``<code>``, ``<samp>`` or ``<kbd>`` in it, a class naming
    code, or a quarter of its lines ending as code's do): its lines are not paragraphs of prose,
    and it stays one line of the page, as it was."""
    if _CODE_CLASS.search(pre.get("class") or "") or next(pre.iter("code", "samp", "kbd"), None) is not None:
        return True
    lines: list[str] = [line.rstrip() for line in pre.text_content().splitlines() if line.strip()]
    return sum(line.endswith(_CODE_ENDS) for line in lines) * 4 >= len(lines) > 0


def _pre_paragraphs(text: str) -> list[str]:
    """The paragraphs of a ``<pre>``'s text, read as a plain text's are (:func:`.blocks.split_blocks`:
    apart at blank lines and paragraph indents, hard wraps joined, a word hyphenated over a break
    whole when the text has it whole), each on one line. Wire copy set in a ``<pre>`` (indented
    paragraphs, then "AP-WS-03-21-25 1422EDT") was one line of the page, its trailer inside the
    article's text (t14c item 9); as paragraphs, the trailer is judged as in a ".txt"."""
    from waic_reader.index.corpus.blocks import joined_shown, known_words, split_blocks

    known = known_words(text)
    out: list[str] = []
    for b in split_blocks(text):
        shown = joined_shown(b.text, known)
        para = " ".join((shown.text if shown is not None else b.text).split())
        if para:
            out.append(para)
    return out


def _wrapped_lines(lines: list[str], breaks: list[int]) -> set[int]:
    """The lines (their indices in ``lines``, :func:`_lines` with ``breaks``) that go on the
    paragraph of the line before: a ``<br>`` is a line break and ``<br><br>`` a paragraph break, so
    a run of lines set apart by ``<br>``s alone is read as a plain text's lines are
    (:func:`.blocks.split_blocks`, as a ``<pre>``'s are: :func:`_pre_paragraphs`): lines hard-wrapped
    at a column are one paragraph ("…," said Sheriff<br>Tom Delaney, who …"), a list's lines, a
    menu's and a byline over its date stay lines of their own. A press office's or a regional
    paper's page of the 1990s wraps its paragraphs so (s33-a F5: a quote's speaker and a toll were
    read from a sentence cut in two)."""
    from waic_reader.index.corpus.blocks import ends_like_sentence, split_blocks

    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and breaks[j] >= 1:
            j += 1
        if any(breaks[k] == 1 for k in range(i + 1, j)):
            # The run as a plain text: a <br> a newline, <br><br> (or more) a blank line.
            starts: list[int] = []
            parts: list[str] = []
            pos = 0
            for k in range(i, j):
                sep = "" if k == i else "\n" if breaks[k] == 1 else "\n\n"
                pos += len(sep)
                starts.append(pos)
                parts.append(sep + lines[k])
                pos += len(lines[k])
            for b in split_blocks("".join(parts)):
                # (A paragraph is prose: it ends a sentence. A footer's rows of links wrapped at a
                # width, "About us | Contact | Ethics" over "Subscribe | Advertise | Site map", end none.)
                if ends_like_sentence(b.text) or b.text.rstrip().endswith(":"):
                    # the lines starting inside the block, past its start (found by bisection: a
                    # run may be thousands of lines)
                    out.update(i + k for k in range(bisect_right(starts, b.start), bisect_left(starts, b.end)))
            out.update(_sentence_goes_on(lines, breaks, i, j))
        i = j
    return out


def _sentence_goes_on(lines: list[str], breaks: list[int], i: int, j: int) -> set[int]:
    """The lines of ``lines[i:j]`` (a run set apart by ``<br>``s) that go on a sentence a single
    ``<br>`` broke: the line before ends no sentence and this one runs on with it (it opens in
    lower case, or the line before ends on a comma or a semicolon: :func:`.blocks.runs_on`), up to
    a line that ends the sentence ("…, and airport staff said<br>thirteen people were hurt.").
    Found where the run read as a plain text keeps them apart: a long line over a short one has
    no column a wrap would show (t13ad N6). Lines running on to no sentence's end (a menu in lower
    case, "home<br>news<br>sport") stay apart."""
    from waic_reader.index.corpus.blocks import ends_like_sentence, runs_on

    out: set[int] = set()
    k = i + 1
    while k < j:
        m = k
        while m < j and breaks[m] == 1 and not ends_like_sentence(lines[m - 1]) and runs_on(lines[m - 1], lines[m]):
            if ends_like_sentence(lines[m]):
                out.update(range(k, m + 1))
                break
            m += 1
        k = m + 1
    return out


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` (a line so far) ends a sentence (:func:`.blocks.ends_like_sentence`)."""
    from waic_reader.index.corpus.blocks import ends_like_sentence

    return ends_like_sentence(text)


def _fold(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split()).lower()
