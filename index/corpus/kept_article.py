"""An article as read, kept with the search index so a screen's first open reads no file again.

Reading an article (:meth:`Corpus.article <waic_reader.index.corpus.reader.Corpus.article>`)
decodes its file, extracts a saved page's text (trafilatura, htmldate: ~100 ms a page) and
derives its title, outlet and date (``reader._derive``: the page classifier, ~30 ms a saved page).
The first Quotes open and the first entities × outlets matrix of a session read every article for
its text, title and outlet alone, although the index build had read each of them (issue 13, round
s34-a: 216 saved pages, ~6 s of CPU). The build keeps what reading gave, encoded by
:func:`encode_article`, in a stored field; :func:`decode_article` gives the same
:class:`~waic_reader.index.corpus.reader.Article` back (:func:`reader.to_show_json` of both is the
same) while its key holds, and the workspace (:meth:`IndexKept.article
<waic_reader.index.workspace.kept.IndexKept>`) asks for it before reading a file.

The key (:func:`article_key`) is what reading depends on besides the reader's code: the file's
stamp as listed (size and mtime; an item's digest), its ``corpus.yaml`` fields' stamp
(:meth:`Corpus.entry_stamp`, the ``date_order`` included) and the analysis version (which carries
``READER_VERSION`` and the boilerplate rules' ``ANALYSIS_VERSION`` the derivation uses). An
edited file, an edited ``corpus.yaml`` or other rules: the value is stale, the article is read.

What is kept is the article before the user's noise marks (its title as first derived:
``unmarked_title``), as reading gives it; the marks are applied after, as for a read article.
Not kept: the boilerplate labels reading may have made on the way (``noise_labels``: a cache the
analysis makes again when it needs them) and the doc id and path (the listing's).

The value is zlib-compressed JSON ``[KEPT_FORMAT, key, fields]``, ``fields`` an object of the
Article's fields (``blocks``: an HTML page's blocks as ``[start, end, kind, text or null]``, null
for ``text[start:end]``) and ``blocks_key``, the digest of the article's blocks
(``Article.blocks_key``: the kept mentions' and quotes' keys take it, so the first matrix and Quotes
screen split no text article into blocks again, round s38-p). It is read back from disk: anything malformed, of another shape or out
of the text's bounds is no value (the article is read), never an error.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.reader import Article, Entry

# The layout of a kept value (bump with any change to it); 2: the blocks' key (round s38-p).
KEPT_FORMAT = 2
MAX_KEPT_BYTES = 64 << 20  # a decompressed value larger than this is not ours: not read
_KINDS = frozenset({"title", "heading", "paragraph", "list-item"})


def article_key(entry: Entry, meta_stamp: str, version: str) -> str:
    """The key a kept article holds for: ``entry``'s stamp as listed (size, mtime in ns; an
    item's 0 and digest), its ``corpus.yaml`` fields' stamp and the analysis ``version``."""
    return f"{entry.size}:{entry.mtime_ns}:{version}:{meta_stamp}"


def encode_article(article: Article, key: str) -> bytes:
    """The kept value of ``article`` as read (before the user's marks retitled it) under ``key``."""
    text = article.text
    blocks = None
    if article.preset_blocks is not None:
        blocks = [
            [b.start, b.end, b.kind, None if b.text == text[b.start : b.end] else b.text] for b in article.preset_blocks
        ]
    fields: dict[str, Any] = {
        "text": text,
        "encoding": article.encoding,
        "title": article.unmarked_title if article.unmarked_title is not None else article.title,
        "title_derived": article.title_derived,
        "outlet": article.outlet,
        "outlet_derived": article.outlet_derived,
        "date": article.date,
        "url": article.url,
        "notes": list(article.notes),
        "format": article.format,
        "date_source": article.date_source,
        "author": article.author,
        "tags": list(article.tags),
        "blocks": blocks,
        "discarded": None
        if article.discarded is None
        else [[i, hint, where] for i, (hint, where) in article.discarded.items()],  # in its order
        "page_dateless": sorted(article.page_dateless),
        "dateless_head": article.dateless_head,
        "blocks_key": article.blocks_key(),
    }
    raw = json.dumps([KEPT_FORMAT, key, fields], ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(raw.encode("utf-8", "surrogatepass"), 6)


def decode_article(kept: object, entry: Entry, key: str) -> Article | None:
    """The article ``kept`` holds for ``entry`` (doc id and path from it) under ``key``; None
    when it is stale (another key), larger than :data:`MAX_KEPT_BYTES` decompressed, or not
    such a value at all (see the module docstring)."""
    if not isinstance(kept, bytes):
        return None
    try:
        raw = zlib.decompressobj().decompress(kept, MAX_KEPT_BYTES)
        value = json.loads(raw.decode("utf-8", "surrogatepass"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not (isinstance(value, list) and len(value) == 3 and value[0] == KEPT_FORMAT and value[1] == key):
        return None
    fields = value[2]
    if not isinstance(fields, dict):
        return None
    try:
        return _article(fields, entry)
    except (KeyError, TypeError, ValueError):
        return None


def _str(value: object, optional: bool = False) -> str | None:
    if isinstance(value, str) or (optional and value is None):
        return value
    raise TypeError("not a string")


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError("not a boolean")


def _int(value: object, low: int, high: int) -> int:
    if type(value) is int and low <= value <= high:
        return value
    raise ValueError("not an offset in the text")


def _blocks_key(value: object) -> str:
    """A kept blocks' key (``Article.blocks_key``: 32 lowercase hex digits), else ValueError."""
    if isinstance(value, str) and len(value) == 32 and all(c in "0123456789abcdef" for c in value):
        return value
    raise ValueError("not a blocks' key")


def _article(fields: dict[str, Any], entry: Entry) -> Article:
    """The Article of a kept value's ``fields``; raises KeyError, TypeError or ValueError on any
    field of another shape: among them a block index (``discarded``, ``page_dateless``) that names
    no block of ``blocks``, or that is given without ``blocks`` (the analysis indexes the blocks by
    them, :func:`~waic_reader.index.analysis.noise.classify_article`: review s34-r item 7)."""
    text = _str(fields["text"]) or ""
    n = len(text)
    notes = fields["notes"]
    tags = fields["tags"]
    if not isinstance(notes, list) or not isinstance(tags, list):
        raise TypeError("not a list")
    preset: list[Block] | None = None
    blocks = fields["blocks"]
    if blocks is not None:
        preset = []
        for start, end, kind, written in blocks:
            a, b = _int(start, 0, n), _int(end, 0, n)
            if a > b or kind not in _KINDS:
                raise ValueError("not a block of the text")
            preset.append(Block(a, b, kind, text[a:b] if written is None else _str(written) or ""))
    # A block index is one of the kept blocks': none at all when there are none.
    last = -1 if preset is None else len(preset) - 1
    article = Article(
        entry.doc,
        entry.path,
        text,
        _str(fields["encoding"]) or "",
        _str(fields["title"]) or "",
        _bool(fields["title_derived"]),
        _str(fields["outlet"], optional=True),
        _bool(fields["outlet_derived"]),
        date=_str(fields["date"], optional=True),
        url=_str(fields["url"], optional=True),
        notes=[_str(x) or "" for x in notes],
        format=_str(fields["format"]) or "",
        date_source=_str(fields["date_source"], optional=True),
        author=_str(fields["author"], optional=True),
        tags=tuple(_str(x) or "" for x in tags),
        page_dateless=frozenset(_int(i, 0, last) for i in fields["page_dateless"]),
        dateless_head=_int(fields["dateless_head"], 0, n),
    )
    article.preset_blocks = preset
    article.kept_blocks_key = _blocks_key(fields["blocks_key"])
    discarded = fields["discarded"]
    if discarded is not None:
        if preset is None:
            raise ValueError("blocks left out of no blocks")
        left: dict[int, tuple[str | None, str]] = {}
        for i, hint, where in discarded:
            left[_int(i, 0, last)] = (_str(hint, optional=True), _str(where) or "")
        article.discarded = left
    return article
