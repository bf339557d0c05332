"""Places as speakers' settings: officials of a named place, a place's institution, people
"from" or "in" a place, a common noun before a place name.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.lexicons import (
    NAME_PARTICLES,
    PLACE_KIND_AFTER,
    kind_of_word,
    legal_form,
)
from waic_reader.index.analysis.lexicon import (
    FUNCTION_WORDS,
)
from waic_reader.index.analysis.quotes.cues import (
    BODIES,
    GROUPS,
    INSTITUTIONS,
    ROLES,
    people_plural,
    person_singular,
)
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.analysis.quotes.model import (
    Speaker,
    officials_of,
)
from waic_reader.index.analysis.quotes.pronouns import Pronouns
from waic_reader.index.analysis.quotes.speaker_words import (
    _ALONG,
    _AT_PLACE,
    _COLLECTIVES,
    _COMMON_NOUN,
    _DETERMINER_ONLY,
    _FROM_PLACE,
    _GOVERNMENT_LEVELS,
    _INSTITUTION_IN,
    _LOCATED,
    _NOT_HEAD,
    _PLACE_NOUN,
    _PLACE_OFFICIALS,
    _PLACE_PREPOSITIONS,
    _SINGULAR_AT,
    _SPOKEN_FOR_BEFORE,
    GROUP,
    Named,
    _body,
    _plural,
    _words_of,
)


class Places(Pronouns):
    """Officials, institutions and people of a named place."""

    def _located(self, start: int) -> bool:
        """Whether the place at ``start`` says where the subject is, not who it is: "Hospitals in
        Portmere said", "Schools across Tollan said" (the hospitals speak, not the city)."""
        if _LOCATED.search(self.text, max(0, start - 40), start) is not None:
            return True
        # "A family in Portland says", "a charity near Lagos said": a singular noun of any kind
        # before the place's preposition is the subject's head, the place where it is (t13ai N9:
        # Portland, then Kaohsiung, spoke)
        m = _SINGULAR_AT.search(self.text, max(0, start - 40), start)
        if m is not None and m.group(1).lower() not in FUNCTION_WORDS:
            return True
        if self._person_at(start) is not None:
            return True
        # "Officials at the hospital in Coimbra said": where the hospital is (t13n F10)
        at = _INSTITUTION_IN.search(self.text, max(0, start - 40), start)
        if at is None:
            return False
        noun = at.group(1).lower()
        return noun in INSTITUTIONS or noun in BODIES or _body(noun)

    def _before_its_place(self, start: int, end: int) -> int:
        """Where the words ``start:end`` end without the place closing them after a singular
        person's noun (:meth:`_person_at`: "one pharmacist in Lyon" → after "pharmacist"; t13af
        N21: '"…," said one pharmacist in Lyon, who asked not to be named.' is an anonymous
        source, where they are no part of who); ``end`` when no such place closes them."""
        stop = len(self.text[:end].rstrip(" \t\n,"))
        places = [n for n in self._in(start, stop) if n.speaker.type in ("GPE", "NORP") and n.end == stop]
        if not places or self._person_at(places[0].start, start) is None:
            return end
        m = _AT_PLACE.search(self.text, max(start, places[0].start - 40), places[0].start)
        return m.end(1) if m is not None else end

    def _from_place(self, start: int, end: int) -> Speaker | None:
        """A person described by where they come from as the subject ("A rescuer from Asturias
        said"): the person as written, unattributed (a group), never the place (t13y G7: the
        place spoke); None when the subject has no place after "from"."""
        for n in self._in(start, end):
            if n.speaker.type not in ("GPE", "NORP"):
                continue
            m = _FROM_PLACE.search(self.text, max(start, n.start - 40), n.start)
            noun = m.group(1).lower() if m is not None else self._person_at(n.start, start)
            if noun is not None:
                return Speaker(f"GROUP:{noun}", noun.capitalize(), GROUP)
        return None

    def _person_at(self, place: int, floor: int = 0) -> str | None:
        """The one person, in lower case, a singular noun right before the preposition of the
        place at ``place`` names ("one pharmacist in Nantes" → "pharmacist", :data:`_AT_PLACE`,
        :func:`cues.person_singular`), looked for from ``floor`` on; None for any other words
        ("the government in Kyiv", "Hospitals in Portmere")."""
        m = _AT_PLACE.search(self.text, max(floor, place - 40), place)
        if m is None:
            return None
        noun = m.group(1).lower()
        return noun if person_singular(noun) else None

    def _place_officials(self, start: int, end: int) -> Speaker | None:
        """A place's officials as the whole subject ``start:end``, written any of three ways:
        "Oslo officials", "officials in (or of) Oslo", "Tamsin County officials" (a determiner
        and a level of government, "city", "state", "local", may come between): the place's
        government speaking (:func:`model.officials_of`: "Oslo officials", type ORG), never the
        place itself nor a person of its name (round s49-q: "Tamsin County officials said" was
        the person "Tamsin County", "Oslo officials" the city, "officials in Oslo" no one). The
        place is a GPE mention filling the name's words, else capitalised words whose last is a
        kind of place (:data:`lexicons.PLACE_KIND_AFTER`: "Tamsin County" the recogniser left
        untyped). None for any other subject: an organisation's officials ("Nordsea officials")
        are that organisation's as before, and a list of places ("officials in Cebu, Bohol and
        Leyte") stays the group as written."""
        m = _PLACE_OFFICIALS.fullmatch(self.text, start, end)
        if m is None:
            return None
        at = m.span("before") if m.group("before") is not None else m.span("after")
        names = self._in(*at)
        if len(names) == 1 and (names[0].start, names[0].end) == at:
            n = names[0]
            if n.speaker.type != "GPE":
                return None
            return officials_of(Speaker(n.speaker.key, n.speaker.name, n.speaker.type, (n.start, n.end)))
        words = [w.lower() for w in self.text[at[0] : at[1]].split()]
        if names or words[-1] not in PLACE_KIND_AFTER:
            return None
        # The kind word names no place by itself: "County officials said" opens a sentence with a
        # capital only because it is first, "City County officials" repeats levels (round s49-fx4,
        # review s49-rv2 #1). A proper word must come before the kind: "Tamsin County".
        if not any(w not in PLACE_KIND_AFTER and w not in _GOVERNMENT_LEVELS and w != "of" for w in words[:-1]):
            return None
        name = " ".join(self.text[at[0] : at[1]].split())
        return officials_of(Speaker(f"GPE:{name}", name, "GPE", at))

    def _place_of_kind(self, pos: int, kind: str) -> Speaker | None:
        """The latest place (GPE) named before ``pos`` whose name holds the lower-case ``kind``
        of place (:data:`lexicons.PLACE_KIND_AFTER`: "county" → "Marsh County"), else None."""
        for n in self._latest_first(pos):
            if n.speaker.type == "GPE" and kind in _words_of(n.speaker.name):
                return n.speaker
        return None

    def _place_institution(self, start: int, place: Named, end: int) -> Speaker | None:
        """A place's name before the noun of its institution, ending the subject ``start:end``
        ("Stavenholm airport", "Bergen hospital"; "a spokesperson for Tromsø harbour"): the
        institution, never the place (t13ad N8: "…, a spokesperson for Stavenholm airport says."
        was Stavenholm's). The noun is a body's or a facility's (an institution's word, or one the
        entity recogniser ends an organisation or a facility with: :func:`kind_of_word`), or any
        noun after a spokesperson's "for"/"of"/"at" (what the spokesperson speaks for). The
        organisation named before whose name holds the noun ("Stavenholm Airport"), else the
        phrase as written (a group: unattributed); None when the subject is not of that form."""
        m = _PLACE_NOUN.match(self.text, place.end, end)
        if m is None or not re.match(r"\s*(?:[,.;:]|$)", self.text[m.end() : end]):
            return None
        noun = m.group(2).lower()
        if noun in FUNCTION_WORDS:
            return None
        # The place opens the subject, after a determiner or a spokesperson's preposition only:
        # "SBM Intel, a Lagos intelligence firm, says" is the firm's apposition, SBM Intel speaks.
        spoken_for = _SPOKEN_FOR_BEFORE.fullmatch(self.text, start, place.start) is not None
        if not spoken_for and not _DETERMINER_ONLY.fullmatch(self.text, start, place.start):
            return None
        if not (
            spoken_for or noun in INSTITUTIONS or noun in BODIES or kind_of_word(noun.capitalize()) in ("ORG", "FAC")
        ):
            return None
        named = self._body_before(place.start, noun)
        if named is not None and self.text[place.start : place.end].lower() in named.name.lower():
            return named
        name = " ".join(self.text[place.start : m.end()].split())
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _before_places(self, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``words`` without the phrases of place ending them, one after another ("Doctors at the
        hospital in Coimbra", "Nurses at the clinic in Pécs" -> "Doctors", "Nurses": the group at
        an institution in a town, never the town; t13n F10)."""
        while True:
            shorter = self._before_place(words)
            if len(shorter) == len(words):
                return words
            words = shorter

    def _before_place(self, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``words`` without a prepositional phrase of place ending them ("Fishermen in the
        harbour", "Passengers on the train" -> "Fishermen", "Passengers"): a preposition, an
        optional article and one to three common nouns, none a body's or an institution's
        ("Analysts at the bank" is the bank's, resolved as before); after a plural noun for people,
        a place's name too ("Doctors in Mohács", "Visitors from Győr", "Many women in Pécs": where
        they are, never who speaks; t13m F17: the town was the speaker, or the statement dropped).
        An organisation's name stays ("Engineers at Hydrolyne Corp" are the firm's)."""
        for i in range(len(words) - 2, 0, -1):
            if words[i][2].lower() not in _PLACE_PREPOSITIONS:
                continue
            tail = words[i + 1 :]
            if tail[0][2].lower() in ("the", "a", "an"):
                tail = tail[1:]
            if not self.text[words[i - 1][1] : words[-1][1]].count(",") and self._named_area(
                tail, words[i - 1][2].lower()
            ):
                return words[:i]  # "Women from the Bairro do Sol neighbourhood"
            if (
                not 1 <= len(tail) <= 3
                or self.text[words[i - 1][1] : words[-1][1]].count(",")
                or not (
                    self._named_place(tail, words[i - 1][2].lower(), prep=words[i][2].lower())
                    or not any(
                        not _COMMON_NOUN.fullmatch(w[2])
                        or (w[2].lower() in _NOT_HEAD and w[2].lower() not in INSTITUTIONS)
                        or (w[2].lower() in INSTITUTIONS and words[i][2].lower() not in _ALONG)
                        for w in tail
                    )
                )
            ):
                return words
            return words[:i]
        return words

    def _named_area(self, tail: list[tuple[int, int, str]], noun: str) -> bool:
        """Whether ``tail`` (after a preposition following ``noun``) is a named place with the
        common noun of its kind after it ("the Bairro do Sol neighbourhood", "the Vila Verde
        district", "the Rua Augusta area"): a place's name (:meth:`_named_place`) of up to four
        capitalised words, name particles between them ("do", "da", "de"), then one or two
        lower-case nouns, none an institution's or a body's (t13n F18: "Women from the Bairro do
        Sol neighbourhood said …" was dropped)."""
        cut = next((k for k, w in enumerate(tail) if not w[2][:1].isupper() and w[2] not in NAME_PARTICLES), len(tail))
        name, rest = tail[:cut], tail[cut:]
        while name and name[-1][2] in NAME_PARTICLES:
            name, rest = name[:-1], [name[-1], *rest]
        capitals = [w for w in name if w[2][:1].isupper()]
        return (
            bool(capitals)
            and len(capitals) <= 4
            and 1 <= len(rest) <= 2
            and all(
                _COMMON_NOUN.fullmatch(w[2]) and w[2] not in _NOT_HEAD and w[2] not in INSTITUTIONS and not _body(w[2])
                for w in rest
            )
            and self._named_place(capitals, noun)
        )

    def _named_place(self, tail: list[tuple[int, int, str]], noun: str, *, of: bool = False, prep: str = "") -> bool:
        """Whether ``tail``, the words after a preposition following ``noun`` (lower case), is a
        place's name that only says where or whose the subject is: ``noun`` a plural noun for
        people ("residents", "doctors", "women", "police"), a role or title ("The mayor of Pécs",
        "The deputy mayor of Szigetvár": the person introduced so, else unattributed), or a body
        there, not ``of`` it ("The hospital in Pécs"; "the government of Hungary" is the
        country's), and ``tail`` capitalised words that no organisation's or person's mention
        covers and that end in no organisation's kind word or legal form ("Szigetvár", "Győr"; not
        "Hydrolyne Corp", "Mohács Hospital").
        After a preposition of place (``prep``, :data:`_PLACE_PREPOSITIONS`) a noun for one person
        ("My cousin in Marrow Point") is described by where they are too, and a name the
        recogniser typed a person or an organisation is still the place when it can be no one's
        workplace: after a preposition of place only (:data:`_ALONG`: "Fishers on the Salt
        Coast"), or when its last word is a kind of place ("Coast", "Valley") or the mention is a
        person's (one is "in" a town, never "in" a person). t13av N7, N8: the place spoke."""
        people = _plural(noun) and (people_plural(noun) or noun in _COLLECTIVES)
        one = bool(prep) and prep in _PLACE_PREPOSITIONS and not _plural(noun) and person_singular(noun)
        if not (people or one or noun in ROLES or noun in TITLE_WORDS or (not of and _body(noun))):
            return False
        if not all(w[2][:1].isupper() for w in tail):
            return False
        s, e = tail[0][0], tail[-1][1]
        last_kind = kind_of_word(tail[-1][2])
        # people "of" a name are its people ("Residents of Harlow Bend"), never the name, though
        # the recogniser typed it a person (round s53-q2, t13az N1: the town was the speaker)
        placed = (people or one) and ((prep in _PLACE_PREPOSITIONS and prep != "at") or (of and people))
        for n in self._in(max(0, s - 60), e + 60):
            if not (n.start < e and s < n.end and n.speaker.type in ("ORG", "PERSON")):
                continue
            if (
                placed
                and n.start >= s
                and n.end <= e
                and (prep in _ALONG or last_kind in ("LOC", "GPE") or n.speaker.type == "PERSON")
            ):
                continue  # the recogniser's type aside: a place where people are
            return False
        return last_kind != "ORG" and not legal_form(tail[-1][2])

    def _before_of(self, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``words`` without an "of" phrase describing a plural group noun before it ("Residents of
        the valley", "Members of the crew", "Families of the miners" -> "Residents", "Members",
        "Families"): the noun before "of" a group word (:data:`GROUPS`) or a noun for people in the
        plural, then an optional article and one to three common nouns, none an institution's
        (t13k F15: no statement), or a place's name after such a noun or a role ("Residents of
        Szigetvár", "The mayor of Pécs": t13m F17, the town was the speaker). A singular noun's "of"
        phrase of common nouns is no such description ("The mother of three")."""
        for i in range(len(words) - 2, 0, -1):
            if words[i][2] != "of":
                continue
            noun = words[i - 1][2].lower()
            tail = words[i + 1 :]
            if tail[0][2].lower() in ("the", "a", "an"):
                tail = tail[1:]
            if (
                (noun in GROUPS or people_plural(noun))
                and _plural(noun)
                and not self.text[words[i - 1][1] : words[-1][1]].count(",")
                and self._named_area(tail, noun)
            ):
                return words[:i]  # "Residents of the Vila Verde district"
            if (
                1 <= len(tail) <= 3
                and not self.text[words[i - 1][1] : words[-1][1]].count(",")
                and (
                    self._named_place(tail, noun, of=True)
                    or (
                        (noun in GROUPS or people_plural(noun))
                        and _plural(noun)
                        and all(
                            _COMMON_NOUN.fullmatch(w[2])
                            and w[2].lower() not in _NOT_HEAD
                            and w[2].lower() not in INSTITUTIONS
                            for w in tail
                        )
                    )
                )
            ):
                return words[:i]
            return words
        return words
