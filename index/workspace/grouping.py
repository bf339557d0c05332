"""The corpus grouping of names (:func:`~waic_reader.index.analysis.entities.grouping.group`)
for a :class:`~waic_reader.index.workspace.Workspace`, worked out once for the same inputs: the
entity matrix, the Quotes screen and the app's grouping worker group the same corpus. The last
grouping is kept in memory; while an index is open, the whole corpus's is kept beside it too
(``grouping.json``, :mod:`~waic_reader.index.analysis.entities.kept_grouping`). Owned by the
workspace (``Workspace._grouping``).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from waic_reader.index.analysis.entities.mentions import Mention
    from waic_reader.index.analysis.entities.recogniser import Entity
    from waic_reader.index.workspace.facade import Workspace


class CorpusGrouping:
    """One workspace's grouping of names across the corpus: the last one worked out and the key
    of its inputs (:attr:`last`), and the warnings of a kept grouping that could not be read
    (:attr:`warnings`, taken by :meth:`Workspace.take_warnings`)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        # The last corpus grouping of names and what it was made from (see grouping).
        self.last: tuple[tuple[object, ...], list[Entity]] | None = None
        # One grouping worked out at a time: a screen's worker asking while the app's grouping
        # worker keeps it (Workspace.keep_grouping) waits for it, then takes it from ``last``.
        self._lock = threading.Lock()
        self.warnings: list[str] = []  # see Workspace.take_warnings

    def grouping(
        self,
        mentions: dict[str, list[Mention]],
        texts: dict[str, str],
        noise: dict[str, list[tuple[int, int]]],
        hashes: Mapping[str, str] | None = None,
        *,
        whole: bool = False,
        read_in: Mapping[str, str] | None = None,
    ) -> list[Entity]:
        """:func:`~waic_reader.index.analysis.entities.grouping.group` of every article's
        ``mentions``, ``texts`` and boilerplate ``noise`` (doc → …), worked out once for the
        same inputs and gazetteers: the entity matrix and the Quotes screen group the same corpus
        (~0.4 s of CPU on 221 articles, each screen's first open paid it, round s35-p). The last
        grouping is kept with the key of its inputs (:func:`_grouping_key`: in their order, each
        text by its hash, taken from ``hashes`` (doc → ``overrides.text_key`` of its text, as the
        index keeps it) where given; a file edited, added, removed or reordered, a mark or a
        gazetteer changed: worked out again); its entities are read, never changed. While an index is
        open, a grouping not in memory is read from beside it, else worked out and, for the
        ``whole`` corpus (not some articles' quotes), kept there (:meth:`_kept`).
        ``read_in``: the texts the grouping looks names up in (doc → ``Article.name_text``, read
        only when the grouping is worked out), else ``texts``."""
        from waic_reader.index.analysis.entities.gazetteer import Gazetteer

        inputs = (Gazetteer.current().digest, *_grouping_key(mentions, texts, noise, hashes or {}))
        with self._lock:
            held = self.last
            if held is not None and held[0] == inputs:
                return held[1]
            every = self._kept(mentions, texts, noise, hashes or {}, str(inputs[0]), whole, read_in)
            self.last = (inputs, every)
            return every

    def _kept(
        self,
        mentions: dict[str, list[Mention]],
        texts: dict[str, str],
        noise: dict[str, list[tuple[int, int]]],
        hashes: Mapping[str, str],
        gazetteers: str,
        whole: bool,
        read_in: Mapping[str, str] | None = None,
    ) -> list[Entity]:
        """:meth:`grouping`'s grouping when it is not the one in memory: while an index
        is open, the one kept beside it for these very inputs
        (:mod:`~waic_reader.index.analysis.entities.kept_grouping`, ``grouping.json``), else
        worked out and kept there (a corrupt file: a warning, :meth:`Workspace.take_warnings`); with no
        index open, worked out."""
        ws = self._ws
        from waic_reader.index.analysis.entities.grouping import group

        if not ws.index_ready():
            return group(mentions, texts if read_in is None else read_in, noise)
        from waic_reader.index.analysis.entities import kept_grouping
        from waic_reader.index.analysis.overrides import text_key

        every_hash = {doc: hashes.get(doc) or text_key(text) for doc, text in texts.items()}
        # (the analysis version this workspace's kept articles are read by: taken once)
        key = kept_grouping.grouping_key(mentions, every_hash, noise, f"{gazetteers}|{ws._kept.rules_version}")
        kept = kept_grouping.read_grouping(ws.index_dir, key, mentions, texts)
        if isinstance(kept, list):
            return kept
        if kept == kept_grouping.CORRUPT:
            self.warnings.append(
                f"The names' grouping kept in the index folder ({kept_grouping.FILE_NAME}) could not be read: "
                "worked out again"
            )
        every = group(mentions, texts if read_in is None else read_in, noise)
        if not whole:
            return every  # some articles' grouping: the whole corpus's is the one kept
        with contextlib.suppress(OSError):  # a file that cannot be written only costs speed next time
            kept_grouping.save_grouping(ws.index_dir, key, mentions, texts, every)
        return every


def _grouping_key(
    mentions: Mapping[str, Sequence[Mention]],
    texts: Mapping[str, str],
    noise: Mapping[str, Sequence[tuple[int, int]]],
    hashes: Mapping[str, str],
) -> tuple[object, ...]:
    """What :meth:`CorpusGrouping.grouping` tells its inputs by: each input's docs in their
    order (the grouping keeps corpus order: the same articles in another order group into
    other entities' order, s35-rv 14), each article's mentions and boilerplate spans, and its
    text by its hash (``overrides.text_key``: ``hashes[doc]`` where the caller has it, the one
    the index keeps for the text, else hashed here), never the text itself (a 2 MB article is
    not copied nor compared whole)."""
    from waic_reader.index.analysis.overrides import text_key

    return (
        tuple((doc, tuple(found)) for doc, found in mentions.items()),
        tuple((doc, hashes.get(doc) or text_key(text)) for doc, text in texts.items()),
        tuple((doc, tuple(map(tuple, spans))) for doc, spans in noise.items()),
    )
