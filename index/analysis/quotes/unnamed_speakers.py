"""Unnamed groups and common-noun subjects: "Harbour officials", "The fire service", families,
anonymous sources, "a spokesperson for" a described body; what such a phrase describes.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.languages import ly_adverb
from waic_reader.index.analysis.lexicon import (
    FUNCTION_WORDS,
)
from waic_reader.index.analysis.quotes.bodies import head_keys, names_body
from waic_reader.index.analysis.quotes.cues import (
    BODIES,
    GROUPS,
    INSTITUTIONS,
    ROLES,
    SOURCE_PHRASE,
    SPEAKS_FOR_ORG,
    people_plural,
    person_singular,
)
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.analysis.quotes.model import (
    ANONYMOUS,
    Speaker,
)
from waic_reader.index.analysis.quotes.name_lists import NameLists
from waic_reader.index.analysis.quotes.speaker_words import (
    _CALENDAR,
    _CLAUSE_OPEN,
    _COMMON_NOUN,
    _FAMILY_FIRST,
    _FAMILY_LAST,
    _GROUP_DROP,
    _GROUP_STOP,
    _IN_WORD_APOSTROPHE,
    _INDEFINITE,
    _NOT_HEAD,
    _NP_OPEN,
    _PART_OF,
    _PLACE_PREPOSITIONS,
    _POSSESSIVE,
    _RANKS,
    _SPEAKS_FOR,
    _WORD,
    GROUP,
    _body,
    _job_word,
    _office_of_role,
    _owner,
    _plural,
    _unnamed,
    _words_of,
)
from waic_reader.index.corpus.letters import NAME_WORD
from waic_reader.index.corpus.quote_marks import ALL_MARKS


class UnnamedSpeakers(NameLists):
    """Unnamed groups, common-noun subjects, families and anonymous sources as speakers."""

    def anonymous_source(self, start: int, end: int) -> Speaker | None:
        """An unnamed source as the whole subject ``start:end`` (spaces and commas at its ends
        passed over): a determiner or number, up to two lower-case modifiers and a noun for a
        person or people (:func:`cues.person_singular`, :func:`cues.people_plural`: "source",
        "official", "people"; a plural needs no determiner: "sources"), then a phrase saying how
        the source knows or why it is not named (:data:`cues.SOURCE_PHRASE`) running to ``end`` in
        at most ten words with no quotation mark: "a source close to the investigation", "one
        engineer, who asked not to be named,". The source as written, a ``GROUP`` speaker keyed
        :data:`model.ANONYMOUS` (listed as unattributed, its quote :attr:`Quote.anonymous`), never a
        name inside its phrase ("a source close to Westmarch Rail");
        None when the subject is not of that form (t13ab L10: the quote was lost)."""
        text = self.text
        while start < end and text[start] in " \t\n,":
            start += 1
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        phrase = SOURCE_PHRASE.search(text, start, end)
        if phrase is None:
            return None
        tail = text[phrase.end() : end]
        # an apostrophe inside a word is a possessive's or a contraction's, no quotation mark ("a
        # person familiar with the observatory's readings": t13ac M8, the quote was lost)
        if len(_WORD.findall(tail)) > 10 or re.search(
            "[;:!?" + re.escape(ALL_MARKS) + "]", _IN_WORD_APOSTROPHE.sub("", tail)
        ):
            return None
        head_end = self._before_its_place(start, phrase.start())
        words = _WORD.findall(text[start:head_end].rstrip(" \t\n,"))
        if not 1 <= len(words) <= 4 or any(w[:1].isupper() for w in words[1:]):
            return None
        lows = [w.lower() for w in words]
        noun = lows[-1]
        determined = lows[0] in _NP_OPEN
        if not (
            (determined and len(lows) > 1 and (person_singular(noun) or people_plural(noun)))
            or (_plural(noun) and people_plural(noun))
        ):
            return None
        if any(not _COMMON_NOUN.fullmatch(w) or w in FUNCTION_WORDS for w in lows[1 if determined else 0 : -1]):
            return None  # "a source in the ministry close to …": no modifier, resolved as before
        kept = words[1:] if determined else words
        name = " ".join(kept)
        name = name[:1].upper() + name[1:]
        return Speaker(f"{ANONYMOUS}{name.lower()}", name, GROUP)

    def _group(self, start: int, end: int, first: bool) -> Speaker | None:
        """An unnamed group, person or public body as the whole subject ("Harbour officials said",
        "said police", "a spokesperson said", "The regional council said"): the group as written,
        not a named entity from elsewhere in the text (a body the article names whose name holds
        its noun, "Ministry of Transport" for "the ministry", is that body). None when the subject is not such a group, or when it is someone's ("its
        spokesman", "Nordsea officials", "a ministry official" with a ministry named): those
        are resolved as before."""
        family = self._family(start, end, first)
        if family is not None:
            return family
        words = [(start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(self.text[start:end])]
        if first:
            cut = re.search(r"[,;.:]", self.text[start:end])
            if cut is not None:
                words = [w for w in words if w[0] < start + cut.start()]
            lead = words[:5]
            at = next((i for i, w in enumerate(lead) if _unnamed(w[2].lower())), -1)
            if at < 0 or any(w[2].lower() in _GROUP_STOP for w in lead[:at]):
                return None
            if len(words) > at + 1 and words[at + 1][2].lower() in _SPEAKS_FOR:
                return None  # "said a spokesperson for Nordsea Lines"
            if any(w[2][:1].isupper() for w in words[at + 1 :]) or self._in(words[0][0], words[-1][1]):
                return None  # "said police chief Anna Berg": a name after the group word
            phrase = lead[: at + 1]
        else:
            if re.search(r"[,;:]\s*$", self.text[start:end]):
                return None
            if not words:
                return None
            if not _unnamed(words[-1][2].lower()):
                common = self._noun_phrase(start, words)
                if common is None:
                    return self._coordinated(start, words) or self._name_pair(start, words)
                return self._described(common)
            phrase = [words[-1]]
            for w in reversed(words[:-1]):
                low = w[2].lower()
                if (
                    low in _GROUP_STOP
                    or low in _CALENDAR
                    or len(phrase) > 3
                    or re.search(r"[,;:]", self.text[w[1] : phrase[0][0]])
                ):
                    break
                phrase.insert(0, w)
                if low in _GROUP_DROP or low in ("one", "another"):
                    # a determiner opens the phrase: "After the crash near Harnwick a spokesman
                    # said" is the spokesman's, the place before it no part (t13ab L4: the place spoke)
                    break
            at = words.index(phrase[0])
            if at and words[at - 1][2].lower() in _SPEAKS_FOR and self.named_in(start, words[at - 1][0]) is not None:
                # "Professor Lise Hinterkamp of the university said", "Ola Brekstad from the
                # union said": the body is the named subject's affiliation, the name speaks
                # (t13k F8: unattributed, as the body's words)
                return None
        lows = [w[2].lower().removesuffix("'s").removesuffix("’s") for w in phrase]
        owners = [
            low
            for low, w in zip(lows, phrase, strict=True)
            if low in _POSSESSIVE
            or (w[2].lower().endswith(("'s", "’s")) and _owner(w[2], low) and not _office_of_role(w[2], low))
        ]
        if owners and not all(o in BODIES and self._org_named(phrase[0][0], o) is None for o in owners):
            # "its spokesman", "the company's officials": someone's. A public body's no name
            # holds ("the transport ministry's spokesman") is that body's, as written.
            return None
        s, e = phrase[0][0], phrase[-1][1]
        if any(
            n.start < e and s < n.end and self.text[n.start : n.end].lower() not in GROUPS
            for n in self._in(max(0, s - 60), e + 60)
        ):
            # "Nordsea officials": the named organisation's (not "Residents" after a dateline,
            # which the recogniser may take for a name: the group word itself, t13j F16).
            return None
        if len(lows) == 2 and lows[0] == "the" and lows[1] in SPEAKS_FOR_ORG:
            # '"…," the spokesperson said.' after "A Westmarch Rail spokesperson said …": the
            # one introduced speaks again (t13ab L17, repro v20: it was unattributed)
            introduced = self._introduced_for(s, lows[1])
            if introduced is not None:
                return introduced
        if _body(lows[-1]):
            body = self._body_before(s, lows[-1])
            if body is not None:
                return body  # "Police said" after "Halvik Police": that body
        noun = next((low for low in reversed(lows) if low in INSTITUTIONS), None)
        if noun is not None:
            org = self._org_named(s, noun)
            if org is not None:
                return org  # "a ministry official", "the ministry": the ministry the article names
        while phrase and phrase[0][2].lower() in _GROUP_DROP:
            phrase = phrase[1:]
        owner = self._unlisted_owner(phrase)
        if owner is not None:
            return owner
        name = " ".join(w[2] for w in phrase)
        name = name[:1].upper() + name[1:]
        # Listed as unattributed (:func:`recognise._add`): no entity, and "officials" in two
        # articles are not known to be the same people.
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def common_subject(self, start: int, end: int) -> Speaker | None:
        """The common-noun phrase right before a verb at ``end`` as its whole subject, however
        long the clause before it ("… in a way that many families said"): whom it refers to
        (:meth:`_described`), else None."""
        cut = self.subject_end(start, end)
        words = [(start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(self.text[start:cut])]
        phrase = self._noun_phrase(start, words) if words else None
        return self._described(phrase) if phrase is not None else None

    def _noun_phrase(self, start: int, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
        """The common-noun phrase that is the whole subject ending ``words`` (the subject region
        from ``start``, words between subject and verb already cut): a determiner or quantifier,
        up to three lower-case modifiers (adjectives, nouns, a possessive noun) and a lower-case
        noun, as (start, end, word) triples: "The regional hospital", "The fire service", "The
        fishermen's association", "Some workers", "that many people", "Most of the families"; with
        no determiner, a plural noun for people ("Dock workers", "Fishermen" before a place:
        "Fishermen in the harbour", "Passengers on the train"). A restrictive relative clause on
        the noun ("The families who live by the river", "The nurse who insists on anonymity") and a
        place after the noun are passed over;
        the sentence's first word and words in capitals are read in lower case. None when the
        last word is no such noun (a name, a pronoun, "the company": resolved as before) or the
        phrase is not the whole subject (a preposition or a name before it: "Analysts at the
        bank")."""
        for rel in range(1, len(words)):
            if words[rel][2] not in ("who", "that", "which") or "," in self.text[words[rel - 1][1] : words[-1][1]]:
                continue
            # "The families who live by the river said", "The nurse who insists on anonymity
            # said", "A union that argues for higher pay said": a restrictive relative clause
            # describes the subject's noun; the noun phrase before it is the subject (t13j F16;
            # t13m F12: singular nouns, "that" and "which" too). Where no such phrase ends before
            # it, the word is no relative ("… at intervals that many people said").
            subject = self._noun_phrase(start, words[:rel])
            if subject is not None:
                return subject
        placed = self._before_of(self._before_places(words))
        located = len(placed) < len(words)  # "Fishermen in the harbour": a noun described, no name
        words = placed
        # The sentence's first word is capitalised ("Fishermen in the harbour said", "Dock workers
        # on Friday said"): read in lower case.
        opening = words[0] if not self.text[start : words[0][0]].strip() else None

        def common(w: tuple[int, int, str]) -> bool:
            if w[2].isupper() and any(n.start == w[0] and n.end == w[1] for n in self._in(w[0], w[1])):
                return False  # "The NWS said": a name in capitals the recogniser gives (t13air S2)
            # A word in capitals (an all-caps lede's "THE OPERATOR SAID") is read in lower case.
            word = w[2].lower() if w[2].isupper() else w[2][:1].lower() + w[2][1:] if w is opening else w[2]
            return _COMMON_NOUN.fullmatch(word) is not None and word.lower() not in _NOT_HEAD

        head = words[-1]
        low = head[2].lower()
        if not common(head) or low in _CALENDAR or ly_adverb(low):
            return None
        phrase = [head]
        at = len(words) - 2
        while at >= 0 and len(phrase) <= 3:
            w = words[at]
            if self.text[w[1] : phrase[0][0]].strip():
                return None  # punctuation inside the phrase
            if w[2].lower() in _NP_OPEN:
                phrase.insert(0, w)
                break
            of_noun = w[2] == "of" and phrase[0][2].lower() not in _NP_OPEN  # "chamber of commerce"
            if not of_noun and not common(w):
                return None
            phrase.insert(0, w)
            at -= 1
        # With no determiner, only a plural noun for people ("Fishermen", "Dock workers",
        # "passengers": a group word or a role), the whole subject (checked below), is a
        # common-noun subject: a singular one is a name's word or a clause's ("Stavnes said"),
        # other plurals are things ("Small island states on Tuesday demanded": no speaker). A
        # one-word capitalised plural with no place after it is a group word (:data:`GROUPS`) or a
        # surname ("Holmes said"), resolved as before.
        # A one-word plural of a person noun's form ("Engineers said", "Pensioners said") is a group
        # too unless a name's mention covers it or the text uses it as a surname ("Tom Rogers"):
        # those are resolved as before (t13l F4: they were dropped).
        bare = (
            at < 0
            and (
                len(phrase) > 1
                or phrase[0] is not opening
                or located
                or head[2][:1].islower()  # "…, women said": no name in lower case
                or self._group_word(head)
            )
            and _plural(low)
            and people_plural(low)
        )
        if phrase[0][2].lower() not in _NP_OPEN and not bare:
            return None
        # The whole subject: nothing before it, or punctuation, a clause's first word ("… at
        # intervals that many people said") or an aside ("On Friday the hospital said").
        before = self.text[start : phrase[0][0]]
        part = _PART_OF.search(before)
        if part is not None and phrase[0][2].lower() == "the":
            # "Most of the families", "Some of the workers": a part of the group speaks.
            at = start + part.start()
            phrase = [
                (at + m.start(), at + m.end(), m.group()) for m in _WORD.finditer(before[part.start() :])
            ] + phrase
            before = before[: part.start()]
        last = before.split()[-1].lower() if before.split() else ""
        if before.strip() and not (
            re.search(r"[,;:(—–-]\s*$", before) or last in _CLAUSE_OPEN or self.is_aside(start, phrase[0][0])
        ):
            return None
        return phrase

    def _group_word(self, word: tuple[int, int, str]) -> bool:
        """Whether a capitalised plural opening a sentence (``word``: start, end, text) reads as a
        group noun ("Engineers", "Divers"), not a surname: no mention covers it and the text never
        has it after another capitalised word ("Tom Rogers") or in the middle of a sentence
        capitalised ("… said Rogers")."""
        s, e, w = word
        if not people_plural(w.lower()) or any(n.start < e and s < n.end for n in self._in(max(0, s - 60), e + 60)):
            return False
        return re.search(rf"(?:{NAME_WORD}|[a-z,])\s+{re.escape(w)}\b", self.text) is None

    def _family(self, start: int, end: int, first: bool) -> Speaker | None:
        """A family or household as the whole subject of ``start:end`` (``first``: opening it,
        after its verb; else ending it, before the verb), as written: "The Gyenes family", "the
        Horvath brothers", "Tamás Gyenes's relatives", "His family", "The family of Anna Fekete"
        (:data:`_FAMILY`). A group of people (listed as unattributed), never the person of that
        name (t13m F4). None when no such phrase is the subject."""
        region = self.text[start:end]
        if first:
            m = _FAMILY_FIRST.match(region)
            if m is None or not (
                re.match(r"\s*(?:[,;.:!?'\"”’)]|$)", region[m.end() :])
                or self.is_aside(start + m.end(), start + len(region.rstrip(" .;:!?'\"”’")))
            ):
                return None
        else:
            m = _FAMILY_LAST.search(region)
            if m is None:
                return None
            before = region[: m.start()]
            last = before.split()[-1].lower() if before.split() else ""
            if before.strip() and not (
                re.search(r"[,;:(—–-]\s*$", before) or last in _CLAUSE_OPEN or self.is_aside(start, start + m.start())
            ):
                return None
        s, e = start + m.start() + len(m.group()) - len(m.group().lstrip()), start + m.end()
        if any(n.speaker.type != "PERSON" and n.start < e and s < n.end for n in self._in(max(0, s - 60), e + 60)):
            return None  # "Sons of Norway", "Daughters of Charity": an organisation's name
        name = " ".join(m.group().split())
        name = name[:1].upper() + name[1:]
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _described(self, phrase: list[tuple[int, int, str]]) -> Speaker:
        """Who a common-noun subject (:meth:`_noun_phrase`) refers to: a person the article
        introduced by that role or title ("the county governor" after "County Governor Ane Lie";
        the job words of :data:`merge.TITLE_WORDS`), an
        organisation or body whose name holds its noun ("the hospital" after "Kvalsund Hospital"),
        else the phrase as written (a ``GROUP`` speaker: unattributed), never an earlier speaker
        of another description."""
        s, e = phrase[0][0], phrase[-1][1]
        head = phrase[-1][2].lower()
        if head in ROLES or head in TITLE_WORDS:
            # "the deputy mayor": the rank word before the role is part of the office (round s46-q)
            rank = phrase[-2][2].lower() if len(phrase) > 1 and phrase[-2][2].lower() in _RANKS else ""
            person = self._person_with_role(s, head, rank)
            if person is not None:
                return person
        opened = phrase[0][2].lower()
        lead = 1 if opened in _NP_OPEN else 0
        description = " ".join(w[2].lower() for w in phrase[lead:])
        if (
            _body(head)
            and opened not in _INDEFINITE
            and not (len(phrase) - lead == 1 and _job_word(head))
            and not any(n.start < e and s < n.end for n in self._in(s, e))
        ):
            # (a word both a job and a body's names the body only with the body's qualifier, when
            # no one holds the job: "the coast guard" is the Philippine Coast Guard, t13an N15,
            # round s47-q; "the guard", "a guard" are people, review s47-rv finding 7)
            # Only a noun naming a body ("hospital", "police"): "the ageless beauty" is no
            # section "Fashion & Beauty".
            # (its head written closed with the word before it too: "the coastguard" is the
            # "Philippine Coast Guard", "the coast guard" the "HM Coastguard"; round s48-q)
            keys = {head, head.removesuffix("s"), *head_keys(_words_of(description))}
            named = self._latest_org_with(s, keys)
            if named is not None and names_body(description, named.name):
                # "the hospital" is Kvalsund Hospital; "the ruling party" is not the Constitutional
                # Democratic Party: the description is a whole phrase of the name ending at its
                # head, as across the corpus (:func:`bodies.names_body`; s47-rv finding 10).
                return named
        # (an indefinite "a"/"an" is kept: "A guard" is one of many, which no body's noun names
        # across the corpus either, :func:`body_description`)
        while len(phrase) > 1 and phrase[0][2].lower() in _GROUP_DROP - _INDEFINITE:
            phrase = phrase[1:]
        name = " ".join(w[2] for w in phrase)
        name = name[:1].upper() + name[1:]
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _speaks_for_head(self, words: list[tuple[int, str]], end: int) -> Speaker | None:
        """Whom a subject headed by an unnamed official before a preposition speaks for
        ("Officials at the hospital said", "Senior officials at the regional hospital said",
        "Officials in Mohács said"; ``words``: the subject's (offset, lower-case word) pairs, in
        order, its verb at ``end``): the body its noun phrase names (:meth:`_spoken_for`), else,
        after a preposition of place before a name (a place: a named organisation was taken
        before), the officials as written (unattributed), never the organisation the article
        names most nor the object's last word (t13m F17: "Officials at the hospital" were dropped,
        the object "hospital" read as the subject). None for other subjects, and when no such
        phrase follows ("Officials at the company": resolved as before)."""
        for i, (pos, w) in enumerate(words[:4]):
            if w in SPEAKS_FOR_ORG and i + 1 < len(words) and words[i + 1][1] in (_SPEAKS_FOR | _PLACE_PREPOSITIONS):
                body = self._spoken_for(pos, end)
                if body is not None:
                    return body
                rest = self.text[words[i + 1][0] : end].split()[1:]
                if words[i + 1][1] not in _SPEAKS_FOR and rest and all(r[:1].isupper() for r in rest):
                    name = self.text[words[0][0] : pos + len(w)]
                    name = name[:1].upper() + name[1:]
                    return Speaker(f"GROUP:{name.lower()}", name, GROUP)
                return None
            if w in _GROUP_STOP or w in _POSSESSIVE or w.endswith(("'s", "’s")) or (not self.text[pos].islower() and i):
                return None
        return None

    def _spoken_for(self, pos: int, end: int) -> Speaker | None:
        """Whom "a spokesperson for the port" or "officials at the hospital" (the word at ``pos``,
        the subject ending at ``end``) speaks for when a common-noun phrase follows the preposition:
        the organisation before ``pos`` whose name holds its noun, else the body as written
        (:meth:`_described`), never the organisation the article names most (t13j F16, t13m F17).
        None when no such phrase follows ("its spokesman", "a spokesperson for the company":
        resolved as before)."""
        after = re.match(
            r"[\w'’-]*\s+(?:of|for|at|from|with|in|on|near|across|around|throughout|outside|inside)\s+",
            self.text[pos:end],
        )
        if after is None:
            return None
        at = pos + after.end()
        words = [(at + m.start(), at + m.end(), m.group()) for m in _WORD.finditer(self.text[at:end])]
        phrase = self._noun_phrase(at, words) if words else None
        if phrase is None:
            return None
        return self._org_named(pos, phrase[-1][2].lower()) or self._described(phrase)

    def unnamed_person_at(self, start: int, end: int, first: bool) -> Speaker | None:
        """An unnamed person described by where they work as the whole subject ``start:end``: an
        indefinite determiner ("a", "an", "one", "another"), up to two lower-case modifiers, a
        noun for one person (:func:`cues.person_singular`: "nurse", "senior doctor") that is no
        body's voice (:data:`cues.SPEAKS_FOR_ORG`: "a spokesman for X" speaks for X), then "at",
        "from", "of", "in", "with" or "inside" and a body's or place's name ("A nurse at Kalgoorlie
        Hospital said", "…, said a paramedic from Tarnby Ambulance Service"). That person as
        written, a ``GROUP`` speaker (unattributed), e.g. "Nurse at Kalgoorlie Hospital"; never
        the body named only to describe them (round s53-q: the hospital was credited). With
        ``first`` (the subject after its verb) the phrase may be followed by a time or place
        phrase in lower case or after a comma ("… on Monday"), which is left out. None when the
        subject is not of that form."""
        text = self.text
        while start < end and text[start] in " \t\n,":
            start += 1
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        words = [(start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(text[start:end])]
        if len(words) < 4 or words[0][2].lower() not in _ONE_OF_MANY:
            return None
        at = next((i for i, w in enumerate(words[1:4], 1) if w[2].lower() in _WHERE_THEY_WORK), -1)
        if at < 2:
            return None
        noun = words[at - 1][2].lower()
        modifiers = [w[2] for w in words[1 : at - 1]]
        if (
            not person_singular(noun)
            or noun in SPEAKS_FOR_ORG
            or any(not _COMMON_NOUN.fullmatch(m) or m.lower() in FUNCTION_WORDS for m in modifiers)
        ):
            return None
        rest = words[at + 1 :]
        if rest and rest[0][2].lower() == "the":
            rest = rest[1:]
        name: list[tuple[int, int, str]] = []
        for w in rest:
            if not w[2][:1].isupper() and not (name and w[2].lower() in ("of", "and", "for")):
                break
            if name and text[name[-1][1] : w[0]].strip():
                break  # a comma or a bracket ends the name ("an engineer at Velmont Power, Anna Berg,")
            name.append(w)
        while name and not name[-1][2][:1].isupper():
            name.pop()
        if not name or not self._in(name[0][0], name[-1][1]):
            # only a name the article holds (a body or place the recogniser typed): "a nurse at
            # the hospital said" is resolved as before
            return None
        after = text[name[-1][1] : end]
        if after.strip() and (not first or not re.match(r",|\s+[a-z]", after)):
            # more words after the name: before the verb another shape of subject; after it,
            # only a time's or place's phrase ("… on Monday", ", speaking …") may follow
            return None
        phrase = " ".join(text[words[1][0] : name[-1][1]].split())
        phrase = phrase[:1].upper() + phrase[1:]
        return Speaker(f"GROUP:{phrase.lower()}", phrase, GROUP)


# The determiners of one person among many ("a nurse", "one doctor"; :meth:`UnnamedSpeakers.unnamed_person_at`).
_ONE_OF_MANY = frozenset({"a", "an", "one", "another"})
# The prepositions that say where an unnamed person works or comes from ("a nurse at …").
_WHERE_THEY_WORK = frozenset({"at", "from", "of", "in", "with", "inside"})
