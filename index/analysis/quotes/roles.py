"""Titles and roles: the holder of a role ("its chief executive", "a spokesperson for X"),
rank modifiers, a person introduced by a role, owned roles and groups.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from waic_reader.index.analysis.facts.words import CASUALTY
from waic_reader.index.analysis.lexicon import (
    FUNCTION_WORDS,
)
from waic_reader.index.analysis.quotes.cues import (
    INSTITUTIONS,
    PRONOUNS,
    SOURCE_NOUNS,
    SPEAKS_FOR_ORG,
    SPEAKS_FOR_OWNER,
    person_singular,
)
from waic_reader.index.analysis.quotes.model import (
    Speaker,
    officer_of,
    spokesperson_of,
)
from waic_reader.index.analysis.quotes.organisations import Organisations
from waic_reader.index.analysis.quotes.speaker_words import (
    _APPOSED_AFTER,
    _INDEFINITE,
    _OFFICES,
    _OWNED_ROLE,
    _RANKS,
    _ROLE_AHEAD,
    _SENTENCE_END,
    _SILENT_CASUALTIES,
    _SPOKESPERSON_NOUNS,
    _WORD,
    GROUP,
    Named,
    _words_of,
)


class Roles(Organisations):
    """The holder of a role or title, and possessive subjects."""

    def _owned_person(self, after: int, end: int) -> bool:
        """Whether the subject's words from a possessive at ``after`` to its verb at ``end`` are a
        noun phrase of a person of its own, one to three lower-case words right before the verb
        ("'s father", "'s elderly aide"), its head no one the possessor speaks through
        (:data:`cues.SPEAKS_FOR_OWNER`: "'s spokesman", "'s office"). A clause between them ("his
        second instrument and told", "'s camp of vote-buying …, where she said") is none."""
        if re.search(r"[,;:()\"“”]", self.text[after:end]):
            return False
        words = _WORD.findall(self.text, after, end)
        if not 1 <= len(words) <= 3 or any(not w.islower() or w in FUNCTION_WORDS or w in PRONOUNS for w in words):
            return False
        return words[-1].rstrip(".") not in SPEAKS_FOR_OWNER

    def _owned_group(self, after: int, end: int, owner: Speaker | None = None) -> Speaker:
        """The person a possessive subject's head names (:meth:`_owned_person`), as written: an
        unnamed speaker (a group, listed as unattributed); a named ``owner``'s spokesperson
        ("Berg's spokesman") its spokesperson, as "a spokesman for Berg" is."""
        head = _WORD.findall(self.text, after, end)[-1].lower()
        if owner is not None and head.rstrip(".") in _SPOKESPERSON_NOUNS:
            return spokesperson_of(owner)
        return Speaker(f"GROUP:{head}", head.capitalize(), GROUP)

    def _identified_next(self, start: int, end: int) -> Speaker | None:
        """The person a subject of one unnamed person ("A miner who crawled out …", "A nurse")
        turns out to be in the news lede's delayed identification: the next sentence opening
        with a person's name in apposition, by age or by a description ("Jae-won Paek, 34, a
        jumbo operator from Kalgoorlie, was among …"); None otherwise (t13au N21: the quote was
        unattributed though the next sentence names its speaker)."""
        lead = _WORD.match(self.text, start)
        head = _WORD.search(self.text, lead.end(), end) if lead is not None else None
        if lead is None or head is None or lead.group().lower() not in _INDEFINITE:
            return None
        noun = head.group().lower()
        if not person_singular(noun) or noun in SPEAKS_FOR_ORG or noun in SOURCE_NOUNS:
            return None  # (a spokesperson speaks for a body; an unnamed source stays unnamed)
        stop = _SENTENCE_END.search(self._flow, end)
        if stop is None:
            return None
        k = bisect_left(self._starts, stop.end())
        if k >= len(self.named):
            return None
        n = self.named[k]
        if n.speaker.type != "PERSON" or self.text[stop.end() : n.start].strip():
            return None
        if not _APPOSED_AFTER.match(self.text, n.end):
            return None
        # A person the next sentence counts among the dead or the missing is a victim introduced,
        # never the unnamed witness who spoke ("A rescuer … said …. Tom Berg, 34, a drill operator,
        # was among the three men killed": s51-rv F9); the casualty cue words of the fact sheet.
        after = _SENTENCE_END.search(self._flow, n.end)
        words = _WORD.findall(self.text, n.end, after.start() if after is not None else len(self.text))
        if any(CASUALTY.get(w.lower().rstrip("."), ("", ""))[0] in _SILENT_CASUALTIES for w in words):
            return None
        return n.speaker

    def _owned_role(self, start: int, end: int) -> Speaker | None:
        """The officer a body's possessive and a person's role name as the whole subject
        ``start:end`` ("its chief executive", "the group's finance director", "its chairman";
        :data:`_OWNED_ROLE`): the person the article introduces with that role anywhere in it,
        the nearest before first (:meth:`_role_holder`: "Chief executive Thandiwe Okonkwo-Reyes
        said …" in the next sentence), else the role of the body as written
        (:func:`model.officer_of`: "Chief executive of Kessington Valley Health"). The body is the
        latest organisation named before (for "its") or the one whose name holds the
        possessor's noun ("the group's": "Orlen Group"; :meth:`_org_named`). None for any other
        subject, a spokesperson's or an office's ("its spokesman", "its press office": read as
        before), or with no body named."""
        m = _OWNED_ROLE.fullmatch(self.text, start, end)
        if m is None:
            return None
        role = m.group("role").split()
        head = role[-1]
        if head not in _OFFICES or any(w in FUNCTION_WORDS for w in role):
            return None
        noun = (m.group("noun") or "").lower()
        body: Speaker | None = None
        if noun:
            if noun not in INSTITUTIONS:
                return None
            body = self._org_named(start, noun)
        if body is None and (not noun or noun in ("company", "firm", "group")):
            body = next(
                (
                    n.speaker
                    for n in reversed(self._before(start))
                    if n.speaker.type == "ORG" and not self._dateline_agency(n)
                ),
                None,
            )
        if body is None:
            return None
        person = self._role_holder(start, role, body)
        return person if person is not None else officer_of(" ".join(role), body)

    def _role_holder(self, pos: int, role: list[str], body: Speaker) -> Speaker | None:
        """The person the article introduces with ``role`` (its lower-case words, "chief
        executive") at ``body``: the words right before the name ("Chief executive Thandiwe
        Okonkwo-Reyes", "Brannock Shipping's chief executive, Lars Eidem") or in an apposition
        right after it ("Lars Eidem, the company's chief executive,"), in the name's own
        paragraph, no other organisation named there ("Rival Acme's chief executive X" holds
        another office); the nearest before ``pos``, else the nearest after it; None when there
        is no one so introduced."""
        want = re.escape(" ".join(role))
        before: list[Named] = []
        after: list[Named] = []
        for n in self.named:
            if n.speaker.type != "PERSON" or n.start <= pos < n.end:
                continue
            lo = max(0, n.start - 60)
            lo += self.text[lo : n.start].rfind("\n\n") + 1
            hi = n.end + 60
            stop = self.text.find("\n\n", n.end, hi)
            hi = stop if stop >= 0 else hi
            led = re.search(rf"\b{want}[,\s]*$", self.text[lo : n.start], re.I) is not None
            apposed = re.match(rf",\s+(?:(?:the|its)\s+)?(?:\S+['’]s\s+)?{want}\b", self.text[n.end : hi], re.I)
            if not (led or apposed):
                continue
            if any(o.speaker.type == "ORG" and o.speaker.key != body.key for o in self._in(lo, hi)):
                continue  # another body's officer
            (before if n.start < pos else after).append(n)
        nearest = before[-1] if before else after[0] if after else None
        return self._short_form(nearest.speaker) if nearest is not None else None

    def _role_holder_after(self, pos: int, role: str) -> Speaker | None:
        """The first person after ``pos``, within :data:`_ROLE_AHEAD` characters, whose name the
        text writes right after ``role`` as a title ("Coroner Ifeoma Strzelecki", "coroner Ifeoma
        Strzelecki"): the holder a story names after first calling them by their office; None
        when there is none."""
        for n in self.named[bisect_left(self._starts, pos) :]:
            if n.start > pos + _ROLE_AHEAD:
                break
            if n.speaker.type != "PERSON":
                continue
            before = _words_of(self.text[max(pos, n.start - 40) : n.start])
            if before and before[-1] == role:
                return self._short_form(n.speaker)
        return None

    def _person_with_role(self, pos: int, role: str, rank: str = "") -> Speaker | None:
        """The latest person before ``pos`` the text introduces with ``role`` ("Governor Ane Lie",
        "the governor, Ane Lie"), else None. A ``rank`` (:data:`_RANKS`: "deputy", "vice") is
        another office: "the deputy mayor" is the person introduced as deputy mayor or as the
        deputy ("Her deputy, Tomas Reyk,"), and the bare role is never a person introduced with a
        rank before it ("the mayor" is no "Deputy Mayor Tomas Reyk"; round s46-q)."""
        for n in self._people_latest_first(pos):
            # The role in the name's own block: a headline's "Bridge inspector warned …" over the
            # byline "By Sara Lind" introduces no inspector (t13r F14).
            lead = self.text[max(0, n.start - 40) : n.end]
            words = _words_of(lead[lead.rfind("\n\n") + 1 :])
            ranked = [k for k, w in enumerate(words) if w == role and k and words[k - 1] in _RANKS]
            if rank:
                if any(words[k - 1] == rank for k in ranked) or (rank in words and role not in words):
                    return self._short_form(n.speaker)
            elif role in words and len(ranked) < words.count(role):
                return self._short_form(n.speaker)
        return None

    def _rank_modifier(self, start: int, pos: int) -> str:
        """The rank word (:data:`_RANKS`) right before the role word at ``pos`` in the subject
        opening at ``start`` ("deputy" in "the deputy mayor"), else ""."""
        m = re.search(r"(?<![\w'’-])([A-Za-z]+)[\s-]+$", self.text[max(start, pos - 20) : pos])
        return m.group(1).lower() if m is not None and m.group(1).lower() in _RANKS else ""

    def _modifier(self, words: list[tuple[int, str]], pos: int) -> str | None:
        """ "ministry" in "a ministry official": the noun naming whom the official speaks for."""
        ordered = sorted(words)
        idx = [p for p, _ in ordered].index(pos)
        before = ordered[idx - 1][1].removesuffix("'s").removesuffix("’s") if idx > 0 else ""
        if before in INSTITUTIONS:  # "the ministry's spokesman" too
            return before
        return None
