"""A club named by its town and a plural nickname ("Calgary Hitmen", "Toronto Maple Leafs"), or a
tournament by a number's plural ("Dubai Sevens"): ``team_label``."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from functools import cache

from waic_reader.index.analysis.entities.gazetteer import CAPITALS_FILE, city_names, nations
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, GIVEN, PREFIX_CUES
from waic_reader.index.analysis.entities.mentions import entity_key, spans_take_over
from waic_reader.index.analysis.entities.words import Cand, Unit, cue_label, is_title
from waic_reader.index.analysis.lexicon import NUMBER_WORDS
from waic_reader.index.corpus.letters import CAP, LOWER
from waic_reader.index.corpus.tokens import fold

# A club's plural nickname after its town ("Oilers", "Maple Leafs", "Hitmen"; team_label):
# not "-ss", "-us", "-is" nor a possessive.
_TEAM_PLURAL = re.compile(rf"{CAP}[{LOWER}]*(?:[^sui'’\W]s|men)")


def team_label(
    text: str, run: list[Unit], known_word: Callable[[str], bool], label_of: Callable[[int], str]
) -> str | None:
    """ "ORG" when ``run`` is a club named by its town and a plural nickname ("Calgary Hitmen",
    "Toronto Maple Leafs"): a known place (a gazetteer GPE, or a city of the city list), then
    one to three unknown capitalised words, one space apart, the last a plural ("-s", "-men")
    that is no kind word ("Heights", "Games", "Accords"), no gazetteer name alone ("Democrats")
    and not shouted; "EVENT" when that plural is a number's, a tournament's format ("Dubai
    Sevens"); else None. Without it the town stood alone and the nickname was dropped or read
    as a person's surname. ``known_word``: whether a word alone is a gazetteer name; ``label_of``: the
    label of a gazetteer entity by its id."""
    if run and run[0].eid < 0 and run[0].text in ("The", "THE"):
        run = run[1:]  # "The Saskatoon Blades beat ...": the article stays outside (emit)
    if not run:
        return None
    last = run[-1]
    word = last.text
    if (
        len(run) < 2
        or last.eid >= 0
        or not _TEAM_PLURAL.fullmatch(word)
        or cue_label(word) is not None
        or cue_label(word[:-1]) is not None
        or known_word(word)
        or known_word(word[:-1])
    ):
        return None
    label = "EVENT" if word[:-1].lower() in NUMBER_WORDS else "ORG"  # "Dubai Sevens": a tournament
    if any(text[a.e : b.s] != " " for a, b in itertools.pairwise(run)):
        return None
    for k in range(1, min(len(run), 4)):
        head, nick = run[:k], run[k:]
        if len(nick) > 3 or any(u.eid >= 0 or is_title(u.text)[0] for u in nick):
            continue
        if k == 1 and head[0].eid >= 0:
            if label_of(head[0].eid) == "GPE":
                return label
        elif all(u.eid < 0 for u in head) and text[head[0].s : head[-1].e] in city_names():
            return label
    return None


# A match's score: "3-1", "24-12", "31-30" (two digits a side at most, no year range "2023-24"
# nor a measure "1,700-2,600").
_SCORE = re.compile(r"(?<![\d,.-])\d{1,2}[-–]\d{1,2}(?![\d,.-])")
# A team's doing after the side named: "Zvolen beat", "Banská Bystrica lost 2-1", "Runavík stun",
# "Waterford will meet", "The Cobras play".
_TEAM_VERB_AFTER = re.compile(
    r"\s+(?:beat|beats|defeated|defeats|edged|edge|edges|stun|stuns|stunned|thrashed|thrash|routed|"
    r"drew|draw|draws|lost|lose|loses|(?:will|would|must|to) (?:meet|play|face)|"
    r"meet|meets|play|plays|face|faces)\b"
)
# A team's doing before the side named: "beat Michalovce", "lost 2-1 at home to Liptovský
# Mikuláš", "drew with Kerry", "a home game against Pontarddulais", "play Canberra".
_TEAM_VERB_BEFORE = re.compile(
    r"\b(?:beat|beats|beaten|defeated|defeats|edged|edge|edges|stun|stuns|stunned|thrashed|routed|"
    r"(?:lost|lose|loses|losing|drew|draw|draws|drawn)(?: \d{1,2}[-–]\d{1,2})?(?: at home| away| again)? (?:to|with|against)|"
    r"against|meet|meets|play|plays|face|faces|versus|vs\.?|v)\s+$"
)
# A player's or a club's noun after the side named: "Klaksvík goalkeeper", "the Munster centre".
_TEAM_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:goalkeeper|keeper|striker|forward|defender|midfielder|winger|captain|skipper|coach|"
    r"manager|centre|center|fly-half|scrum-half|prop|hooker|lock|flanker|full-back|fullback|playmaker|"
    r"fans|supporters|squad|side|team|win|victory|defeat|loss|season|opener|try|tries|goal|goals)\b"
)
# Words of sport that, with a score, make an article a match report.
_SPORT_WORDS = re.compile(
    r"\b(?:match|matches|game|games|season|league|League|cup|Cup|final|semi-final|quarter-final|goal|goals|"
    r"try|tries|points|coach|striker|goalkeeper|fixture|derby|kick-off|half-time|full-time|play-off|playoff)\b"
)


# A club's own name, one or two capitalised words, then a town's name one space after it
# ("Slovan Bratislava", "Zekhes Maykop", "Team Amani Kigali"); the town is checked on the city list.
_NAMED_CLUB = re.compile(
    rf"(?<![\w'’.-])(?P<name>{CAP}[{LOWER}]+(?: {CAP}[{LOWER}]+)?) (?P<town>{CAP}[{LOWER}][\w'’-]*)(?![\w'’-]| {CAP})"
)


def named_clubs(text: str, chosen: list[Cand]) -> list[Cand]:
    """In a match report (a score and words of sport, as :func:`town_teams` reads one), a club
    named by its own name and then its town ("Slovan Bratislava", "Zekhes Maykop", "Kabarda
    Nalchik") is one ORG, in place of the town read alone or nothing: the words before the town
    no given name, title, common, cue or capitalised word after a capitalised one, the town a city
    of the city list and no country (round s34-b: heldout27's clubs were no name). A name already
    typed over the words (a person's, a firm's) stays."""
    if _SCORE.search(text) is None or _SPORT_WORDS.search(text) is None:
        return chosen
    countries = _countries()
    spans: list[tuple[int, int]] = []
    for m in _NAMED_CLUB.finditer(text):
        words, town = m.group("name").split(), m.group("town")
        if town not in city_names() or fold(town) in countries:
            continue
        if any(
            w in given_names()
            or w in GIVEN
            or w.lower() in COMMON_WORDS
            or is_title(w)[0]
            or cue_label(w) is not None
            or w in PREFIX_CUES  # "Estadio Centenario": a venue's kind first
            for w in words
        ):
            continue
        a, b = m.span()
        if any(
            c[0] < b and a < c[1] and (c[2] not in ("GPE", "LOC", "CARDINAL") or (c[0] <= a and b <= c[1]))
            for c in chosen
        ):
            continue  # a person's, a firm's name over it, or a place of those words ("Boa Vista", "British Columbia")
        spans.append((a, b))
    if not spans:
        return chosen
    return spans_take_over(chosen, spans, "ORG", text)


@cache
def _countries() -> frozenset[str]:
    """The folded names and demonyms of countries (:func:`nations`, less the capitals): a
    country's team keeps the country's name (OntoNotes: "Sweden beat Norway 8-4", GPEs)."""
    capitals = {
        fold(line.partition("\t")[0].strip())
        for line in CAPITALS_FILE.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    }
    return frozenset(k for k in nations() if k not in capitals)


def town_teams(text: str, chosen: list[Cand]) -> list[Cand]:
    """A town, a county or a province named for its team in a match report (an article with a
    score and words of sport) is the club, ORG: as the side of a team's doing ("Zvolen beat
    Michalovce 3-1", "lost 2-1 at home to Liptovský Mikuláš", "a home game against
    Pontarddulais") or before a player's or a club's noun ("Klaksvík goalkeeper", "Leinster's
    opener"). A country keeps its name (GPE: "Sweden beat Norway"), as does a place elsewhere."""
    if _SCORE.search(text) is None or _SPORT_WORDS.search(text) is None:
        return chosen
    out = list(chosen)
    countries = _countries()
    for k, (s, e, label, _key) in enumerate(out):
        if label not in ("GPE", "LOC"):
            continue
        name = text[s:e]
        if fold(name) in countries or text[s - 1 : s] == "-" or text[e : e + 1] == "-":
            continue
        if (
            _TEAM_VERB_AFTER.match(text, e)
            or _TEAM_VERB_BEFORE.search(text, max(0, s - 40), s)
            or _TEAM_NOUN_AFTER.match(text, e)
        ):
            out[k] = (s, e, "ORG", entity_key("ORG", name))
    return out


# A results line's score right after a side, the other side and its score after it: "Royal
# Leopards 2 Mbabane Swallows 1".
_RESULT_AFTER = re.compile(rf" \d{{1,2}} {CAP}[\w'’-]*(?: {CAP}[\w'’-]*){{0,3}} \d{{1,2}}\b")


def plural_clubs(text: str, chosen: list[Cand]) -> list[Cand]:
    """In a text with words of sport, a PERSON whose last word is a plural nickname
    (:data:`_TEAM_PLURAL`: "Royal Leopards", "Nasir Stars") is a club, ORG, when one of its
    mentions opens a results line: a score, the other side and its score right after it ("Royal
    Leopards 2 Mbabane Swallows 1"), where no person's name stands; so are its other mentions and
    the nickname alone ("Leopards"). Round s40-e, a leftover of held-out 32 (and held-out 31's
    "Nasir Stars"): a club with no suffix was a person, its first word a given name ("Royal")."""
    if _SPORT_WORDS.search(text) is None:
        return chosen
    clubs: set[str] = set()
    for s, e, label, _key in chosen:
        words = text[s:e].split()
        if (
            label == "PERSON"
            and 2 <= len(words) <= 3
            and _TEAM_PLURAL.fullmatch(words[-1]) is not None
            and _RESULT_AFTER.match(text, e) is not None
        ):
            clubs.add(" ".join(words))
    lined = _lined_clubs(text) - clubs
    if not clubs and not lined:
        return chosen
    nicknames = {c.rsplit(" ", 1)[-1] for c in clubs | lined}
    out: list[Cand] = []
    for s, e, label, key in chosen:
        name = " ".join(text[s:e].split())
        if label == "PERSON" and (name in clubs or name in nicknames):
            out.append((s, e, "ORG", entity_key("ORG", name)))
            continue
        out.append((s, e, label, key))
    return _whole_clubs(text, out, lined) if lined else out


# A results line opening with a club's name: its capitalised words, the last a plural nickname,
# then a score, the other side and its score ("Mzilikazi Stars 3 Nketa Rovers 1").
_RESULT_LINE = re.compile(rf"(?m)^(?P<club>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*){{1,2}})(?={_RESULT_AFTER.pattern})")


def _lined_clubs(text: str) -> set[str]:
    """The clubs opening a results line (:data:`_RESULT_LINE`) whose last word is a plural nickname
    (:data:`_TEAM_PLURAL`) and whose first is no common word: "Mzilikazi Stars"."""
    return {
        m.group("club")
        for m in _RESULT_LINE.finditer(text)
        if _TEAM_PLURAL.fullmatch(m.group("club").rsplit(" ", 1)[-1])
        and m.group("club").split(" ", 1)[0].lower() not in COMMON_WORDS
    }


def _whole_clubs(text: str, chosen: list[Cand], clubs: set[str]) -> list[Cand]:
    """``chosen`` with each mention of a club of ``clubs`` one ORG, in place of the pieces read
    inside it (a place "Mzilikazi" and an ORG "Stars": round s44-e, held-out 37); a mention inside
    a longer candidate is left to it."""
    out = list(chosen)
    for club in clubs:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(club)}(?![\w'’-])", text):
            a, b = m.span()
            inside = [c for c in out if c[0] < b and a < c[1]]
            if any(c[0] < a or c[1] > b for c in inside):
                continue
            out = [c for c in out if c not in inside]
            out.append((a, b, "ORG", entity_key("ORG", club)))
    out.sort()
    return out


# A bracket right after a capitalised word (a competitor's name) on a results line, closing on three
# capitals alone or after a club and a comma: "Farahani (IRI)", "Seferli (Neftchi Baku, AZE)".
_CODE_IN_BRACKET = re.compile(rf"(?P<before>{CAP}[\w'’-]*) \((?:[^()\n,]{{1,40}}, )?(?P<code>[A-Z]{{3}})\)")

# Two competitors, each with a bracket, and one or two lower-case words between them: "Emirbekov
# (Samur) pinned Farahani (IRI)", "Lee (KOR) bt Tanaka (JPN)".
_HEAD_TO_HEAD = re.compile(
    rf"{CAP}[\w'’-]* \([^()\n]{{1,40}}\) [a-z.]+(?: [a-z.]+)? {CAP}[\w'’-]*(?: {CAP}[\w'’-]*)? \("
)


def country_codes(text: str, chosen: list[Cand]) -> list[Cand]:
    """In a text with words of sport, an ORG of three capitals closing a bracket right after a
    capitalised word (:data:`_CODE_IN_BRACKET`) is a competitor's country's code, GPE as a state's
    abbreviation is, not an organisation ("Farahani (IRI)", "Seferli (Neftchi Baku, AZE)": round
    s40-e2, held-out 33's ORGs "AZE", "IRI", "KGZ") on a results line (a score, or two competitors
    each with a bracket: :data:`_HEAD_TO_HEAD`), unless a name other than a person's ends right
    before the bracket or the capitals are the initials of the words before it (an acronym of the
    name: "Kenya Rugby Union (KRU)", "the Superior Electoral Court (TSE)"). Other candidates as
    given. Linear in the text and ``chosen`` (one line read for each bracket)."""
    if _SPORT_WORDS.search(text) is None or " (" not in text:
        return chosen
    codes: set[int] = set()  # the start of each code
    bodies = {e for _s, e, label, _k in chosen if label != "PERSON"}  # "Superior Electoral Court (TSE)"
    for m in _CODE_IN_BRACKET.finditer(text):
        if m.end("before") in bodies:
            continue  # a body's name before it: the bracket holds its acronym, a translation's too
        a, b = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[a : b if b >= 0 else len(text)]
        if _SCORE.search(line) is None and _HEAD_TO_HEAD.search(line) is None:
            continue  # no results line: "the Supremo Tribunal Federal (STF)" in running text
        words = re.findall(rf"{CAP}[\w'’-]*", text[max(0, m.start("before") - 60) : m.end("before")])
        if "".join(w[0] for w in words[-3:]) != m.group("code"):
            codes.add(m.start("code"))
    if not codes:
        return chosen
    out: list[Cand] = []
    for s, e, label, key in chosen:
        if label == "ORG" and s in codes and e - s == 3:
            out.append((s, e, "GPE", entity_key("GPE", text[s:e])))
            continue
        out.append((s, e, label, key))
    return out


# A word right before a club's one-word name: the town or the region the club is named by
# ("Kagera" of "Kagera Lakeside", "Nshambya" of "Nshambya Stars").
_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])({CAP}[{LOWER}][\w'’-]*) $")


def town_named_clubs(text: str, chosen: list[Cand]) -> list[Cand]:
    """In a text with words of sport (:data:`_SPORT_WORDS`), a club the article calls by one word
    alone (an ORG of one word: "Lakeside coach", "Stars had led") is named in full where a town's
    or a region's word stands right before that word ("Kagera Lakeside", "Nshambya Stars"): the
    two words are the club, ORG, in place of a place and a club (issue #16, round s51-e:
    held-out 44's clubs were a GPE "Kagera" and an ORG "Lakeside", "Nshambya" nothing). The word
    before is a place mention or no mention at all, never a common word, a month, a given name or
    a kind word, and the one-word ORG must stand alone elsewhere too, after no capitalised word."""
    if _SPORT_WORDS.search(text) is None:
        return chosen
    ones = [(s, e) for s, e, label, _ in chosen if label == "ORG" and " " not in text[s:e] and text[s:e].isalpha()]
    alone = {text[s:e] for s, e in ones if _WORD_BEFORE.search(text, max(0, s - 40), s) is None}
    if not alone:
        return chosen
    overlapping = _Overlaps([(c[0], c[1]) for c in chosen])
    spans: dict[tuple[int, int], str] = {}
    for s, e in ones:
        word = text[s:e]
        m = _WORD_BEFORE.search(text, max(0, s - 40), s)
        if word not in alone or m is None:
            continue
        first = m.group(1)
        if (
            first.lower() in COMMON_WORDS
            or first in GIVEN
            or first in given_names()
            or cue_label(first) is not None
            or PREFIX_CUES.get(first) is not None
            or is_title(first)[0]
        ):
            continue
        a = m.start(1)
        inside = [chosen[k] for k in overlapping.among(a, s)]
        if any(c[2] not in ("GPE", "LOC") or c[0] < a for c in inside):
            continue  # the word before is part of a person's or another body's name
        spans[(a, e)] = f"{first} {word}"
    if not spans:
        return chosen
    clubs = _Overlaps(sorted(spans))
    out = [c for c in chosen if not clubs.among(c[0], c[1])]
    out.extend((a, e, "ORG", entity_key("ORG", name)) for (a, e), name in spans.items())
    out.sort()
    return out


class _Overlaps:
    """Which of some spans overlap a range, read in the spans' order by start with a binary
    search (review s51-rv F16: each one-word club scanned every mention, quadratic in a long
    sport text's mentions): the spans ending after the range's start are found walking back from
    the last one starting before its end, as far as the running greatest end allows."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _e in spans]  # (spans sorted by start: the mentions are)
        self.ends = [e for _s, e in spans]
        self.reach = list(itertools.accumulate(self.ends, max))  # the greatest end up to each

    def among(self, a: int, b: int) -> list[int]:
        """The indexes, in order, of the spans overlapping ``[a, b)`` (start < b, end > a)."""
        found = []
        k = bisect.bisect_left(self.starts, b) - 1
        while k >= 0 and self.reach[k] > a:
            if self.ends[k] > a:
                found.append(k)
            k -= 1
        return found[::-1]
