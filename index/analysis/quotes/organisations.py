"""Organisations as speakers: the body a description ("the company", "the council") or an
institution noun refers to, the latest named before a place, an unnamed institution.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from waic_reader.index.analysis.entities.languages import ly_adverb
from waic_reader.index.analysis.entry_time import ENTRY_STAMP
from waic_reader.index.analysis.lexicon import (
    DETERMINERS,
    FUNCTION_WORDS,
)
from waic_reader.index.analysis.quotes.cues import (
    BODIES,
    FIRM_KINDS,
    INSTITUTIONS,
    KIND_BODY_NOUNS,
    KIND_NAME_WORDS,
)
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.analysis.quotes.model import (
    Speaker,
    spokesperson_of,
)
from waic_reader.index.analysis.quotes.speaker_words import (
    _BODY_TAIL,
    _DESCRIBED_BY,
    _FIRM_NOUNS,
    _NAME_NEXT,
    _NOT_NOUNS,
    _OWNER_BEFORE,
    _POSSESSIVE,
    _SAME_ONE,
    _SPOKESPERSON_NOUNS,
    _TAKEN_UP,
    _TOLD_BEFORE,
    GROUP,
    Named,
    _calendar_name,
    _firm_like,
    _legal_name,
    _legal_over,
    _name_keys,
    _OrgLine,
    _words_of,
)
from waic_reader.index.analysis.quotes.subject_shape import SubjectShape
from waic_reader.index.corpus import dateline


class Organisations(SubjectShape):
    """The organisation a description or an institution noun stands for, before a place."""

    def _whole_body(self, body: Speaker, end: int) -> Speaker:
        """``body``, or the phrase of its name and the lower-case nouns after it up to the subject's
        ``end`` ("Ghent police", "Tromsø harbour": what a spokesperson speaks for, an organisation
        ``ORG:<phrase>`` at the phrase, not the city). Words that are no noun ("also", "later",
        an "-ly" adverb, a function word: "a spokesman for Ghent also said") leave ``body``."""
        assert body.at is not None
        m = _BODY_TAIL.fullmatch(self.text, body.at[1], end)
        if m is None:
            return body
        if any(w in FUNCTION_WORDS or w in _NOT_NOUNS or ly_adverb(w) for w in m.group(1).split()):
            return body
        name = " ".join(self.text[body.at[0] : m.end(1)].split())
        return Speaker(f"ORG:{name}", name, "ORG", (body.at[0], m.end(1)))

    def _org_in_sentence(self, pos: int) -> Speaker | None:
        """The first organisation named in the sentence before ``pos`` (a description's offset,
        "the company" in "X Kft will cut 320 jobs, the company said"): an ORG mention or a run of
        capitalised words ending in a legal form the recogniser missed, never the agency of a wire
        dateline opening the sentence ("SZEGED, Oct 16 (Danubewire) - …"). None when it names none."""
        head = self.text[max(0, pos - 400) : pos]
        cut = max((m.end() for m in re.finditer(r"[.!?]['\"”’]?\s+|\n", head)), default=0)
        start = pos - len(head) + cut
        wire = dateline.match(self.text, start, pos)
        if wire is not None and wire.spaced and wire.end < pos:
            start = wire.end
        orgs = [self._owner_of_product(n) for n in self._in(start, pos) if n.speaker.type == "ORG"]
        orgs += [n for n in self._runs(start, pos) if n.speaker.type == "ORG"]
        orgs = [n for n in orgs if not _calendar_name(n.speaker.name)]
        return min(orgs, key=lambda n: n.start).speaker if orgs else None

    def _owner_of_product(self, n: Named) -> Named:
        """The organisation a sentence names as acting when an organisation's name ``n`` is
        written as a thing it makes, after its owner's name and a determiner ("A Nordair Airbus
        landed", "a Fjordfly Boeing", "the Nordbahn Siemens train"): the owner (the mention there,
        else its capitalised words as a name found next to a cue), never the maker (t13ad N8:
        "…, the airline said." was Airbus's); ``n`` itself otherwise."""
        m = _OWNER_BEFORE.search(self.text, max(0, n.start - 80), n.start)
        if m is None:
            return n
        s, e = m.start(1), m.start(1) + len(m.group(1).rstrip())
        if any(w.lower() in FUNCTION_WORDS or w.lower() in TITLE_WORDS for w in m.group(1).split()):
            return n
        for other in self._in(s, e):
            if other.start == s and other.end == e:
                return other if other.speaker.type == "ORG" else n
        name = " ".join(self.text[s:e].split())
        return Named(s, e, Speaker(f"NAME:{name}", name, "ORG", (s, e)))

    def _unnamed_institution(self, pos: int, word: str, kind: str = "") -> Speaker:
        """An institution's noun at ``pos`` that no name refers to, as a group (listed as
        unattributed): "The company", "A firm", "The central bank" (its determiner and ``kind``,
        the classifying word before the noun, kept; capitals read in lower case)."""
        lead = pos - len(kind) - 1 if kind else pos
        det = re.search(r"\b(the|a|an|this|that)\s+$", self.text[max(0, lead - 6) : lead], re.IGNORECASE)
        word = f"{kind} {word}" if kind else word
        name = f"{det.group(1).lower()} {word}" if det is not None else word
        name = name[:1].upper() + name[1:]
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _kind_before(self, pos: int, start: int) -> str | None:
        """The lower-case word classifying the institution's noun at ``pos``: "central" in "the
        central bank", "state" in "the state broadcaster"; None when the word before it (from
        ``start``) is none: a determiner, a possessive, a function word, a number, or a word that
        describes the one institution already spoken of ("the troubled bank", "the same bank",
        "the combined group": a participle or :data:`_SAME_ONE`)."""
        m = re.search(r"(?<![\w'’-])([a-z][a-z-]*)\s+$", self.text[max(start, pos - 30) : pos])
        if m is None:
            return None
        word = m.group(1)
        if (
            word in FUNCTION_WORDS
            or word in DETERMINERS
            or word in _POSSESSIVE
            or word in _SAME_ONE
            or word in INSTITUTIONS
            or word.endswith(("ed", "ing"))
        ):
            return None
        return word

    def _org_of_kind(self, pos: int, noun: str, kind: str) -> Speaker | None:
        """The organisation named before ``pos`` that is the ``kind`` ``noun`` ("the central
        bank"): one whose name holds both words ("Central Bank of Ireland"), or one introduced as
        that kind in apposition ("De Nederlandsche Bank, the Dutch central bank,", "the central
        bank DNB"); the latest such, else the latest whose name holds the noun alone ("The Bank
        of England raised rates. …, the central bank said."; review s45-rv finding 25) unless
        the article describes it otherwise ("Veltra Bank, a regional lender,", "the troubled
        lender Veltra Bank": a namesake of another kind) or it is named in the statement's own
        sentence ("Harlow Bank lost £40m, the central bank said": the bank spoken of); else None."""
        phrase = f"{kind} {noun}"
        holder: Speaker | None = None
        floor = self._sentence_floor(pos)
        floor = 0 if floor == pos else floor  # no break within reach: every name near is the sentence's
        for n in reversed(self._before(pos)):
            if n.speaker.type != "ORG" or self._dateline_agency(n):
                continue
            words = set(n.speaker.name.lower().split())
            if {kind, noun} <= words or self._introduced_as(n, phrase) or self._named_as_kind(words, kind, noun):
                return n.speaker
            if holder is None and noun in words and n.start < floor and not self._described_as_other(n):
                holder = n.speaker
        return holder

    @staticmethod
    def _named_as_kind(words: set[str], kind: str, noun: str) -> bool:
        """Whether an organisation's name (its lower-case ``words``) tells it is the ``kind``
        ``noun`` (:data:`cues.KIND_NAME_WORDS`): the central bank by "Reserve" ("Federal
        Reserve"), the competition watchdog by "Competition" and a regulator's word
        ("Competition and Markets Authority": the qualifier in the name, a regulating body's noun
        beside it, :data:`cues.KIND_BODY_NOUNS`)."""
        if words & KIND_NAME_WORDS.get(f"{kind} {noun}", frozenset()):
            return True
        telling = KIND_NAME_WORDS.get(noun, frozenset()) | KIND_BODY_NOUNS.get(noun, frozenset())
        return kind in words and bool(words & telling)

    def _described_as_other(self, n: Named) -> bool:
        """Whether the organisation's mention ``n`` is described by a common-noun phrase in
        apposition: "Veltra Bank, a regional Dutch lender,", "the troubled lender Veltra Bank"
        (the kind of body the article says it is; :meth:`_introduced_as` tells a given kind)."""
        after = self.text[n.end : n.end + 80]
        before = self.text[max(0, n.start - 60) : n.start]
        return bool(
            re.match(r"\s*,\s*(?:the|a|an)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s*[,;.]", after)
            # (in lower case after the determiner, on the name's line: "Story a\n\nThe Bank of
            # England" is no "a … The" phrase)
            or re.search(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z][\w'’-]*[ \t]+){1,3}$", before)
        )

    def _body_before(self, pos: int, word: str) -> Speaker | None:
        return self._latest_org_with(pos, {word, word[:-1] if word.endswith("s") else word})

    def _latest_org_with(self, pos: int, words: set[str]) -> Speaker | None:
        """The organisation named last before ``pos`` whose name, in lower case, holds one of
        ``words`` as a word: the first such in ``reversed(self._before(pos))`` (a name found next
        to a cue before one the recogniser gave at the same place), else None. One bisection a
        word among the recogniser's names, a look through the few names found next to cues."""
        limit = bisect_left(self._starts, pos)
        best = -1
        for w in words:
            at = self._org_words.get(w)
            if at:
                k = bisect_left(at, limit) - 1
                if k >= 0 and at[k] > best:
                    best = at[k]
        found: Named | None = None
        for f in self.found:
            if (
                f.start < pos
                and f.speaker.type == "ORG"
                and (found is None or f.start >= found.start)
                and words & _name_keys(f.speaker.name)
            ):
                found = f
        if found is not None and (best < 0 or found.start >= self.named[best].start):
            return found.speaker
        return self.named[best].speaker if best >= 0 else None

    def _introduced_for(self, pos: int, noun: str) -> Speaker | None:
        """Whom "the spokesperson" at ``pos`` (``noun``: a word of :data:`cues.SPEAKS_FOR_ORG`)
        speaks for: the organisation named with the last "a"/"an" ``noun`` before it, in the
        :data:`_TAKEN_UP` characters before ``pos`` ("A Westmarch Rail spokesperson",
        "a spokeswoman for Selby Water"), its unnamed spokesperson for a spokesperson's noun
        (:func:`model.spokesperson_of`); None when that introduction names none ("a union
        spokesman") or there is none. Earlier "the" ``noun`` are passed over."""
        lo = max(0, pos - _TAKEN_UP)
        found = list(
            re.finditer(rf"\b(an?|the)\s+(?:[\w'’.&-]+\s+){{0,4}}?{re.escape(noun)}\b", self.text[lo:pos], re.I)
        )
        for m in reversed(found):
            if m.group(1).lower() == "the":
                continue
            at, end = lo + m.end() - len(noun), lo + m.end()
            for n in reversed(self._in(lo + m.start(), at)):
                if n.speaker.type == "ORG" and self.text[n.end : at].strip() in ("", "'s", "’s"):
                    # "A Westmarch Rail spokesperson … the spokesperson said": the body's unnamed
                    # spokesperson again, as :meth:`resolve` reads the introduction (s50-q)
                    return spokesperson_of(n.speaker) if noun in _SPOKESPERSON_NOUNS else n.speaker
            after = re.match(r"\s+(?:for|at|of|from)\s+(?:the\s+)?", self.text[end : end + 12])
            if after is not None:
                for n in self._in(end + after.end(), end + after.end() + 80):
                    if n.start == end + after.end() and n.speaker.type == "ORG":
                        # "a spokeswoman for Selby Water … the spokeswoman said": the same
                        # unnamed spokesperson speaks again (resolve's reading of its phrase)
                        return spokesperson_of(n.speaker) if noun in _SPOKESPERSON_NOUNS else n.speaker
            return None
        return None

    def _org_named(self, pos: int, noun: str) -> Speaker | None:
        """The latest organisation before ``pos`` whose name holds ``noun``, or, for a kind of
        body whose names tell it (:data:`cues.KIND_NAME_WORDS`: "regulator", "watchdog"), a word
        naming that kind ("the regulator" is the Water Regulatory Authority; round s46-q), or one
        the article calls by ``noun`` in apposition ("the Financial Conduct Authority, the City
        regulator,", "the energy regulator, the Utilities Commission": :meth:`_introduced_as`), the
        later of the two; None else (review s46-rv 3: a bare "Authority" or "Commission", the Port
        Authority a regulator is asked to look into, is no regulator)."""
        if noun in FIRM_KINDS:
            # "the utility": the latest firm whose name tells its trade ("Sierra Crest Power Co"),
            # never a public body holding the word ("Ministry of Energy"; round s48-q2)
            telling = {noun} | KIND_NAME_WORDS[noun]
            for n in reversed(self._before(pos)):
                if (
                    n.speaker.type == "ORG"
                    and not self._dateline_agency(n)
                    and _firm_like(n.speaker.name)
                    and telling & set(_words_of(n.speaker.name))
                ):
                    return n.speaker
            return None
        named = self._latest_org_with(pos, {noun} | KIND_NAME_WORDS.get(noun, frozenset()))
        if noun not in KIND_NAME_WORDS:
            return named
        # the word before the noun at or after ``pos`` (``pos`` is the noun's or its phrase's
        # start): "competition" in "the competition watchdog"
        kind = ""
        for m in re.finditer(
            rf"([\w'’-]+)\s+{re.escape(noun)}(?![\w'’-])", self.text[max(0, pos - 40) : pos + 60], re.I
        ):
            if max(0, pos - 40) + m.end() > pos:
                kind = m.group(1).lower()
                break
        for n in reversed(self._before(pos)):
            if n.speaker.type != "ORG" or self._dateline_agency(n):
                continue
            words = set(n.speaker.name.lower().split())
            if self._introduced_as(n, noun) or (
                kind and kind not in FUNCTION_WORDS and self._named_as_kind(words, kind, noun)
            ):
                if named is None or self._org_at(named, pos) < n.start:
                    return n.speaker
                break
        return named

    def _entry_firm(self, pos: int) -> Speaker | None:
        """The firm "the company" at ``pos`` stands for in a live blog's time-stamped entry ("11:05
        The company confirms that …") when no organisation is named before it: the one firm-like
        organisation the article names anywhere (entries are read newest first, so the firm is
        often named in an older entry below), no dateline's agency; None when the line holding
        ``pos`` opens with no entry's stamp, or the article names no firm or two (round s53-q:
        the company's words were unattributed)."""
        line = self.text.rfind("\n", 0, pos) + 1
        if ENTRY_STAMP.match(self.text, line, pos) is None:
            return None
        firms = {
            n.speaker.key: n.speaker
            for n in self.named
            if n.speaker.type == "ORG" and _firm_like(n.speaker.name) and not self._dateline_agency(n)
        }
        return next(iter(firms.values())) if len(firms) == 1 else None

    def _any_org_before(self, pos: int, *, firms: bool) -> bool:
        """Whether an organisation is named before ``pos`` (a firm-like one if ``firms``), no
        dateline's agency: :meth:`_org_line`'s names, then the few found next to cues."""
        line = self._org_line(True, firms)
        if bisect_left(line.named, bisect_left(self._starts, pos)):
            return True
        return any(
            f.start < pos
            and f.speaker.type == "ORG"
            and (not firms or _firm_like(f.speaker.name))
            and not self._dateline_agency(f)
            for f in self.found
        )

    def _introduced_as(self, n: Named, noun: str) -> bool:
        """Whether the organisation's mention ``n`` is introduced by the institution's ``noun``
        in apposition: "Hidroandina, the regional utility,", "Hidroandina, a state utility",
        "the state utility Hidroandina", "utility Hidroandina"."""
        after = self.text[n.end : n.end + 80]
        before = self.text[max(0, n.start - 60) : n.start]
        word = rf"{re.escape(noun)}(?![\w'’-])"
        return bool(
            re.match(rf"\s*,\s*(?:the|a|an|its|their)?\s*(?:[\w'’-]+\s+){{0,3}}?{word}", after, re.I)
            or re.search(rf"(?<![\w'’-]){word}\s*(?:,\s*(?:the\s+)?)?$", before, re.I)
        )

    def _org_at(self, speaker: Speaker, pos: int) -> int:
        """Where ``speaker`` was last named before ``pos``, -1 if nowhere."""
        starts = self._key_starts.get(speaker.key, [])
        i = bisect_left(starts, pos)
        named = starts[i - 1] if i else -1
        return max([named, *(f.start for f in self.found if f.start < pos and f.speaker.key == speaker.key)])

    def _org_before(self, pos: int, noun: str | None, *, listeners: bool = True) -> Speaker | None:
        """The organisation ``noun`` ("the company", "the utility"; None for "it", "they") stands
        for at ``pos``: the latest named before it holding the noun, one the article introduced
        by the noun, else the one named most so far; None when none is. From the recogniser's
        names kept by the same rules once (:class:`_OrgLine`, bisections) unless a name found
        next to a cue is an organisation before ``pos`` (then as :meth:`_org_before_all`)."""
        if any(f.start < pos and f.speaker.type == "ORG" for f in self.found):
            return self._org_before_all(pos, noun, listeners=listeners)
        line = self._org_line(listeners, noun in _FIRM_NOUNS)
        count = bisect_left(line.named, bisect_left(self._starts, pos))  # its names before pos
        if noun is not None:
            at = line.words.get(noun, [])
            k = bisect_left(at, count) - 1
            if k >= 0:
                return self.named[line.named[at[k]]].speaker
        if not count or noun in BODIES:
            return None
        if noun is not None and noun not in _FIRM_NOUNS:
            if noun not in line.introduced:
                line.introduced[noun] = [
                    i for i, k in enumerate(line.named) if self._introduced_as(self.named[k], noun)
                ]
            at = line.introduced[noun]
            k = bisect_left(at, count) - 1
            if k < 0:
                return None
            first = self.named[line.named[at[0]]].start
            described = self._described_by(noun, first, pos)
            if described is None:
                return self.named[line.named[at[k]]].speaker
            # the body the article described by the noun before another was introduced by it
            # competes with those introduced: the one named most so far speaks
            leader = line.leaders[bisect_left(line.named, bisect_left(self._starts, described)) - 1]
            return self._most_named([leader, *(self.named[line.named[i]].speaker for i in at[: k + 1])], pos)
        return line.leaders[count - 1]

    def _described_by(self, noun: str, first: int, pos: int) -> int | None:
        """Where the text first calls an organisation by ``noun`` alone ("the group's computer
        systems", "the health group said": the noun after "the", a lower-case word or two between,
        no name after it), before ``first`` (the first organisation the article introduces by the
        noun in apposition, "the criminal group BlackTarn") and ``pos``, after an organisation is
        named; None when it does not. The organisation named most up to there is the one so
        described."""
        described = re.compile(_DESCRIBED_BY.format(noun=re.escape(noun)))
        for m in described.finditer(self.text, 0, min(first, pos)):
            if not _NAME_NEXT.match(self.text, m.end()) and any(
                n.speaker.type == "ORG" for n in self._latest_first(m.start())
            ):
                return m.start()
        return None

    def _most_named(self, bodies: list[Speaker], pos: int) -> Speaker:
        """Of ``bodies`` (the latest last), the one the article names most before ``pos``, the
        latest of a tie: "the group" of a story about a hospital group is the hospital group, never
        the gang named once as "the criminal group BlackTarn" (t13ar N7)."""
        counts = {sp.key: bisect_left(self._key_starts.get(sp.key, []), pos) for sp in bodies}
        return max(reversed(bodies), key=lambda sp: counts[sp.key])

    def _org_line(self, listeners: bool, firms: bool) -> _OrgLine:
        """The recogniser's organisations :meth:`_org_before_all` keeps (no dateline's agency; no
        outlet told the words unless ``listeners``; firm-like names only if ``firms``), once."""
        line = self._org_lines.get((listeners, firms))
        if line is not None:
            return line
        line = self._org_lines[(listeners, firms)] = _OrgLine()
        counts: dict[str, int] = {}
        top = 0
        for k, n in enumerate(self.named):
            if n.speaker.type != "ORG" or self._dateline_agency(n) or _calendar_name(n.speaker.name):
                continue
            if not listeners and _TOLD_BEFORE.search(self.text, max(0, n.start - 20), n.start):
                continue
            if firms and not _firm_like(n.speaker.name):
                continue
            for w in set(n.speaker.name.lower().split()):
                line.words.setdefault(w, []).append(len(line.named))
            line.named.append(k)
            # the one named most so far, the latest of a tie: the one just named when it ties
            counts[n.speaker.key] = counts.get(n.speaker.key, 0) + 1
            if counts[n.speaker.key] > top or (
                counts[n.speaker.key] == top
                and (not firms or self._opens_sentence(n) or not _legal_over(line.leaders[-1], n.speaker))
            ):
                top = counts[n.speaker.key]
                line.leaders.append(n.speaker)
            else:
                line.leaders.append(line.leaders[-1])
        return line

    def _org_before_all(self, pos: int, noun: str | None, *, listeners: bool = True) -> Speaker | None:
        # The agency of a wire dateline is the outlet, never "the company", "it" or "the utility"
        # the article speaks of (t13p F17: "…, the utility said" was Agence France-Presse's).
        orgs = [
            n
            for n in self._before(pos)
            if n.speaker.type == "ORG" and not self._dateline_agency(n) and not _calendar_name(n.speaker.name)
        ]
        if not listeners:
            # "…," she told the Echo: an outlet told the words is who heard them, never a "they"
            orgs = [n for n in orgs if not _TOLD_BEFORE.search(self.text, max(0, n.start - 20), n.start)]
        if noun in _FIRM_NOUNS:
            # "The company denies this" after "The Public Prosecutor's Office in Aveiro is
            # investigating": a firm, never a public office, court or agency (t13n F10)
            orgs = [n for n in orgs if _firm_like(n.speaker.name)]
        if noun is not None:
            for n in reversed(orgs):
                if noun in n.speaker.name.lower().split():
                    return n.speaker
        if not orgs or noun in BODIES:
            return None  # a public body no name holds ("the transport ministry's spokesman"): no one named
        if noun is not None and noun not in _FIRM_NOUNS:
            # "the utility", "the airline", "the bank" no name holds: the organisation the article
            # introduced by that noun ("Hidroandina, the regional utility,"), else none named (the
            # noun phrase as written; t13p F17); "the company" is the firm the article is about
            introduced = [n for n in orgs if self._introduced_as(n, noun)]
            if not introduced:
                return None
            described = self._described_by(noun, introduced[0].start, pos)
            if described is None:
                return introduced[-1].speaker
            leader = self._org_before_all(described, None, listeners=listeners)
            bodies = [leader] if leader is not None else []
            return self._most_named([*bodies, *(n.speaker for n in introduced)], pos)
        # No name holds the noun ("the company"): the organisation the article is most about so
        # far, the latest on a tie (a rival named once in passing is rarely "the company").
        # Of "the company"'s candidates named as often, one whose name ends in a firm's legal form
        # ("Ostrander Gold Corporation") over one that does not ("Royal Flying Doctor Service",
        # named once after it; t13au N7), then the latest; but never over the latest when that
        # one opens its sentence, the firm acting ("Brenner Mining evacuated 40 workers": s51-rv F4).
        counts: dict[str, int] = {}
        for n in orgs:
            counts[n.speaker.key] = counts.get(n.speaker.key, 0) + 1
        top = max(counts.values())
        tied = [n for n in orgs if counts[n.speaker.key] == top]
        if noun in _FIRM_NOUNS and not self._opens_sentence(tied[-1]):
            legal = [n for n in tied if _legal_name(n.speaker.name)]
            if legal:
                return legal[-1].speaker
        return tied[-1].speaker
