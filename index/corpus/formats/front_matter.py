"""Markdown with YAML front matter: a ``---`` … ``---`` block of metadata before the text.

The block is parsed with the same strict loader as ``corpus.yaml`` (:mod:`waic_reader.index.
yamlio`: safe types only, no duplicate keys, bounded aliases) and is never part of the article
text; an invalid block is still kept out of the text, and the article carries a note saying why
its metadata was ignored. Keys are matched by the names static-site generators and note apps use.

A block that is opened but never closed is no front matter: the file is read as text, whole
(a ``---`` line and prose after it is a thematic break), and when the line after the opening
``---`` is a front matter field (``title: …``) the article says so in a note naming the file
and line. Every note about front matter starts with its place (``notes/a.md:3:7: …``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from waic_reader.index.corpus.date_forms import STAMP_LABEL
from waic_reader.index.corpus.formats.fields import as_text, kind, not_text, tag_list
from waic_reader.index.corpus.text import one_line, quoted

# A front matter block opens on the first line and closes with "---" (or YAML's "...") on a
# line of its own; it is looked for only in the first 64 KiB.
_OPEN = re.compile(r"\A---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$\n?", re.M)
MAX_FRONT_MATTER = 64 * 1024

# A "key:" line, as the first line of an unclosed block must be to be taken for front matter.
_FIELD_LINE = re.compile(r"[ \t]*([A-Za-z][\w-]*)[ \t]*:(?:[ \t]|$)", re.M)
# Field → the keys that give it, first found wins.
KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "date": ("date", "published", "pubdate", "published_at", "publishedat", "created", "updated"),
    "outlet": ("outlet", "source", "site", "publisher", "publication"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link", "canonical_url", "canonical", "source_url"),
    "tags": ("tags", "keywords", "categories"),
}


# Keys that make an unclosed block front matter: the fields read, and keys static-site
# generators and note apps write besides ("layout: post", "draft: true").
_KNOWN_KEYS = frozenset(k for keys in KEYS.values() for k in keys) | {
    "layout",
    "draft",
    "slug",
    "description",
    "summary",
    "lang",
    "aliases",
    "permalink",
    "id",
}


@dataclass
class FrontMatter:
    """Metadata from the block, where the text after it starts, and problems with it."""

    fields: dict[str, str] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    body_start: int = 0
    errors: list[str] = field(default_factory=list)
    # A block never closed: where its lines of fields end (after the "---" and the "key: value"
    # lines, and their indented or "- " list lines, up to the first other line). They are body
    # text, but no date stamp: "date: 2025-03-14" there is a field, never the article's date.
    fields_end: int = 0
    # Field → where its value is written ("notes/a.md:3:7"), for warnings about the value.
    where: dict[str, str] = field(default_factory=dict)


def _text(name: str, value: Any) -> str | None:
    """A field's value by :mod:`.fields`' one rule; ``author`` may also be a list of names."""
    if name == "author" and isinstance(value, list) and value and all(as_text(v) is not None for v in value):
        return one_line(", ".join(str(as_text(v)) for v in value), 300) or None
    shown = as_text(value)
    return None if shown is None else one_line(shown, 300) or None


# A line that goes on a block of fields: a "key:" line, an indented line, a "- " list item.
_FIELD_MORE = re.compile(r"(?:[ \t]*[A-Za-z][\w-]*[ \t]*:(?:[ \t]|$)|[ \t]+\S|-[ \t]).*(?:\n|\Z)", re.M)


# A page's date stamp written under the fields, no field of them (acceptance #17 after s13):
# "Posted:" in any case (no key read), and "Published:", "Updated:", "Modified:" written as a
# stamp is, capitalised; in lower case, "published: March 14, 2025" is a field.
_STAMP_LABEL = re.compile(rf"[ \t]*(?P<word>posted[ \t]+on|{STAMP_LABEL})[ \t]*:", re.I)


def _stamp_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a date stamp's label line (:data:`_STAMP_LABEL`)."""
    m = _STAMP_LABEL.match(text, pos)
    return m is not None and (
        m.group("word").lower().startswith("posted") or m.group("word") != m.group("word").lower()
    )


def _fields_end(text: str, pos: int) -> int:
    """Where the lines of fields starting at ``pos`` end (an unclosed block's): at a line that
    is no field, or a date stamp's ("Posted: Mar 15, 2025", :func:`_stamp_line`), which dates
    the article as it does after a blank line."""
    while pos < len(text) and not _stamp_line(text, pos) and (more := _FIELD_MORE.match(text, pos)) is not None:
        pos = more.end()
    return pos


def split_front_matter(text: str, name: str = "<front matter>") -> FrontMatter:
    """Find and read the front matter of ``text`` (newlines already normalised to ``\\n``).

    Returns an empty :class:`FrontMatter` with ``body_start`` 0 when there is none.
    """
    opened = _OPEN.match(text)
    if not opened:
        return FrontMatter()
    close = _CLOSE.search(text, opened.end(), min(len(text), MAX_FRONT_MATTER))
    if close is None:
        # A thematic break, or front matter whose closing line is missing: the text is read
        # whole either way; the second is said, since its fields are not read.
        field_line = _FIELD_LINE.match(text, opened.end())
        if (
            field_line is None
            or field_line.group(1).lower().replace("-", "_") not in _KNOWN_KEYS
            or _stamp_line(text, opened.end())
        ):
            return FrontMatter()
        return FrontMatter(
            fields_end=_fields_end(text, opened.end()),
            errors=[
                f"{name}:1: front matter not closed (no '---' line after the fields): its fields are not read, the file is read as text"
            ],
        )
    block = text[opened.end() : close.start()]
    body_start = close.end()
    while body_start < len(text) and text[body_start] == "\n":
        body_start += 1
    fm = FrontMatter(body_start=body_start)
    from waic_reader.index import yamlio  # the YAML parser only when a file has front matter
    from waic_reader.index.errors import YamlError

    repeated: list[YamlError] = []  # a field written twice: its first value kept, and said
    try:
        data, node = yamlio.loads_with_node(block, name, duplicates=repeated)
    except YamlError as exc:
        # yamlio counts lines from the block's first, the file's second (after the "---").
        where = name if exc.line is None else f"{name}:{exc.line + 1}:{exc.column}"
        fm.errors.append(f"{where}: front matter ignored: {exc.message}")
        return fm
    for dup in repeated:
        fm.errors.append(f"{name}:{(dup.line or 0) + 1}:{dup.column}: front matter {dup.message}")
    if data is None:
        return fm
    if not isinstance(data, dict):
        fm.errors.append(f"{name}:2: front matter ignored: expected a mapping of fields")
        return fm
    lowered: dict[str, Any] = {}
    written: dict[str, Any] = {}
    for k, v in data.items():
        folded = str(k).lower().replace("-", "_")
        if folded in lowered:  # "Outlet:" after "outlet:": one field written twice, as above
            line, col = yamlio.key_position(node, k)
            where = name if line is None else f"{name}:{line + 1}:{col}"
            fm.errors.append(
                f"{where}: front matter duplicate key {str(k)!r} (the same field as {str(written[folded])!r}: "
                "the first value is kept; this one ignored)"
            )
            continue
        lowered[folded] = v
        written[folded] = k
    for name_, keys in KEYS.items():
        for key in keys:
            if key not in lowered:
                continue
            value = lowered[key]
            if name_ == "tags":
                tags, readable = tag_list(value)
                if not readable:
                    line, col = yamlio.position(node, written[key])
                    where = name if line is None else f"{name}:{line + 1}:{col}"
                    fm.errors.append(
                        f"{where}: front matter {quoted(key)} must be text or a list, not {kind(value)} (ignored)"
                    )
                fm.tags = tuple(one_line(t, 80) for t in tags)
            else:
                line, col = yamlio.position(node, written[key])
                # The block's first line is the file's second.
                where = name if line is None else f"{name}:{line + 1}:{col}"
                shown = _text(name_, value)
                if shown is None:
                    fm.errors.append(f"{where}: front matter {not_text(key, value)} (ignored)")
                    continue
                fm.fields[name_] = shown
                if line is not None:
                    fm.where[name_] = where
            break
    return fm
