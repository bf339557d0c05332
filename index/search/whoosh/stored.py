"""What a whoosh index keeps of a document, in the engine-neutral form the workspace reads
(:class:`~waic_reader.index.search.model.StoredDoc`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from waic_reader.index.search.model import StoredDoc


def stored_doc(f: Mapping[str, Any]) -> StoredDoc:
    """The engine-neutral form of a document's whoosh stored fields."""
    return StoredDoc(
        doc=f["doc"],
        title=f.get("title") or f["doc"],
        outlet=f.get("outlet") or None,
        title_derived=bool(f.get("title_derived")),
        outlet_derived=bool(f.get("outlet_derived")),
        date=f.get("date"),
        words=f.get("words", 0),
        entities=f.get("entities", 0),
        noise=f.get("noise_count", 0),
        mtime_ns=f.get("mtime_ns", 0),
        size=f.get("size", 0),
        noise_spans=[(int(s), int(e)) for s, e in spans] if (spans := f.get("noise_spans")) is not None else None,
        row=row if isinstance(row := f.get("row"), dict) else None,
        meta=str(f.get("meta") or ""),
        figures=figures if isinstance(figures := f.get("figures"), str) else None,
        timeline=timeline if isinstance(timeline := f.get("timeline"), str) else None,
        names=names if isinstance(names := f.get("names"), str) else None,
        gazetteer=stamp if isinstance(stamp := f.get("gazetteer"), str) else None,
    )
