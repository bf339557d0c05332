"""Named speakers in a subject region: one name, a pair, a list ("Oil firms Shell, BP and Eni"),
a lone surname, a name next to the cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from waic_reader.index.analysis.entities.context import KINDS_LISTED
from waic_reader.index.analysis.entities.gazetteer import Gazetteer, places_folded
from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    kind_of_word,
)
from waic_reader.index.analysis.lexicon import (
    FUNCTION_WORDS,
)
from waic_reader.index.analysis.quotes.cues import (
    GROUPS,
    INSTITUTIONS,
    ROLES,
    SPEAKS_FOR_ORG,
    people_plural,
)
from waic_reader.index.analysis.quotes.heads import subject_head
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.analysis.quotes.model import (
    LONE,
    MEMBER_SEP,
    PAIR,
    Speaker,
    and_body_name,
    listed_key,
)
from waic_reader.index.analysis.quotes.places import Places
from waic_reader.index.analysis.quotes.speaker_words import (
    _ADDRESS_TITLES,
    _CALENDAR,
    _CLAUSE_OPEN,
    _COMMON_NOUN,
    _KIND_BEFORE_LIST,
    _LIST_COMMA,
    _LIST_LAST,
    _LONE_FIRST,
    _LONE_LAST,
    _NAME_WORD,
    _NOT_NAME,
    _PAIR_JOIN,
    _POSSESSIVE_AFTER,
    _PREP_LIST,
    _SENTENCE_END_BEFORE,
    _WORD,
    GROUP,
    LIST_CLOSED,
    Named,
    _body,
    _capital,
    _comma_list,
    _plural,
    _rank_word,
    _written_list,
)
from waic_reader.index.corpus.letters import CAP
from waic_reader.index.corpus.tokens import strip_accents


class NameLists(Places):
    """Names, pairs and lists of names as a subject; lone surnames."""

    # -- resolution -------------------------------------------------------------------------

    def named_in(self, start: int, end: int) -> Named | None:
        """The preferred named speaker in ``start:end`` (the first of the preferred kind), unless
        the subject's grammar puts another name at its head (:func:`heads.subject_head`: "Garvey's
        deputy, Tommaso d'Reyk", "said Garvey deputy Tomas Reyk", "d'Reyk, deputy to Garvey"):
        that name, the recogniser's mention of it or its words as written (round s46-q: the
        deputy's quote was the mayor's when the recogniser missed the deputy's name)."""
        pair = self._person_pair(start, end)
        if pair is not None:
            return pair
        pick = self._named_in(start, end)
        people = {(n.start, n.end) for n in self._in(start, end) if n.speaker.type == "PERSON"}
        head = subject_head(self.text, start, end, people)
        if head is None:
            return pick
        hs, he = head
        if pick is not None and pick.start < he and hs < pick.end:
            if (
                pick.speaker.type != "PERSON"
                or not (hs <= pick.start and pick.end <= he)
                or (pick.start, pick.end) == head
            ):
                return pick
            # the recogniser read part of the head's name ("Bo" of "Bo deVries"): the whole name
        elif pick is None and not any(
            n.speaker.type == "PERSON" and not (n.start < he and hs < n.end) for n in self._in(start, end)
        ):
            return None  # no one else named: the subject is read as before (a lone name, a group)
        else:
            for n in (*self._in(hs, he), *self._runs(hs, he)):
                if n.speaker.type in ("PERSON", "ORG") and (n.start, n.end) == head:
                    return Named(n.start, n.end, self._short_form(n.speaker))
        name = " ".join(self.text[hs:he].split())
        found = Named(hs, he, self._short_form(Speaker(f"NAME:{name}", name, "PERSON")))
        self.found.append(found)
        self._link_gender(found)
        return found

    def _person_pair(self, start: int, end: int) -> Named | None:
        """Two or more people the recogniser names, a list closed by "and", as the whole subject
        ``start:end`` ("Mr Smith and Mrs Jones", "Anna Berg and Lars Holm, who run the farm,",
        "Mayor Ellen Garvey and her deputy Tomas Reyk", "Ana Cruz, Ben Ortiz and Carla Diaz",
        with or without the serial comma): one speaker of key ``PAIR:<a>, <b> and <c>`` (its
        names the entities'; :func:`pair_names` splits it), which the corpus grouping credits to
        every one of them (:data:`model.PAIR`), never to the first alone (round s46-q; lists of
        three or more, round s47-q). Titles, honorifics and a possessive's role may stand before
        any name; an apposition or a relative clause in commas after the last. None for any other
        subject."""
        people = [n for n in self._in(start, end) if n.speaker.type == "PERSON"]
        if len(people) < 2 or not self._titles_only(start, people[0].start):
            return None
        listed = [people[0]]
        for n in people[1:]:
            gap = self.text[listed[-1].end : n.start]
            if _PAIR_JOIN.fullmatch(gap) and self._titles_only(listed[-1].end, n.start, joined=True):
                listed.append(n)  # "… and Carla Diaz": the list's last name
                break
            comma = _LIST_COMMA.fullmatch(gap)
            if comma is None:
                return None
            if comma.group(1) is not None:
                # "Ana Cruz, Ben Ortiz, and Carla Diaz" (the serial comma): the last name
                if not self._titles_only(listed[-1].end + comma.start(1), n.start, joined=True):
                    return None
                listed.append(n)
                break
            if not self._titles_only(listed[-1].end + 1, n.start):
                return None
            listed.append(n)  # "Ana Cruz, Ben Ortiz": the list goes on
        else:
            return None  # no "and" closing it: an apposition ("Berg, Holm's deputy,"), read as before
        last = listed[-1]
        rest = self.text[last.end : end].strip()
        if rest and not rest.startswith(","):
            return None
        if any(n.start >= last.end and not self._after_comma(last.end, n.start) for n in people[len(listed) :]):
            return None  # another name in the subject itself, read as before
        names = [n.speaker.name for n in listed]
        name = f"{', '.join(names[:-1])} and {names[-1]}"
        return Named(listed[0].start, last.end, Speaker(f"{PAIR}{name}", name, "PERSON"))

    def _name_list(self, start: int, end: int, *, whole: bool = False, after_cue: bool = False) -> Speaker | None:
        """Two or more names, a list closed by "and" opening the subject ``start:end``, one of
        them no person's ("said Germany, France and Italy in a joint statement", "Shell and BP
        said", "Cebu Pacific and Philippine Airlines said", "said the Red Cross and Caritas"): one
        speaker of key ``PAIR:<a>, <b> and <c>`` written as the list (each name as the article
        writes it, a leading "the" dropped; :func:`model.pair_names` splits it), type ``GPE``
        when every name is a place's, else ``ORG``, which the corpus grouping credits to each of
        them as a list of people is (:func:`merge.entity_speakers`; review s47-rv finding 17 made
        it no one's, round s48-q each one's). The names are the recogniser's; the last may be
        capitalised words it missed after "and" ("Caritas"). A list of people is
        :meth:`_person_pair`'s. None for any other subject, for a list not running to ``end``
        when ``whole`` ("Shell, BP and TotalEnergies shares fell": the list opens a clause;
        review s48-rv finding 11), or for names running on past the last mention ("the
        International Federation of Red Cross and Red Crescent Societies": one body the recogniser
        cut; finding 4). Each member is kept whole in the key (:func:`model.listed_key`).
        Members typed places that are people (:meth:`_people_listed`) make a list of people."""
        names = self._in(start, end)
        if not names or self.text[start : names[0].start].strip().lower() not in ("", "the"):
            return None
        listed = [names[0]]
        closed = False
        for n in names[1:]:
            gap = self.text[listed[-1].end : n.start]
            comma = _LIST_COMMA.fullmatch(gap)
            if _PAIR_JOIN.fullmatch(gap) or (comma is not None and comma.group(1) is not None):
                listed.append(n)  # "… and Italy": the list's last name
                closed = True
                break
            if comma is None:
                return None
            listed.append(n)
        if not closed:
            # "the Red Cross and Caritas": the last name is capitalised words no mention covers
            m = _LIST_LAST.fullmatch(self.text, listed[-1].end, end)
            if m is None or any(w in _NOT_NAME or w.lower() in TITLE_WORDS for w in m.group("name").split()):
                return None
            listed.append(
                Named(m.start("name"), m.end("name"), Speaker(f"ORG:{m.group('name')}", m.group("name"), "ORG"))
            )
        if all(n.speaker.type == "PERSON" for n in listed):
            return None
        if any(n.speaker.type == "PERSON" for n in listed) and all(
            n.speaker.type == "PERSON" or self._surname_typed_place(n, listed, len(listed)) for n in listed
        ):
            return None  # "Reyes and Santos", Santos typed a place: people (:meth:`_name_pair`)
        after = self.text[listed[-1].end : end]
        if re.match(r"\s+[A-Z]", after) or (whole and after.strip(" \t\n,")):
            return None  # "… and Red Crescent Societies": a name running on; "… shares fell": a clause
        if after_cue and not LIST_CLOSED.match(after):
            return None  # "said Shell, and BP followed with …": BP opens a clause of its own
        written: list[str] = []
        for i, n in enumerate(listed):
            w = re.sub(r"^(?:[Tt]he)\s+", "", " ".join(self.text[n.start : n.end].split()))
            if i and written and re.fullmatch(r"\s+and\s+", self.text[listed[i - 1].end : n.start]):
                if and_body_name(f"{written[-1]} and {w}"):
                    written[-1] = f"{written[-1]} and {w}"  # "Department of Health and Social Care"
                    continue
            written.append(w)
        if len(written) == 1 and len(listed) > 1:
            # "The Mining and Energy Union says": one body's name of the "X and Y" kinds the
            # recogniser cut at its "and" ("Mining", "Energy Union"): that body speaks, never its
            # first piece (t13au N8)
            return Speaker(f"ORG:{written[0]}", written[0], "ORG")
        if len(written) < 2:
            return None
        if any(MEMBER_SEP in w for w in written):
            return None
        if (
            len(listed) == 2
            and re.search(rf"\bof\s+{CAP}", written[0])
            and " and " not in written[0]
            and re.fullmatch(r"\s+and\s+", self.text[listed[0].end : listed[1].start])
        ):
            # "Federation of Red Cross and Red Crescent": the "and" inside a name's "of" phrase
            return None
        name = f"{', '.join(written[:-1])} and {written[-1]}"
        if self._people_listed(listed):
            return Speaker(f"{PAIR}{name}", name, "PERSON")
        kind = "GPE" if all(n.speaker.type == "GPE" for n in listed) else "ORG"
        return Speaker(listed_key(written), name, kind)

    def _cut_body(self, start: int, end: int) -> bool:
        """Whether ``start:end`` holds one body's name that the recogniser gave as two mentions
        of organisations joined by a bare "and" inside it: the first ending in a name's "of"
        phrase, or capitalised words running on after the second ("the International Federation
        of Red Cross and Red Crescent Societies"). Neither piece is a name the article holds, so
        neither speaks (review s48-rv finding 4: each piece was credited)."""
        names = [n for n in self._in(start, end) if n.speaker.type == "ORG"]
        for a, b in zip(names, names[1:], strict=False):
            if not re.fullmatch(r"\s+and\s+", self.text[a.end : b.start]):
                continue
            if and_body_name(" ".join(self.text[a.start : b.end].split())):
                continue  # "Department of Health and Social Care": a name of the "X and Y" kinds
            first = self.text[a.start : a.end]
            if (re.search(rf"\bof\s+{CAP}", first) and not re.search(r"\sand\s", first)) or re.match(
                r"[ \t]+[A-Z]", self.text[b.end : end]
            ):
                return True
        return False

    def _listed_object(self, start: int, end: int) -> bool:
        """Whether the subject ``start:end`` ends in a list of names that a preposition governs
        ("Officials in Cebu, Bohol and Leyte", "Residents of Boac, Gasan and Mogpog", "Rescue
        teams from Oslo, Bergen and Tromsø"): the names are the phrase's objects, no speakers
        (review s48-rv finding 3: the last places were credited); the subject is read as its noun
        alone is ("Officials in Cebu said": no one named)."""
        for m in _PREP_LIST.finditer(self.text, start, end):
            if not self.text[start : m.start()].strip():
                continue
            listed = self._name_list(m.end(), end, whole=True)
            if listed is None:
                continue
            # the names after its first comma a list of the same kind: "Prices rose in Manila,
            # Reyes and Ortiz said" is a place, then two people (review s48-rv finding 7)
            comma = self.text.find(",", m.end(), end)
            tail = self._name_list(comma + 1, end, whole=True) if comma >= 0 else listed
            if tail is not None and tail.type == listed.type:
                return True
        return False

    @staticmethod
    def _people_listed(listed: Sequence[Named]) -> bool:
        """Whether a list of names typed persons and places (``listed``, no body among them) is a
        list of people: a member typed a place that no place list knows (the gazetteer's places,
        the listed towns and regions) was typed so only by its neighbours ("Prices rose in Manila,
        Reyes and Ortiz said": review s48-rv finding 7, the surnames spoke as two places), and so
        are the members beside it unless the gazetteer knows one as a country or city (a list of
        places speaks for their governments: "Germany, France and Italy said")."""
        if any(n.speaker.type not in ("PERSON", "GPE") for n in listed):
            return False
        gazetteer = Gazetteer.current()
        towns = places_folded()
        unknown = [
            n.speaker.type == "PERSON"
            or (strip_accents(n.speaker.name) not in towns and gazetteer.known(n.speaker.name) is None)
            for n in listed
        ]
        return any(unknown) and not any(
            n.speaker.type == "GPE" and gazetteer.known(n.speaker.name) is not None for n in listed
        )

    def _titles_only(self, start: int, end: int, *, joined: bool = False) -> bool:
        """Whether ``text[start:end]`` holds only titles before a name ("Mayor", "Mrs", "Dr") or a
        role in lower case ("her deputy", "union colleague"), after "and" when ``joined``; an
        opening comma, quotation mark or dash passed over."""
        words = _WORD.findall(self.text, start, end)
        if joined:
            words = words[1:] if words and words[0] == "and" else ["?"]
        for w in words:
            low = w.lower().rstrip(".")
            if w[:1].isupper() and (low in TITLE_WORDS or low in _ADDRESS_TITLES):
                continue  # "Mrs", "Professor", "Deputy Mayor"
            if low in ("his", "her", "their", "its", "the") or (w.islower() and low not in FUNCTION_WORDS):
                continue  # a role in lower case: "her deputy", "union colleague"
            return False
        return not re.search(r"[^\s\w.,'’\"“”—–-]", self.text[start:end])

    def _named_in(self, start: int, end: int) -> Named | None:
        mentions = self._in(start, end)
        runs = self._runs(start, end)
        people = [n for n in mentions if n.speaker.type == "PERSON"]
        # A possessor is not the subject when the subject names its own person: "Olsen's husband,
        # Peter Olsen, said", "Col. Vasseur's deputy, Lt. Col. Nadia Benali" (t13v F10c)
        own = [n for n in people if not _POSSESSIVE_AFTER.match(self.text, n.end)]
        if own and len(own) < len(people):
            people = own
        elif people and not own and self._owned_person(people[-1].end, end):
            return None  # "Ríos's father said": the father speaks, unnamed (resolve; t13y G7)
        for group in (
            people,
            runs,
            [n for n in mentions if n.speaker.type == "ORG"],
            [
                n
                for n in mentions
                if n.speaker.type in ("GPE", "NORP") and not self._located(n.start) and not self._fused(n.end)
            ],
        ):
            if group:
                # The subject's head comes first: "Priya Raman of Northline Research said".
                pick = group[0]
                if pick in runs:
                    self.found.append(pick)
                    self._link_gender(pick)
                    return pick
                return Named(pick.start, pick.end, self._short_form(pick.speaker))
        return None

    def named_before(self, pos: int) -> Speaker | None:
        """The speaker named by the mention ending right before ``pos`` (spaces between), else
        None: the antecedent of a relative clause whose comma is at ``pos`` ("Mayor Ilse
        Brandvold, who said")."""
        end = len(self.text[:pos].rstrip())
        for n in reversed(self._in(max(0, end - 120), end)):
            if n.end == end:
                return self._short_form(n.speaker)
        return None

    def kind_list(self, start: int, end: int) -> Speaker | None:
        """A list of names after the plural of their kind as the whole subject ``start:end``
        ("Oil firms Shell, BP and Eni", "Supermarkets Tesco, Marks and Spencer and Sainsbury's",
        "rival carmakers Volvo and Saab"): the list's ``PAIR`` speaker, each member kept whole
        (:func:`model.listed_key`), never the kind noun nor a name glued to it ("Supermarkets
        Tesco"; round s49-q, issue #16). The kind is one to three words before the first name,
        the last a plural (an "-s" ending), lower case but for a sentence's first word; the
        members are capitalised words between commas, the last two joined by "and"
        (:func:`_comma_list`). Type ``PERSON`` when the kind is a plural for people
        (:func:`cues.people_plural`: "ministers") and neither a kind of firm the entity recogniser
        reads before listed names (:data:`context.KINDS_LISTED`: "carmakers", "banks") nor a
        member an organisation's mention, else ``ORG``. With no kind word the list alone is read
        the same way (:meth:`_bare_list`: "Tesco, Marks and Spencer and Sainsbury's said").
        None for any other subject."""
        listed = self._kind_listed(start, end)
        return listed if listed is not None else self._bare_list(start, end)

    def _bare_list(self, start: int, end: int) -> Speaker | None:
        """A list of three or more names with no kind word before it as the whole subject
        ``start:end`` ("Tesco, Marks and Spencer and Sainsbury's", "Barclays, Lloyds and HSBC"):
        read by the one list reader (:func:`_comma_list`) as :meth:`kind_list` reads it after a
        kind, an ``ORG`` list speaker credited to each member (issue #16, s50-q: it was no one's,
        or its first member's alone). A list of firms only: a member is an organisation's
        mention, none a person's or a place's, and none opens with a word that is no name's
        ("But Tesco"); a list of people or places is :meth:`_name_list`'s."""
        s, e = start, end
        if re.match(r"['’]s\s", self.text[e : e + 3]):
            e += 2  # "… and Sainsbury's said": the name's own "'s" (as :meth:`_kind_listed`)
        region = self.text[s:e]
        lead = re.match(r"\s*(?:[Tt]he\s+)?", region)
        assert lead is not None
        s += lead.end()
        members = _comma_list(self.text[s:e], self._whole_name_at(s, e))
        if members is None or len(members) < 3 or any(m.split()[0] in _NOT_NAME for m in members):
            return None
        names = self._in(s, e)
        if not any(n.speaker.type == "ORG" for n in names) or any(n.speaker.type != "ORG" for n in names):
            return None
        return Speaker(listed_key(members), _written_list(members), "ORG")

    def _kind_listed(self, start: int, end: int) -> Speaker | None:
        """:meth:`kind_list` of a list after its kind word."""
        m = _KIND_BEFORE_LIST.match(self.text, start, end)
        if m is None or self._in(m.start("kind"), m.end("kind")):
            return None
        kind = m.group("kind").split()
        if kind[0][:1].isupper() and not (
            _SENTENCE_END_BEFORE.search(self.text[max(0, m.start("kind") - 200) : m.start("kind")])
            or not self.text[max(0, m.start("kind") - 200) : m.start("kind")].strip()
        ):
            return None  # a capitalised word mid-sentence is a name's, no kind noun
        if any(w[:1].isupper() for w in kind[1:]) or kind[-1].lower().endswith(("ss", "'s", "’s")):
            return None
        rest = m.end("kind")
        if re.match(r"['’]s\s", self.text[end : end + 3]):
            # "… and Sainsbury's said": an "'s" right before the verb is the name's own (a
            # possessive is followed by a noun, never by a verb), which the subject's cut left off
            end += 2
        members = _comma_list(self.text[rest:end], self._whole_name_at(rest, end))
        if members is None:
            return None
        low = kind[-1].lower()
        firms = re.fullmatch(KINDS_LISTED, low) is not None or any(n.speaker.type == "ORG" for n in self._in(rest, end))
        if people_plural(low) and not firms:
            return Speaker(f"{PAIR}{', '.join(members[:-1])} and {members[-1]}", _written_list(members), "PERSON")
        return Speaker(listed_key(members), _written_list(members), "ORG")

    def _whole_name_at(self, start: int, end: int) -> Callable[[str], bool]:
        """Whether words are a whole mention's in ``start:end`` (the test :func:`_comma_list`
        splits a member holding "and" by)."""
        names = {" ".join(self.text[n.start : n.end].split()) for n in self._in(start, end)}
        return names.__contains__

    def _unlisted_owner(self, phrase: list[tuple[int, int, str]]) -> Speaker | None:
        """The organisation a spokesperson's or officials' noun is modified by when its name is
        no entity: capitalised words right before the noun, none opening its sentence ("a Nordair
        spokesperson said", "…, Velmora officials said"; t13ad N8: unattributed, where "a Siemens
        spokesperson" was Siemens's), as a name found next to a cue (``NAME:`` key, an
        organisation). None for other phrases (a group word alone, a capitalised word the sentence
        opens with: "Harbour officials said")."""
        if len(phrase) < 2 or phrase[-1][2].lower() not in SPEAKS_FOR_ORG:
            return None
        owner = phrase[:-1]
        if len(owner) > 3 or not all(_NAME_WORD.fullmatch(w[2]) for w in owner):
            return None
        if any(
            low in FUNCTION_WORDS or low in TITLE_WORDS or low in INSTITUTIONS or low in GROUPS or _body(low)
            for low in (w[2].lower() for w in owner)
        ):
            return None  # "…, Police officials said", "Ministry officials": a body's word, no name
        before = self.text[max(0, owner[0][0] - 200) : owner[0][0]]
        if not before.strip() or _SENTENCE_END_BEFORE.search(before) is not None:
            return None  # the sentence's first word: capitalised as any word there is
        name = " ".join(w[2] for w in owner)
        return Speaker(f"NAME:{name}", name, "ORG", (owner[0][0], owner[-1][1]))

    def _coordinated(self, start: int, words: list[tuple[int, int, str]]) -> Speaker | None:
        """Plural nouns for people joined by "and", "or" or commas as the whole subject ("Women and
        children said", "Men, women and children said", "Elderly residents and their carers said",
        "Nurses and midwives on the ward said"): one unnamed group (t13m F1: dropped). Each part a
        plural noun for people (:func:`cues.people_plural`) after at most three lower-case words, a
        place after the last passed over; None otherwise (a name among them, "Vollmer and
        engineers said", is resolved as before)."""
        words = self._before_of(self._before_places(words))
        parts: list[list[tuple[int, int, str]]] = [[]]
        joined = False  # the last part joined by "and"/"or" ("The collapse killed 7 people, police" is none)
        for w in words:
            if parts[-1] and "," in self.text[parts[-1][-1][1] : w[0]]:
                parts.append([])
                joined = False
            if w[2] not in ("and", "or"):
                parts[-1].append(w)
            else:
                if parts[-1]:
                    parts.append([])
                joined = True
        if not joined or re.search(r"[;:]", self.text[words[0][0] : words[-1][1]]):
            return None
        if len(parts) < 2 or any(not p or len(p) > 4 for p in parts):
            return None
        first = words[0]
        for part in parts:
            for w in part:
                word = w[2][:1].lower() + w[2][1:] if w is first else w[2]
                if not _COMMON_NOUN.fullmatch(word):
                    return None
            head = part[-1][2].lower()
            if not (_plural(head) and people_plural(head)):
                return None
        before = self.text[start : first[0]]
        if (
            before.strip()
            and not re.search(r"[,;:(—–-]\s*$", before)
            and before.split()[-1].lower() not in _CLAUSE_OPEN
        ):
            return None
        name = " ".join(self.text[first[0] : words[-1][1]].split())
        name = name[:1].upper() + name[1:]
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _name_pair(self, start: int, words: list[tuple[int, int, str]]) -> Speaker | None:
        """Two or more capitalised names of one or two words, a list closed by "and", as the whole
        subject, no mention covering any ("Smith and Jones said", "Marks and Spencer said",
        "Cruz, Ortiz and Diaz said": the names recogniser leaves a bare list untyped): one
        speaker of key ``PAIR:<list>`` written as the list (:data:`model.PAIR`;
        :func:`model.pair_names` splits it). None for any other subject, or when a word is a
        title, a function word or a group's or institution's noun ("Police and Fire said" is no
        pair)."""
        at = next((i for i, w in enumerate(words) if w[2] == "and"), -1)
        tail = words[at + 1 :]
        # "Procter and Gamble and Unilever": a second "and", one of the two a name's own
        # (:func:`model.pair_names` keeps the run whole unless a known name tells which; round s48-q3)
        second = next((i for i, w in enumerate(tail) if w[2] == "and"), -1)
        tails = [tail[:second], tail[second + 1 :]] if second >= 0 else [tail]
        if at < 1 or any(not 1 <= len(t) <= 2 for t in tails) or any(w[2] == "and" for w in tails[-1]):
            return None
        parts: list[list[tuple[int, int, str]]] = [[]]
        for w in words[:at]:
            if parts[-1] and "," in self.text[parts[-1][-1][1] : w[0]]:
                parts.append([])  # "Cruz, Ortiz": the list goes on (round s47-q)
            parts[-1].append(w)
        if any(len(p) > 2 for p in parts) or (second >= 0 and len(parts) > 1):
            return None
        names = words[:at] + [w for w in tail if w[2] != "and"]
        for w in names:
            low = w[2].lower()
            if (
                not _NAME_WORD.fullmatch(w[2])
                or low in FUNCTION_WORDS
                or low in TITLE_WORDS
                or low in GROUPS
                or low in INSTITUTIONS
                or _body(low)
            ):
                return None
        first, last = words[0][0], words[-1][1]
        listed = re.sub(r",(?=\s)", "", self.text[first:last]) if len(parts) > 1 else self.text[first:last]
        spans = {(p[0][0], p[-1][1]) for p in [*parts, *tails]}
        inside = self._in(first, last)
        if second >= 0 and self._in(first, last + 2):  # ("Sainsbury's": its mention runs past the word)
            return None  # a double "and" among names the recogniser typed: not read here
        if re.search(r"[^\w\s'’.-]", listed) or any(
            (n.speaker.type != "PERSON" and not self._surname_typed_place(n, inside, len(spans)))
            or (n.start, n.end) not in spans
            for n in inside
        ):
            # a bracket, a comma elsewhere: an aside; a mention: resolved as before (in a list or
            # a pair, a person's mention of one name alone is one of its names: "Cruz, Ortiz and
            # Diaz", "Reyes and Ortiz" with Ortiz typed a person; round s48-q: Ortiz alone spoke)
            return None
        before = self.text[start:first]
        if (
            before.strip()
            and not re.search(r"[,;:(—–-]\s*$", before)
            and before.split()[-1].lower() not in _CLAUSE_OPEN
        ):
            return None
        name = " ".join(self.text[first:last].split())
        return Speaker(f"{PAIR}{name}", name, "PERSON")

    def _surname_typed_place(self, n: Named, inside: Sequence[Named], members: int) -> bool:
        """Whether the mention ``n``, a member of a list of ``members`` names before a speech
        verb whose mentions are ``inside``, is a surname the recogniser typed a place ("…, Reyes
        and Santos said", Santos a GPE): one word, no capital city, and a person by the list
        (another member a person's mention or a name no mention types: every member of a
        coordinated subject of "said" is a speaker) or by the article (a person's name ending in
        it elsewhere, "Ana Santos"). A list of places only ("Oslo and Bergen said": their
        councils) stays places (round s48-q3)."""
        name = self.text[n.start : n.end]
        if n.speaker.type != "GPE" or not _NAME_WORD.fullmatch(name) or _capital(name):
            return False
        places = [m for m in inside if m.speaker.type == "GPE"]
        if any(m.speaker.type == "PERSON" for m in inside) or len(places) < members:
            return not any(m.speaker.type not in ("PERSON", "GPE") for m in inside)
        return any(
            m.speaker.type == "PERSON" and m.speaker.name.split()[-1] == name and len(m.speaker.name.split()) > 1
            for m in self.named
        )

    def coordinated_subject(self, start: int, end: int) -> bool:
        """Whether ``start:end`` is a list of plural nouns for people as one subject ("Men, women
        and children"; :meth:`_coordinated`) or of three or more people named ("Ana Cruz, Ben
        Ortiz and Carla Diaz"; :meth:`_person_pair`): no clause before a trailing subject's comma."""
        words = [(start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(self.text[start:end])]
        if not words:
            return False
        listed = self._person_pair(start, end)
        if listed is not None and ", " in listed.speaker.name:
            # "Ana Cruz, Ben Ortiz and Carla Diaz said …": a list of people opening the sentence,
            # only capitalised titles before it (round s47-q: the first names were read as content)
            lead = self.text[start : listed.start]
            return "," not in lead and not any(w[:1].islower() for w in _WORD.findall(lead))
        bare = self._name_pair(start, words)
        if bare is not None and "," in bare.name:
            return True  # "Cruz, Ortiz and Diaz said …", no mention covering them
        if self._listed_object(start, end):
            return True  # "Officials in Cebu, Bohol and Leyte said …": one subject, its places no speakers
        named = self._name_list(start, end, whole=True)
        if named is not None and "," in named.name:
            # "Shell, BP and TotalEnergies said …" (round s48-q: "Shell" was the words); only a
            # list that is the whole subject ("Shell, BP and TotalEnergies shares fell …, analysts
            # said" is the words: review s48-rv finding 11, the statement was lost)
            return True
        return self._coordinated(start, words) is not None

    def _listed_after(self, start: int, end: int) -> Speaker | None:
        """A list of names closed by "and" as the whole of ``start:end`` after a cue: people the
        recogniser names (:meth:`_person_pair`), bodies or places (:meth:`_name_list`) or bare
        names, three or more (:meth:`_name_pair`), one ``PAIR`` speaker credited to each, never
        the first name alone (round s48-q: "…, said Cruz, Ortiz and Diaz." was Cruz's, "…, said
        the Red Cross and Caritas." no statement). None for any other words."""
        pair = self._person_pair(start, end)
        if pair is not None:
            return pair.speaker
        listed = self._name_list(start, end, after_cue=True)
        if listed is not None:
            return listed
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text, start, end)]
        bare = self._name_pair(start, words) if words else None
        return bare if bare is not None and "," in bare.name else None

    def lone_after_titles(self, start: int, end: int) -> Speaker | None:
        """A surname alone after capitalised title words as the whole of ``start:end``
        ("Superintendent Pellworth", "Dr. Okonkwo", "Det. Insp. Hale"): the surname as
        :meth:`_lone_name` reads one (joined across the corpus to the one full name it ends), the
        titles no part of it; None for other words (a full name: "Fire Chief Anna Lindqvist")."""
        words = list(_WORD.finditer(self.text, start, end))
        if len(words) < 2 or self.text[words[-1].end() : end].strip(" \t\n."):
            return None
        titles = [w.group() for w in words[:-1]]
        if not all(
            w[:1].isupper() and (_rank_word(w).lower().rstrip(".") in TITLE_WORDS or w.rstrip(".") in _NOT_NAME)
            for w in titles
        ):
            return None
        if self.text[start : words[0].start()].strip():
            return None
        return self._lone_name(words[-1].start(), end, True)

    def _lone_name(self, start: int, end: int, first: bool) -> Speaker | None:
        """A single capitalised word right next to the cue ("Dahl said", "said Dahl") that no
        mention covers: a surname on its own, merged across the corpus with the one full name
        it ends (:mod:`quotes.merge`), or with a name found earlier in this article."""
        region = self.text[start:end]
        m = _LONE_FIRST.match(region) if first else None
        if not first:
            # Only as the whole subject ("Dahl said", "Meanwhile, Dahl said"): not "on Tuesday urged".
            m = _LONE_LAST.search(region)
        if (
            m is None
            or m.group(1) in _NOT_NAME
            or m.group(1).lower() in _CALENDAR
            or m.group(1).lower() in ROLES
            or m.group(1).lower() in INSTITUTIONS
            or kind_of_word(m.group(1)) is not None
        ):
            return None  # "Police said", "Hospitals said": a body or a place described, no person's name
        word = m.group(1)
        if word.lower() in COMMON_WORDS or self._written_as(word.lower()):
            return None  # a common word capitalised at the start of a sentence
        if not word.endswith("s") and people_plural(word.lower()):
            return None  # "Women said", "Firemen said": an irregular plural for people, no name (t13m F1)
        lone = word.endswith("s") and not self._mid_sentence(word)
        if lone and (people_plural(word.lower()) or self._holds(word.lower().removesuffix("s"))):
            return None  # "Critics said", "Officials said": a plural, unless used as a name mid-sentence
        s = start + m.start(1)
        if any(n.start <= s < n.end for n in self._in(max(0, s - 60), min(len(self.text), s + 60))):
            return None  # part of a mention of another kind (an ORG, a place)
        name = m.group(1)
        if _capital(name):
            # "Castries said", "Valletta insisted": a capital no mention covers stands for its
            # government, a place as speaker, never a lone surname (s37-q: credited to nobody or
            # to a person "Valletta")
            return Speaker(f"NAME:{name}", name, "GPE")
        if lone:
            # "Evans said", "Williams said": a surname or a plural noun by its form; a name only
            # when the corpus names someone so (:func:`merge.merge_speakers` settles it, t13l F5:
            # such surnames were dropped though their full name is in another article).
            return self._short_form(Speaker(f"{LONE}{name}", name, "PERSON"))
        return self._short_form(Speaker(f"NAME:{name}", name, "PERSON"))
