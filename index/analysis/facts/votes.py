"""An election's figures: a candidate's or party's share of the vote, its count of votes, and the
turnout (issue #16, round s39-x1). Each is a measure of its own, the share and the count one row per
candidate or party (its owner, the name its clause gives it), so "Labour won 36% of the vote" is never
compared with "the Green Party 18%", and "Tom Berg got 41%" after a sentence of vote shares is Berg's
share of the vote however little its own clause says of votes."""

from __future__ import annotations

import re
from functools import lru_cache

from waic_reader.index.analysis.facts.words import AUXILIARIES, FINITE_VERBS, WORD
from waic_reader.index.analysis.figures import Figure
from waic_reader.index.analysis.lexicon import MONTHS, STOP_WORDS, WEEKDAYS

VOTE_SHARE = ("vote share", "share of vote")  # (measure, label)
VOTES = ("votes", "votes")
TURNOUT = ("turnout", "turnout")
# A candidate's or party's standing in an opinion poll ("A poll this week had Kerr on 41%"): its
# own row per owner, listed and never compared (dimensions.listed_only: two polls differ by their
# dates and samples, and a poll is no result; review s40-rv finding 6)
POLL_SHARE = ("poll share", "share in a poll")
# The seats a party or candidate won ("Labour won 26 seats", "26 of the 57 seats"), the size of the
# body they are seats of ("the 57 seats", "of 57 seats") and the seats a majority needs ("needs 29
# seats for a majority"): three measures, never one row (review s42-rv finding 8: a council's size,
# its majority and two parties' seats were one "seats" row that disagreed)
SEATS = ("seats", "seats won")
SEATS_TOTAL = ("seats in total", "seats in total")
SEATS_MAJORITY = ("seats for a majority", "seats needed for a majority")
# The measures a candidate or party owns (owners.OWNED_MEASURES holds them too: grouping keys their
# rows by owner, a figure naming none joining the only row or one naming none).
VOTE_MEASURES = frozenset({VOTE_SHARE[0], VOTES[0], POLL_SHARE[0], SEATS[0]})

# What ends the clause a vote figure's owner is named in: punctuation and the words that join a
# list of results ("Lind won 52% and Berg 41%", "…, the Green Party 18%", "12,600 votes to Berg's
# 9,800", "while Berg took 41%").
# (a comma inside a number, "4,100", ends none)
_CLAUSE_END = re.compile(r"[;:()]|,(?!\d)|\b(?:and|while|whereas|but|to|against|versus|vs)\b")
# A name: capitalised words, with the small words inside names ("Party of Regions", "Law and
# Justice": an "and" between two capitalised words is a name's, never the end of a clause).
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of|de|la|van|von|der|and|&)?\s*[A-Z][\w'’.-]*)*")
# An "and" inside a name: a capitalised word on either side ("Law and Justice", "Trade and Industry")
_AND_IN_NAME = re.compile(r"[A-Z][\w'’.-]*\s+$")
# What a sentence's first word follows: the text's start, a sentence's end, a line break, an
# opening quote
_OPENS = frozenset(".!?:\n\"“‘'")
# The verbs between a name and its share in a result's clause ("Tom Berg got 41%", "Berg took 41
# per cent", "Labour, with 36%"): a clause of these and a name only is a result even without "vote".
_RESULT_VERBS = frozenset("got won took received secured polled gained garnered taken gotten had with on at".split())
# Of those, the verbs of receiving votes: an election named near a clause makes it a result only
# with one of these or none ("In the election, Kerr won 52%", "…, and Berg 41%"); "gained", "had",
# "on", "at" are a price's move or a poll's standing ("Tata Motors gained 5%" after an election,
# "Kerr on 41%"): a result only where votes or ballots are named (review s40-rv findings 2 and 6)
_RECEIVE_VERBS = frozenset("got won took received secured polled garnered taken gotten".split())
# A perfect tense's auxiliary and the participles of receiving votes after it ("had won", "has taken").
_PERFECT = frozenset("has have had".split())
_PARTICIPLES = frozenset("won got gotten taken received secured polled garnered".split())
# The verbs of one candidate beating another ("Anna Kerr beat Tom Berg by 4,100 votes to 3,900"):
# the first name's votes are the first count, the second name's the count after "to".
_BEAT_VERBS = frozenset("beat beats defeated defeats edged edges trounced ousted unseated outpolled".split())
# "of the vote", "of votes cast", "of the ballots": a share of the vote
_OF_VOTE = re.compile(r"\s*of\s+(?:the\s+|all\s+)?(?:(?:popular|total|valid)\s+)?(?:votes?|ballots)\b", re.I)
# "61% of voters turned out", "61% of the electorate voted": the turnout
_TURNED_OUT = re.compile(
    r"\s*of\s+(?:the\s+|all\s+|eligible\s+|registered\s+)*(?:voters|electorate)\s+"
    r"(?:(?:had|have)\s+)?(?:turned\s+out|voted|cast\s+(?:a\s+|their\s+)?ballots?)\b",
    re.I,
)
# "Turnout was 61%", "turnout stood at about 61%": the figure is the turnout, whatever follows it
# ("…, up from 55%" made it a change in turnout)
_TURNOUT_WAS = re.compile(
    r"\bturnout\s+(?:was|is|stood\s+at|reached|hit)\s+(?:(?:about|around|nearly|almost|some|over|under)\s+)?$",
    re.I,
)
# The words that say a sentence (or the one before) speaks of an election: a clause of a name and
# a result verb ("In the mayoral election, Kerr won 52%") is then a share of the vote.
_VOTE_WORD = re.compile(r"\b(?:votes?|ballots?|polled|(?:by-)?elections?)\b", re.I)
_BALLOT_WORD = re.compile(r"\b(?:votes?|ballots?|polled)\b", re.I)  # (the words of counted votes)
# An opinion poll or survey in a figure's sentence: its shares are a poll's, no result, and two
# polls' figures are never one fact ("A poll this week had Kerr on 41%"; "went to the polls" is
# voting; review s40-rv finding 6)
_POLL = re.compile(r"(?<!\bto the )\b(?:polls?|surveys?)\b", re.I)
# The head nouns of a party or candidate described in lower case ("the ruling party", "the
# opposition alliance", "the incumbent"): a description of anything else ("the currency", "the
# health board") owns no share of the vote (review s40-rv finding 2)
CONTENDER_NOUNS = frozenset(
    "party parties alliance bloc candidate candidates coalition front incumbent challenger nominee "
    "movement opposition independents independent".split()
)
# "results" says so only of a name written straight before its share ("Final results: Kerr 52%,
# Berg 45%"): "After strong results, Acme gained 5%" is no vote.
_RESULTS_WORD = re.compile(r"\bresults\b", re.I)
# A party or candidate described in lower-case words owns its figure as a name does ("the ruling
# party won 52%", "while the opposition alliance took 41%", "…, the main opposition party 39 per
# cent"; issue #16, s40-x1): "the" and up to this many words, then a result verb or the figure.
_DESCRIPTION_WORDS = 4
_PLAIN_WORDS = re.compile(r"(?:\s+[^\W\d_][\w’'-]*)+")  # "ruling party", "pro-government bloc"
# The second count of a pair of vote counts: "12,600 votes to Tom Berg's 9,800", "by 4,100 votes
# to 3,900", "4,100 votes against 3,900" (the "votes" written once, for both).
_VOTES_TO = re.compile(
    r"\d\s+votes?\s+(?:to|against|versus|vs\.?)\s+"
    r"(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*['’]s?\s+|(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?['’]s\s+)?$"
)


@lru_cache(maxsize=8)
def word_cases(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of ``text`` (lower case) it writes in lower case, and those it writes capitalised
    inside a sentence (never as its first word): read once per article, each name's words then
    looked up in them (review s39-rv finding 14: a regex over the whole text per word)."""
    lower: set[str] = set()
    inside: set[str] = set()
    for m in WORD.finditer(text):
        w = m.group()
        if w[0].islower():
            lower.add(w)
        elif not _opens_sentence(text, m.start()):
            inside.add(w.lower())
    return frozenset(lower), frozenset(inside)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the first of its sentence (or line)."""
    before = text[max(0, at - 40) : at].rstrip(" \t")
    return not before or before[-1] in _OPENS


def _name_words_ok(text: str, m: re.Match[str]) -> bool:
    """Whether the capitalised words of the name match ``m`` are a name's, judged where they are
    capitalised inside a sentence: no stop word ("Official results showed Lind …": "Official" is no
    name); a word the sentence opens with is a name's when the text also writes it capitalised
    inside a sentence, or never in lower case ("Labour won", not beside "labour shortages"); and a
    name of that one word alone is one only when a result verb or a clause's end follows it
    ("Labour won 34%", never "Preliminary results gave the Civic Coalition 31%": review s39-rv
    findings 1 and 2)."""
    name = _strip(m.group())
    lower, inside = word_cases(text)
    words = [w for w in name.split() if w[:1].isupper()]
    at = m.start() + m.group().find(name)
    if not words or any(w.lower() in STOP_WORDS for w in words):
        return False
    if len(words) == 1 and (words[0].lower() in WEEKDAYS or words[0].lower() in MONTHS):
        return False  # "on Tuesday by 312 votes": a day, no one's (review s40-rv finding 3)
    if not _opens_sentence(text, at):
        return True
    first = words[0].lower()
    if first not in inside and first in lower:
        return False
    if len(words) == 1 and first not in inside:
        after = WORD.search(text, at + len(name))
        between = text[at + len(name) : after.start()] if after else ""
        return (
            after is None or bool(_CLAUSE_END.search(between)) or after.group().lower() in _RESULT_VERBS | _BEAT_VERBS
        )
    return True


def _names(text: str, start: int, end: int) -> list[re.Match[str]]:
    return [m for m in _NAME.finditer(text, start, end) if _name_words_ok(text, m)]


def _description(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The first lower-case description of a party or candidate in the clause ``text[start:end]``
    ("The ruling party won" → "ruling party"): "the", then one to :data:`_DESCRIPTION_WORDS`
    lower-case words that are no stop words nor words of the vote ("the vote", "the
    by-election"), then a result or beating verb or the clause's end; (description, its end
    offset), or None."""
    words = list(WORD.finditer(text, start, end))
    verbs = _RESULT_VERBS | _BEAT_VERBS
    for i, w in enumerate(words):
        if w.group().lower() != "the":
            continue
        j = i + 1
        # (any other verb ends it too, and is no description's: "the currency gained", "the
        # health board offered", "the main index rose" name no party; review s40-rv finding 2)
        while (
            j < len(words)
            and words[j].group().islower()
            and words[j].group() not in verbs
            and words[j].group() not in AUXILIARIES | FINITE_VERBS
        ):
            j += 1
        desc = [m.group() for m in words[i + 1 : j]]
        ended = j == len(words) or words[j].group() in verbs
        if (
            ended
            and 0 < len(desc) <= _DESCRIPTION_WORDS
            and desc[-1] in CONTENDER_NOUNS
            and not any(d in STOP_WORDS or _VOTE_WORD.fullmatch(d) for d in desc)
            # nothing but spaces between its words: "the ruling party", never across a bracket
            and _PLAIN_WORDS.fullmatch(text, w.end(), words[j - 1].end()) is not None
        ):
            return " ".join(desc), words[j - 1].end()
    return None


def _strip(name: str) -> str:
    """A name without a possessive's ending and a determiner before it ("Tom Berg's" → "Tom Berg",
    "The Green Party" → "Green Party")."""
    name = re.sub(r"['’]s?$", "", name.strip())
    return re.sub(r"^(?:The|A|An)\s+", "", name)


def _clauses_before(text: str, fig: Figure, sent: tuple[int, int]) -> list[tuple[int, int]]:
    """The clauses (start, end) of the sentence ``sent`` before ``fig``, nearest first (an "and"
    between two capitalised words ends none: "Law and Justice won 35%")."""
    ends = [
        m
        for m in _CLAUSE_END.finditer(text, sent[0], fig.start)
        if not (
            m.group() == "and"
            and _AND_IN_NAME.search(text, max(sent[0], m.start() - 40), m.start())
            and text[m.end() : m.end() + 2].strip()[:1].isupper()
        )
    ]
    cuts = [sent[0], *(m.end() for m in ends)]
    return list(zip(cuts, [*(m.start() for m in ends), fig.start], strict=True))[::-1]


# "Berg was beaten by Kerr", "were defeated by": the name after "by" won, the subject lost
_PASSIVE_BEAT = re.compile(
    r"\b(?:was|were)\s+(?:narrowly\s+|heavily\s+)?(?:beaten|defeated|edged(?:\s+out)?|trounced|ousted|"
    r"unseated|outpolled)\s+by\b",
    re.I,
)
# "Berg lost to Kerr": the subject lost, the name after "to" won
_LOST_TO = re.compile(r"\b(?:lost|loses|lose)\s+(?:narrowly\s+)?(?:out\s+)?to\b", re.I)


# What follows the first count of a pair: "12,600 votes to 9,800"
# (read from the figure's start: a count's figure may span its noun)
_PAIR_FIRST = re.compile(r"[\d.,]+\s+votes?\s+(?:to|against|versus|vs\.?)\s", re.I)


def _pair_sides(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The two sides of one candidate beating another in the clause ``text[start:end]``, in the
    order a pair of counts after it gives them, (first count's owner, second count's owner), as
    written: "Kerr beat Berg" and "Berg was beaten by Kerr" → (Kerr, Berg), "Berg lost to Kerr" →
    (Berg, Kerr); the voice decides (review s40-rv finding 4). None when the clause has no such
    verb or names no one on either side of it."""
    verb: tuple[int, int] | None = None
    loser_first = False
    if (m := _PASSIVE_BEAT.search(text, start, end)) is not None:
        verb = m.span()
    elif (m := _LOST_TO.search(text, start, end)) is not None:
        verb, loser_first = m.span(), True
    else:
        beat = [w for w in WORD.finditer(text, start, end) if w.group().lower() in _BEAT_VERBS]
        if beat:
            verb, loser_first = beat[0].span(), True  # (active: the subject is the first count's)
    if verb is None:
        return None
    # (the subject may open the sentence: "Berg was beaten by Kerr", a name there all the same)
    names = [_strip(n.group()) for n in _NAME.finditer(text, start, end)]
    spans = [n.span() for n in _NAME.finditer(text, start, end)]
    ok = [
        (name, span)
        for name, span in zip(names, spans, strict=True)
        if name and not any(w.lower() in STOP_WORDS or w.lower() in WEEKDAYS for w in name.split())
    ]
    subject = [name for name, (_, e) in ok if e <= verb[0]]
    other = [name for name, (b, _) in ok if b >= verb[1]]
    if not subject or not other:
        return None
    return (subject[-1], other[0]) if loser_first else (other[0], subject[-1])


def _clause_owner(text: str, start: int, end: int) -> str:
    """The first name, else lower-case party description, of the clause ``text[start:end]``; ""."""
    found = _names(text, start, end)
    if found:
        return _strip(found[0].group())
    described = _description(text, start, end)
    return described[0] if described is not None else ""


def _pair_second_owner(text: str, fig: Figure, sent: tuple[int, int]) -> str | None:
    """The owner of ``fig`` when it is the second count of a pair ("by 4,100 votes to 3,900"): the
    name in its own clause ("to Tom Berg's 9,800"), else the other side of the beating before it
    (:func:`_pair_sides`); "" when no other side than the first count's is named (a motion's
    "by 312 votes to 198" is for and against, no one's: review s40-rv finding 3); None when
    ``fig`` is no such count."""
    clauses = _clauses_before(text, fig, sent)
    if len(clauses) < 2 or _VOTES_TO.search(text, max(sent[0], fig.start - 120), fig.start) is None:
        return None
    # (the beating may span clauses: "Berg lost to Kerr by 9,800 votes to 12,600")
    sides = _pair_sides(text, sent[0], clauses[0][0])
    first = sides[0] if sides else _clause_owner(text, *clauses[1])
    second = _clause_owner(text, *clauses[0]) or (sides[1] if sides else "")
    # two counts of one pair are never one owner's (a guard whatever misread them)
    return "" if not second or _one_side(first, second) else second


def _one_side(a: str, b: str) -> bool:
    """Whether two names read for the two sides of one pair are one candidate's: one's words
    (lower case, no stop words) within the other's ("Kerr", "Anna Kerr")."""
    wa, wb = ({w.lower() for w in WORD.findall(n) if w.lower() not in STOP_WORDS} for n in (a, b))
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


# The other side of a result, its name after its share: "winning 52.4% of the vote against 47.6% for
# Marco Lima", "… versus 31 per cent for the Green Party" (review s43-rv finding 13: Lima's share was
# a bare "percentage", his true agreement between outlets lost).
_VERSUS_BEFORE = re.compile(r"\b(?:against|versus|vs\.?)\s+(?:(?:about|around|nearly|some|just)\s+)?$", re.I)
_FOR_AFTER = re.compile(r"\s+(?:of\s+the\s+vote\s+)?for\s+(?:the\s+)?(?=[A-Z])")


def _share_for(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The name a share ``fig`` written after "against" or "versus" is "for" ("against 47.6% for
    Marco Lima" → "Marco Lima"), where its sentence speaks of votes before it; "" otherwise."""
    if _VERSUS_BEFORE.search(text, max(sent[0], fig.start - 30), fig.start) is None:
        return ""
    m = _FOR_AFTER.match(text, fig.end, sent[1])
    if m is None or not _VOTE_WORD.search(text, sent[0], fig.start):
        return ""
    found = _names(text, m.end(), sent[1])
    if not found or found[0].start() != m.end():
        return ""
    return _strip(found[0].group().rstrip("."))  # (a sentence's full stop is no initial's)


def vote_owner(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The candidate or party a vote figure ``fig`` (in the sentence ``sent``) is said of, as written
    (no possessive's ending, no "The"): the first name of its own clause ("Anna Lind won the
    Portmere by-election with 52%" → "Anna Lind", "…, the Green Party 18%" → "Green Party"), else of
    the nearest clause before it that names one ("Anna Lind won the by-election, taking 12,600
    votes" → "Anna Lind"); a pair's counts by the beating's voice ("Berg was beaten by Kerr by
    12,600 votes to 9,800": Kerr's, then Berg's; :func:`_pair_sides`); "" when none does."""
    second = _pair_second_owner(text, fig, sent)
    if second is not None:
        return second
    if named := _share_for(text, fig, sent):
        return named  # "against 47.6% for Marco Lima"
    clauses = _clauses_before(text, fig, sent)
    if _PAIR_FIRST.match(text, fig.start, sent[1]) and (sides := _pair_sides(text, sent[0], fig.start)) is not None:
        return sides[0]  # the first count of a pair after a beating: its winner's
    for start, end in clauses:
        if owner := _clause_owner(text, start, end):
            return owner
    return ""


def _result_clause(
    text: str, fig: Figure, sent: tuple[int, int], verbless: bool = False, verbs: frozenset[str] = _RESULT_VERBS
) -> bool:
    """Whether ``fig``'s own clause is a name, or a party described in lower case (:func:`_description`),
    and at most one of ``verbs`` before it ("Tom Berg got", ", the Green Party", "and Berg", "the
    opposition alliance took"); with ``verbless``, nothing between them ("Kerr 52%")."""
    start, end = _clauses_before(text, fig, sent)[0]
    found = _names(text, start, end)
    if found:
        named_end = found[0].end()
    elif (described := _description(text, start, end)) is not None:
        named_end = described[1]  # "while the opposition alliance took 41%"
    else:
        return False
    rest = text[named_end : fig.start].lower().split()
    if not verbless and len(rest) == 2 and rest[0] in _PERFECT and rest[1] in _PARTICIPLES:
        # "Souza had won 38 per cent", "Kerr has taken 41%": a result in a perfect tense (review
        # s43-rv finding 13: the first round's pluperfect share was read as no vote share)
        rest = rest[1:] if rest[1] in verbs else rest
    return len(rest) <= (0 if verbless else 1) and all(w in verbs for w in rest)


# The round or ballot a result is of ("in the first round", "first-round", "the run-off", "a second
# ballot", "the primary"): a candidate's share in one round is no value of its share in another
# (review s43-rv finding 13: 38% in the first round and 52% in the run-off were one row that
# disagreed). A second round or ballot is the run-off.
_ROUND = re.compile(
    r"\b(?:(?P<nth>first|second|third)[\s-]+(?:round|ballot)|(?P<runoff>run-?offs?|run\s+offs?)|(?P<primary>primar(?:y|ies)))\b",
    re.I,
)
_ELECTION = re.compile(r"\b(?:(?:by-)?elections?|polls?)\b", re.I)  # an election of its own, named


def vote_round(text: str, fig: Figure, sent: tuple[int, int], prev_sent: tuple[int, int] | None) -> str:
    """The round a vote figure ``fig`` is of, "first round", "third round", "run-off" (a second round
    or ballot too) or "primary", "" for none: the round named in its own clause ("won the run-off
    with 52%"); else, where that clause names no election of its own ("and the November election
    with 48%" is that election's), the round named nearest it in its sentence ``sent`` ("down from
    64.8% in the first round, when Souza took 38%"), else the last one named in the sentence before
    (``prev_sent``: "Souza took 38% in the first round. Lima won 31%.") where its own sentence names
    no election."""
    start = _clauses_before(text, fig, sent)[0][0]
    stop = _CLAUSE_END.search(text, fig.end, sent[1])
    own = (start, stop.start() if stop else sent[1])
    found = list(_ROUND.finditer(text, *own))
    if not found and _ELECTION.search(text, *own):
        return ""
    found = found or list(_ROUND.finditer(text, sent[0], sent[1]))
    if not found and prev_sent is not None and not _ELECTION.search(text, sent[0], sent[1]):
        found = list(_ROUND.finditer(text, prev_sent[0], prev_sent[1]))[-1:]
    if not found:
        return ""
    m = min(found, key=lambda m: fig.start - m.end() if m.end() <= fig.start else m.start() - fig.end)
    if m.group("primary"):
        return "primary"
    nth = (m.group("nth") or "second").lower()
    return "run-off" if nth == "second" else f"{nth} round"


def in_round(measure: tuple[str, str], vote_round: str) -> tuple[str, str]:
    """The (measure, label) of a share or count of the vote in the round ``vote_round``
    (:func:`vote_round`): ("vote share|run-off", "share of vote in the run-off"); as given for no
    round, or for another measure."""
    if not vote_round or measure not in (VOTE_SHARE, VOTES):
        return measure
    return f"{measure[0]}|{vote_round}", f"{measure[1]} in the {vote_round}"


def vote_measure_of(measure: str) -> str:
    """The election measure of a measure key without its round ("vote share|run-off" → "vote share")."""
    return measure.split("|", 1)[0]


def vote_measure(
    text: str, fig: Figure, sent: tuple[int, int], prev_sent: tuple[int, int] | None, label: str
) -> tuple[str, str] | None:
    """The election measure (measure, label) of a figure, None for none: a percentage "of the vote"
    (:data:`VOTE_SHARE`), or one whose clause is a name and a result verb alone ("Tom Berg got 41%",
    "and Berg 41 per cent") where its sentence before it or the sentence before (``prev_sent``)
    speaks of votes; such a share in a sentence naming a poll or survey a poll's (:data:`POLL_SHARE`);
    a count of "votes" (:data:`VOTES`, ``label`` "votes"); "Turnout was 61%" or
    "61% of voters turned out" (:data:`TURNOUT`)."""
    if fig.kind == "percent":
        if label == TURNOUT[1] or _TURNED_OUT.match(text, fig.end, sent[1]):
            return TURNOUT
        if _POLL.search(text, sent[0], sent[1]):
            # a poll's standing, no result (review s40-rv finding 6)
            return POLL_SHARE if _result_clause(text, fig, sent) else None
        if _OF_VOTE.match(text, fig.end, sent[1]) or _share_for(text, fig, sent):
            return VOTE_SHARE
        before = text[prev_sent[0] if prev_sent else sent[0] : fig.start]
        if _BALLOT_WORD.search(before) and _result_clause(text, fig, sent):
            return VOTE_SHARE
        if _VOTE_WORD.search(before) and _result_clause(text, fig, sent, verbs=_RECEIVE_VERBS):
            return VOTE_SHARE
        if _RESULTS_WORD.search(before) and _result_clause(text, fig, sent, verbless=True):
            return VOTE_SHARE
        return None
    if fig.kind == "count" and label == VOTES[1]:
        return VOTES
    if fig.kind == "count" and label in ("seats", "seat"):
        return seat_measure(text, fig, sent)
    return None


# A count of seats is a majority's when its sentence says so around it ("needs 29 seats for a
# majority", "a majority of 29 seats", "29 seats are needed to govern alone")
_MAJORITY = re.compile(r"\b(?:majority|govern alone|control the (?:council|chamber|assembly))\b", re.I)
_MAJORITY_WORDS = 6  # words between the count and "majority", either side
_PUNCTUATION = re.compile(r"[;:()]|,(?!\d)")  # (a comma inside a number, "4,100", ends none)
# "of the 57 seats", "of the council's 57 seats", "out of 57 seats": the whole, the body's size
_OF_WHOLE = re.compile(
    r"\b(?:out\s+)?of\s+(?:(?:the|all|its|their)\s+)?(?:[A-Z][\w’'-]*['’]s\s+|[a-z][\w-]*['’]s\s+)?$", re.I
)
# "The council has 57 seats", "the 57 seats in the assembly" (a body's own seats): a body's noun
_BODIES = frozenset("council assembly parliament chamber legislature senate house congress diet bundestag".split())


def seat_measure(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[str, str]:
    """The measure (key, label) of a count of seats ``fig`` in the sentence ``sent``:
    :data:`SEATS_MAJORITY` when a majority is named within :data:`_MAJORITY_WORDS` words of it
    ("needs 29 seats for a majority"), :data:`SEATS_TOTAL` when it is the whole a part is "of" ("26
    of the 57 seats") or a body's own ("The council has 57 seats"), else :data:`SEATS`, the seats
    its clause's party or candidate won (:func:`vote_owner`)."""
    # (its own clause only: "Labour took 26 seats, three short of a majority" names the majority of
    # the three, no seats a majority needs)
    own = _clauses_before(text, fig, sent)[0][0]
    stop = _PUNCTUATION.search(text, fig.end, sent[1])
    words_before = WORD.findall(text, own, fig.start)[-_MAJORITY_WORDS:]
    words_after = WORD.findall(text, fig.end, stop.start() if stop else sent[1])[:_MAJORITY_WORDS]
    if _MAJORITY.search(" ".join([*words_before, *words_after])):
        return SEATS_MAJORITY
    if _OF_WHOLE.search(text, max(sent[0], fig.start - 40), fig.start):
        return SEATS_TOTAL
    clause = [w.lower() for w in WORD.findall(text, _clauses_before(text, fig, sent)[0][0], fig.start)]
    if any(w in _BODIES for w in clause) and clause[-1:] in (["has"], ["have"], ["had"]):
        return SEATS_TOTAL
    return SEATS


def paired_votes(text: str, fig: Figure, sent: tuple[int, int]) -> bool:
    """Whether the count ``fig``, written without a noun, is the second of a pair of vote counts
    whose first writes "votes" for both ("taking 12,600 votes to Tom Berg's 9,800", "by 4,100 votes
    to 3,900"): it is then a count of votes, its owner the name before it or the one beaten."""
    return fig.kind == "count" and not fig.noun and bool(_pair_second_owner(text, fig, sent))


def turnout_said(text: str, fig: Figure, sent: tuple[int, int]) -> bool:
    """Whether the percentage ``fig`` of the sentence ``sent`` is said to be the turnout ("Turnout
    was 61%, up from 55%", "About 61% of registered voters turned out"), whatever measure its
    other words gave it: the turnout of every outlet is then one row (review s39-rv finding 12)."""
    return fig.kind == "percent" and bool(
        _TURNED_OUT.match(text, fig.end, sent[1]) or _TURNOUT_WAS.search(text, sent[0], fig.start)
    )
