"""HTML fragments in feed items and record fields, turned into the article text shown.

Feed ``content``/``summary`` and API ``content`` fields are HTML fragments (already-extracted
article bodies), not whole pages, so no boilerplate detection is wanted here: block elements
become paragraphs, scripts and styles are dropped, entities are decoded. This is the one place
the formats turn markup into text; whole HTML pages go through the HTML reader instead.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li "
    "main nav ol p pre section table td th tr ul".split()
)
_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title", "svg", "math"})
_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


def looks_like_html(text: str) -> bool:
    """Whether a field value is markup (a few tags or entities), not plain text with a "<"."""
    return len(_TAG.findall(text[:4000])) >= 2


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment: one block per paragraph, runs of spaces collapsed."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
