"""Who a cue attaches to: named entities, names the recogniser missed, pronouns and descriptions.

A speaker is looked for in the *subject region* of a cue (the words before ``said``, or after
it in ``said Marta Eklund``). In order of preference:

1. a PERSON mention of the entity recogniser (its merged entity, so "Li" is "Li Qiang");
2. a run of capitalised words the recogniser did not cover ("Bernard Fiset"), kept as a name;
3. an ORG, GPE or NORP mention ("Economists at Nordvik Bank said", "China's delegation said");
4. a pronoun ("he", "she", "it") or a description ("the premier", "the company", "a spokesman"),
   resolved to the last fitting named entity before it: a person for he/she, of the gender the
   text gives (Mr/Ms, earlier pronouns) when it gives one; an organisation for it/they and for
   institutions, preferring one whose name holds the description's noun ("the bank" -> "Bank of
   Estmark").

The words between a subject and its verb are passed over first (:meth:`Speakers.subject_end`:
"The regional council, however, on Friday has said" is read as "The regional council said").
Before all of these, an unnamed group or person as the whole subject ("Harbour officials said",
"said police", "a spokesperson said") is that group (:meth:`Speakers._group`, type ``GROUP``),
which the recogniser lists as unattributed: never a named entity from elsewhere in the text.
So is any common-noun phrase that is the whole subject (:meth:`Speakers._noun_phrase`: "The fire
service", "The regional hospital", "Some workers", "that many people"), unless it refers to the
person introduced by that role or title or to the body whose name holds its words
(:meth:`Speakers._described`). Each named candidate carries the offsets of its mention
(:attr:`Speaker.at`), so the corpus grouping can name it as the entity list does.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.lexicons import (
    PLACE_KIND_AFTER,
)
from waic_reader.index.analysis.lexicon import (
    DETERMINERS,
    FUNCTION_WORDS,
)
from waic_reader.index.analysis.quotes.cues import (
    BODIES,
    CUE_WORDS,
    INSTITUTIONS,
    KIND_NAME_WORDS,
    NEUTER,
    OWNER_AGENTS,
    PRONOUNS,
    ROLES,
    SPEAKS_FOR_ORG,
    SUBJECT_PRONOUNS,
    people_plural,
    person_singular,
)
from waic_reader.index.analysis.quotes.heads import name_after_title
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.analysis.quotes.model import (
    LONE,
    Speaker,
    spokesperson_of,
)
from waic_reader.index.analysis.quotes.speaker_words import (
    _DETERMINER_ONLY,
    _FIRM_NOUNS,
    _FORMER,
    _GROUP_STOP,
    _HEAD_AFTER_NAME,
    _HEAD_OF,
    _NAME_WORD,
    _NATION_NOUN,
    _NATION_VOICES,
    _NOT_HEAD,
    _NOT_NAME,
    _OWNED_BODY,
    _OWNED_PHRASE,
    _OWNER_APPOSITION,
    _POSSESSIVE_AFTER,
    _RESTRICTIVE,
    _SPOKESPERSON_AFTER,
    _SPOKESPERSON_BEFORE,
    _SPOKESPERSON_FOR,
    _THE_PLACE_KIND,
    _TITLE_THEN_NAME,
    _TITLE_WORDS,
    _UNNAMED_REACH,
    _WORD,
    CLOSING_APPOSITION,
    GROUP,
    Named,
    _body,
    _rank_word,
    role_words,
)
from waic_reader.index.analysis.quotes.unnamed_speakers import UnnamedSpeakers


class Speakers(UnnamedSpeakers):
    """Speaker resolution over one article's entity mentions (offsets into its text)."""

    def adjacent(self, start: int, end: int) -> Speaker | None:
        """A new subject right before a cue at ``end`` ("…, while The Japan Times emphasizes"), or
        None when the words before the cue continue a clause ("… in Shanghai and invited")."""
        hit = self.named_in(start, end)
        if hit is not None:
            # Nothing but the words a subject may have before its verb, or an apposition.
            cut = self.subject_end(start, end)
            if cut < hit.end:
                return None  # the name is in a clause between the subject and its verb
            if re.fullmatch(r"\s*(?:,[^,;]{0,80})?,?\s*", self.text[hit.end : cut]):
                return hit.speaker
            return None
        words = self.text[start:end].lower().split()
        if words and words[-1] in SUBJECT_PRONOUNS:
            return self.resolve(start, end)
        return None

    def resolve(self, start: int, end: int, *, first: bool = False) -> Speaker | None:
        """The speaker the subject region ``start:end`` names or refers to, else None. The words
        between a subject and its verb at ``end`` ("The council, however, on Friday has said")
        are passed over (:meth:`subject_end`); ``first``: the subject follows its verb at ``start``.
        A named body after a spokesperson's "for"/"of"/"at" ("a spokesman for Ghent said", "said
        a spokeswoman for the Ministry of Health") is that body's unnamed spokesperson
        (:func:`model.spokesperson_of`)."""
        # "its chief executive said": the body's officer, named or not (issue #16, s50-q), asked
        # first: the nearest person the general resolution falls back on may hold the role at
        # another body ("Acme Power's chief executive, Tom Baker, said …", s50-rv finding 5)
        officer = self._owned_role(start, end)
        if officer is not None:
            return officer
        found = self._resolve(start, end, first=first)
        if found is not None and found.type == GROUP and not first:
            named = self._identified_next(start, end)
            if named is not None:
                return named
        if found is None or found.type not in ("ORG", "GPE") or found.at is None or not start <= found.at[0] <= end:
            return found
        lead = _SPOKESPERSON_FOR.fullmatch(self.text, start, found.at[0])
        phrase_end = found.at[1]
        if lead is not None:
            mods = [lead.group("mod")]
        else:
            # "a KVH spokesperson", "a former HPA spokesman": the name as the noun's modifier
            before = _SPOKESPERSON_BEFORE.fullmatch(self.text, start, found.at[0])
            after = _SPOKESPERSON_AFTER.fullmatch(self.text, found.at[1], end)
            if before is None or after is None:
                return found
            mods = [before.group("mod"), after.group("mod")]
            phrase_end = len(self.text[:end].rstrip(" \t\n,"))
        if any((mod or "").lower() in _FORMER for mod in mods):
            # "a former spokesman for the Green Party": an unnamed person (a group, unattributed),
            # no longer the party's voice
            phrase = " ".join(self.text[start:phrase_end].strip(" ,").split())
            phrase = re.sub(r"^(?i:the|a|an|one)\s+", "", phrase)
            phrase = phrase[:1].upper() + phrase[1:]
            return Speaker(f"GROUP:{phrase.lower()}", phrase, GROUP)
        return spokesperson_of(self._whole_body(found, end) if lead is not None else found)

    def _resolve(self, start: int, end: int, *, first: bool = False) -> Speaker | None:
        anonymous = self.anonymous_source(start, end)
        if anonymous is not None:
            return anonymous  # "a source close to Westmarch Rail said": never the firm
        raw_end = end  # (a list's last member may end in "'s", which the cut takes off)
        if not first:
            cut = self.subject_end(start, end)
            if _WORD.search(self.text, start, cut) is not None:
                end = cut
            rel = _RESTRICTIVE.search(self.text, start, end)
            if (
                rel is not None
                and "," not in self.text[rel.start() : end]
                and 1 <= len(_WORD.findall(self.text, start, rel.start())) <= 5
                and self.text[start : rel.start()].split()[-1].lower() not in FUNCTION_WORDS
                and self.text[start : rel.start()].split()[-1].lower() not in CUE_WORDS
            ):
                # "The company that refused to comment said", "A union that argues for higher pay
                # said": the subject is the phrase before its restrictive relative clause, whose
                # words ("his name", "higher pay") name no one (t13m F12)
                head = self.resolve(start, rel.start())
                if head is not None:
                    return head
        worker = self.unnamed_person_at(start, end, first)
        if worker is not None:
            # "A nurse at Kalgoorlie Hospital said": one of its staff, unnamed, never the body
            return worker
        officials = self._place_officials(start, end)
        if officials is not None:
            return officials
        kinds = self.kind_list(start, end) or self.kind_list(start, raw_end)
        if kinds is not None:
            return kinds
        if not first:
            renamed = self._head_apposition(start, end)
            if renamed is not None:
                return renamed
        principal = self._pronoun_principal(
            [(m.start(), m.group().lower().rstrip(".")) for m in _WORD.finditer(self.text, start, end)]
        )
        if principal is not None:
            return principal
        modified = self._name_modifies(start, end)
        if modified is not None:
            return modified
        described = _THE_PLACE_KIND.fullmatch(self.text, start, end)
        if described is not None and described.group(1).lower() in PLACE_KIND_AFTER:
            # "…, the county said": the place named before whose name holds the kind ("Marsh
            # County"), speaking as "Marsh County officials said" does (round s48-q2, t13ap N10);
            # else the group as written, as before
            place = self._place_of_kind(described.start(1), described.group(1).lower())
            if place is not None:
                return place
        owned = self._place_body(start, end)
        if owned is not None:
            return owned
        group = self._group(start, end, first)
        if group is not None:
            return group
        if not first and (app := _OWNER_APPOSITION.search(self.text, start, end)) is not None and app.start() > start:
            # "Price, Dean's barrister, said", "Reid, Halvard's chairman, said": the name before
            # the apposition is the subject, whatever the relation noun; the possessor inside it
            # only describes the speaker (s42-rv 12: the client or the company was credited)
            named = self._before_apposition(start, app.start())
            if named is not None:
                return named
        if self._cut_body(start, end) or self._listed_object(start, end):
            # "Officials in Cebu, Bohol and Leyte said": the group as written, no one named (its
            # places are no speakers; review s48-rv finding 3); "the International Federation of
            # Red Cross and Red Crescent Societies said": one body's name the recogniser cut at
            # its "and", neither piece a name the article holds (finding 4)
            name = " ".join(self.text[start:end].split()).strip(" ,")
            name = name[:1].upper() + name[1:]
            return Speaker(f"GROUP:{name.lower()}", name, GROUP)
        listed = self._name_list(start, end, after_cue=first)
        if listed is not None:
            return listed
        if not first:
            # "Reyes and Ortiz said", one name typed a person: the pair, never its typed name
            spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text, start, end)]
            pair = self._name_pair(start, spans) if spans else None
            if pair is not None:
                return pair
        if first:
            # 'said Cruz, Ortiz and Santos', Santos typed a place: the list of people
            # (:meth:`_surname_typed_place`), never the place alone; '"…," said Marks and
            # Spencer': the pair as one speaker, as before the verb (round s48-q3: unattributed)
            after = []
            for m in _WORD.finditer(self.text, start, end):
                if m.group() != "and" and not m.group()[:1].isupper():
                    break  # the list ends at the verb's time or place: "… on Monday"
                after.append((m.start(), m.end(), m.group()))
            bare = self._name_pair(start, after) if after else None
            if bare is not None:
                return bare
        hit = self.named_in(start, end)
        if hit is not None:
            return hit.speaker
        owner = [n for n in self._in(start, end) if n.speaker.type == "PERSON"]
        if owner and _POSSESSIVE_AFTER.match(self.text, owner[-1].end) and self._owned_person(owner[-1].end, end):
            # "Ríos's father said", "Ellery's lawyer said" (named_in)
            return self._owned_group(owner[-1].end, end, self._short_form(owner[-1].speaker))
        if not first:
            app = CLOSING_APPOSITION.search(self.text, start, end)
            if app is not None and app.start() > start:
                # "Ueda, the harbour master, said": the subject is before the apposition.
                before = self.resolve(start, app.start())
                if before is not None:
                    return before
        if first:
            # 'said Cruz, Ortiz and Diaz': a list of bare names after the verb (round s47-q)
            after = [(start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(self.text[start:end])]
            bare = self._name_pair(start, after) if after else None
            if bare is not None and "," in bare.name:
                return bare
        lone = self._lone_name(start, end, first)
        if lone is not None:
            return lone
        words = [(start + m.start(), m.group().lower().rstrip(".")) for m in _WORD.finditer(self.text[start:end])]
        if first:
            words = words[:4]
        else:
            speaks = self._speaks_for_head(words, end)
            if speaks is not None:
                return speaks
            words = list(reversed(words))[:4]
        for pos, w in words:
            w = w.removesuffix("'s").removesuffix("’s")
            if w in PRONOUNS:
                if w in ("her", "his") and self._owned_person(pos + len(w), end):
                    # "Her father said": the father speaks, unnamed (t13y G7: was the woman)
                    return self._owned_group(pos + len(w), end)
                return self._person_before(pos, PRONOUNS[w])
            if w in NEUTER:
                if w in ("they", "their"):
                    # "Survivors gathered at the river. "…," they said": the group opening a sentence
                    # since the organisation last named, never an outlet told the words (t13aa K8)
                    org = self._org_before(pos, None, listeners=False)
                    at = self._org_at(org, pos) if org is not None else -1
                    # looked for within the reach only, as an unnamed person is: a group far back
                    # is no antecedent, and each "they" costs its reach, not the article's length
                    # (review s35-rv2 item 1: 2,000 '"…," they said.' lines took 138 s)
                    reach = max(0, pos - _UNNAMED_REACH)
                    crowd = self._group_subject(max(self._sentence_floor(at), reach) if at >= 0 else reach, pos)
                    return crowd if crowd is not None else org
                return self._org_before(pos, None)
            if w in SPEAKS_FOR_ORG:
                body = self._spoken_for(pos, end)
                if body is not None:
                    return body
                # "The company's spokesman said" with no company named: the spokesman as
                # written, unattributed, never a dropped statement (s42-rv 13)
                return self._org_before(pos, self._modifier(words, pos)) or self._unnamed_institution(pos, w)
            if w in ROLES:
                titled = name_after_title(self.text, pos + len(w), end)
                if titled is not None:
                    # "Deputy Mayor d'Reyk said": the title's holder, named after it, though the
                    # recogniser missed the name; never the person introduced by the title
                    name = " ".join(self.text[titled[0] : titled[1]].split())
                    return self._short_form(Speaker(f"NAME:{name}", name, "PERSON"))
                # "The mayor of the town said": the person introduced as mayor, else the mayor as
                # written (unattributed), never whoever was named last; "the deputy mayor" is
                # the person introduced as deputy mayor (or as the deputy), never the mayor
                rank = self._rank_modifier(start, pos)
                role = f"{rank} {w}" if rank else w
                return self._person_with_role(pos, w, rank) or Speaker(f"GROUP:{role}", role.capitalize(), GROUP)
            if w in INSTITUTIONS and (kind := self._kind_before(pos, start)) is not None:
                # "the central bank", "the state broadcaster": a kind of institution of its own,
                # never the nearest bank or broadcaster named; the body the article names as that
                # kind, else that kind as written, unattributed (t13al N5: "…, the central bank
                # said" was credited to the failed bank the story is about)
                return self._org_of_kind(pos, w, kind) or self._unnamed_institution(pos, w, kind)
            if w in INSTITUTIONS:
                same = self._org_in_sentence(pos) if w not in BODIES else None
                if same is not None:
                    # "Tarnok Vasút Kft will cut 320 jobs, the company said": the firm the sentence
                    # itself names, never the dateline's agency nor a firm named before (t13l F2, F12)
                    return same
                org = self._org_before(pos, w)
                if org is None and w in KIND_NAME_WORDS:
                    # "the regulator" after "the Financial Conduct Authority": the body whose name
                    # tells it is of that kind (round s46-q)
                    org = self._org_named(pos, w)
                if org is None and w not in BODIES and w not in _FIRM_NOUNS:
                    # "the utility said" with no organisation introduced as the utility: the
                    # utility as written, unattributed (t13p F17)
                    return self._unnamed_institution(pos, w)
                if org is None and w in _FIRM_NOUNS:
                    # "11:05 The company confirms …" in a live blog, the firm named in an older
                    # entry below: the article's one firm (round s53-q)
                    org = self._entry_firm(pos)
                if org is None and w not in BODIES and not self._any_org_before(pos, firms=w in _FIRM_NOUNS):
                    # "The company said it would appeal" (or an all-caps lede's "THE COMPANY
                    # SAID") with no organisation named before: the company as written,
                    # unattributed (was no statement), never a person nor a firm named later
                    return self._unnamed_institution(pos, w)
                return org
            if _body(w):
                # "Police said": the body named earlier whose name holds the word ("Halvik
                # Police"), else no one named (never another organisation of the article)
                return self._body_before(pos, w)
        return self._from_place(start, end)

    def apposed_name(self, start: int, end: int) -> Speaker | None:
        """The speaker the words ``start:end`` before an apposition's comma name
        (:meth:`_before_apposition`): "Novak" in "Novak, of the Campaign for Better Transport,".
        A lone word in "-s" is a name here, no plural noun: the apposition says who it is."""
        named = self._before_apposition(start, end)
        if named is not None and named.key.startswith(LONE):
            return Speaker(f"NAME:{named.name}", named.name, named.type, named.at)
        return named

    def _before_apposition(self, start: int, end: int) -> Speaker | None:
        """The speaker the words ``start:end`` before an apposition's comma name: a mention or a
        known name there (:meth:`resolve`), else one to three capitalised words, none a title or
        sentence opener, as written (a surname the apposition shows is a person's: "Price, Dean's
        barrister," though "price" is a common word); None for anything else ("Meanwhile, the
        firm's lawyer")."""
        named = self.resolve(start, end)
        if named is not None:
            return named
        words = self.text[start:end].split()
        if 1 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) and w not in _NOT_NAME for w in words):
            name = " ".join(words)
            return self._short_form(Speaker(f"{LONE}{name}" if len(words) == 1 else f"NAME:{name}", name, "PERSON"))
        return None

    def _head_apposition(self, start: int, end: int) -> Speaker | None:
        """The person or organisation an apposition names when the subject ``start:end`` is "the
        NOUN of X, NAME," (:data:`_HEAD_OF`: "The owner of the container ship Sea Falcon, Brandt
        Lines,", "The maker of the drone Sky Hawk, Aerolis Systems,"): NAME renames the head, so
        it speaks, never a name inside "of X" (t13af N5). None when the words after the comma are
        no name alone (a description: "The father of the victim, a teacher,") or the head holds a
        function word."""
        text = self.text
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        m = _HEAD_OF.match(text, start, end)
        if m is None or m.end() >= end or any(w in FUNCTION_WORDS for w in m.group(1).lower().split()):
            return None
        named = self.named_in(m.end(), end)
        if named is None or named.start != m.end() or named.end != end:
            return None
        return named.speaker if named.speaker.type in ("PERSON", "ORG") else None

    def _holder_after(self, at: int, end: int) -> Speaker | None:
        """The person whose name, in at most four words, follows a comma at ``at`` and runs to the
        next comma or ``end`` (the holder of the title before ``at``), else None."""
        comma = re.match(r"\s*,\s*", self.text[at:end])
        if comma is None:
            return None
        at += comma.end()
        more = re.search(r"[,;]", self.text[at:end])
        stop = at + more.start() if more else end
        if not 1 <= len(_WORD.findall(self.text[at:stop])) <= 4:
            return None
        named = self.leading(at, stop)
        return named if named is not None and named.type == "PERSON" else None

    def _place_body(self, start: int, end: int) -> Speaker | None:
        """A place's or nation's possessive before a body's noun as the subject ("Poland's foreign
        ministry", "Lisbon's fire brigade"): the body, never the bare place (t13n F10): the
        organisation named before whose name holds the noun, else the body as written (a group,
        unattributed). None when the subject is not of that form."""
        for n in self._in(start, end):
            if n.speaker.type not in ("GPE", "NORP"):
                continue
            m = _OWNED_BODY.match(self.text, n.end, end)
            if m is None and n.speaker.type == "GPE" and (body := self._place_institution(start, n, end)) is not None:
                return body
            if m is None and n.speaker.type == "NORP":
                # "according to Portuguese media", "Polish officials said": the nationality is
                # the noun's adjective, the group speaks (unattributed), never the nation
                m = _NATION_NOUN.match(self.text, n.end, end)
                if m is not None and not re.match(r"\s*(?:[,.;:]|$)", self.text[m.end() : end]):
                    continue
                if m is not None and (holder := self._holder_after(m.end(), end)) is not None:
                    # "The Liberal Democrat group leader, Sam Okoro,": a title, the nationality or
                    # party its adjective, then its holder's name in commas; the holder speaks
                    # (review s43-rv 14: the "Democrat group leader" was an unnamed group)
                    return holder
                if m is not None and m.group(2).lower() not in FUNCTION_WORDS:
                    named = self._body_before(n.start, m.group(2).lower())
                    if named is not None:
                        return named
                    name = " ".join(self.text[n.start : m.end()].split())
                    return Speaker(f"GROUP:{name.lower()}", name, GROUP)
                continue
            if m is None or not re.match(r"\s*(?:[,.;:]|$)", self.text[m.end() : end]):
                m = _OWNED_PHRASE.match(self.text, n.end, end)
                if m is None or not re.match(r"\s*(?:[,.;:]|$)", self.text[m.end() : end]):
                    continue
            noun = m.group(2).lower()
            if noun not in ROLES and not (noun in INSTITUTIONS or noun in BODIES or _body(noun)):
                # "according to Lima's chamber of commerce", "said Quito's water board of
                # trustees", "Lima's residents said": the possessive phrase whole speaks (a
                # body named before whose name holds its noun, else the phrase as written),
                # never the place that owns it (t13p F17: the statement was Lima's); "China's
                # delegation said" is the nation's own voice
                if noun in _NATION_VOICES or m.group(1).strip().lower() in _NATION_VOICES:
                    continue
                named = self._body_before(n.start, noun)
                if named is not None:
                    return named
                name = " ".join(self.text[n.start : m.end()].split())
                return Speaker(f"GROUP:{name.lower()}", name, GROUP)
            if noun in ROLES and noun not in _NATION_VOICES and m.group(1).strip().lower() == noun:
                # "Poland's president said": the person introduced as president, else the role as
                # written (unattributed), never the country
                person = self._person_with_role(n.start, noun)
                name = " ".join(self.text[n.start : m.end()].split())
                return person or Speaker(f"GROUP:{name.lower()}", name, GROUP)
            if noun in _NATION_VOICES or not (noun in INSTITUTIONS or noun in BODIES or _body(noun)):
                continue  # "China's delegation said": the nation's own voice at a negotiation
            named = self._body_before(n.start, noun)
            if named is not None:
                return named
            name = " ".join(self.text[n.start : m.end()].split())
            return Speaker(f"GROUP:{name.lower()}", name, GROUP)
        return None

    def _name_modifies(self, start: int, end: int) -> Speaker | None:
        """A subject whose one name only modifies its head, a noun for a person or people after
        it ("the Tamsin County coroner", "the Marsh County sheriff", "Fire officials", "Storm
        Ellery officials"): the person the article introduces by that role (before the subject,
        else after it in the same story: "…, the county coroner said. Coroner Ifeoma Strzelecki
        said …"), else the phrase as written (a group: unattributed); never the name, the place
        the official serves or an event the sentence is about (round s48-q2, t13ap N7: "the
        Tamsin County coroner" was the county, "Fire officials" the fire). By the grammar: a
        determiner at most before the name, one to three lower-case words after it, the last a
        person's noun (:func:`cues.person_singular`, a title word) or a plural for people
        (:func:`cues.people_plural`). A name typed a person (by mistake: a fire, a storm) has no
        officials nor office, singular or plural head alike; a place's or a nation's officials
        and spokespeople speak for it (:data:`cues.SPEAKS_FOR_ORG`: "Tamsin County officials
        said", as before), so only a place's single office holder is read here; an
        organisation's staff ("the Acme chief executive") are read as before. None for any
        other subject."""
        names = self._in(start, end)
        if len(names) != 1:
            return None
        n = names[0]
        kind = n.speaker.type
        if kind not in ("PERSON", "GPE", "LOC", "FAC", "EVENT", "NORP"):
            return None
        if not _DETERMINER_ONLY.fullmatch(self.text, start, n.start) or _POSSESSIVE_AFTER.match(self.text, n.end):
            return None
        m = _HEAD_AFTER_NAME.fullmatch(self.text, n.end, end)
        if m is None:
            return None
        words = m.group(1).split()
        head = words[-1]
        if any(w in FUNCTION_WORDS for w in words) or head in OWNER_AGENTS:
            return None  # "the Garvey spokesman": the owner's spokesperson, as before
        single = person_singular(head) or head in TITLE_WORDS
        if kind in {"PERSON", "EVENT"}:
            if not (single or people_plural(head)):
                return None
        elif not single or head in SPEAKS_FOR_ORG or head in ROLES:
            # "a Tamsin County official", "Tamsin County officials", "the Polish president" (a
            # nation's or a place's voice and roles, as before)
            return None
        if single:
            person = self._person_with_role(n.start, head) or self._role_holder_after(m.end(1), head)
            if person is not None:
                return person
        phrase = " ".join(self.text[n.start : m.end(1)].split())
        det = re.match(r"\s*(the|a|an)\s", self.text[start : n.start + 1], re.I)
        phrase = f"{det.group(1).capitalize()} {phrase}" if det is not None else phrase
        return Speaker(f"GROUP:{phrase.lower()}", phrase, GROUP)

    def titled(self, start: int, end: int) -> Named | None:
        """The person a title and then their name in commas open ``start:end`` with (the words
        after a speech verb to the sentence's end): "the spokeswoman, Anna Fekete", "the
        hospital's director, Gábor Nagy", "a spokesman, X Y", "the county's chief engineer, X Y",
        "the Chief Fire Officer, X Y" (:data:`_TITLE_THEN_NAME`; t13m F13: the role as written was
        the speaker, or none). The title's head may have an "of"/"for"/"at" phrase after it ("the
        director of the hospital, X Y"). The name runs to the next comma or the end, in at most
        four words: its speaker and where its words end (before that comma); None when no
        person's name follows such a title."""
        m = _TITLE_THEN_NAME.match(self.text, start, end)
        if m is None:
            return None
        words = m.group(1).split()
        of = next((i for i, w in enumerate(words) if w in ("of", "for", "at")), len(words))
        capitalised = all(w[:1].isupper() or w in ("of", "for") for w in words)  # "the Chief Fire Officer"
        if not capitalised:
            if of == 0:
                return None
            head = words[of - 1].lower()
            if not (head in TITLE_WORDS or people_plural(f"{head}s")):
                return None
            if any(
                not (w[:1].isupper() or w.endswith(("'s", "’s")) or w.lower() not in _NOT_HEAD) for w in words[: of - 1]
            ) or any(not (w in DETERMINERS or w[:1].isupper() or w.lower() not in _NOT_HEAD) for w in words[of + 1 :]):
                return None  # "the team had met a spokesman": a clause
        at = m.end()
        more = re.search(r"[,;]", self.text[at:end])
        stop = at + more.start() if more else at + len(self.text[at:end].rstrip(" \t\n.,;:!?'\"”’"))
        if not 1 <= len(_WORD.findall(self.text[at:stop])) <= 4:
            return None
        named = self.leading(at, stop)
        return Named(at, stop, named) if named is not None and named.type == "PERSON" else None

    def leading(self, start: int, end: int) -> Speaker | None:
        """The speaker named by the words that open ``start:end`` ("said Geoffrey Hinton, …",
        "said police."), else None (a clause: "said the rescue robots from Unitree helped")."""
        first = _WORD.search(self.text, start, end)
        if first is None:
            return None
        anonymous = self.anonymous_source(start, end)
        if anonymous is not None:
            return anonymous  # "said a person briefed on the report."
        if _SPOKESPERSON_FOR.match(self.text, start, end):
            # "…, said a spokesperson for the Flemish Water Agency.": the body's spokesperson, read
            # as a subject's is (:meth:`resolve`; round s40-x2: no statement at all)
            spokesperson = self.resolve(start, end, first=True)
            if spokesperson is not None:
                return spokesperson
        titled = self.titled(start, end)
        if titled is not None:
            return titled.speaker  # "according to the hospital's director, Gábor Nagy."
        listed = self._listed_after(start, end)
        if listed is not None:
            return listed  # "said the Red Cross and Caritas", "said Cruz, Ortiz and Diaz"
        owned = self._place_body(start, end)
        if owned is not None:
            return owned  # "according to Portuguese media", "said Poland's foreign ministry"
        group = self._group(start, end, True)
        if group is not None:
            return group
        hit = self.named_in(start, end)
        if hit is None:
            return self._lone_name(start, end, True)
        if hit.start == first.start():
            return hit.speaker
        # "said police chief Anna Berg", "said Polish Welder Hope Nowak": a person after their job
        # words, in lower case or capitalised as a title (no article or preposition: "said the
        # rescue robots from Unitree helped" is a clause; t13j F3).
        # A title of capitalised words may be longer ("said Deputy Chief Fire Officer Arne Rise",
        # "said Head of Harbour Security Per Lie"; t13k F18: four words were no speaker).
        # A rank written short keeps its dot ("said Col. Andrés Quispe"), and a role in lower
        # case may open a capitalised title ("said regional police chief Col. Andrés Quispe", as
        # "…, regional police chief Col. Andrés Quispe said." reads; t13u F3: no statement).
        job = [_rank_word(w) for w in self.text[first.start() : hit.start].split()]
        roles = role_words([*job, self.text[hit.start : hit.end]])
        caps = job[roles:]
        title = len(caps) <= _TITLE_WORDS and all(w[:1].isupper() or w in ("of", "for") for w in caps)
        # "said the trust's chief executive Miriam Okafor": a role with its determiner or owner
        lead = roles if roles and job[0].lower() in DETERMINERS else 0
        if (
            hit.speaker.type == "PERSON"
            and (len(job) <= 3 or title)
            and all(
                w.isalpha() and (w in ("of", "for") or (w.lower() not in _GROUP_STOP and w.lower() not in DETERMINERS))
                for w in job[lead:]
            )
        ):
            return hit.speaker
        return None


__all__ = ["Speakers"]
