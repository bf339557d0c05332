"""The article's names, dates, sums, marks, paragraphs and words, indexed once for the
speaker look-ups (bisections, not scans), and the text-wide facts they ask.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import cached_property

from waic_reader.index.analysis.entities.lexicons import (
    kind_of_word,
    legal_form,
    person_noun,
)
from waic_reader.index.analysis.quotes.cues import (
    FEMALE_HONORIFICS,
    INSTITUTIONS,
    ROLES,
)
from waic_reader.index.analysis.quotes.model import (
    Speaker,
)
from waic_reader.index.analysis.quotes.speaker_words import (
    _DATE_MARK,
    _HONORIFIC,
    _LOWER_OR_COMMA,
    _NAME_RUN,
    _NAME_WORD,
    _NOT_NAME,
    _RUN,
    _SENTENCE_BREAK,
    _SENTENCE_GOES_ON,
    _SENTENCE_OPENING,
    _THING_LABELS,
    _UNNAMED_REACH,
    _WORD_BEFORE,
    SPEAKER_LABELS,
    Named,
    _capital,
    _introduces,
    _joined_bodies,
    _name_keys,
    _offsets,
    _OrgLine,
    _possessive,
    _start,
    _title_only,
    _whole_places,
)
from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.bylines import is_byline
from waic_reader.index.corpus.tokens import fold


class SpeakerText:
    """The article's names, dates, marks and words as the speaker look-ups read them (offsets into its text)."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[object],
        noise: Sequence[tuple[int, int]] = (),
        outlet: str | None = None,
        paragraphs: str | None = None,
    ) -> None:
        """``paragraphs``: ``text`` with a line break only where a paragraph ends (the article's
        :attr:`~waic_reader.index.corpus.reader.Article.name_text`: a hard-wrapped paragraph's
        breaks read as spaces), same length; None: every line is a paragraph."""
        self.text = text
        # The outlet that wrote the article (its metadata's or derived name), never a speaker a
        # description stands for (:meth:`_dateline_agency`).
        self._outlet = outlet
        # The boilerplate's spans (a byline, a credit line): a person named only there is never
        # the one a description, a role or a pronoun of the article's text refers to (t13r F14).
        self._noise = sorted(noise)
        self._noise_starts = [s for s, _ in self._noise]
        named = []
        dates: list[tuple[int, int]] = []
        sums: list[tuple[int, int]] = []
        things: list[tuple[int, int]] = []
        for m in mentions:
            label = getattr(m, "label", "")
            if label in _THING_LABELS:
                things.append((m.start, m.end))  # type: ignore[attr-defined]
            if label == "DATE":
                dates.append((m.start, m.end))  # type: ignore[attr-defined]
            if label == "MONEY":
                sums.append((m.start, m.end))  # type: ignore[attr-defined]
            if label in SPEAKER_LABELS:
                key = getattr(m, "key", "")
                named.append(Named(m.start, m.end, Speaker(key, key.split(":", 1)[-1], label, (m.start, m.end))))  # type: ignore[attr-defined]
        named = _joined_bodies(text, sorted(named, key=lambda n: n.start))
        # A body or place named only in the boilerplate (the masthead's outlet, a press release's
        # "About" paragraph) is no one the article's text refers to: never the referent of "the
        # company", "police" or "it" there (t13at N4: "The company that ran the dam … insisted"
        # was the publishing outlet's, named only in the page furniture). People named there are
        # passed over where a referent is looked for (:meth:`_people_latest_first`).
        named = [n for n in named if n.speaker.type == "PERSON" or not self._in_noise(n)]
        named = _whole_places(text, named)
        self.named = named
        self._starts = [n.start for n in named]
        # Where each speaker's key is named (sorted), so that the last mention before a place is a
        # bisection, not a scan of every name before it (review s35-rv2 item 1: "they" per line).
        self._key_starts: dict[str, list[int]] = {}
        for n in named:
            self._key_starts.setdefault(n.speaker.key, []).append(n.start)
        # The organisations' names by each word of theirs in lower case (indices into ``named``,
        # ascending): the latest one holding a word before a place is a bisection
        # (:meth:`_latest_org_with`; s36-p: "the council" looked through every name before it).
        self._org_words: dict[str, list[int]] = {}
        self._org_lines: dict[tuple[bool, bool], _OrgLine] = {}
        for k, n in enumerate(named):
            if n.speaker.type == "ORG":
                for w in _name_keys(n.speaker.name):
                    self._org_words.setdefault(w, []).append(k)
        # Where the line breaks and the double quotation marks stand, read once: a quotation's
        # parity before a place is then a few bisections (:meth:`_quoted_at`), never a count over
        # the paragraph (review s35-rv2 item 1: quadratic in a one-paragraph article).
        # A hard-wrapped paragraph's lines are one paragraph (round s49-q: a pronoun opening a
        # wrapped line lost the antecedent on the line before, or took a person named earlier on
        # its own line over the speaker of its paragraph).
        # ``_flow``: the text as its paragraphs run, where sentences are looked for ("\n" a break).
        self._flow = paragraphs if paragraphs is not None and len(paragraphs) == len(text) else text
        self._breaks = _offsets(self._flow, "\n")
        self._marks = {q: _offsets(text, q) for q in ('"', "“", "”")}
        self.dates = sorted(dates)
        self._date_starts = [d[0] for d in self.dates]
        self._sums = sorted(sums)  # the recogniser's MONEY mentions (start, end)
        self._things = sorted(things)  # its mentions of things that never speak (_THING_LABELS)
        self._thing_starts = [s for s, _ in self._things]
        self._sum_starts = [s for s, _ in self._sums]
        # What the lone-name look-ups learnt of the whole text, by kind and word, and where its
        # words stand (:meth:`_word_places`): each is asked about one word many times (t13ab L13).
        self._text_facts: dict[tuple[str, str], bool] = {}
        self._word_runs: dict[str, list[int]] | None = None
        self.last: tuple[int, Speaker] | None = None
        self.found: list[Named] = []  # names the recogniser missed, found next to cues
        self.gender: dict[str, str] = {}
        self.titled_gender: set[str] = set()  # genders an honorific tells ("Mrs Ann Hale"), not a pronoun
        self._introduced()
        for n in named:
            if n.speaker.type == "PERSON":
                h = _HONORIFIC.search(text, max(0, n.start - 8), n.start)
                if h:
                    self.gender.setdefault(n.speaker.key, "f" if h.group(1).lower() in FEMALE_HONORIFICS else "m")
                    self.titled_gender.add(n.speaker.key)

    def _introduced(self) -> None:
        """People introduced by their role ("union leader Marta Eklund", "analyst Mei Lin") whom
        the recogniser did not pick up: later pronouns may refer to them."""
        # The furthest end among the names starting up to each one (they are sorted by start): a
        # span overlaps a name iff a name starting before its end ends after its start, one
        # bisection (s36-p: every name was checked for every role word's name run).
        reach: list[int] = []
        for n in self.named:
            reach.append(max(reach[-1], n.end) if reach else n.end)
        for m in _NAME_RUN.finditer(self.text):
            before = _WORD_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
            if before is None or not _introduces(before.group(1)):
                continue
            s, e = m.start(), m.end()
            k = bisect_left(self._starts, e)
            if k and reach[k - 1] > s:
                continue
            name = " ".join(m.group().split())
            self.found.append(Named(s, e, Speaker(f"NAME:{name}", name, "PERSON")))

    # -- candidates --------------------------------------------------------------------------

    def _in(self, start: int, end: int) -> list[Named]:
        lo = bisect_left(self._starts, start)
        hi = bisect_right(self._starts, end)
        return [n for n in self.named[lo:hi] if n.end <= end]

    def _runs(self, start: int, end: int) -> list[Named]:
        """Runs of two or more capitalised words in ``start:end`` that no PERSON/ORG mention covers."""
        out: list[Named] = []
        region = self.text[start:end]
        words = [(start + m.start(), start + m.end(), m.group()) for m in _NAME_WORD.finditer(region)]
        covered = [(n.start, n.end) for n in self._in(start, end) if n.speaker.type in ("PERSON", "ORG")]
        # a thing's name (a ship, a product) is covered too: it names no speaker
        covered += self._things[bisect_left(self._thing_starts, start) : bisect_right(self._thing_starts, end)]
        run: list[tuple[int, int, str]] = []

        def flush() -> None:
            # An opener in capitals is one too ("THE COMPANY SAID" in an all-caps lede, t13j F5).
            while run and (run[0][2] in _NOT_NAME or run[0][2].capitalize() in _NOT_NAME):
                run.pop(0)
            if len(run) >= 2 and _title_only([w for _, _, w in run]):
                run.clear()  # "the Prime Minister's office": a title (t13ah N7: an ORG speaker)
                return
            if run and _possessive(run[-1][2]):
                # "the Harbour Authority's spokesman": the possessive belongs to the name's place in
                # the sentence, not to the name (s41-y2: an ORG speaker "Harbour Authority's")
                s_, e_, w_ = run[-1]
                run[-1] = (s_, e_ - 2, w_[:-2])
            owner = [i for i, (_, _, w_) in enumerate(run[:-1]) if _possessive(w_)]
            if owner and not any(s <= run[0][0] and run[-1][1] <= e for s, e in covered):
                # "Taiwan's Central Weather Administration says": the owner before the possessive
                # says whose the body is; the body after it speaks, as the entity list names it
                # (t13ai N12: a second speaker beside "Central Weather Administration")
                del run[: owner[-1] + 1]
            opens = run[0][0] if run else 0
            if (
                len(run) >= 3
                and legal_form(run[-1][2])
                and (self._sentence_start(opens) or self._flow[max(0, opens - 1) : opens] in ("", "\n"))
                and _job_word(run[0][2])
            ):
                # "Contractor Brennock Civil Engineering Ltd said": a job or trade noun before a
                # firm's name describes the firm, no part of its name (t13ax N7: a second speaker
                # "Contractor Brennock …" beside the firm)
                run.pop(0)
            if len(run) >= 2 and not any(s <= run[0][0] and run[-1][1] <= e for s, e in covered):
                rs, re_ = run[0][0], run[-1][1]
                if len(run) >= 3 and self._sentence_start(rs) and not legal_form(run[-1][2]):
                    # "Hydrologist Bernard Fiset": the opener is a description ("Tarnok Vasút Kft" a
                    # firm's name, whole to its legal form)
                    rs = run[1][0]
                name = " ".join(self.text[rs:re_].split())
                before = self.text[max(0, rs - 30) : rs].lower().split()
                # "the union Dock Workers", "State Police": a body, by the word before it or by
                # its last word, as the entity recogniser types a name ending in "Police"
                org = (
                    (before and before[-1] in INSTITUTIONS)
                    # "The Daily Beacon reported": a name after "the" is a thing's, no person's
                    # (t13x v18: the newspaper was a person)
                    or (before and before[-1] == "the")
                    or kind_of_word(run[-1][2]) == "ORG"
                    or legal_form(run[-1][2])  # "Tarnok Vasút Kft": a firm by its legal form
                )
                # "Phnom Penh said", "Mexico City warned": a capital no mention covers stands for
                # its government, a place as speaker (s37-q: a person)
                label = "GPE" if _capital(name) else "ORG" if org else "PERSON"
                out.append(Named(rs, re_, Speaker(f"NAME:{name}", name, label)))
            run.clear()

        for w in words:
            if run and self.text[run[-1][1] : w[0]] != " ":
                flush()
            run.append(w)
        flush()
        return out

    def _sentence_start(self, pos: int) -> bool:
        before = self._flow[max(0, pos - 3) : pos]
        return pos == 0 or (before.strip() == "" and "\n" in before) or bool(re.search(r"[.!?:]['\"”’]?\s+$", before))

    def _short_form(self, speaker: Speaker) -> Speaker:
        """A one-word PERSON ("Fiset") that ends a name found earlier ("Bernard Fiset") is that name."""
        if speaker.type != "PERSON" or " " in speaker.name:
            return speaker
        for f in reversed(self.found):
            if f.speaker.name.split()[-1] == speaker.name:
                return f.speaker
        return speaker

    def _dates_masked(self, start: int, end: int) -> str:
        """``text[start:end]`` with each DATE mention in it as :data:`_DATE_MARK`s (same length)."""
        region = self.text[start:end]
        for k in range(bisect_left(self._date_starts, start), len(self.dates)):  # no copy of the rest
            ds, de = self.dates[k]
            if ds >= end:
                break
            if de <= end:
                region = region[: ds - start] + _DATE_MARK * (de - ds) + region[de - start :]
        return region

    def heard(self, pos: int, speaker: Speaker) -> None:
        """The last attributed speaker: "she said" after a quote of hers means her."""
        self.last = (pos, speaker)

    def _after_comma(self, at: int, pos: int) -> bool:
        return "," in self.text[at:pos]

    def _fused(self, end: int) -> bool:
        """Whether the place ending at ``end`` is fused by a hyphen to a lower-case word after it,
        a modifier of the subject's head ("A Kaohsiung-born family", "a Lagos-based charity"),
        never who speaks (t13ai N9: Kaohsiung spoke)."""
        return self.text[end : end + 1] == "-" and self.text[end + 1 : end + 2].islower()

    def _link_gender(self, pick: Named) -> None:
        h = _HONORIFIC.search(self.text, max(0, pick.start - 8), pick.start)
        if h:
            self.gender.setdefault(pick.speaker.key, "f" if h.group(1).lower() in FEMALE_HONORIFICS else "m")
            self.titled_gender.add(pick.speaker.key)

    def _word_places(self) -> dict[str, list[int]]:
        """Where each maximal run of word characters (``\\w+``) of the text starts, by its exact
        spelling, in text order: made once, on the first look-up that needs it."""
        if self._word_runs is None:
            runs: dict[str, list[int]] = {}
            for r in _RUN.finditer(self.text):
                runs.setdefault(r.group(), []).append(r.start())
            self._word_runs = runs
        return self._word_runs

    def _written_as(self, word: str) -> bool:
        """Whether ``word`` stands in the text as a whole word, in exactly this spelling (the
        answer of ``re.search(rf"\\b{re.escape(word)}\\b", text)``), asked once per word: a word
        of word characters only is a run of :meth:`_word_places`; any other is searched for, once (t13ab
        L13: each "Witness 1234 said" searched the whole 1.3 MB article again)."""
        key = ("w", word)
        known = self._text_facts.get(key)
        if known is None:
            if _RUN.fullmatch(word):
                known = word in self._word_places()
            else:
                known = re.search(rf"\b{re.escape(word)}\b", self.text) is not None
            self._text_facts[key] = known
        return known

    def _mid_sentence(self, word: str) -> bool:
        """Whether ``word`` stands in the text after spaces that follow a lower-case letter or a
        comma ("cousins, Williams", "and Evans"), word-bounded after it: the answer of
        ``re.search(rf"[a-z,] +{re.escape(word)}\\b", text)``, asked once per word, read from the
        places of :meth:`_word_places` where it can (t13ab L13)."""
        key = ("m", word)
        known = self._text_facts.get(key)
        if known is None:
            if _RUN.fullmatch(word):
                # after a space and before a non-word character (the \b after a word character),
                # the word is a whole run: look at the spaces and the one character before each
                text = self.text
                known = False
                for p in self._word_places().get(word, ()):
                    i = p
                    while i > 0 and text[i - 1] == " ":
                        i -= 1
                    if i < p and i > 0 and text[i - 1] in _LOWER_OR_COMMA:
                        known = True
                        break
            else:
                known = re.search(rf"[a-z,] +{re.escape(word)}\b", self.text) is not None
            self._text_facts[key] = known
        return known

    def _holds(self, part: str) -> bool:
        """``part in self.text``, asked once per string (t13ab L13)."""
        key = ("s", part)
        known = self._text_facts.get(key)
        if known is None:
            known = self._text_facts[key] = part in self.text
        return known

    def _in_noise(self, n: Named) -> bool:
        """Whether the mention ``n`` lies in the boilerplate (the article's byline, a credit)."""
        i = bisect_right(self._noise_starts, n.start) - 1
        return i >= 0 and n.end <= self._noise[i][1]

    def _people_latest_first(self, pos: int) -> Iterator[Named]:
        """The people named before ``pos`` in the article's own text (never in its boilerplate:
        "By Sara Lind" is nobody the text's "An inspector" or "she" stands for), the latest first
        (``reversed`` text order), read lazily: a pronoun's referent is mostly among the last few
        (s36-p: every name before each pronoun was listed, sorted and filtered)."""
        for n in self._latest_first(pos):
            if n.speaker.type == "PERSON" and not self._in_noise(n):
                yield n

    def _latest_first(self, pos: int) -> Iterator[Named]:
        """``reversed(self._before(pos))``, lazily: the recogniser's names before ``pos`` merged
        with the names found next to cues (a found name after a recogniser's at the same place,
        as the stable sort in :meth:`_before` puts it)."""
        i = bisect_left(self._starts, pos) - 1
        found = sorted((f for f in self.found if f.start < pos), key=_start)
        j = len(found) - 1
        while i >= 0 or j >= 0:
            if j >= 0 and (i < 0 or found[j].start >= self.named[i].start):
                yield found[j]
                j -= 1
            else:
                yield self.named[i]
                i -= 1

    def _before(self, pos: int) -> list[Named]:
        cands = self.named[: bisect_left(self._starts, pos)] + [f for f in self.found if f.start < pos]
        cands.sort(key=lambda n: n.start)
        return cands

    def _sentence_floor(self, pos: int) -> int:
        """Where the break before the sentence holding ``pos`` starts (a sentence's stop and the
        space after it, or a line break), so that :data:`_UNNAMED_AT` still finds the sentence's
        opening; ``pos`` itself when none is within :data:`_UNNAMED_REACH` characters."""
        floor = pos
        for m in _SENTENCE_BREAK.finditer(self._flow, max(0, pos - _UNNAMED_REACH), pos):
            floor = m.start()
        return floor

    def _quoted_at(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quotation opened earlier in its paragraph (an odd number of
        straight double marks before it, or more opening curly marks than closing ones)."""
        i = bisect_left(self._breaks, pos)
        line = self._breaks[i - 1] + 1 if i else 0  # the paragraph's (line's) start

        def count(mark: str) -> int:
            at = self._marks[mark]
            return bisect_left(at, pos) - bisect_left(at, line)

        return count('"') % 2 == 1 or count("“") > count("”")

    @staticmethod
    def _lead_words_ok(lead: str) -> bool:
        """Words before a subject's name, after any description in commas, are title words: each
        capitalised (or an abbreviation) or a role ("Chief inspector", "Eng.")."""
        tail = lead.rsplit(",", 1)[-1]
        return all(w[0].isupper() or w.lower().rstrip(".") in ROLES for w in tail.split())

    def _dateline_agency(self, n: Named) -> bool:
        """Whether the mention ``n`` is the outlet reporting, never an organisation the article
        speaks of ("the company", "the utility", "it"): the agency of a wire dateline opening its
        line ("HUARAZ, June 4 (AFP) - …"), or the outlet that wrote the story, the article's own
        (its metadata's or the reader's derived outlet) or one a byline line names ("By Jane Doe,
        Harbour Tribune", :func:`bylines.is_byline`), wherever the text names it again (round
        s48-q3: "In a statement on Monday, the company said" was the byline's outlet's)."""
        if fold(" ".join(self.text[n.start : n.end].split())) in self._outlets:
            return True
        line = self.text.rfind("\n", 0, n.start) + 1
        wire = dateline.match(self.text, line, min(len(self.text), n.end + 40))
        return wire is not None and wire.agency is not None and wire.agency[0] <= n.start and n.end <= wire.agency[1]

    @cached_property
    def _outlets(self) -> frozenset[str]:
        """The folded names of the outlet that wrote the article: its outlet as given, and each
        organisation named on a byline line (:func:`bylines.is_byline`); but not one the article's
        own sentences open with as their subject, off its byline lines ("Acme Robotics today
        announced …" in Acme Robotics' own press release: the firm the release speaks for, "the
        company" of its "the company said"; review of round s48-q3)."""
        out = {fold(" ".join(self._outlet.split()))} if self._outlet else set()
        lines: dict[int, bool] = {}
        acting: set[str] = set()
        for n in self.named:
            if n.speaker.type != "ORG":
                continue
            start = self.text.rfind("\n", 0, n.start) + 1
            if start not in lines:
                end = self.text.find("\n", n.end)
                lines[start] = is_byline(self.text[start : end if end >= 0 else len(self.text)].strip())
            name = fold(" ".join(self.text[n.start : n.end].split()))
            if lines[start]:
                out.add(name)
            elif _SENTENCE_OPENING.search(self.text[start : n.start]) and _SENTENCE_GOES_ON.match(self.text, n.end):
                acting.add(name)  # (a masthead, the name alone on its line, is no sentence)
        return frozenset(out - acting)

    def _opens_sentence(self, n: Named) -> bool:
        """Whether the mention ``n`` opens its sentence, after a "the" at most ("Brenner Mining
        evacuated 40 workers", "The Coastal Rescue Service said"): the sentence's subject, the
        body acting, unlike one named as an agent or object ("flown to Perth by the Royal Flying
        Doctor Service"; :meth:`_org_line`, s51-rv F4)."""
        the = re.search(r"(?<![\w'’-])the\s+$", self.text[max(0, n.start - 4) : n.start], re.I)
        return self._sentence_start(n.start - (len(the.group()) if the is not None else 0))


def _job_word(word: str) -> bool:
    """Whether a capitalised word opening a sentence is a job, trade or role noun written as a
    title ("Contractor", "Builder", "Engineer", "Minister"): :func:`lexicons.person_noun` (the
    recogniser's job, kin and person nouns) or :data:`cues.ROLES`."""
    lower = word.lower()
    return person_noun(lower) or lower in ROLES
