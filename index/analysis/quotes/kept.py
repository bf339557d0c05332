"""An article's quotes, kept with the search index so the first Quotes open runs no recogniser.

Finding an article's quotes (:func:`~waic_reader.index.analysis.quotes.recognise.find_quotes`)
costs ~5–20 ms of CPU an article, and importing the recogniser ~0.3 s (its patterns): the first
Quotes open of a session (and ``quotes``) paid both for every article (issue 13, round s33-f:
0.4–1.2 s on 31–216 articles). The index build finds every article's quotes anyway (the ``said``
field), so it keeps them, encoded by :func:`encode_quotes`, in a stored field beside the
article's mentions (:mod:`~waic_reader.index.analysis.kept_mentions`); the Quotes sheet decodes
them (:func:`decode_quotes`) and only groups and merges.

What makes a kept value stale (then it is ignored and the quotes found again), as for the kept
mentions the quotes were found with:

* the kept mentions' version (:func:`~waic_reader.index.analysis.kept_mentions.kept_version`: the
  analysis version, which carries ``QUOTES_VERSION``, and the gazetteers' stamp);
* :func:`quotes_key`: the article's text, its blocks' spans and kinds
  (:func:`~waic_reader.index.analysis.kept_mentions.article_key`) and its title (a headline is
  no quote: :func:`recognise._headline_text` reads it, and ``corpus.yaml`` or a mark can set it);
* a digest of the boilerplate spans (:func:`~waic_reader.index.corpus.spans.spans_digest`): a
  user's noise mark misses.

Each quote is ``[start, end, text or null, kind, cue, speaker or null, noise, marked, source or
null, cue_start, gap or null, anonymous]`` (``anonymous`` 0 or 1: :attr:`Quote.anonymous`), then
its :attr:`Quote.described` when it has one (a string; an unattributed quote's only), where ``null`` text stands for the article's
``text[start:end]`` (most quotes) and a speaker is ``[key, name, type, at or null]``. The value
is zlib-compressed JSON read back from disk: anything malformed, out of the text's bounds or of
another shape is no value (the quotes are found again), never an error.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from waic_reader.index.analysis.kept_mentions import pack_rows, unpack_rows
from waic_reader.index.analysis.quotes.model import KINDS, Quote, Speaker
from waic_reader.index.corpus.reader import Article

KEPT_FORMAT = 2  # the layout of a kept value (bump with any change to it)
MAX_KEPT_BYTES = 8 << 20  # a decompressed value larger than this is not ours: not read
_KINDS = frozenset(KINDS)


def quotes_key(article: Article, source: str | None = None) -> str:
    """What :func:`find_quotes` reads of ``article`` besides its mentions and boilerplate: its
    text, blocks and their kinds (:func:`kept_mentions.article_key`, or ``source`` when the
    caller has it already: :class:`~waic_reader.index.analysis.kept_mentions.KeptKeys`) and its
    title (72 hex digits)."""
    from waic_reader.index.analysis.kept_mentions import article_key

    title = hashlib.sha256((article.title or "").encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return (source if source is not None else article_key(article)) + title


def encode_quotes(quotes: Sequence[Quote], text: str, version: str, source: str, noise_digest: str) -> bytes:
    """The kept value of an article's ``quotes`` found in ``text`` (zlib-compressed JSON, see the
    module docstring)."""
    rows: list[list[Any]] = []
    for q in quotes:
        sp = q.speaker
        speaker = None if sp is None else [sp.key, sp.name, sp.type, list(sp.at) if sp.at is not None else None]
        row: list[Any] = [
            q.start,
            q.end,
            None if q.text == text[q.start : q.end] else q.text,
            q.kind,
            q.cue,
            speaker,
            1 if q.noise else 0,
            [list(m) for m in q.marked],
            q.source,
            q.cue_start,
            list(q.gap) if q.gap is not None else None,
            1 if q.anonymous else 0,
        ]
        if q.described is not None:
            row.append(q.described)
        rows.append(row)
    return pack_rows(rows, KEPT_FORMAT, version, source, noise_digest)


def decode_quotes(
    kept: object, doc: str, text: str, version: str, source: str, noise_digest: str
) -> list[Quote] | None:
    """The quotes a kept value holds for article ``doc`` whose ``text`` has :func:`quotes_key`
    ``source`` and whose boilerplate has ``noise_digest``, under ``version``; None when the value
    is stale (another version, text, blocks, title or boilerplate) or not a kept value at all."""
    rows = unpack_rows(kept, KEPT_FORMAT, MAX_KEPT_BYTES, version, source, noise_digest)
    if rows is None:
        return None
    out: list[Quote] = []
    for row in rows:
        q = _quote(row, doc, text)
        if q is None:
            return None  # one bad row: not what the index wrote
        out.append(q)
    return out


def _span(x: object, size: int) -> tuple[int, int] | None:
    """``x`` as a (start, end) span within ``size`` characters, or None."""
    if not (isinstance(x, list) and len(x) == 2 and all(type(i) is int for i in x)):
        return None
    s, e = x
    return (s, e) if 0 <= s <= e <= size else None


def _speaker(x: object, size: int) -> Speaker | None:
    if not (isinstance(x, list) and len(x) == 4):
        raise ValueError("a kept speaker of another shape")
    key, name, kind, at = x
    if not (isinstance(key, str) and isinstance(name, str) and isinstance(kind, str)):
        raise ValueError("a kept speaker's names that are no strings")
    where = None if at is None else _span(at, size)
    if at is not None and where is None:
        raise ValueError("a kept speaker's mention out of the text")
    return Speaker(key, name, kind, where)


def _quote(row: object, doc: str, text: str) -> Quote | None:
    """One row as a :class:`Quote` of ``text``, or None if it is not a well-formed row within it."""
    if not (isinstance(row, list) and len(row) in (12, 13)):
        return None
    start, end, words, kind, cue, speaker, noise, marked, source, cue_start, gap, anonymous = row[:12]
    described = row[12] if len(row) == 13 else None
    if len(row) == 13 and not (isinstance(described, str) and described and speaker is None):
        return None  # a description only of an unattributed quote
    size = len(text)
    if _span([start, end], size) is None or not (words is None or isinstance(words, str)):
        return None
    if kind not in _KINDS or not isinstance(cue, str) or type(noise) is not int or noise not in (0, 1):
        return None
    if type(anonymous) is not int or anonymous not in (0, 1) or (anonymous and speaker is not None):
        return None
    if not (source is None or isinstance(source, str)) or type(cue_start) is not int or cue_start < -1:
        return None
    if not isinstance(marked, list):
        return None
    spans = [_span(m, size) for m in marked]
    gap_span = None if gap is None else _span(gap, size)
    if any(s is None for s in spans) or (gap is not None and gap_span is None):
        return None
    try:
        who = None if speaker is None else _speaker(speaker, size)
    except ValueError:
        return None
    return Quote(
        doc=doc,
        start=start,
        end=end,
        text=text[start:end] if words is None else words,
        kind=kind,
        cue=cue,
        speaker=who,
        noise=bool(noise),
        marked=tuple(s for s in spans if s is not None),
        source=source,
        cue_start=cue_start,
        gap=gap_span,
        anonymous=bool(anonymous),
        described=described,
    )
