"""The split itself: :func:`split_noise` turns an article's labels into :class:`Segment`s of
noise (kind, reason) and the :class:`NoiseSplit` the reader and the index use, with the user's
marks (:mod:`waic_reader.index.analysis.overrides`) applied; :func:`marked_together` (the items
a header owns) and :func:`noise_json` (the CLI's output).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from waic_reader.index.analysis.noise.article import classify_article
from waic_reader.index.analysis.noise.features import _snip
from waic_reader.index.analysis.noise.patterns import _HEADERS
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


def _owned_items(noise: Sequence[Segment], header: int) -> list[int]:
    """The list items of the related-stories header at ``noise[header]``: the noise blocks
    after it whose reason names it ("item of the list under “More on this story”", as
    :func:`_classify` words it)."""
    head = noise[header]
    if head.reason is None or not head.reason.startswith(_HEADERS):
        return []
    named = f" of the list under “{_snip(head.text, 30)}”"  # an item's or topic blurb's reason
    return [k for k in range(header + 1, len(noise)) if (noise[k].reason or "").endswith(named)]


def marked_together(noise: Sequence[Segment], run: Sequence[Segment]) -> list[Segment]:
    """The boilerplate blocks one mark of ``run`` (blocks of ``noise``, the split's boilerplate)
    moves back to the article: a related-stories list and its header go together (issue #13,
    s16b N9: marking "More on this story"'s items left the header alone in the boilerplate, a
    header of nothing). Marking all of a header's items takes the header; marking the header
    takes its items. Anything else is ``run`` itself."""
    at = {id(seg): k for k, seg in enumerate(noise)}
    picked = {at[id(seg)] for seg in run if id(seg) in at}
    if not picked:
        return list(run)
    extra: set[int] = set()
    for k in range(len(noise)):
        items = _owned_items(noise, k)
        if not items:
            continue
        if k in picked or set(items) <= picked:
            extra |= {k, *items}
    return [noise[k] for k in sorted(picked | extra)]


def split_noise(article: Article, overrides: Overrides | None = None) -> NoiseSplit:
    """Split ``article`` into content and noise segments, one per block, with user marks applied."""
    blocks = article.blocks
    labels = article.noise_labels if article.noise_labels is not None else classify_article(blocks, article.discarded)
    content: list[Segment] = []
    noise: list[Segment] = []
    from waic_reader.index.analysis.overrides import block_key

    marks = overrides.for_article(article) if overrides is not None else {}
    for b, lab in zip(blocks, labels):
        mark = marks.get(block_key(b.text)) if marks else None
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


def noise_json(items: Iterable[tuple[Article, NoiseSplit]]) -> dict[str, Any]:
    """The ``waic-reader noise --json`` document for ``(article, split)`` pairs."""
    return {
        "docs": [
            {
                "doc": a.doc,
                "title": a.title,
                "content": [s.to_json() for s in split.content],
                "noise": [s.to_json() for s in split.noise],
            }
            for a, split in items
        ]
    }
