"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml`` that is a feed): every item an article.

Parsed with feedparser, the reference parser for the many RSS and Atom dialects in the wild
(imported only when a feed is read). Bytes are handed to it, never a file name or URL, so it
never fetches anything; it does not resolve external entities. An item's text is its full
content when the feed carries it, else its summary, HTML turned into text by
:func:`waic_reader.index.corpus.html.html_text` (the one HTML-to-text conversion).
"""

from __future__ import annotations

import codecs
import contextlib
from typing import Any

from waic_reader.index.corpus.formats import Item, ItemSkip
from waic_reader.index.corpus.formats.fields import cut_marker
from waic_reader.index.corpus.html import html_text, looks_like_html
from waic_reader.index.corpus.text import one_line


class NotAFeed(ValueError):
    """The file does not parse as RSS or Atom (e.g. some other ``.xml``)."""


def _value(detail: Any) -> str:
    value: str = str(detail.get("value") or "")
    kind = str(detail.get("type") or "")
    if "html" in kind or looks_like_html(value):
        return html_text(value, paragraphs=True)
    return str(value.strip())


def _plain(element: Any, name: str) -> str:
    """A feed's or item's text field (``title``) as plain text: when feedparser says it is HTML
    (``<title type="html">``, an RSS title with markup or entities, a CDATA title; in the
    field's ``_detail``), its tags dropped and entities decoded once through
    :func:`~waic_reader.index.corpus.html.html_text`; a plain-text field as written."""
    value = str(element.get(name) or "")
    detail = element.get(f"{name}_detail") or {}
    return html_text(value) if "html" in str(detail.get("type") or "") else value


def _text(entry: Any) -> str:
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    if contents:
        # Several content elements are alternatives (text and HTML of one body): the longest.
        return max((_value(c) for c in contents), key=len)
    detail = entry.get("summary_detail")
    if detail is not None and detail.get("value"):
        return _value(detail)
    return _value({"value": entry.get("summary") or ""})


def _url(link: Any) -> str | None:
    """An item's link when it is one: feedparser also gives an RSS ``<guid>`` as the link (a
    guid is a permalink unless it says ``isPermaLink="false"``), and many feeds put a bare id
    there ("l1", "4711"), which is no URL to open."""
    value = str(link or "").strip()
    return value if value.startswith(("http://", "https://", "/")) else None


def read_feed(raw: bytes) -> tuple[list[Item], list[ItemSkip]]:
    """The items of a feed document, in document order.

    Raises :class:`NotAFeed` when ``raw`` is not RSS or Atom. Items without any text are
    returned as :class:`ItemSkip` with the reason.
    """
    import feedparser  # ~60 ms to import: only when a feed is read

    parsed = feedparser.parse(raw, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise NotAFeed(f"not an RSS or Atom feed{f' ({one_line(str(problem), 120)})' if problem else ''}")
    encoding, notes = _encoding(parsed)
    channel = parsed.get("feed") or {}
    channel_title = one_line(_plain(channel, "title"), 200) or None
    items: list[Item] = []
    skips: list[ItemSkip] = []
    for n, entry in enumerate(parsed.get("entries") or [], 1):
        text, cut = cut_marker(_text(entry))
        if not text.strip():
            # In a feed that is not well-formed XML the item may have been cut off: say so.
            problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
            why = f" (the feed is not well-formed: {one_line(str(problem), 120)})" if problem else ""
            skips.append(ItemSkip(f"item {n}", f"no content or summary{why}", n))
            continue
        source = entry.get("source") or {}
        tags = tuple(one_line(str(t.get("term")), 80) for t in entry.get("tags") or [] if t.get("term"))
        date = entry.get("published") or entry.get("updated") or entry.get("created")
        items.append(
            Item(
                text=text,
                number=n,
                where=f"item {n}",
                key=str(entry.get("id") or entry.get("link") or "") or None,
                title=one_line(_plain(entry, "title"), 300) or None,
                outlet=one_line(_plain(source, "title"), 200) or channel_title,
                date=str(date) if date else None,
                url=_url(entry.get("link")),
                author=one_line(str(entry.get("author") or ""), 200) or None,
                tags=tags,
                encoding=encoding,
                notes=notes,
                cut_chars=cut,
            )
        )
    return items, skips


def _encoding(parsed: Any) -> tuple[str, tuple[str, ...]]:
    """The encoding feedparser decoded the document with (from its BOM, XML declaration or a
    fallback), under Python's codec name as text files report theirs ("utf-8", "utf-16-le",
    "cp1252", "iso8859-1"); and a note when that is not the encoding the document declares
    (feedparser's ``CharacterEncodingOverride``: "document declared as utf-8, but parsed as
    windows-1252")."""
    import feedparser

    name = str(parsed.get("encoding") or "utf-8")
    with contextlib.suppress(LookupError):  # a name Python does not know is kept as feedparser gives it
        name = codecs.lookup(name).name
    problem = parsed.get("bozo_exception")
    if isinstance(problem, feedparser.CharacterEncodingOverride):
        return name, (one_line(str(problem), 200),)
    return name, ()
