"""An article's entity mentions, kept with the search index so opening it runs no recogniser.

Recognising the names of a 4,900-word article takes ~200 ms of CPU (most of an article's first
open, issue 13: "every key answers in ≤ 150 ms"). The index build recognises every article's
names anyway (the ``entity`` field), so it keeps them, encoded by :func:`encode_mentions`, in a
stored field; the reader, compare, the entity matrix and quotes decode them
(:func:`decode_mentions`, ~1 ms) instead of recognising again.

What is kept, and what makes a kept value stale (then it is ignored and the names recognised):

* the analysis version (:func:`~waic_reader.index.analysis.versions.analysis_version`: the
  reader's, the recogniser's and the noise split's versions): a rule change misses;
* the SHA-256 of the article's text and a digest of its blocks' spans (:func:`article_key`;
  the recogniser reads the text, its blocks and its sentences, which follow from both): an
  edited file not yet re-indexed misses;
* a digest of the boilerplate spans the names were recognised with
  (:func:`~waic_reader.index.corpus.spans.spans_digest`): a user's noise mark misses.

Each mention is ``[start, length, label, name or null, noise]``: its text is the article's
``text[start:start+length]`` (what the recogniser gives), and ``null`` stands for a canonical
name equal to that text (most mentions), so a kept value is small: ~170-480 bytes an article
zlib-compressed (the bench's generated articles and the seeds). The value is untrusted input
(it is read from disk): anything malformed, out of the text's bounds or of another shape is
no value, never an error.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from typing import Any

from waic_reader.index.analysis.entities.grouping import LABELS, Mention
from waic_reader.index.analysis.overrides import text_key
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.spans import spans_digest

KEPT_FORMAT = 1  # the layout of a kept value (bump with any change to it)
MAX_KEPT_BYTES = 4 << 20  # a decompressed value larger than this is not ours: not read

_LABELS = frozenset(LABELS)


def article_key(article: Article) -> str:
    """What the recogniser's output depends on in ``article``: its text and its blocks (40 hex digits)."""
    return text_key(article.text) + spans_digest((b.start, b.end) for b in article.blocks)


def encode_mentions(mentions: Sequence[Mention], version: str, source: str, noise_digest: str) -> bytes:
    """The kept value of an article's ``mentions`` (zlib-compressed JSON, see the module docstring)."""
    rows: list[list[Any]] = []
    for m in mentions:
        name = m.key.split(":", 1)[-1]
        rows.append([m.start, m.end - m.start, m.label, None if name == m.text else name, 1 if m.noise else 0])
    value = [KEPT_FORMAT, version, source, noise_digest, rows]
    return zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def decode_mentions(kept: object, text: str, version: str, source: str, noise_digest: str) -> list[Mention] | None:
    """The mentions a kept value holds for the article whose ``text`` has :func:`article_key`
    ``source`` and whose boilerplate has ``noise_digest``, under analysis ``version``; None when
    the value is stale (another version, text, blocks or boilerplate) or not a kept value at all."""
    if not isinstance(kept, bytes):
        return None
    try:
        raw = zlib.decompressobj().decompress(kept, MAX_KEPT_BYTES)
        value = json.loads(raw.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not (isinstance(value, list) and len(value) == 5 and value[0] == KEPT_FORMAT):
        return None
    if value[1] != version or value[2] != source or value[3] != noise_digest or not isinstance(value[4], list):
        return None
    out: list[Mention] = []
    size = len(text)
    for row in value[4]:
        m = _mention(row, text, size)
        if m is None:
            return None  # one bad row: the value is not what the index wrote
        out.append(m)
    return out


def _mention(row: object, text: str, size: int) -> Mention | None:
    if not (isinstance(row, list) and len(row) == 5):
        return None
    start, length, label, name, noise = row
    if type(start) is not int or type(length) is not int or start < 0 or length <= 0 or start + length > size:
        return None
    if label not in _LABELS or noise not in (0, 1) or not (name is None or (isinstance(name, str) and name)):
        return None
    surface = text[start : start + length]
    return Mention(start, start + length, surface, label, f"{label}:{surface if name is None else name}", bool(noise))
