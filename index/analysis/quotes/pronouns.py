"""Pronouns and unnamed subjects (coreference): the person or group "he", "she", "they" or
"the official" refers back to, by gender, paragraph and sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from waic_reader.index.analysis.entities.given_names import given_name_genders
from waic_reader.index.analysis.entities.lexicons import (
    LOWER_TITLES,
    person_noun_gender,
)
from waic_reader.index.analysis.entry_time import ENTRY_STAMP
from waic_reader.index.analysis.lexicon import (
    FUNCTION_WORDS,
)
from waic_reader.index.analysis.quotes.cues import (
    CUE_WORDS,
    LOCAL_OFFICES,
    PRONOUNS,
    ROLES,
    SPEAKS_FOR_OWNER,
    people_plural,
    person_singular,
)
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.analysis.quotes.model import (
    Speaker,
    spokesperson_of,
)
from waic_reader.index.analysis.quotes.roles import Roles
from waic_reader.index.analysis.quotes.speaker_words import (
    _APPOSED,
    _FRAGMENT_AFTER,
    _NP_OPEN,
    _RELATIVES,
    _SENTENCE_BREAK,
    _SPOKESPERSON_NOUNS,
    _SUBJECT_LEAD,
    _SUBJECT_VERB,
    _TOKEN,
    _UNNAMED_AT,
    _UNNAMED_OPEN,
    _UNNAMED_REACH,
    GROUP,
)

# A role noun phrase opening a sentence, after a fronted phrase and its comma or not ("The
# governor has …", "On money, the governor has …"): its role word, then a lower-case word that
# is no preposition or conjunction joining another noun ("the governor of", "the mayor and").
_ROLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?])['\"”’]?\s+|(?<=\n))(?:[^\W\d][^,.!?;:\n\"“”]{0,40},\s+)?[Tt]he\s+([a-z]+)"
    r"(?=\s+(?!(?:of|and|or|in|at|for|to|from)\b)[a-z])"
)

# A role subject's word: a description the quotes resolve (:data:`cues.ROLES`), any job word the
# entity recogniser reads before a name (``lexicons.LOWER_TITLES``: "the harbourmaster", "the
# warden") or a local office (:data:`cues.LOCAL_OFFICES`: "the superintendent"): whoever holds it, the pronoun's office is theirs (t13r2 NEW-3, round s52-fx4: "the
# superintendent" was no role subject, "Her office" went to the sheriff named before).
_ROLE_WORDS = ROLES | LOWER_TITLES | LOCAL_OFFICES


class Pronouns(Roles):
    """The person or group a pronoun or an unnamed subject refers back to."""

    def _pronoun_principal(self, words: list[tuple[int, str]]) -> Speaker | None:
        """The speaker of a subject that is "his" or "her" and the one its person speaks through
        (:data:`cues.SPEAKS_FOR_OWNER`), its last word or two: "her office said", "his
        spokesman said", "his campaign office said" (``words``: the subject's (offset, lower-case
        word) pairs). The pronoun's person speaks, as "Berg's office said" is Berg's; through a
        spokesperson ("his spokesman"), that person's spokesperson, as "Berg's spokesman" is
        (round s43-y1: "…, her office said" was no statement, "his spokesman" no one's). None
        when the subject is otherwise; an unnamed group (unattributed) when the pronoun stands for
        no one named."""
        for k in (len(words) - 2, len(words) - 3):
            if k < 0 or words[k][1] not in ("his", "her"):
                continue
            rest = [w for _, w in words[k + 1 :]]
            head = rest[-1]
            through = head in SPEAKS_FOR_OWNER or head in _SPOKESPERSON_NOUNS  # never "his lawyer": a person
            if not through or any(w in FUNCTION_WORDS or w in PRONOUNS for w in rest):
                return None
            pos, w = words[k]
            role_found, person = self._role_subject_before(pos, PRONOUNS[w])
            if not role_found:
                person = self._person_before(pos, PRONOUNS[w])
            if person is None or person.type != "PERSON":
                # "The minister promised …, her office said" with no one named: her office as
                # written, unattributed, never a dropped statement
                phrase = " ".join(x for _, x in words[k:])
                return Speaker(f"GROUP:{phrase}", phrase.capitalize(), GROUP)
            return spokesperson_of(person) if head in _SPOKESPERSON_NOUNS else person
        return None

    def _role_subject_before(self, pos: int, gender: str | None) -> tuple[bool, Speaker | None]:
        """The person a role noun phrase stands for when it is the subject of a sentence between
        the last speaker's words (else the paragraph's start) and a possessive pronoun at ``pos``,
        with no person named after it: "…, the sheriff said. On money, the governor has been
        quoted as promising …. Her office told us …" is the governor's office (the person
        :meth:`_person_with_role` finds introduced as governor), never the last speaker's (t13aw
        N7). The role word is one of :data:`_ROLE_WORDS` (job and office nouns news uses for a
        person), after "the" at the sentence's start or after a fronted phrase and its comma.
        Returns (whether such a subject is there, its person): (False, None) when there is none
        or its person's known gender is not the pronoun's ``gender`` ("f", "m" or None); (True,
        None) when the role names no one the article introduces (the pronoun's owner unnamed,
        never another person's)."""
        i = bisect_left(self._breaks, pos)
        floor = self._breaks[i - 1] + 1 if i else 0
        if self.last is not None:
            floor = max(floor, self.last[0])
        latest_person = next((n.start for n in self._people_latest_first(pos)), -1)
        found = None
        for m in _ROLE_SUBJECT.finditer(self._flow, max(floor, latest_person, pos - _UNNAMED_REACH), pos):
            if m.group(1).lower() in _ROLE_WORDS:
                found = m
        if found is None:
            return False, None
        role = found.group(1).lower()
        person = self._person_with_role(found.start(1), role, self._rank_modifier(found.start(), found.start(1)))
        if person is None or person.type != "PERSON":
            return True, None
        known = self._gender_of(person)
        return (True, person) if gender is None or known is None or known == gender else (False, None)

    def _gender_of(self, sp: Speaker, named: Speaker | None = None) -> str | None:
        """The gender a pronoun for ``sp`` takes: told by the text (an honorific, a pronoun
        already resolved to them), else by the full name's (``named``, the mention's, else
        ``sp``'s) given name when name lists give it one gender only ("Julia Brandt" f,
        "Marc Aubin" m; "Jean", "Andrea": unknown)."""
        known = self.gender.get(sp.key)
        full = named or sp
        if known is not None or full.type != "PERSON":
            return known
        words = full.name.split()
        return given_name_genders().get(words[0]) if len(words) >= 2 else None

    def _person_before(self, pos: int, gender: str | None, role: str | None = None) -> Speaker | None:
        """The person a pronoun at ``pos`` (of ``gender``, "f", "m" or None) or a ``role`` stands
        for. A pronoun's referent is the nearest of: a person named since the last speaker as a
        sentence's subject, the last speaker, the latest person named, and an unnamed person as a
        subject after them (:meth:`_unnamed_subject`: "…, his daughter told the Echo. "…," she
        said" is the daughter's, unattributed, never a woman named earlier; t13z H6)."""
        if role is not None:
            return self._person_with_role(pos, role)
        named = self._named_referent(pos, gender)
        # From the start of the named person's sentence: an unnamed subject opening it is nearer
        # than a name later in it ("A woman who lost her son stood …, where Varnholt had spoken",
        # "Varnholt's spokeswoman did not comment."; t13aa K8: the minister's words)
        # (the last speaker's words are where they speak: from there, as before)
        if named is None:
            floor = max(0, pos - _UNNAMED_REACH)
        elif self.last is not None and named == self.last:
            floor = named[0]
        else:
            floor = self._sentence_floor(named[0])
        unnamed = self._unnamed_subject(floor, pos, gender, named[0] if named is not None else -1)
        if unnamed is not None:
            return unnamed
        if named is None:
            return None
        sp = named[1]
        if gender is not None:
            self.gender.setdefault(sp.key, gender)
        return sp

    def _named_referent(self, pos: int, gender: str | None) -> tuple[int, Speaker] | None:
        """The named person a pronoun at ``pos`` stands for and where the text names them (the
        last speaker: where their quote starts), else None."""
        if self.last is not None:
            # "…," said Fernanda Gouveia. The plant's director, Eng. João Galvão Simões, rejected
            # the claim. "…," he said: a person named since as a sentence's subject is the
            # pronoun's, not the last speaker (t13n F10)
            newer = self._subject_since(self.last[0], pos, gender)
            if newer is not None:
                return newer
        if self.last is not None and (local := self._paragraph_person(self.last[0], pos, gender)) is not None:
            return local
        if self.last is not None and self.last[1].type == "PERSON" and 0 < pos - self.last[0] < 400:
            # News names a speaker, then goes on with "he said" / "she added": the pronoun
            # means that speaker unless the text gives them the other gender.
            known = self._gender_of(self.last[1])
            if gender is not None and known is None:
                # The last speaker's gender is unknown but a person of the pronoun's known gender
                # was named since: "…," Haque said. Minister Farida Chowdhury visited …, she
                # said" is the minister's, never the man's (t13ag N10)
                fits = self._gendered_since(self.last[0], pos, gender)
                if fits is not None:
                    return fits
            if gender is None or known is None or known == gender:
                return self.last
        for n in self._people_latest_first(pos):
            sp = self._short_form(n.speaker)
            known = self._gender_of(sp, n.speaker)
            if gender is None or known is None or known == gender:
                return n.start, sp
        return None

    def _paragraph_person(self, last_at: int, pos: int, gender: str | None) -> tuple[int, Speaker] | None:
        """The nearest person named before a pronoun at ``pos`` in its own paragraph (a line, the
        lines of a hard-wrapped paragraph together: a live blog's time-stamped entry is one) when the last speaker spoke before that paragraph
        (at ``last_at``), of the pronoun's ``gender`` or of none the text or their given name
        tells, with where they are named; None when there is none or the last speaker is in the
        paragraph. "11:10 — Chief Ana X …. She tells …" / "12:10 — Coroner Ifeoma Y visits ….
        She tells …": the second is the coroner's, never the chief's of the entry before
        (t13apr F1: every entry's words went to the first woman the blog named)."""
        i = bisect_left(self._breaks, pos)
        start = self._breaks[i - 1] + 1 if i else 0  # the paragraph's (line's) start
        if last_at >= start:
            return None
        for n in self._people_latest_first(pos):
            if n.start < start:
                break
            sp = self._short_form(n.speaker)
            known = self._gender_of(sp, n.speaker)
            if gender is None or known is None or known == gender:
                return n.start, sp
        return None

    def _gendered_since(self, since: int, pos: int, gender: str) -> tuple[int, Speaker] | None:
        """The latest person named after offset ``since`` and before ``pos`` whose gender the text
        or their given name tells and is ``gender`` ("f" or "m"), with where they are named; None
        when there is none (a person of unknown gender is never taken: unsure, no speaker)."""
        last_key = self.last[1].key if self.last is not None else None
        for n in self._people_latest_first(pos):
            if n.start <= since:
                break
            sp = self._short_form(n.speaker)
            if sp.key != last_key and self._gender_of(sp, n.speaker) == gender:
                return n.start, sp
        return None

    def _unnamed_subject(self, start: int, pos: int, gender: str | None, named_at: int = -1) -> Speaker | None:
        """The nearest unnamed person after ``start`` and before a pronoun at ``pos`` of
        ``gender``: a noun phrase for one person the text does not name, opening a sentence ("One
        patient, a retired teacher, waited …", "A nurse on the ward described …") or as a trailing
        speech tag's subject after a comma ("…, his daughter told the Echo."), of the pronoun's
        gender where its noun tells one (:func:`lexicons.person_noun_gender`: "his son" is no
        "she"). Its speaker: the person the article introduced by a definite description's role
        ("the chief executive" after "The chief executive, Miriam Okafor,"), else the phrase as
        written (a group: unattributed). None when there is no such phrase. A phrase before the
        named referent's mention at ``named_at`` in its sentence counts unless the name is its
        apposition ("The father of one of the dead men, Gul Rahman, 70, sat …", "The bill's
        author, deputy Olga X, said …": that person)."""
        best: tuple[int, int, str] | None = None
        for m in _UNNAMED_AT.finditer(self.text, start, pos):
            hit = self._unnamed_person(m.end(), pos, tag=m.group().lstrip().startswith(","))
            if hit is None or self._quoted_at(hit[0]):
                continue  # "… A man had fallen," he said: the quotation's own words are no antecedent
            if hit[1] <= named_at and _APPOSED.search(self.text, hit[1], named_at):
                continue
            noun = person_noun_gender(hit[2])
            if gender is not None and noun is not None and noun != gender:
                continue
            best = hit
        if best is None:
            return None
        s, e, head = best
        if self.text[s:e].split()[0].lower() in ("the", "this", "that") and (head in ROLES or head in TITLE_WORDS):
            person = self._person_with_role(s, head)
            if person is not None:
                return person
        name = " ".join(self.text[s:e].split())
        name = name[:1].upper() + name[1:]
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _group_subject(self, start: int, pos: int) -> Speaker | None:
        """The nearest unnamed group of people after ``start`` and before a "they" at ``pos`` as
        the subject opening a sentence: a determiner or quantifier or none, lower-case modifiers,
        a plural noun for people (:func:`cues.people_plural`), then a lower-case word (its verb):
        "Survivors gathered at the river.", "Many local residents stayed up all night." The group
        as written (unattributed), else None (t13aa K8: "they" was an outlet named as a
        listener)."""
        best: Speaker | None = None
        for m in _SENTENCE_BREAK.finditer(self._flow, start, pos):
            if self._quoted_at(m.end()):
                continue
            words = [
                (t.start(), t.end(), t.group()) for t in _TOKEN.finditer(self.text, m.end(), min(pos, m.end() + 80))
            ]
            i = 1 if words and words[0][2].lower() in _NP_OPEN else 0
            for j in range(i, min(len(words) - 1, i + 4)):
                w = words[j][2]
                low = w.lower()
                if (j > 0 and not w[:1].islower()) or low in FUNCTION_WORDS - _NP_OPEN:
                    break
                nxt = words[j + 1][2]
                if people_plural(low) and nxt[:1].islower() and self.text[words[j][1] : words[j + 1][0]] == " ":
                    name = " ".join(self.text[words[0][0] : words[j][1]].split())
                    best = Speaker(f"GROUP:{name.lower()}", name[:1].upper() + name[1:], GROUP)
                    break
        return best

    def _unnamed_person(self, at: int, pos: int, *, tag: bool) -> tuple[int, int, str] | None:
        """The noun phrase of one unnamed person opening ``text[at:pos]`` as a subject: a
        determiner, "one" or a possessive ("his", "Okafor's", "the patient's"), up to three
        lower-case modifiers ("82-year-old", "retired") and a noun for a person
        (:func:`cues.person_singular`: "daughter", "nurse", "patient", "chief executive"), then an
        apposition's comma or a lower-case word (its verb or a phrase describing it; ``tag``: a
        speech verb, the phrase after a comma being a trailing tag's subject). As (start, end,
        head noun), else None: no such phrase, a name after the noun ("the chief executive
        Miriam Okafor"), a possessive ("a nurse's account") or a list ("a nurse and a porter")."""
        words: list[tuple[int, int, str]] = []
        for t in _TOKEN.finditer(self.text, at, min(pos, at + 120)):
            if (words and self.text[words[-1][1] : t.start()] != " ") or (not words and t.start() != at):
                break
            words.append((t.start(), t.end(), t.group()))
            if len(words) == 7:
                break
        if len(words) < 2:
            return None
        first = words[0][2]
        if first.lower() not in _UNNAMED_OPEN and not (first[:1].isupper() and first.endswith(("'s", "’s"))):
            return None
        i = 1
        if words[i][2][:1].islower() and words[i][2].endswith(("'s", "’s")):
            i += 1  # "the patient's daughter", "the trust's chief executive"
        head = -1
        for j in range(i, min(len(words), i + 4)):
            w = words[j][2]
            if not (w[:1].islower() or w[:1].isdigit()) or w.endswith(("'s", "’s")):
                break
            if person_singular(w.lower()):
                head = j
            elif head >= 0 or w.lower() in FUNCTION_WORDS:
                break
        if head < 0 or words[head][2].endswith(("'s", "’s")):
            return None
        follow = re.match(r"\s*(,|[^\W\d_][\w'’-]*)", self.text[words[head][1] : pos])
        if follow is None or follow.group(1) in ("and", "or", "nor") or follow.group(1) in ("'s", "’s"):
            return None
        word = follow.group(1)
        if word != "," and not word[:1].islower():
            return None  # "the chief executive Miriam Okafor": a name follows, no one unnamed
        if (
            word == ","
            and re.match(r"\s*[^\W\d_]", self.text[words[head][1] + follow.end() : pos])
            and (not re.match(r"\s*[a-z\d]", self.text[words[head][1] + follow.end() : pos]))
        ):
            return None  # "Its chairman, I Gusti Ngurah Wiranata, asked …": named in apposition
        if tag and word.lower() not in CUE_WORDS:
            return None
        return words[0][0], words[head][1], words[head][2].lower()

    def _subject_since(self, since: int, pos: int, gender: str | None) -> tuple[int, Speaker] | None:
        """The latest person after ``since`` and before ``pos`` named as the subject of a sentence
        of their own: first in it, or after a description in commas or title words ("The plant's
        director, Eng. X Y, rejected …", "Chief inspector X Y denied …"), a verb after the name;
        the last speaker and a person of the other known gender are passed over."""
        last_key = self.last[1].key if self.last is not None else None
        for n in self._people_latest_first(pos):
            if n.start <= since:
                break
            sp = self._short_form(n.speaker)
            if sp.key == last_key:
                continue
            known = self._gender_of(sp, n.speaker)
            if gender is not None and known is not None and known != gender:
                continue
            if (
                gender is not None
                and known is None
                and last_key in self.titled_gender
                and self.gender.get(last_key) == gender
            ):
                continue  # "Mrs Ann Hale said …. Peter Lund runs the farm. …, she said": still hers
            head = self._flow[max(since, n.start - 160) : n.start]  # (a wrapped line's break no sentence's)
            cut = max((m.end() for m in _SENTENCE_BREAK.finditer(head)), default=None)
            if cut is None:
                continue  # the sentence of the last speaker's words
            if (stamp := ENTRY_STAMP.match(head, cut)) is not None:
                # a live blog's entry time opens the sentence ("12:10 — Coroner X visits …"):
                # the subject follows it, as :func:`recognise._past_dateline` reads it (t13apr F1)
                cut = stamp.end()
            if not _SUBJECT_LEAD.fullmatch(head[cut:]) or not self._lead_words_ok(head[cut:]):
                continue
            after = _SUBJECT_VERB.match(self.text, n.end, min(len(self.text), n.end + 120))
            if (
                after is None or after.group(1).lower() in FUNCTION_WORDS or after.group(1).lower() in _RELATIVES
            ) and not _FRAGMENT_AFTER.match(self.text, n.end, min(len(self.text), n.end + 120)):
                continue
            return n.start, sp
        return None
