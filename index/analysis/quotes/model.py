"""What a quote is: a span of article text, its kind, its cue and its speaker."""

from __future__ import annotations

import re
from collections.abc import Callable
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
        if self.key.startswith(OFFICIALS):
            return self.name[: -len(OFFICIALS_NAME)]
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


# The key's prefix of a place's officials ("Tamsin County officials said", "officials in Oslo
# said"): the place's government speaking, an organisation-like speaker of its own linked to the
# place (its name before :data:`OFFICIALS_NAME`), never the place itself (round s49-q, issue #16).
# The convention is the one "a spokesman for Ghent" already follows (README, quotes: the voice of
# a body, a city's its administration; AP style credits "county officials", never "the county").
OFFICIALS = "OFFICIALS:"
OFFICIALS_NAME = " officials"


def officials_of(place: Speaker) -> Speaker:
    """The officials of ``place`` (a place speaker, GPE): key ``OFFICIALS:<place key>``, name
    ``<place name> officials``, type ``ORG``, ``at`` the place's mention. Officials already are
    returned as they are."""
    if place.key.startswith(OFFICIALS):
        return place
    return Speaker(f"{OFFICIALS}{place.key}", f"{place.name}{OFFICIALS_NAME}", "ORG", place.at)


# The key's prefix of a body's officer the article never names ("Kessington Valley Health has
# refused to pay, its chief executive said" with no chief executive named anywhere): a person of
# their own, written "<Role> of <body>" (round s50-q, issue #16: unattributed before), as "a
# spokesman for Ghent" is "Spokesperson for Ghent". No mention (``at`` None): the corpus grouping
# never mistakes the officer for the body.
OFFICER = "OFFICER:"


def officer_of(role: str, body: Speaker) -> Speaker:
    """The unnamed holder of ``role`` (lower-case words, "chief executive") at ``body`` (an
    organisation speaker): key ``OFFICER:<role>|<body key>``, name "Chief executive of <body
    name>", type ``PERSON``, no mention."""
    return Speaker(f"{OFFICER}{role}|{body.key}", f"{role[:1].upper()}{role[1:]} of {body.name}", "PERSON")


def voice_of(like: Speaker, body: Speaker) -> Speaker:
    """``body``'s voice of the same kind as ``like`` (an unnamed spokesperson or a place's
    officials: :func:`spokesperson_of`, :func:`officials_of`), as the corpus names the body."""
    return officials_of(body) if like.key.startswith(OFFICIALS) else spokesperson_of(body)


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
# The key of the label a quote no speaker is found for is lined up under (:func:`group.statements`):
# the same quoted words several outlets print with no speaker found ("The council said in a
# statement: "…"" where no article names the council) are one statement, as unnamed sources'
# are (round s53-q: five outlets' word-for-word statement was five unattributed rows).
NO_SPEAKER = "NO_SPEAKER:"
NO_SPEAKER_FOUND = Speaker(NO_SPEAKER, "No speaker found", "")


def unnamed_label(speaker: Speaker) -> bool:
    """Whether ``speaker`` is a label for words no one named says (:data:`ANONYMOUS_SOURCE`,
    :data:`NO_SPEAKER_FOUND`), never a speaker of its own."""
    return speaker.key in (ANONYMOUS, NO_SPEAKER)


# The key's prefix of a lone capitalised word ending in "-s" taken for a surname ("Evans said"):
# a person when the corpus names one so, else unattributed (:func:`merge.merge_speakers`).
LONE = "LONE:"
# The key's prefix of two capitalised names joined by "and" that no mention types as the whole
# subject ("Smith and Jones said", "Procter and Gamble said"): one speaker written as the pair,
# the two people the corpus names in full when it names both (:func:`merge.entity_speakers`),
# never a dropped statement (review s45-rv finding 11). Type PERSON, as any unrecognised name's.
PAIR = "PAIR:"


def pair_names(name: str, whole: Callable[[str], bool] | None = None) -> list[str]:
    """The names of a :data:`PAIR` speaker's ``name``: "Smith and Jones" -> ["Smith", "Jones"],
    "Ana Cruz, Ben Ortiz and Carla Diaz" (or "…, and Carla Diaz") -> its three names.

    A member's own name may hold "and" (round s48-q3): parts joined by "and" stay one name when
    ``whole`` (the caller's test, e.g. "the entity list names it") holds the joined words, or
    two parts make a body's name of the "X and Y" kinds (:func:`and_body_name`: "Maritime and
    Coastguard Agency", "Department of Health and Social Care"), the longest join first. A run
    of three or more parts joined by "and" that no such name explains ("Procter and Gamble and
    Unilever") is kept as one name: which "and" is the list's is not known, and a list of
    separate names is written with commas; as the last part of a list written with commas it
    holds the list's "and", its last one ("Tesco, Marks and Spencer and Sainsbury's" ->
    ["Tesco", "Marks and Spencer", "Sainsbury's"]; round s49-q)."""
    out: list[str] = []
    chunks = re.split(r",\s*", name)
    for i, chunk in enumerate(chunks):
        parts = _and_parts(chunk, whole)
        if i and i == len(chunks) - 1 and parts == [chunk] and len(re.findall(r"\band\b", chunk)) >= 2:
            # the last part of a list written with commas holds the list's own "and", its last
            # one ("Tesco, Marks and Spencer and Sainsbury's": a member before it holds the
            # other; round s49-q), when no name the article gives says otherwise
            head, _, tail = chunk.rpartition(" and ")
            parts = [head.strip(), tail.strip()]
        out += parts
    return [part for part in out if part]


def _and_parts(chunk: str, whole: Callable[[str], bool] | None) -> list[str]:
    """The names of one comma-free part of a list (``chunk``: "Maritime and Coastguard Agency and
    RNLI"): see :func:`pair_names`."""
    chunk = re.sub(r"^and\s+", "", chunk.strip())
    atoms = [a for a in re.split(r"\s+and\s+", chunk) if a]
    names: list[str] = []
    joined_any = False
    i = 0
    while i < len(atoms):
        for j in range(len(atoms), i + 1, -1):  # the longest join first
            joined = " and ".join(atoms[i:j])
            if (whole is not None and whole(joined)) or (
                # by its form only when the two parts are no names known apart ("Shell and
                # Coastguard Agency" with both named is two bodies)
                j - i == 2
                and and_body_name(joined)
                and not (whole is not None and whole(atoms[i]) and whole(atoms[i + 1]))
            ):
                names.append(joined)
                joined_any = True
                i = j
                break
        else:
            names.append(atoms[i])
            i += 1
    if len(atoms) >= 3 and not joined_any:
        return [chunk]  # "Procter and Gamble and Unilever": one of its "and"s is a name's
    return names


# The head nouns of a public body or organisation whose name may join two fields by "and" ("the
# Maritime and Coastguard Agency", "the Food Standards and Safety Authority", "Arts and Humanities
# Research Council"), and the nouns a "Ministry of X and Y" name opens with: the institutional
# nouns of UK/US/EU government body names (gov.uk "Departments, agencies and public bodies";
# usa.gov "A-Z index of U.S. government departments and agencies").
_AND_BODY_HEADS = frozenset(
    """
agency authority commission council board service office department ministry institute
inspectorate directorate executive bureau committee trust tribunal court regulator
administration corporation foundation society association union
""".split()
)
_AND_BODY_OPENINGS = frozenset("ministry department office secretariat bureau institute board".split())
_AND_BODY = re.compile(
    r"(?P<open>[A-Z][\w'’-]*)\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+and\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?P<head>[A-Z][\w'’-]*)"
)


def and_body_name(name: str) -> bool:
    """Whether ``name`` (capitalised words, one "and") is written as one body's name joining two
    fields: "Ministry of X and Y", "Department of X and Y" (:data:`_AND_BODY_OPENINGS`), or "X and
    Y <head>" with an institutional head noun (:data:`_AND_BODY_HEADS`: "Maritime and Coastguard
    Agency", "Food Standards and Safety Authority"). "Shell and BP" is no such name."""
    m = _AND_BODY.fullmatch(name.strip())
    if m is None or len(re.findall(r"\band\b", name)) != 1:
        return False
    if m.group("open") is not None:
        return m.group("open").lower() in _AND_BODY_OPENINGS
    return m.group("head").lower() in _AND_BODY_HEADS


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

    def to_json(self, shown: str | None = None) -> dict[str, Any]:
        """The quote's entry in ``quotes --json``; ``shown``: its words as the reader shows its
        article (:func:`group.quotes_json`: a Markdown article's emphasis markers hidden), else
        :attr:`quoted` as written."""
        data: dict[str, Any] = {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.quoted if shown is None else shown,
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
