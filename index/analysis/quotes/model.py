"""What a quote is: a span of article text, its kind, its cue and its speaker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

KINDS: tuple[str, ...] = ("direct", "partial", "reported")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to: the recogniser's merged entity when there is one.

    ``key`` is the entity key ("PERSON:Li Qiang"), or ``"NAME:<name>"`` for a name the entity
    recogniser did not pick up (found next to a speech verb); ``name`` its canonical form.
    """

    key: str
    name: str
    type: str  # OntoNotes label: PERSON, ORG, GPE, NORP (or PERSON for an unrecognised name)


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation or report of speech in one article.

    ``start``/``end`` are offsets into the article text (``show --json`` ``text``): for a direct
    quote the words between the quotation marks (a quote split by its cue, ``"A," he said. "B."``,
    runs from A to B); for reported and partial speech the reported content after the cue.
    ``marked`` lists the spans inside quotation marks (the words the outlet says were spoken);
    ``source`` is the outer attribution of a nested one ("Bloomberg notes that Li warned ...").
    """

    doc: str
    start: int
    end: int
    text: str
    kind: str  # "direct" | "partial" | "reported"
    cue: str
    speaker: Speaker | None
    noise: bool = False
    marked: tuple[tuple[int, int], ...] = ()
    source: str | None = None
    cue_start: int = -1

    @property
    def where(self) -> list[str]:
        return ["noise"] if self.noise else ["content"]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "cue": self.cue,
            "in": self.where,
        }
        if self.source:
            data["source"] = self.source
        return data
