"""Statements: the quotes of many articles that report the same thing, lined up across outlets.

Two quotes from different articles are one statement when

* the same speaker (merged entity) says them and their content words are similar: TF-IDF
  cosine over the normalised words of the alignment (:func:`align.terms`: plural, -ed/-ing and
  British/American spellings folded, so "organisation" meets "organization"), IDF over all the
  quotes being grouped, at least ``SAME_SPEAKER`` — whatever their form (direct, partial,
  reported) — and their wording really overlaps (:func:`_overlap`): they share at least
  ``MIN_SHARED_TERMS`` distinct terms, or runs of two words or more in the same order (a
  word-level diff of the folded words) make up at least ``MIN_SAME_RUNS`` of the shorter one's
  words ("We will open the bridge in the spring" / "… the road in the spring"). Two words in
  common are no overlap ("a gesture, not an answer" and "Nordair has a lot of questions to
  answer." are two remarks of one person, t13ad N11, though their cosine passed); or
* different speakers are credited with the same quoted words (cosine of the words inside the
  quotation marks at least ``SAME_WORDS``, four words or more): one statement whose
  ``speakers`` lists them all, the sign of words put in another person's mouth
  (:attr:`Statement.credited_apart`; an unnamed source is no such second speaker).

A quote whose whole quoted words (``MIN_STOCK_FREE_WORDS`` or more) are a run of another
article's quoted words is one statement with it, whoever each is credited to (:func:`_contained`:
the same words inside another person's longer quotation, or one person's quote lengthened by
another outlet). For one speaker no such floor holds: a partial quote whose words (a content
word at least; one word alone only with another content word the two quotes' texts share) are a
run of another article's quote of the same person is one statement with it
(:func:`_contained_same_speaker`: "cooperating fully" inside "We are cooperating fully with the
authorities …", t13ao N9; a scare-quoted "safe" about another matter is not, s47-rv2 finding 6). One named speaker's identical words in one article are one statement
(:func:`_once`).

Unnamed sources' quotes (:data:`model.ANONYMOUS_SOURCE`, many people under one label) are one
statement only at the cross-speaker bar, ``SAME_WORDS`` on their content words, never at
``SAME_SPEAKER`` (s37-rv 11: two outlets' different sources' different claims were one).

A statement holds at most one quote per article, and each quote is compared with a statement's
first quote, so one speaker's many remarks never chain into one statement.

A direct quote of several sentences (split by its cue, '"A," X told reporters. "B."', or not) is
lined up sentence by sentence (:func:`_pieces`; a sentence of fewer than ``MIN_SHARED_WORDS`` words
goes with the next): an outlet quoting A and another quoting B each share a statement with it, its
member there the sentence they quote (t13x F5: the wire's quote of A and B was lined up with B's
outlet only, A's outlets missing it). Statements whose members are the very same quotes (sentences
of them) are then one again (:func:`_rejoined`): a quote two outlets both quote whole, split by
its cue or not, stays one statement, each member the quote (its sentences in the statements so
rejoined). Why each part on its own rather than one statement holding both parts: a statement
is one thing said, compared by its first quote; the sentences the wire joins are two remarks
other outlets report apart, and one statement of both would chain them (the outlet quoting A
compared with the one quoting B) and mark the wire's other sentence "changed" in each.

How the wordings relate (``wording``):

* ``same`` — every member quotes words (direct or partial) and the quoted words are identical
  (the one tokeniser's words, :data:`tokens.WORD`, folded by :func:`tokens.fold`: case, accents,
  apostrophes and punctuation aside);
* ``altered`` — every member quotes words, but they differ, a trimmed quote included (one
  outlet quotes "We worked through the nights", another that and "Nobody wanted this"):
  ``changed`` gives each member's altered words, as offsets into its article, by a word-level
  diff of the members (:func:`_changed`): a word one member drops is marked in the members that
  have it, a substituted word on both sides, an inserted word where it is;
* ``paraphrase`` — at least one member reports the statement without quotation marks;
* ``single`` — one article only (not part of ``quotes --json`` ``statements``).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from waic_reader.index.analysis.align import terms
from waic_reader.index.analysis.facts.words import CASUALTY
from waic_reader.index.analysis.figures import find_figures
from waic_reader.index.analysis.lexicon import MONTHS, STOP_WORDS, WEEKDAYS
from waic_reader.index.analysis.quotes.cues import DENIALS
from waic_reader.index.analysis.quotes.model import (
    ANONYMOUS_SOURCE,
    ELISION,
    NO_SPEAKER_FOUND,
    Quote,
    Speaker,
    unnamed_label,
)
from waic_reader.index.corpus.blocks import split_sentences
from waic_reader.index.corpus.markdown import shown_inline
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.tokens import WORD, fold

# QUOTES_VERSION: how quotes are recognised and grouped: a change recomputes the kept quotes.
# History of every number: index/VERSIONS.md (add a line there on each bump).
QUOTES_VERSION = 103
SAME_SPEAKER = 0.30  # cosine of two quotes by one speaker reporting the same thing
SAME_WORDS = 0.80  # cosine of the quoted words credited to two different speakers
MIN_SHARED_WORDS = 4
# The share of two wordings' words a word-level diff finds in common for them to be one wording
# with small edits (:func:`_near_same_words`): 0.8 lets one word in ten change.
NEAR_SAME = 0.8
# Fewer of the very same words are a stock phrase ("We are very disappointed", "We are delighted
# with the result") two different people each say; at least this many quoted alike are one remark
# the outlets credit differently (t13aj N11's nine words). The same holds for such words inside
# another person's longer quotation (t13an N5): the review s46-rv's "two people each say the same
# ten words" (finding 7) is what this rule already reads as one remark credited differently; a
# longer floor for a run than for identical quotes (round s46-fx2's 12 words, 60%) lost the
# tester's planted misattribution and was withdrawn.
MIN_STOCK_FREE_WORDS = 7
COVER_FACTOR = 0.6  # a covered short report scores 0.6 x its covered share
# Real overlap of two quotes of one speaker (:func:`_overlap`; t13ad N11: two shared words grouped
# two remarks as one "altered" statement): distinct terms shared at least (a covered short
# report's too), or the share of the shorter quote's words in runs of two or more in common.
MIN_SHARED_TERMS = 3
# The topic's words (:attr:`_Vectors.topic`): terms in at least this share of the quotes lined up,
# when there are at least MIN_TOPIC_UNITS of them, are the story's subject: shared terms must hold
# one beyond them ("ransomware attack" and "patient" shared by the restoring of systems and the theft of
# records, t13ar N8). A fifth: a story's quotes name its subject in many of them, while a
# statement's own words are in the few quotes that report it.
TOPIC_SHARE = 0.2
MIN_TOPIC_UNITS = 10
# A report of at most this many terms may share the topic's words alone with a longer quote: its gist
# (the seeds' "AI monopolies and called for global governance" beside Li Qiang's remark on monopolies).
MAX_GIST_TERMS = 6
MIN_SAME_RUNS = 0.5
# What makes two of a speaker's quotes the same claim (:func:`_same_claim`): the amounts they state
# (the one figure recogniser's counts, sums, shares and measures; a date or a year is when, no
# claim) and whether they are negated. Quotes sharing words but stating different amounts, or one
# denying what the other says, are two claims (round s43-y1: "the stoppage was costing the economy
# about €37 million a day" joined "Every day of this strike costs the national economy dearly",
# "more than 14,000 members remain on strike" joined "its members would stay out until …").
_AMOUNT_KINDS = frozenset({"count", "money", "percent", "quantity"})
_NEGATION = re.compile(r"(?i)\b(?:not|no|never|none|nothing|nobody|neither|nor|cannot)\b|\wn[’']t\b")
STEM = 6
# Days and months as the alignment's terms are cut (STEM letters): a date two remarks share is when,
# not what they say (:meth:`_Vectors.beyond_topic`).
_CALENDAR = frozenset(w.lower()[:STEM] for w in (*WEEKDAYS, *MONTHS))
MAX_CANDIDATES = 30  # statements compared with each quote
MAX_POSTINGS = 200  # statements looked up per word (the latest)


@dataclass
class Statement:
    """One statement: its members (quotes, at most one per article), their speakers, wording."""

    members: list[Quote]
    speakers: list[Speaker]
    wording: str
    changed: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # member index -> word spans
    # member index -> the direct quote the member is sentences of (:func:`_pieces`), for a member
    # that is not a whole quote: its ``part_of`` in ``quotes --json``
    part_of: dict[int, Quote] = field(default_factory=dict)

    @property
    def docs(self) -> list[str]:
        return [q.doc for q in self.members]

    @property
    def credited_apart(self) -> bool:
        """Whether two or more named speakers are credited with it (words put in another
        person's mouth): what the Quotes screen flags "2+ speakers" and the text output
        "credited to". :data:`model.ANONYMOUS_SOURCE` never counts: an unnamed source is no
        second speaker contradicting the first (it may be the same person; s37-rv 12), nor is
        :data:`model.NO_SPEAKER_FOUND`."""
        return len([s for s in self.speakers if not unnamed_label(s)]) > 1

    @property
    def named(self) -> list[Speaker]:
        """The named speakers it is credited to (:attr:`speakers` without
        :data:`model.ANONYMOUS_SOURCE`), or ``[ANONYMOUS_SOURCE]`` for unnamed sources' words
        alone: whom ``quotes --json`` lists as its ``speakers`` (s38-x2: "Anonymous source" was
        listed beside the named speaker whose words an unnamed source repeats); ``[]`` for words
        no speaker is found for in any of its members (:data:`model.NO_SPEAKER_FOUND`)."""
        named = [s for s in self.speakers if not unnamed_label(s)]
        # (words no speaker is found for in any outlet: no one's, an empty list)
        return named or [s for s in self.speakers if s.key == ANONYMOUS_SOURCE.key]

    def to_json(self) -> dict[str, Any]:
        """``{"speakers": [name], "wording", "members": [{"doc", "start", "end", "kind"}]}``
        (offsets into each article's text), speakers by :attr:`named`; a member that is an
        unnamed source's quote adds ``"anonymous": true`` and the statement
        ``"anonymous_source": true`` (an unnamed source says these words, no speaker of them); a
        quote no speaker is found for adds ``"unattributed": true``."""
        members = []
        for i, q in enumerate(self.members):
            m: dict[str, Any] = {"doc": q.doc, "start": q.start, "end": q.end, "kind": q.kind}
            if (whole := self.part_of.get(i)) is not None:
                m["part_of"] = {"start": whole.start, "end": whole.end}
            if self.wording == "altered":
                m["changed"] = [{"start": s, "end": e, "text": _text_of(q, s, e)} for s, e in self.changed.get(i, [])]
            if q.speaker is None and q.anonymous:
                m["anonymous"] = True
            elif q.speaker is None:
                m["unattributed"] = True
            members.append(m)
        data: dict[str, Any] = {"speakers": [s.name for s in self.named], "wording": self.wording, "members": members}
        if any(s.key == ANONYMOUS_SOURCE.key for s in self.speakers):
            data["anonymous_source"] = True
        return data


def _root_of(root: list[int], g: int) -> int:
    """The root of ``g`` in the union-find forest ``root`` (parent indices; path halving, so a
    pass over n members stays near linear)."""
    while root[g] != g:
        root[g] = root[root[g]]
        g = root[g]
    return g


def _text_of(q: Quote, start: int, end: int) -> str:
    return q.text[start - q.start : end - q.start]


def _marked_words(q: Quote) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of the words inside the quote's quotation marks: the one
    tokeniser's words (:data:`tokens.WORD`) in their comparison form (:func:`tokens.fold`)."""
    out = []
    for s, e in q.marked:
        s, e = max(s, q.start), min(e, q.end)
        for m in WORD.finditer(q.text, s - q.start, max(s - q.start, e - q.start)):
            out.append((q.start + m.start(), q.start + m.end(), fold(m.group())))
    return out


class _Vectors:
    def __init__(self, texts: Sequence[tuple[str, int]]) -> None:
        # Terms cut to their first 6 letters: "monopolies", "monopolised" and "monopolistic"
        # are one word here, as are "headquarters" and "headquartered".
        bags = [[t.term[:STEM] for t in terms(text, offset)] for text, offset in texts]
        df: dict[str, int] = defaultdict(int)
        for bag in bags:
            for term in set(bag):
                df[term] += 1
        n = len(bags)
        self.vectors: list[dict[str, float]] = []
        for bag in bags:
            tf: dict[str, float] = defaultdict(float)
            for term in bag:
                tf[term] += 1.0
            vec = {t: c * (math.log((1 + n) / (1 + df[t])) + 1.0) for t, c in tf.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            self.vectors.append({t: v / norm for t, v in vec.items()})
        self.l1 = [sum(v.values()) for v in self.vectors]
        # The story's own words, in a good share of all the quotes ("ransomware", "attack",
        # "patient" in a story of a hospital group's ransomware attack): two quotes sharing them
        # share the topic, not a statement (t13ar N8). Told only among enough quotes for a share
        # to mean anything.
        self.topic = (
            frozenset(t for t, c in df.items() if c >= TOPIC_SHARE * n) if n >= MIN_TOPIC_UNITS else frozenset()
        )

    def cosine(self, i: int, j: int) -> float:
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(t, 0.0) for t, v in a.items())

    def shared(self, i: int, j: int) -> int:
        """How many distinct terms quotes ``i`` and ``j`` have in common."""
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(1 for t in a if t in b)

    def beyond_topic(self, i: int, j: int) -> bool:
        """Whether quotes ``i`` and ``j`` share a term beyond the story's (:attr:`topic`) that
        is no day or month (:data:`_CALENDAR`: when, not what): a word of the statement itself."""
        a, b = self.vectors[i], self.vectors[j]
        return any(t in b and t not in self.topic and t not in _CALENDAR for t in a)

    def cover(self, i: int, j: int) -> float:
        """The share of the shorter quote's weight that the other has: a short report of a long
        quote ("the headquarters in Shanghai") is covered by it even when the cosine is low."""
        if self.l1[i] > self.l1[j]:
            i, j = j, i
        a, b = self.vectors[i], self.vectors[j]
        shared = [t for t in a if t in b]
        if len(shared) < MIN_SHARED_TERMS:
            return 0.0
        return sum(a[t] for t in shared) / (self.l1[i] or 1.0)


def statements(quotes: Iterable[Quote]) -> list[Statement]:
    """Group content quotes (boilerplate and unattributed ones left out, but for an unnamed
    source's: :attr:`Quote.anonymous`, lined up under :data:`model.ANONYMOUS_SOURCE`) into
    statements.

    One pass in reading order (articles in the order given): each quote (each sentence of a
    direct quote, :func:`_pieces`) joins the best-scoring statement that has no quote from its
    article yet, compared with the statement's first quote, else starts one; a quote's sentences
    are then together again where nothing sets them apart (:func:`_rejoined`). Candidates are the statements sharing a word with it (at most
    ``MAX_CANDIDATES``, most shared words first), so the work grows linearly with the number of
    quotes even when one speaker is quoted in every article. Multi-article statements first,
    then singles, each in reading order of its first member.
    """
    # Each quote's sentences (:func:`_pieces`) are the units lined up; ``whole[k]`` the quote unit
    # k is of, ``count[i]`` how many units quote i gives. An unnamed source's words are lined up
    # as one speaker's, :data:`model.ANONYMOUS_SOURCE` (s36-x3, t13ab L10: two outlets' "a source
    # close to the investigation said" were never one statement).
    quoted = _once(q for q in quotes if not q.noise and _speaker_of(q) is not None)
    qs: list[Quote] = []
    whole: list[int] = []
    count: list[int] = []
    for i, q in enumerate(quoted):
        pieces = _pieces(q)
        qs.extend(pieces)
        whole.extend([i] * len(pieces))
        count.append(len(pieces))
    # the words the quote gives as said (a split quote's cue left out: "told reporters at the crisis centre")
    vec = _Vectors([(q.quoted, q.start) for q in qs])
    marked = [_marked_words(q) for q in qs]
    folded = [[fold(m.group()) for m in WORD.finditer(q.quoted)] for q in qs]
    mvec = _Vectors([(" ".join(w for _, _, w in m), 0) for m in marked])
    groups: list[list[int]] = []  # statement -> quote ids; the first is its representative
    docs: list[set[str]] = []
    by_word: dict[tuple[str, str], list[int]] = defaultdict(list)  # (speaker, term) -> statements
    by_quoted: dict[str, list[int]] = defaultdict(list)  # quoted term -> statements
    # A denial ("denied that any exit was locked") says its words are not so: it lines up only
    # with denials, never with a report of the words as said (t13ag N10)
    denial = [q.kind != "direct" and q.cue.lower() in DENIALS for q in qs]
    claims = [_claim(q.quoted) for q in qs]
    # Quoted words are lined up first, then reports without quotation marks: a paraphrase joins a
    # statement of quotes, never takes its article's place in it before that article's own quote
    # of the very words (t13aj N12: an outlet's paraphrase of the cost, read first, held the
    # statement's place for its article, so its word-for-word quote was left "single").
    for i in sorted(range(len(qs)), key=lambda i: not marked[i]):
        q = qs[i]
        key = sp.key if (sp := _speaker_of(q)) is not None else ""
        # Unnamed sources are many people under one label: their quotes are one statement only
        # at the bar for the same words across speakers (s37-rv 11: "a source close to the club"
        # and "a police source" saying different things about the manager were one statement);
        # so are quoted words no speaker is found for (:data:`model.NO_SPEAKER_FOUND`).
        anonymous = key in (ANONYMOUS_SOURCE.key, NO_SPEAKER_FOUND.key)
        best, best_score = -1, 0.0
        for g in _candidates(by_word, [(key, t) for t in vec.vectors[i]]):
            rep = groups[g][0]
            if q.doc in docs[g] or denial[i] != denial[rep]:
                continue
            if anonymous:
                score = vec.cosine(i, rep)
                if key == NO_SPEAKER_FOUND.key and _near_same_words(marked[i], marked[rep]):
                    # the same quoted words with small edits ("our first priority" / "our top
                    # priority"): the words every outlet shares weigh little in the cosine, the
                    # one edited word much (round s53-q)
                    score = max(score, SAME_WORDS)
                if score >= SAME_WORDS and score > best_score:
                    best, best_score = g, score
                continue
            score = max(vec.cosine(i, rep), COVER_FACTOR * vec.cover(i, rep))
            if (
                score >= SAME_SPEAKER
                and score > best_score
                and _overlap(vec, folded, i, rep)
                and (_same_claim(qs, vec, claims, i, rep) or vec.cosine(i, rep) >= SAME_WORDS)
                and not _other_figures(groups[g], marked, claims, i)
            ):
                best, best_score = g, score
        if best < 0 and len(marked[i]) >= MIN_SHARED_WORDS:
            # The same words credited to someone else: one statement, several speakers.
            for g in _candidates(by_quoted, list(mvec.vectors[i])):
                rep = groups[g][0]
                if q.doc in docs[g] or denial[i] != denial[rep] or len(marked[rep]) < MIN_SHARED_WORDS:
                    continue
                if len(marked[i]) < MIN_STOCK_FREE_WORDS and _stock_phrase_of_two(q, qs[rep]):
                    continue
                score = mvec.cosine(i, rep)
                if NO_SPEAKER_FOUND.key in (key, getattr(_speaker_of(qs[rep]), "key", "")) and _near_same_words(
                    marked[i], marked[rep]
                ):
                    score = max(score, SAME_WORDS)  # an outlet's edited wording, its speaker not found
                if score >= SAME_WORDS and score > best_score:
                    best, best_score = g, score
        if best < 0:
            best = len(groups)
            groups.append([])
            docs.append(set())
            for t in vec.vectors[i]:
                by_word[(key, t)].append(best)
            if len(marked[i]) >= MIN_SHARED_WORDS:
                for t in mvec.vectors[i]:
                    by_quoted[t].append(best)
        groups[best].append(i)
        docs[best].add(q.doc)
    groups = _same_words_joined(groups, marked, qs, denial)
    out = []
    for members, part_of in _rejoined(groups, qs, whole, count, quoted):
        order = sorted(range(len(members)), key=lambda k: (members[k].doc, members[k].start))
        ordered = [members[k] for k in order]
        st = _statement(ordered, [_marked_words(q) for q in ordered])
        st.part_of = {n: part_of[k] for n, k in enumerate(order) if k in part_of}
        out.append(st)
    out.sort(key=lambda s: (len(s.members) < 2, s.members[0].doc, s.members[0].start))
    return out


def _repeat_key(q: Quote) -> tuple[str, str, str, tuple[str, ...]]:
    """What makes a quote a repeat of another: its article, speaker, kind and folded words (the
    one tokeniser's, :func:`tokens.fold`)."""
    key = sp.key if (sp := _speaker_of(q)) is not None else ""
    return q.doc, key, q.kind, tuple(fold(m.group()) for m in WORD.finditer(q.quoted))


def _once(quotes: Iterable[Quote]) -> list[Quote]:
    """``quotes`` with each named speaker's identical words in one article kept once, the first
    (t13an N14: one sentence an article repeats 120 times was 120 statements, the first row of the
    speaker list): the same words of one person in one article are one thing said. An unnamed
    source's words are left as they are (many people under one label)."""
    seen: set[tuple[str, str, str, tuple[str, ...]]] = set()
    out = []
    for q in quotes:
        if q.speaker is not None:
            key = _repeat_key(q)
            if key in seen:
                continue
            seen.add(key)
        out.append(q)
    return out


def _full_names(quotes: Iterable[Quote]) -> set[str]:
    """The keys of the people ``quotes`` are credited to by a full name (two words or more)."""
    return {
        q.speaker.key for q in quotes if q.speaker is not None and q.speaker.type == "PERSON" and " " in q.speaker.name
    }


def _stock_phrase_of_two(a: Quote, b: Quote) -> bool:
    """Whether ``a`` and ``b`` are credited to two different people, each by a full name (their
    short words alike then a stock phrase each said: :data:`MIN_STOCK_FREE_WORDS`)."""
    names_a, names_b = _full_names([a]), _full_names([b])
    return bool(names_a and names_b and not names_a & names_b)


def _same_words_joined(
    groups: list[list[int]],
    marked: Sequence[Sequence[tuple[int, int, str]]],
    units: Sequence[Quote],
    denial: list[bool],
) -> list[list[int]]:
    """``groups`` (statements as lists of unit ids) with those that quote the very same words
    (identical folded quoted words, at least ``MIN_SHARED_WORDS`` of them, in two members of no
    common article) joined into one, whoever each is credited to: the pass compares a quote with
    a statement's first quote only, so a statement opened by an outlet's altered wording missed
    another speaker's word-for-word quote of it (t13aj N11: "We will not go back to the cranes
    for crumbs", credited to Marta Ilvesco by three outlets and to Jonas Feld by two, was two
    unlinked statements). One look-up per member: linear in the quotes."""
    root = list(range(len(groups)))

    def find(g: int) -> int:
        return _root_of(root, g)

    docs = [{units[k].doc for k in ids} for ids in groups]
    named = [_full_names(units[k] for k in ids) for ids in groups]
    first: dict[tuple[bool, tuple[str, ...]], int] = {}  # (denial, words) -> the statement quoting them first
    for g, ids in enumerate(groups):
        for k in ids:
            words = tuple(w for _, _, w in marked[k])
            if len(words) < MIN_SHARED_WORDS:
                continue
            other = first.setdefault((denial[k], words), g)
            a, b = find(other), find(g)
            if len(words) < MIN_STOCK_FREE_WORDS and named[a] and named[b] and not named[a] & named[b]:
                # "We are very disappointed" of Tom Avery in one outlet and of Helen Marsh in
                # another: a stock phrase two people each said, two statements (review s43-rv 14:
                # one "altered" statement of both)
                continue
            if a != b and not docs[a] & docs[b]:
                root[b] = a
                docs[a] |= docs[b]
                named[a] |= named[b]
    for g, other in [*_contained(groups, marked, denial), *_contained_same_speaker(groups, marked, units, denial)]:
        a, b = find(other), find(g)
        if a != b and not docs[a] & docs[b]:
            root[b] = a
            docs[a] |= docs[b]
            named[a] |= named[b]
    joined: dict[int, list[int]] = defaultdict(list)
    for g, ids in enumerate(groups):
        joined[find(g)].extend(ids)
    return [joined[g] for g in sorted(joined)]


def _contained(
    groups: list[list[int]], marked: Sequence[Sequence[tuple[int, int, str]]], denial: list[bool]
) -> list[tuple[int, int]]:
    """``(statement, other statement)`` pairs where a unit's (of the first) whole quoted words, at least
    ``MIN_STOCK_FREE_WORDS`` of them (a stock phrase is shorter), are a run of another statement's
    member's quoted words, in another article: one quotation's words inside another's. The same
    words credited to another person in a longer quotation (t13an N5: the commodore's "The vessel
    was seaworthy and cleared to sail" inside the chief executive's "The vessel was seaworthy and
    cleared to sail, and we will cooperate fully …"), and one person's quote lengthened in another
    outlet ("Every family will be taken care of" and "…, and we will not stop searching", t13an
    N13: the added clause's negation read it as another claim). Found by the runs of
    ``MIN_STOCK_FREE_WORDS`` words (at most ``MAX_POSTINGS`` places each): linear in the words."""
    n = MIN_STOCK_FREE_WORDS
    words = [tuple(w for _, _, w in m) for m in marked]
    group_of = {k: g for g, ids in enumerate(groups) for k in ids}
    places: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)  # run -> (unit, position)
    for k in group_of:
        for p in range(len(words[k]) - n + 1):
            if len(at := places[words[k][p : p + n]]) < MAX_POSTINGS:
                at.append((k, p))
    out = []
    for k in sorted(group_of):
        w = words[k]
        if len(w) < n:
            continue
        for other, p in places.get(w[:n], ()):
            if (
                group_of[other] != group_of[k]
                and denial[other] == denial[k]
                and len(words[other]) > len(w)
                and words[other][p : p + len(w)] == w
            ):
                out.append((group_of[k], group_of[other]))
    return out


def _content_word(word: str) -> bool:
    """Whether a folded quoted word carries content: letters, no function or stop word
    (:data:`lexicon.STOP_WORDS`, the one list of English words too common to tell two remarks
    apart)."""
    return not any(c.isdigit() for c in word) and word not in STOP_WORDS


def _context_words(q: Quote) -> set[str]:
    """The folded content words (:func:`_content_word`) of a quote's whole text, quoted or not
    (a partial's reported clause around its quoted words)."""
    return {w for m in WORD.finditer(q.text) if _content_word(w := fold(m.group()))}


def _contained_same_speaker(
    groups: list[list[int]],
    marked: Sequence[Sequence[tuple[int, int, str]]],
    units: Sequence[Quote],
    denial: list[bool],
) -> list[tuple[int, int]]:
    """``(statement, other statement)`` pairs where a unit's whole quoted words, shorter than
    ``MIN_STOCK_FREE_WORDS``, are a run of another unit's quoted words in another article, both
    credited to the same named speaker: one person's words quoted in part by one outlet and whole
    by another are one statement, however few ("cooperating fully" inside the release's "We are
    cooperating fully with the authorities …", t13ao N9). The floor of :func:`_contained` is for
    two different speakers (a stock phrase two people each say); for one speaker the run only has
    to hold a content word (:func:`_content_word`): a single quoted word is the same statement
    when it is one ("the collapse was "avoidable"" inside "This was avoidable and …"), never a
    function word or a number alone ("the", "37"). A run of one word joins only when the two
    quotes' texts (a partial's reported clause with it) share another content word: one
    scare-quoted word ("safe", "unacceptable") is ordinary in news and as often about another
    matter ('the new ferries were "safe"' is no part of "The old pier was never safe, and …",
    review s47-rv2 finding 6), while 'the collapse was "avoidable"' shares "collapse" with
    "This collapse was avoidable, …"; a run of two words or more holds as it is. Unnamed sources (many people under one label)
    are left out, and so are words found in two or more of the speaker's statements (which one
    the outlet quotes is unknown). Found by each speaker's quoted words' places (at most
    ``MAX_POSTINGS`` each): linear in the words."""
    n = MIN_STOCK_FREE_WORDS
    words = [tuple(w for _, _, w in m) for m in marked]
    group_of = {k: g for g, ids in enumerate(groups) for k in ids}
    speaker = {k: sp.key for k in group_of if (sp := units[k].speaker) is not None and not unnamed_label(sp)}
    places: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)  # (speaker, word) -> (unit, position)
    for k, key in speaker.items():
        for p, word in enumerate(words[k]):
            if len(at := places[(key, word)]) < MAX_POSTINGS:
                at.append((k, p))
    out = []
    for k in sorted(speaker):
        run = words[k]
        if not 0 < len(run) < n or not any(_content_word(x) for x in run):
            continue
        # one word alone (a scare-quoted "safe") is no evidence the two are one remark: the two
        # reports share another content word too (review s47-rv2 finding 6)
        context = _context_words(units[k]) - set(run) if len(run) == 1 else set()
        holders = {
            group_of[other]
            for other, p in places.get((speaker[k], run[0]), ())
            if group_of[other] != group_of[k]
            and units[other].doc != units[k].doc
            and denial[other] == denial[k]
            and len(words[other]) > len(run)
            and words[other][p : p + len(run)] == run
            and (len(run) > 1 or context & _context_words(units[other]))
        }
        if len(holders) == 1:  # in two of the speaker's statements: which one it quotes is unknown
            out.append((group_of[k], holders.pop()))
    return out


def _pieces(q: Quote) -> list[Quote]:
    """The sentences of a direct quote, each a :class:`Quote` of the words it quotes in that
    sentence (:attr:`Quote.parts` cut by :func:`blocks.split_sentences`, the one sentence splitter:
    '"A," Brannock told reporters. "B."' gives A and B, '"A," he said, "and B."' one sentence of
    both parts, '"A. B," he said' A and B); a sentence of fewer than ``MIN_SHARED_WORDS`` words goes
    with the next (the last with the one before: '"No," he said. "We will not move."' is one).
    ``[q]`` for any other quote, or a quote of one such sentence."""
    if q.kind != "direct":
        return [q]
    sentences = split_sentences(q.text, q.start)
    if len(sentences) < 2:
        return [q]
    parts = q.parts
    pieces: list[list[tuple[int, int]]] = []
    for sentence in sentences:
        spans = []
        for s, e in parts:
            s, e = max(s, sentence.start), min(e, sentence.end)
            while e > s and q.text[e - 1 - q.start] in " \t\n,;:.":
                e -= 1  # a sentence's stop is no word, as the quote's own end has none (recognise._add)
            while s < e and q.text[s - q.start] in " \t\n":
                s += 1
            if s < e:
                spans.append((s, e))
        if not spans:
            continue
        if pieces and _words_in(q, pieces[-1]) < MIN_SHARED_WORDS:
            pieces[-1].extend(spans)
        else:
            pieces.append(spans)
    if len(pieces) > 1 and _words_in(q, pieces[-1]) < MIN_SHARED_WORDS:
        pieces[-2].extend(pieces.pop())
    if len(pieces) < 2:
        return [q]
    return [_piece(q, spans) for spans in pieces]


def _words_in(q: Quote, spans: Sequence[tuple[int, int]]) -> int:
    return sum(len(WORD.findall(q.text, s - q.start, e - q.start)) for s, e in spans)


def _piece(q: Quote, spans: Sequence[tuple[int, int]]) -> Quote:
    """The quote ``q`` cut to ``spans`` (its quoted words in one or more of its sentences, in
    order): a direct quote from the first to the last, its marked words those spans."""
    start, end = spans[0][0], spans[-1][1]
    return dataclasses.replace(
        q, start=start, end=end, text=q.text[start - q.start : end - q.start], marked=tuple(spans)
    )


def _rejoined(
    groups: list[list[int]], units: list[Quote], whole: list[int], count: list[int], quotes: list[Quote]
) -> list[tuple[list[Quote], dict[int, Quote]]]:
    """Each statement's members and the members that are sentences of a quote (index → the
    quote), from ``groups`` of ``units`` (sentences of ``quotes``: ``whole`` gives the quote a
    unit is of, ``count`` how many units each quote gives). A quote's sentences stay together
    where nothing sets them apart:

    * statements whose members are sentences of the very same quotes are one (two outlets that
      quote a quote whole, split by its cue or not, or a quote no one else reports);
    * a sentence that no other article's quote joined goes with its quote's sentence before it
      (else after it) in a statement of several articles: the outlet that quotes more than another
      is "altered", the words it adds marked (issue 18), as before sentences were lined up apart.

    A member holding all of its quote's sentences is the quote itself."""
    root = list(range(len(groups)))

    def find(g: int) -> int:
        return _root_of(root, g)

    by_quotes: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for g, ids in enumerate(groups):
        if any(count[whole[k]] > 1 for k in ids):
            by_quotes[tuple(sorted(whole[k] for k in ids))].append(g)
    for same in by_quotes.values():
        for g in same[1:]:
            root[find(g)] = find(same[0])
    group_of = {k: g for g, ids in enumerate(groups) for k in ids}
    units_of: dict[int, list[int]] = defaultdict(list)  # quote -> its units in reading order
    for k in sorted(group_of, key=lambda k: units[k].start):
        if count[whole[k]] > 1:
            units_of[whole[k]].append(k)
    for ks in units_of.values():
        # a statement of several articles holding one of the quote's sentences
        anchors = [n for n, k in enumerate(ks) if len(groups[group_of[k]]) > 1]
        for n, k in enumerate(ks):
            if len(groups[group_of[k]]) > 1:
                continue
            before = [a for a in anchors if a < n]
            after = [a for a in anchors if a > n]
            target = ks[before[-1]] if before else ks[after[0]] if after else ks[0]
            root[find(group_of[k])] = find(group_of[target])
    merged: dict[int, list[int]] = defaultdict(list)  # statement -> its units
    for g, ids in enumerate(groups):
        merged[find(g)].extend(ids)
    out = []
    for g in sorted(merged):
        by_quote: dict[int, list[int]] = defaultdict(list)
        for k in merged[g]:
            by_quote[whole[k]].append(k)
        members: list[Quote] = []
        part_of: dict[int, Quote] = {}
        for i, ks in by_quote.items():
            if len(ks) == count[i]:
                members.append(quotes[i])
                continue
            ks.sort(key=lambda k: units[k].start)
            part_of[len(members)] = quotes[i]
            members.append(
                units[ks[0]] if len(ks) == 1 else _piece(quotes[i], [p for k in ks for p in units[k].marked])
            )
        out.append((members, part_of))
    return out


# A quote's claim (:func:`_claim`): its amounts ``(start, end, kind, unit, value)`` and whether it
# is negated.
_Claim = tuple[tuple[tuple[int, int, str, str, float, str], ...], bool]
# The parts of a sentence a count's casualty word is looked for in ("3 crew are missing and 2
# dead": "missing" is the 3's, "dead" the 2's).
_CLAUSE_CUT = re.compile(r"[,;:]|\s(?:and|but|while|whereas)\s")


def _claim(words: str) -> _Claim:
    """What ``words`` claim, for :func:`statements`: the amounts they state (counts, sums,
    percentages, measures: :data:`_AMOUNT_KINDS`), each ``(start, end, kind, unit, value,
    sense)`` in ``words``, and whether they are negated. ``sense``: a count's casualty measure
    (:func:`_casualty`), else ``""``."""
    figures = [f for f in find_figures(words) if f.kind in _AMOUNT_KINDS]
    amounts = tuple(
        (f.start, f.end, f.kind, f.unit, f.value, _casualty(words, f.start, f.end) if f.kind == "count" else "")
        for f in figures
    )
    return amounts, _NEGATION.search(words) is not None


def _casualty(words: str, start: int, end: int) -> str:
    """The casualty measure a count at ``start:end`` of ``words`` is of, by the fact sheet's cue
    words (:data:`facts.words.CASUALTY`: "dead", "killed", "death toll" → ``"death"``; "missing";
    "injured"; …): its own ("2 dead"), else the last such word before it in its clause, else the
    first after it; ``""`` when its clause has none. "The death toll rose to three" is a count of the dead, "three are
    missing" one of the missing (t13av N16: the two were one statement)."""
    cuts = [m for m in _CLAUSE_CUT.finditer(words)]
    lo = max((m.end() for m in cuts if m.end() <= start), default=0)
    hi = min((m.start() for m in cuts if m.start() >= end), default=len(words))
    own = [CASUALTY[w.lower()][0] for w in WORD.findall(words, start, end) if w.lower() in CASUALTY]
    if own:
        return own[0]  # the count's own noun: "2 dead"
    before = [CASUALTY[w.lower()][0] for w in WORD.findall(words, lo, start) if w.lower() in CASUALTY]
    if before:
        return before[-1]
    after = [CASUALTY[w.lower()][0] for w in WORD.findall(words, end, hi) if w.lower() in CASUALTY]
    return after[0] if after else ""


def _same_claim(qs: Sequence[Quote], vec: _Vectors, claims: Sequence[_Claim], i: int, j: int) -> bool:
    """Whether quotes ``i`` and ``j`` of one speaker (``claims``: their :func:`_claim`) make one
    claim: the same polarity, and an amount in common (an amount of one kind and unit in both is one
    claim whatever its values: a figure reported two ways), or none stated by either, or one stated
    by one of them outside the words the two share (a clause of its own, "could be headquartered
    in Shanghai and invited over 30 countries" beside "headquarters in Shanghai"). An amount
    inside the shared words is what one says and the other does not ("was costing the economy
    about €37 million a day" beside "costs the national economy dearly"): two claims. Sums in
    two currencies may be one sum converted ("€40 million", "$43 million"): no two claims."""
    (a, neg_a), (b, neg_b) = claims[i], claims[j]
    if neg_a != neg_b:
        return False
    if a and b:
        if {x[2:4] for x in a} & {x[2:4] for x in b}:
            # an amount of one kind and unit in both, whatever its value: one claim the outlets
            # report with different figures ("2,400 drivers had walked out" beside "2,600 drivers
            # had walked out"), one statement whose wordings differ, so the reader sees they
            # disagree (review s44-rv finding 23: two statements hid it)
            return True
        cur_a = {x[3] for x in a if x[2] == "money"}
        cur_b = {x[3] for x in b if x[2] == "money"}
        return bool(cur_a and cur_b and not cur_a & cur_b)
    if not (a or b):
        return True
    x, y = (i, j) if a else (j, i)
    shared = vec.vectors[x].keys() & vec.vectors[y].keys()
    spans = [(t.start, t.end) for t in terms(qs[x].quoted) if t.term[:STEM] in shared]
    if not spans:
        return True
    first, last = spans[0][0], spans[-1][1]
    return not any(first < s and e < last for s, e, *_ in claims[x][0])


def _other_figures(
    members: Sequence[int], marked: Sequence[Sequence[object]], claims: Sequence[_Claim], i: int
) -> bool:
    """Whether quote ``i`` may not join a statement of the quotes ``members`` because it states
    an amount of one measure (kind and unit, :func:`_claim`) with other values than one of them,
    sharing none, while it or that member reports the words unquoted. Quoted words with another
    figure are one ``altered`` statement, the figures marked changed, so the reader sees the
    outlets disagree (review s44-rv finding 23); a report in other words would make the statement
    a ``paraphrase``, "the same thing in other words", which "had been travelling at about 140
    km/h" and "at 160 km/h, well above the 100 km/h limit" are not (t13aq N12: one statement).
    Every member is looked at, not only the first: a report giving both values ("about 140 km/h,
    then 160 km/h") would otherwise hold the two apart figures in one statement."""
    mine = claims[i][0]
    if not mine:
        return False
    for k in members:
        if marked[i] and marked[k]:
            continue
        theirs = claims[k][0]
        shared = {x[2:4] for x in mine} & {x[2:4] for x in theirs}
        for measure in shared:
            # counts of one casualty measure in both are compared by it ("the death toll rose to
            # three" and "two crew members were killed" differ though the second's "three are
            # missing" holds a 3), else all of the measure's amounts
            senses = {x[5] for x in mine if x[2:4] == measure} & {x[5] for x in theirs if x[2:4] == measure} - {""}
            kinds: list[str | None] = [*senses] if senses else [None]
            for sense in kinds:
                if not {x[4] for x in mine if x[2:4] == measure and sense in (None, x[5])} & {
                    x[4] for x in theirs if x[2:4] == measure and sense in (None, x[5])
                }:
                    return True
    return False


def _overlap(vec: _Vectors, words: Sequence[Sequence[str]], i: int, j: int) -> bool:
    """Whether quotes ``i`` and ``j`` (of one speaker, similar by their weighted terms) really
    share wording, so that they may be one statement: at least :data:`MIN_SHARED_TERMS` distinct
    terms in common, one of them beyond the topic's and no date (:meth:`_Vectors.beyond_topic`), or runs of two words or more in the same order (a word-level diff of their
    folded ``words``) making up at least :data:`MIN_SAME_RUNS` of the shorter quote's words."""
    if vec.shared(i, j) >= MIN_SHARED_TERMS:
        # the topic's words and a day ("Sunday's ransomware attack" on "patient" records and the
        # "patient" systems restored "on Sunday, after the ransomware attack") are no statement's
        # own words: two remarks (t13ar N8)
        # — unless one is a short report, its gist in the topic's words ("AI monopolies and called
        # for global governance" of a longer remark on monopolies): a summary, not a remark of its own
        return vec.beyond_topic(i, j) or min(len(vec.vectors[i]), len(vec.vectors[j])) <= MAX_GIST_TERMS
    a, b = words[i], words[j]
    if not a or not b:
        return False
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    same = sum(block.size for block in blocks if block.size >= 2)
    return same >= MIN_SAME_RUNS * min(len(a), len(b))


def _candidates(index: Mapping[Any, list[int]], keys: Iterable[Any]) -> list[int]:
    shared: dict[int, int] = defaultdict(int)
    for k in keys:
        for g in index.get(k, ())[-MAX_POSTINGS:]:
            shared[g] += 1
    return sorted(shared, key=lambda g: (-shared[g], g))[:MAX_CANDIDATES]


def _near_same_words(a: Sequence[tuple[int, int, str]], b: Sequence[tuple[int, int, str]]) -> bool:
    """Whether two quotes' quoted words (:func:`_marked_words`) are one wording with small edits:
    both ``MIN_SHARED_WORDS`` or more, and at least ``NEAR_SAME`` of their words in common blocks
    of a word-level diff (:meth:`difflib.SequenceMatcher.ratio`: a word or two changed, dropped
    or added in a sentence or two)."""
    if min(len(a), len(b)) < MIN_SHARED_WORDS:
        return False
    wa, wb = [w for _, _, w in a], [w for _, _, w in b]
    return SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= NEAR_SAME


def _speaker_of(q: Quote) -> Speaker | None:
    """Whom ``q`` is lined up as said by: its speaker, :data:`model.ANONYMOUS_SOURCE` for an
    unnamed source's words (:attr:`Quote.anonymous`), :data:`model.NO_SPEAKER_FOUND` for quoted
    words (``MIN_SHARED_WORDS`` or more inside quotation marks) no speaker is found for, else None
    (not grouped: a report no one is found to have made, in the writer's words)."""
    if q.speaker is not None:
        return q.speaker
    if q.anonymous:
        return ANONYMOUS_SOURCE
    return NO_SPEAKER_FOUND if len(_marked_words(q)) >= MIN_SHARED_WORDS else None


def _statement(members: list[Quote], marked: list[list[tuple[int, int, str]]]) -> Statement:
    speakers: list[Speaker] = []
    for q in members:
        sp = _speaker_of(q)
        if sp is not None and sp.key not in {s.key for s in speakers}:
            speakers.append(sp)
    if len(members) < 2:
        return Statement(members, speakers, "single")
    if any(not m for m in marked):
        return Statement(members, speakers, "paraphrase")
    words = [[w for _, _, w in m] for m in marked]
    if all(w == words[0] for w in words):
        return Statement(members, speakers, "same")
    changed = {i: [(m[k][0], m[k][1]) for k in sorted(ks)] for i, (m, ks) in enumerate(zip(marked, _changed(words)))}
    return Statement(members, speakers, "altered", changed)


def _changed(words: Sequence[Sequence[str]]) -> list[set[int]]:
    """The positions of each member's altered words, from the members' folded ``words``.

    A word-level diff (:class:`difflib.SequenceMatcher`) of each member against the reference
    wording, the one most members quote (the first of them on a tie): a member's word in no
    matching block (inserted, or put in place of another) is altered, and so is the reference's
    word any member drops or replaces; a member's word matched to such a reference word is
    altered too (a word one outlet drops is marked in every member that has it, t13z H19). One
    diff per distinct wording, so a statement of n members costs n diffs, not n²."""
    distinct = list(dict.fromkeys(tuple(w) for w in words))
    if len(distinct) < 2:
        return [set() for _ in words]
    counts = Counter(tuple(w) for w in words)
    ref = max(distinct, key=lambda w: counts[w])  # max keeps the first of equal counts
    ref_altered: set[int] = set()
    matched: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # wording -> (its position, ref's)
    own: dict[tuple[str, ...], set[int]] = {}  # wording -> its words in no matching block
    for wording in distinct:
        pairs: list[tuple[int, int]] = []
        ops = SequenceMatcher(None, ref, wording, autojunk=False).get_opcodes()
        own[wording] = set()
        for tag, i1, i2, j1, j2 in ops:
            if tag == "equal":
                pairs.extend((j1 + k, i1 + k) for k in range(i2 - i1))
            else:
                ref_altered.update(range(i1, i2))
                own[wording].update(range(j1, j2))
        matched[wording] = pairs
    altered = {w: own[w] | {j for j, i in matched[w] if i in ref_altered} for w in distinct}
    return [set(altered[tuple(w)]) for w in words]


def _speaker_json(sp: Speaker, quotes: list[dict[str, Any]]) -> dict[str, Any]:
    """One ``speakers`` entry: ``{"name", "type", "quotes"}``, and ``"for"`` (the body's name as
    the entity list gives it) for an unnamed spokesperson of a body (:attr:`Speaker.body`)."""
    data: dict[str, Any] = {"name": sp.name, "type": sp.type}
    if sp.body is not None:
        data["for"] = sp.body
    data["quotes"] = quotes
    return data


def _shown_json(q: Quote, articles: Mapping[str, Article]) -> dict[str, Any]:
    """``q``'s ``quotes --json`` entry, its words as the reader shows a Markdown article's (its
    inline syntax hidden, emphasis markers and a link's URL: :func:`corpus.markdown.shown_inline`,
    as the text output and the Quotes screen show them; issue #16, s50-q: ``*BlackTarn*`` reached a
    statement's text), its offsets the article's own. A quote's parts lie inside one block each,
    so their inline syntax is all there is to hide (no block split: the kept quotes are read
    without one). Another format's words as written."""
    article = articles.get(q.doc)
    if article is None or article.format != "markdown":
        return q.to_json()
    return q.to_json(ELISION.join(shown_inline(q.text[s - q.start : e - q.start]) for s, e in q.parts))


def quotes_json(
    quotes_by_doc: Mapping[str, Sequence[Quote]],
    docs_filter: Iterable[str] | None = None,
    articles: Mapping[str, Article] | None = None,
) -> dict[str, Any]:
    """The ``quotes --json`` document: speakers with their quotes, and the multi-article statements.

    Shape: ``{"speakers": [{"name", "type", "quotes": [{"doc", "start", "end", "text", "kind",
    "cue", "in"}]}], "statements": [{"speakers": [name], "wording", "members": [{"doc", "start",
    "end", "kind"}]}], "unattributed": [quote]}``; offsets into each article's text. A member that
    is sentences of a direct quote adds ``"part_of": {"start", "end"}`` (the quote's span), an
    ``altered`` statement's members ``"changed": [{"start", "end", "text"}]``. An unnamed source's
    quote is listed under ``unattributed`` with ``"anonymous": true``; a statement holding it
    adds ``"anonymous_source": true`` and marks its member ``"anonymous": true``, and is credited to
    "Anonymous source" (:data:`model.ANONYMOUS_SOURCE`) only when no named speaker makes it
    (:meth:`Statement.to_json`). ``articles`` (doc → article): each quote's ``text`` as the reader
    shows its article (:func:`_shown_json`), else as written.
    """
    shown = articles or {}
    wanted = set(docs_filter) if docs_filter is not None else None
    all_quotes = [q for qs in quotes_by_doc.values() for q in qs if wanted is None or q.doc in wanted]
    by_speaker: dict[str, tuple[Speaker, list[Quote]]] = {}
    unattributed = []
    for q in sorted(all_quotes, key=lambda q: (q.doc, q.start)):
        if q.speaker is None:
            unattributed.append(_shown_json(q, shown))
            continue
        by_speaker.setdefault(q.speaker.key, (q.speaker, []))[1].append(q)
    # most things said first: one person's identical words in one article counted once (:func:`_once`)
    speakers = sorted(by_speaker.values(), key=lambda sq: (-len(_once(q for q in sq[1] if not q.noise)), sq[0].name))
    grouped = [s for s in statements(all_quotes) if len({q.doc for q in s.members}) > 1 or len(s.speakers) > 1]
    return {
        "speakers": [_speaker_json(sp, [_shown_json(q, shown) for q in qs]) for sp, qs in speakers],
        "statements": [s.to_json() for s in grouped],
        "unattributed": unattributed,
    }


__all__ = ["QUOTES_VERSION", "SAME_SPEAKER", "SAME_WORDS", "Statement", "quotes_json", "statements"]
