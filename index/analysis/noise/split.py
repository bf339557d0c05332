"""The split itself: :func:`split_noise` turns an article's labels into :class:`Segment`s of
noise (kind, reason) and the :class:`NoiseSplit` the reader and the index use, with the user's
marks (:mod:`waic_reader.index.analysis.overrides`) applied; :func:`marked_together` (the items
a header owns) and :func:`noise_json` (the CLI's output).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from waic_reader.index.analysis.noise.article import classify_article
from waic_reader.index.analysis.noise.features import snip
from waic_reader.index.analysis.noise.patterns import HEADERS
from waic_reader.index.corpus.markdown import article_excerpt
from waic_reader.index.corpus.spans import SpanSet

if TYPE_CHECKING:
    from waic_reader.index.analysis.overrides import Overrides
    from waic_reader.index.corpus.reader import Article


# ---------------------------------------------------------------------------------------------
# The split


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    kind: str
    text: str
    reason: str | None = None  # set for noise
    marked: bool = False  # decided by the user's override, not the detector

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "kind": self.kind, "text": self.text}
        if self.reason is not None:
            out["reason"] = self.reason
        if self.marked:
            out["marked"] = True
        return out


@dataclass
class NoiseSplit:
    content: list[Segment]
    noise: list[Segment]

    def noise_spans(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.noise]

    def is_noise(self, offset: int) -> bool:
        return SpanSet(self.noise_spans()).contains(offset)

    def content_text(self) -> str:
        """The clean article, one block per line as plain text copied from the web has it."""
        return "\n".join(s.text for s in self.content)

    def segments(self) -> list[Segment]:
        """Every block, content and noise, in text order."""
        return sorted(self.content + self.noise, key=lambda s: s.start)


# An item's or topic blurb's reason names its list's header, as :func:`classify_labels` words it:
# "item of the list under “More on this story”".
_UNDER = re.compile(r" of the list under “(.*)”$", re.S)


@dataclass(frozen=True, slots=True)
class ListGroups:
    """The related-stories lists among a split's boilerplate blocks (``noise``, in text order):
    ``owned`` maps a header's position to its items' (the later blocks whose reason names it,
    "item of the list under “More on this story”"), ``owners`` an item's position to its
    headers', ``at`` a block (by identity) to its position. Worked out once in one pass over
    ``noise`` (:meth:`of`), so that the boilerplate panel asks :func:`marked_together` for every
    run of a long article in linear time: asked again for each run it was quadratic in the
    blocks for each, minutes of the UI thread on a 50,000-word article of 4,000 boilerplate
    blocks (t13x F15)."""

    at: dict[int, int]
    owned: dict[int, list[int]]
    owners: dict[int, list[int]]

    @classmethod
    def of(cls, noise: Sequence[Segment]) -> ListGroups:
        at = {id(seg): k for k, seg in enumerate(noise)}
        headers: dict[str, list[int]] = {}  # a header's text as its items' reasons quote it
        owned: dict[int, list[int]] = {}
        owners: dict[int, list[int]] = {}
        for k, seg in enumerate(noise):
            reason = seg.reason or ""
            if (m := _UNDER.search(reason)) is not None:
                for h in headers.get(m.group(1), ()):
                    owned.setdefault(h, []).append(k)
                    owners.setdefault(k, []).append(h)
            if reason.startswith(HEADERS):
                headers.setdefault(snip(seg.text, 30), []).append(k)
        return cls(at, owned, owners)


def marked_together(
    noise: Sequence[Segment], run: Sequence[Segment], groups: ListGroups | None = None
) -> list[Segment]:
    """The boilerplate blocks one mark of ``run`` (blocks of ``noise``, the split's boilerplate)
    moves back to the article: a related-stories list and its header go together (issue #13,
    s16b N9: marking "More on this story"'s items left the header alone in the boilerplate, a
    header of nothing). Marking all of a header's items takes the header; marking the header
    takes its items. Anything else is ``run`` itself. ``groups``: ``ListGroups.of(noise)``, kept
    by a caller asking for many runs of one split."""
    if groups is None:
        groups = ListGroups.of(noise)
    picked = {groups.at[id(seg)] for seg in run if id(seg) in groups.at}
    if not picked:
        return list(run)
    extra: set[int] = set()
    for h in {*picked, *(h for k in picked for h in groups.owners.get(k, ()))}:
        items = groups.owned.get(h)
        # (every item picked: counted against the run's size first, so that a list of many
        # one-item runs costs each run its own size, not the list's: review s34-r)
        if items and (h in picked or (len(items) <= len(picked) and all(k in picked for k in items))):
            extra |= {h, *items}
    return [noise[k] for k in sorted(picked | extra)]


def split_noise(article: Article, overrides: Overrides | None = None) -> NoiseSplit:
    """Split ``article`` into content and noise segments, one per block, with user marks applied."""
    blocks = article.blocks
    labels = article.noise_labels if article.noise_labels is not None else classify_article(blocks, article.discarded)
    content: list[Segment] = []
    noise: list[Segment] = []
    from waic_reader.index.analysis.overrides import article_block_keys, mark_of

    marks = overrides.for_article(article) if overrides is not None else {}
    keys = article_block_keys(blocks) if marks else []  # a mark is one block's: which copy of its text
    for i, (b, lab) in enumerate(zip(blocks, labels)):
        mark = mark_of(marks, keys[i]) if marks else None
        if mark == "content":
            content.append(Segment(b.start, b.end, b.kind, b.text, None, True))
        elif mark == "noise":
            kind = lab[0] if lab else "other"
            noise.append(Segment(b.start, b.end, kind, b.text, "marked as noise by you", True))
        elif lab is None:
            content.append(Segment(b.start, b.end, b.kind, b.text))
        else:
            noise.append(Segment(b.start, b.end, lab[0], b.text, lab[1]))
    return NoiseSplit(content, noise)


# A reason's quote of article text: “…” (a header's, the block's own, a phrase's).
_QUOTE = re.compile(r"“([^“”]+)”")


def reason_as_shown(article: Article, seg: Segment) -> str | None:
    """``seg``'s reason with each text it quotes as the reader shows it (t13c fault 8: a Markdown
    article's “Related: [” for a link shown "Related: Storm season begins"). The detector reads
    the text as written; each quote (cut by ``snip``: its "…" kept) is found in the article,
    in the block first, else before it (a list's header), whitespace as ``snip`` joined it,
    and replaced by that span's shown text (:func:`article_excerpt`, offsets into the shown
    text). A quote not in the text (a phrase of the rule: “N minutes ago”) stays as it is; a
    plain-text article's reason is returned as it is."""
    reason = seg.reason
    if reason is None or getattr(article, "format", None) != "markdown":
        return reason

    def shown(m: re.Match[str]) -> str:
        quote = m.group(1)
        cut = quote.endswith("…")
        raw = quote[:-1] if cut else quote
        if not raw.strip():
            return m.group(0)
        pattern = re.compile(r"\s+".join(re.escape(word) for word in raw.split()))
        text = article.text
        found = pattern.search(text, seg.start, seg.end)
        if found is None:  # a header above the block, else anywhere (the last before it first)
            before = [f for f in pattern.finditer(text, 0, seg.start)]
            found = before[-1] if before else pattern.search(text)
        if found is None:
            return m.group(0)
        if cut:  # cut again in the shown text, to the quote's width: from there to its block's end
            end = next((b.end for b in article.blocks if b.start <= found.start() < b.end), found.end())
            words = snip(article_excerpt(article, found.start(), end)[0], len(quote))
        else:
            words = " ".join(article_excerpt(article, found.start(), found.end())[0].split())
        return f"“{words}”" if words else m.group(0)

    return _QUOTE.sub(shown, reason)


def noise_json(items: Iterable[tuple[Article, NoiseSplit]]) -> dict[str, Any]:
    """The ``waic-reader noise --json`` document for ``(article, split)`` pairs; a block's
    ``reason`` quotes the text as the reader shows it (:func:`reason_as_shown`; its ``text``
    and offsets are the article's as written)."""

    def block(a: Article, seg: Segment) -> dict[str, Any]:
        out = seg.to_json()
        if seg.reason is not None:
            out["reason"] = reason_as_shown(a, seg)
        return out

    return {
        "docs": [
            {
                "doc": a.doc,
                "title": a.title,
                "content": [s.to_json() for s in split.content],
                "noise": [block(a, s) for s in split.noise],
            }
            for a, split in items
        ]
    }
