"""The shape of a cue's subject region: where the subject ends, a sum as subject or object,
a modal or negation before the verb, a relative clause, an aside, coordinated subjects.
"""

from __future__ import annotations

from bisect import bisect_left

from waic_reader.index.analysis.entities.languages import ly_adverb
from waic_reader.index.analysis.lexicon import (
    DETERMINERS,
    PAST_NOT_PARTICIPLE,
    REFUSAL_ADVERBS,
    REFUSAL_GAP,
    refused,
)
from waic_reader.index.analysis.quotes.cues import (
    INSTITUTIONS,
    NO_CLAUSE,
    ROLES,
    SUBJECT_PRONOUNS,
    people_plural,
)
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.analysis.quotes.model import (
    Speaker,
)
from waic_reader.index.analysis.quotes.speaker_text import SpeakerText
from waic_reader.index.analysis.quotes.speaker_words import (
    _ASIDE_ALONE,
    _BETWEEN,
    _LY_WORD,
    _MODAL_BEFORE,
    _NEGATIVE_MODIFIER_WORDS,
    _NEGATIVE_SUBJECT,
    _NOT_A_WORD,
    _PARTICIPLE_PHRASE,
    _POST_MODIFIER_PREPOSITIONS,
    _RELATIVE_OPEN,
    _SPELLED_WORD,
    _SUM_CLAUSE,
    _SUM_LEAD,
    _WORD,
    _WORD_BEFORE_VERB,
)


class SubjectShape(SpeakerText):
    """Tests on the shape of a cue's subject region (offsets into the article's text)."""

    def subject_ends_at(self, pos: int) -> bool:
        """Whether a name or a pronoun ends right before ``pos`` ("Li says", "it notes")."""
        before = self.text[max(0, pos - 40) : pos].rstrip()
        end = pos - (pos - max(0, pos - 40) - len(before))
        if any(
            n.end == end
            for n in self.named[max(0, bisect_left(self._starts, end) - 3) : bisect_left(self._starts, end)]
        ):
            return True
        words = before.lower().split()[-2:]
        if not words:
            return False
        if words[-1] in SUBJECT_PRONOUNS:
            return True
        # "the agency notes", "its spokesman says"; not "analyst estimates"
        return len(words) == 2 and words[0] in DETERMINERS and (words[1] in ROLES or words[1] in INSTITUTIONS)

    def subject_end(self, start: int, end: int) -> int:
        """Where the subject of a verb at ``end`` ends, the words between them passed over
        (:data:`_BETWEEN`): for ``start:end`` "The regional council, however, on Friday " the
        offset after "council". An offset in ``start..end``: ``end`` when nothing sits there,
        ``start`` when the whole region is such words (a caller then keeps the region whole)."""
        region = self._dates_masked(start, end)
        cut = len(region)
        while cut > 0:
            m = _BETWEEN.search(region, 0, cut)
            if m is None:
                break
            piece = m.group().strip(" ,\t\n")
            if _LY_WORD.fullmatch(piece):
                before = region[: m.start()].split()
                if not ly_adverb(piece) or (before and before[-1].lower() in DETERMINERS):
                    break  # "The family said", "the elderly said": a noun, not an adverb
            cut = m.start()
        return start + cut

    def named_in_capitals(self, start: int, end: int) -> Speaker | None:
        """The person or organisation ``text[start:end]`` names in capital letters, as wire copy
        and transcripts label a speaker ("VARNHOLT", "DARIUSZ KOWAL", "MINISTER VARNHOLT"): title
        words first passed over, the rest the last words of one name the article gives in mixed
        case (anywhere in it: a label may come before the prose that names its speaker). None
        when the words name no one or more than one (t13aa K7)."""
        words = [w.lower().rstrip(".") for w in _WORD.findall(self.text, start, end)]
        while words and words[0] in TITLE_WORDS:
            words.pop(0)
        if not words or len(words) > 4:
            return None
        found: dict[str, Speaker] = {}
        for n in (*self.named, *self.found):
            if n.speaker.type not in ("PERSON", "ORG") or self._in_noise(n):
                continue
            name = [w.lower() for w in n.speaker.name.split()]
            if name[-len(words) :] == words and len(name) >= len(words):
                found.setdefault(n.speaker.key, n.speaker)
        return next(iter(found.values())) if len(found) == 1 else None

    def sum_object(self, at: int, end: int) -> bool:
        """Whether the words from ``at`` (right after a verb) to ``end`` are a sum of money alone
        as the verb's object: a MONEY mention of the recogniser after the verb, a quantifier
        before it ("demanded €50,000 for each family", "claimed at least £300,000 for the crops"),
        and no clause after it to the next comma or the sentence's end
        (:data:`cues.NO_CLAUSE`). Money sought or given, never words (t13aa K6). A sum that is
        the subject of a finite clause after it is the start of the words reported, no object
        ("claimed €300,000 of it went to repairs", "added $2 million vanished": :data:`_SUM_CLAUSE`;
        round s36-g), unless that verb can be a participle modifying the sum ("claimed £300,000
        owed to the farmers": :data:`_PARTICIPLE_PHRASE`)."""
        found = self._sum_after(at, end)
        if found is None:
            return False
        # no clause from the sum on ("demanded €5m would be paid" reports; the lead ends on a space)
        lead_end, sum_end = found
        return NO_CLAUSE.match(self.text, lead_end - 1, end) is not None and not self._sum_clause(sum_end, end)

    def sum_subject(self, at: int, end: int) -> bool:
        """Whether the words from ``at`` (right after a verb) to ``end`` open with a sum of money
        (a MONEY mention, a quantifier before it) that is the subject of a finite clause after it
        ("added £40,000 of their savings had gone", "added $2 million vanished": the words
        reported, never the verb's object; round s36-g)."""
        found = self._sum_after(at, end)
        return found is not None and self._sum_clause(found[1], end)

    def _sum_after(self, at: int, end: int) -> tuple[int, int] | None:
        """Where the words before the MONEY mention right after ``at`` end (a quantifier or an
        article, :data:`_SUM_LEAD`) and where the mention ends, else None."""
        lead = _SUM_LEAD.match(self.text, at, end)
        if lead is None or lead.end() == at:
            return None
        # (a MONEY mention may hold its quantifier: "at least $9 million")
        i = bisect_left(self._sum_starts, at + 1)
        if i == len(self._sums) or self._sum_starts[i] > lead.end():
            return None
        return lead.end(), self._sums[i][1]

    def _sum_clause(self, sum_end: int, end: int) -> bool:
        """Whether a finite clause goes on right after a sum ending at ``sum_end``, the sum its
        subject: :data:`_SUM_CLAUSE`, a verb that may be a participle not followed by a
        participle's phrase (:data:`_PARTICIPLE_PHRASE`)."""
        clause = _SUM_CLAUSE.match(self.text, sum_end, end)
        if clause is None:
            return False
        if clause.group(1) in PAST_NOT_PARTICIPLE or clause.group(1).startswith("remain"):
            return True  # "€300,000 of it went to repairs", "most of it remains unpaid"
        # "vanished from the account", "ended up in": a past form that may be a participle reports
        # unless a participle's phrase follows it ("owed to the farmers", "raised by donors")
        return _PARTICIPLE_PHRASE.match(self.text, clause.end(), end) is None

    def after_modal(self, start: int, end: int) -> bool:
        """Whether "will", "would", "do" or "used to" stands right before ``end``, adverbs passed over
        ("The commission will say", "would later add", "used to say"; not "declined to say", "did
        not say")."""
        return _MODAL_BEFORE.search(self.text, start, end) is not None

    def negated(self, start: int, end: int) -> bool:
        """Whether the verb at ``end`` is negated or refused by the words of ``start:end`` before
        it (:func:`lexicon.refused`: "never said", "has not yet said", "didn't tell", "would not
        confirm", "declined to say"), or its subject is a negative pronoun (:data:`_NEGATIVE_SUBJECT`:
        "No one has said", "Nobody told"): the writer's report that nothing was said."""
        # only the words right before the verb, no mark between ('"Not yet," said the mayor' is
        # the quotation's "not"; "The firm, however, never said" is the verb's)
        for mark in _NOT_A_WORD.finditer(self.text, start, end):
            start = mark.end()
        words = [w.lower() for w in _SPELLED_WORD.findall(self.text, start, end)]
        if refused([*words, ""], len(words)):
            return True
        k = len(words) - 1
        while k >= 0 and (words[k] in REFUSAL_GAP or words[k] in REFUSAL_ADVERBS or ly_adverb(words[k])):
            k -= 1
        if k >= 0 and (words[k] in _NEGATIVE_SUBJECT or (words[k] == "one" and words[k - 1 : k] == ["no"])):
            return True
        # "Nobody at Brenmoor Rail has told …", "None of the officials has said …": the negative
        # pronoun with a prepositional post-modifier of a few words (round s48-q3, s47-q3 leftover)
        for j in range(k - 1, max(-1, k - _NEGATIVE_MODIFIER_WORDS - 2), -1):
            negative = words[j] in _NEGATIVE_SUBJECT or (words[j] == "one" and words[j - 1 : j] == ["no"])
            if negative and words[j + 1] in _POST_MODIFIER_PREPOSITIONS:
                return True
        return False

    def plural_subject_before(self, start: int, end: int) -> bool:
        """Whether a plural noun for people (:func:`cues.people_plural`: "police", "officials",
        "witnesses", "Corrin Police") stands right before ``end`` in ``start:end``, adverbs passed
        over ("Police now say"): the subject of a verb's present plural ("say" as "says"). Not
        "declined to say", "did not say", "will say"."""
        m = _WORD_BEFORE_VERB.search(self.text, start, end)
        return m is not None and people_plural(m.group(1).lower())

    def in_relative_clause(self, start: int, end: int) -> bool:
        """Whether a verb at ``end`` belongs to a relative clause with a subject of its own, open
        in ``start:end`` ("The council, which the mayor said was broke, …"): not the sentence's
        main verb, and not the relative's antecedent speaking ("Hegge, who has said …" is his)."""
        m = _RELATIVE_OPEN.search(self.text[start:end])
        if m is None:
            return False
        inner = start + m.start(1)
        return _WORD.search(self.text, inner, self.subject_end(inner, end)) is not None

    def relative_open(self, start: int, end: int) -> bool:
        """Whether a relative clause (", who …", ", which …") opens in ``start:end`` and is still
        open at ``end`` (no comma or semicolon after its pronoun)."""
        return _RELATIVE_OPEN.search(self.text, start, end) is not None

    def is_aside(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is only an aside of the kind a subject may have before its
        verb ("In a statement", "On Friday", "Last week", "However"): no clause of its own."""
        return _ASIDE_ALONE.fullmatch(self._dates_masked(start, end)) is not None
