"""What a quote is: a span of article text, its kind, its cue and its speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

KINDS: tuple[str, ...] = ("direct", "partial", "reported")
ELISION = " … "  # between the parts of a direct quote split by its cue


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to: the recogniser's merged entity when there is one.

    ``key`` is the entity key ("PERSON:Li Qiang"), or ``"NAME:<name>"`` for a name the entity
    recogniser did not pick up (found next to a speech verb); ``name`` its canonical form.
    """

    key: str
    name: str
    type: str  # OntoNotes label: PERSON, ORG, GPE, NORP (or PERSON for an unrecognised name)
    # The (start, end) offsets of the entity mention the speaker was found by (the subject's
    # name, or the name a pronoun or description refers to), or None (a name no mention covers).
    # Not part of who the speaker is (equality, hashing): it lets :func:`merge.entity_speakers`
    # name the speaker by the corpus entity of that very mention ("Lindgren Drilling" written
    # beside "Lindgren Drilling Services" is the firm the entity list gives it to).
    at: tuple[int, int] | None = field(default=None, compare=False)

    @property
    def body(self) -> str | None:
        """The body an unnamed spokesperson speaks for ("a spokesman for Ghent": ``"Ghent"``, the
        name as the entity list gives it), else None (:func:`spokesperson_of`)."""
        return self.name[len(SPOKESPERSON_NAME) :] if self.key.startswith(SPOKESPERSON) else None


# The key's prefix of an unnamed spokesperson of a named body ("a spokeswoman for the Ministry of
# Health said"): the spokesperson speaks, a speaker of its own shown as such and linked to the body
# (its name after :data:`SPOKESPERSON_NAME`), never the body (a place) itself nor no one (issue #16,
# s39-x2: "a spokesman for Ghent said" was Ghent's). Kept in the key and name alone, so the kept
# quotes' rows need no new field.
SPOKESPERSON = "SPOKESPERSON:"
SPOKESPERSON_NAME = "Spokesperson for "


def spokesperson_of(body: Speaker) -> Speaker:
    """The unnamed spokesperson of ``body`` (an organisation or place speaker): key
    ``SPOKESPERSON:<body key>``, name ``Spokesperson for <body name>``, type ``ORG`` (the voice
    of a body, a city's its administration), ``at`` the body's mention. A spokesperson's speaker
    is returned as it is."""
    if body.key.startswith(SPOKESPERSON):
        return body
    return Speaker(f"{SPOKESPERSON}{body.key}", f"{SPOKESPERSON_NAME}{body.name}", "ORG", body.at)


def _trimmed(q: Quote, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``spans`` of ``q`` without the spaces and punctuation at their ends (the commas around a
    speech tag are no one's words); empty ones left out."""
    out = []
    for s, e in spans:
        while e > s and q.text[e - 1 - q.start] in " \t\n,;:":
            e -= 1
        while s < e and q.text[s - q.start] in " \t\n,;:":
            s += 1
        if s < e:
            out.append((s, e))
    return tuple(out) or ((q.start, q.end),)


# The key's prefix of an unnamed source while attributing ("a source close to the investigation",
# :meth:`speakers.Speakers.anonymous_source`): its quote is unattributed (``speaker`` None) and
# :attr:`Quote.anonymous`.
ANONYMOUS = "ANONYMOUS:"
#: The one speaker label the statements of unnamed sources are grouped under
#: (:func:`group.statements`): no entity's key is "ANONYMOUS:", so it is never a named speaker's.
ANONYMOUS_SOURCE = Speaker(ANONYMOUS, "Anonymous source", "")

# The key's prefix of a lone capitalised word ending in "-s" taken for a surname ("Evans said"):
# a person when the corpus names one so, else unattributed (:func:`merge.merge_speakers`).
LONE = "LONE:"
# The key's prefix of two capitalised names joined by "and" that no mention types as the whole
# subject ("Smith and Jones said", "Procter and Gamble said"): one speaker written as the pair,
# the two people the corpus names in full when it names both (:func:`merge.entity_speakers`),
# never a dropped statement (review s45-rv finding 11). Type PERSON, as any unrecognised name's.
PAIR = "PAIR:"


def pair_names(name: str) -> list[str]:
    """The names of a :data:`PAIR` speaker's ``name``: "Smith and Jones" -> ["Smith", "Jones"],
    "Ana Cruz, Ben Ortiz and Carla Diaz" (or "…, and Carla Diaz") -> its three names."""
    return [part for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", name) if part]


# Between the members of a list of bodies or places in its :data:`PAIR` key ("PAIR:Maritime and
# Coastguard Agency|RNLI"): a character no name is written with, so a member whose name holds "and"
# or a comma is never cut (review s48-rv finding 4: "Maritime and Coastguard Agency" was split into
# the phantom bodies "Maritime" and "Coastguard Agency").
MEMBER_SEP = "|"


def listed_key(members: list[str]) -> str:
    """The :data:`PAIR` key of a list of bodies or places written as ``members`` (each whole, as
    the recogniser's mention gives it), read back by :func:`list_members`."""
    return PAIR + MEMBER_SEP.join(members)


def list_members(speaker: Speaker) -> list[str]:
    """The names of a :data:`PAIR` ``speaker``: the members its key holds whole
    (:func:`listed_key`), else its name split as a list of people's (:func:`pair_names`)."""
    held = speaker.key[len(PAIR) :]
    if MEMBER_SEP in held:
        return [part for part in held.split(MEMBER_SEP) if part]
    return pair_names(speaker.name)


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation or report of speech in one article.

    ``start``/``end`` are offsets into the article text (``show --json`` ``text``): for a direct
    quote the words between the quotation marks (a quote split by its cue, ``"A," he said. "B."``,
    runs from A to B, and :attr:`parts` gives the quoted parts without the cue); for reported and partial speech the reported content after the cue.
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
    # The speech tag inside reported content, left out of its words: "Santa Clara, the ferry's
    # captain said, had never …" runs from "Santa" to "fans", the tag ", the ferry's captain said,"
    # its gap (offsets into the article text), or None.
    gap: tuple[int, int] | None = None
    # An unnamed source's words ("…, a source close to the investigation said."): no speaker, but
    # grouped across articles under :data:`ANONYMOUS_SOURCE` (:func:`group.statements`).
    anonymous: bool = False
    # An unattributed quote whose subject describes a body by its noun ("the coast guard said",
    # "the ministry said", "police said" with no such body named in the article): the
    # description's lower-case words ("coast guard", "ministry", "police"; speakers.body_description),
    # which the corpus grouping credits to the one body of the corpus so named
    # (:func:`merge.described_speakers`: t13an N15, round s47-q), else None.
    described: str | None = None

    @property
    def parts(self) -> tuple[tuple[int, int], ...]:
        """The spans of the words this quote presents as its content (offsets into the article
        text): for a direct quote split by its cue (``"A," he said, "B."``) the quoted parts
        without the cue between them, for reported words around a speech tag (:attr:`gap`) the
        words before and after it, otherwise ``((start, end),)``."""
        if self.gap is not None:
            return _trimmed(self, ((self.start, self.gap[0]), (self.gap[1], self.end)))
        if self.kind == "direct" and len(self.marked) > 1:
            out = []
            for s, e in self.marked:
                s, e = max(s, self.start), min(e, self.end)
                while e > s and self.text[e - 1 - self.start] in " \t\n,;:":
                    e -= 1  # the comma before the cue is punctuation, not the speaker's word
                while s < e and self.text[s - self.start] in " \t\n":
                    s += 1
                if s < e:
                    out.append((s, e))
            if out:
                return tuple(out)
        return ((self.start, self.end),)

    def quoted_offset(self, pos: int) -> int | None:
        """Where article offset ``pos`` falls in :attr:`quoted` (None: in the cue left out)."""
        at = 0
        for s, e in self.parts:
            if s <= pos <= e:
                return at + pos - s
            at += e - s + len(ELISION)
        return None

    @property
    def quoted(self) -> str:
        """The words of :attr:`parts`, joined by `` … `` (the elision mark for the cue left out):
        ``text`` of ``quotes --json``."""
        return ELISION.join(self.text[s - self.start : e - self.start] for s, e in self.parts)

    @property
    def where(self) -> list[str]:
        return ["noise"] if self.noise else ["content"]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.quoted,
            "kind": self.kind,
            "cue": self.cue,
            "in": self.where,
        }
        if self.source:
            data["source"] = self.source
        if self.anonymous:
            data["anonymous"] = True
        if len(self.parts) > 1:
            data["parts"] = [{"start": s, "end": e} for s, e in self.parts]
        return data
