"""A learned second look at the names the rules leave out (issue #16, an experiment): two
averaged perceptrons that find and type runs of capitalised words no rule read.

The rules (``recogniser.py``) type a name by its cues; a name with no cue around it is left out.
This module looks at every run of capitalised words that no mention of the rules covers (outside
headlines and lines of their own, and none the rules' lexicons say is no name: "AI", "Party
Secretary"), and two linear models decide: ``find`` whether it is a name at all, ``type`` which
name it is, from features: the words, their shapes and suffixes, two words either side, the
gazetteer flags the recogniser already has (given names, towns, regions), whether a sentence
starts there, and the rules' labels of the same name and of its words elsewhere in the article.
A run is added only when ``find`` says "name" by more than ``margin`` and ``type``'s label beats
the next one by more than ``type_margin``. The rules' own names are never changed.

The weights (``learned_weights.json``) are the output of ``tests/names_learn.py``, trained only
on the names set's tuning halves (``tests/gold/names``: tuned, heldout … heldout9), never on the
unseen halves; the file records a digest of the script, this module and every example it was
trained on, and ``tests/analysis/test_learned_names.py`` fails when it is not the script's output
for the current data, rules and code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from waic_reader.index.analysis.entities.gazetteer import city_names, region_names
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.grouping import NAME_LABELS, entity_key
from waic_reader.index.analysis.entities.lexicons import (
    _COMMON,
    _STOP_ACRONYMS,
    _TITLE_CORE,
    _TITLE_MOD,
    _WEEKDAYS_MONTHS,
)
from waic_reader.index.analysis.lexicon import STOP_WORDS
from waic_reader.index.corpus.letters import CAP

WEIGHTS_FILE = Path(__file__).resolve().parent / "learned_weights.json"
FIND: tuple[str, ...] = ("N", "O")
TYPES: tuple[str, ...] = tuple(sorted(NAME_LABELS))

#: A capitalised word (letters, digits, apostrophes, hyphens; a possessive 's is no part of it).
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_CAP_RUN = re.compile(rf"(?<![\w'’-]){CAP}[\w'’-]*(?: {CAP}[\w'’-]*)*")
_POSSESSIVE = re.compile(r"['’]s?$")

_Cand = tuple[int, int, str, str]


def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _words_before(text: str, at: int, n: int) -> list[str]:
    found = _WORD.findall(text, max(0, at - 60), at)
    return [w.lower() for w in found[-n:]][::-1] + ["<s>"] * max(0, n - len(found))


def _words_after(text: str, at: int, n: int) -> list[str]:
    found = _WORD.findall(text, at, at + 60)
    return [w.lower() for w in found[:n]] + ["</s>"] * max(0, n - len(found))


def _punct_before(text: str, at: int) -> str:
    k = at - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return "<s>" if k < 0 else text[k] if not text[k].isalnum() else "a"


def _punct_after(text: str, at: int) -> str:
    k = at
    while k < len(text) and text[k] == " ":
        k += 1
    return "</s>" if k >= len(text) else text[k] if not text[k].isalnum() else "a"


class Context:
    """What the model reads of an article besides the span: sentence starts and the rules' names."""

    def __init__(self, text: str, chosen: list[_Cand], starts: Iterable[int]) -> None:
        self.text = text
        self.starts = set(starts)
        self.same: dict[str, list[tuple[int, str]]] = {}  # a name's text → (start, label) of each
        self.words: dict[str, list[tuple[int, int, str]]] = {}  # a word → the names holding it
        for s, e, label, _ in chosen:
            if label in NAME_LABELS:
                self.same.setdefault(text[s:e], []).append((s, label))
                for w in text[s:e].split():
                    self.words.setdefault(w, []).append((s, e, label))

    def sentence_start(self, s: int) -> bool:
        return s in self.starts or (s >= 1 and self.text[s - 1] == "\n")

    def other(self, s: int, e: int) -> str:
        """The rules' label of the same name elsewhere in the article ("-" for none)."""
        for at, label in self.same.get(self.text[s:e], ()):
            if at != s:
                return label
        return "-"

    def word_label(self, w: str, s: int, e: int) -> str:
        """The rules' label of another name holding the word ``w`` ("" for none)."""
        for a, b, label in self.words.get(w, ()):
            if b <= s or a >= e:
                return label
        return ""


def features(ctx: Context, s: int, e: int) -> list[str]:
    """The features of the span ``text[s:e]``."""
    text = ctx.text
    sentence_start = ctx.sentence_start(s)
    span = text[s:e]
    words = span.split()
    given = given_names()
    f = [
        "b",
        f"n={min(len(words), 4)}",
        "ss=" + ("1" if sentence_start else "0"),
        "shape=" + " ".join(_shape(w) for w in words[:4]),
        "caps=" + ("1" if span.isupper() else "0"),
        "g0=" + ("1" if words[0] in given else "0"),
        "city=" + ("1" if span in city_names() else "0"),
        "region=" + ("1" if span in region_names() else "0"),
        "pb=" + _punct_before(text, s),
        "pa=" + _punct_after(text, e),
        "line=" + ("1" if s == 0 or text[s - 1] == "\n" else "0"),
    ]
    cities = city_names()
    for k, w in enumerate(words):
        lw = w.lower()
        if k and w in given:
            f.append("gk=1")
        if w in cities:
            f.append("cw=1")
        if w.isupper() and len(w) > 1:
            f.append("acr=" + str(k == len(words) - 1))
        f.append("w=" + lw)
        f.append("s3=" + lw[-3:])
        wl = ctx.word_label(w, s, e)
        if wl:
            f.append("wl=" + wl)
    f.append("first=" + words[0].lower())
    f.append("last=" + words[-1].lower())
    f.append("ls4=" + words[-1].lower()[-4:])
    b1, b2 = _words_before(text, s, 2)
    a1, a2 = _words_after(text, e, 2)
    f += ["p1=" + b1, "p2=" + b2 + " " + b1, "a1=" + a1, "a2=" + a1 + " " + a2, "p1a1=" + b1 + "|" + a1]
    f.append("same=" + ctx.other(s, e))
    return f


def _no_name(words: list[str]) -> bool:
    """Words the rules' lexicons say make no name: a common acronym among them ("AI", "CEO"), a
    title last (a job: "Party Committee Secretary"), or only titles, common words, weekdays and
    months ("Deputy Director", "The", "Monday")."""
    if any(w in _STOP_ACRONYMS for w in words) or words[-1] in _TITLE_CORE:
        return True
    return all(
        w in _TITLE_CORE or w in _TITLE_MOD or w in _WEEKDAYS_MONTHS or w.lower() in _COMMON or w.lower() in STOP_WORDS
        for w in words
    )


def _own_line(text: str, s: int, e: int) -> bool:
    """The run is a line of its own but for punctuation (a subheading: "Cash Flow Highlights")."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    b = len(text) if b < 0 else b
    return not any(ch.isalnum() for ch in text[a:s]) and not any(ch.isalnum() for ch in text[e:b])


def candidates(text: str, chosen: list[_Cand], heads: Sequence[tuple[int, int, bool]] = ()) -> list[tuple[int, int]]:
    """The runs of capitalised words no mention of ``chosen`` covers, outside headlines (where
    capitals say nothing) and lines of their own, and none the rules' lexicons say is no name."""
    out: list[tuple[int, int]] = []
    k = 0
    for m in _CAP_RUN.finditer(text):
        s, e = m.span()
        p = _POSSESSIVE.search(m.group())
        if p and p.start() > 0:
            e -= len(p.group())
        while k < len(chosen) and chosen[k][1] <= s:
            k += 1
        if k < len(chosen) and chosen[k][0] < e:
            continue  # a mention covers part of it: the rules read it
        words = text[s:e].split()
        if _no_name(words) or any(a <= s < b for a, b, _ in heads) or (len(words) > 1 and _own_line(text, s, e)):
            continue
        out.append((s, e))
    return out


def article_features(
    text: str, chosen: list[_Cand], starts: Iterable[int], heads: Sequence[tuple[int, int, bool]] = ()
) -> list[tuple[int, int, list[str]]]:
    """Each candidate with its features."""
    cands = candidates(text, chosen, heads)
    if not cands:
        return []
    ctx = Context(text, chosen, starts)
    return [(s, e, features(ctx, s, e)) for s, e in cands]


def _scores(weights: dict[str, dict[str, float]], feats: list[str], classes: tuple[str, ...]) -> dict[str, float]:
    out = dict.fromkeys(classes, 0.0)
    for f in feats:
        row = weights.get(f)
        if row:
            for c, v in row.items():
                out[c] += v
    return out


class Model:
    """Two linear models: ``find`` (is the run a name: N, or not: O) and ``type`` (which name)."""

    def __init__(
        self, find: dict[str, dict[str, float]], type_: dict[str, dict[str, float]], margin: float, type_margin: float
    ) -> None:
        self.find = find
        self.type = type_
        self.margin = margin  # how far "name" must beat "no name"
        self.type_margin = type_margin  # how far the label must beat the next label

    def label(self, feats: list[str]) -> str | None:
        """The name label of a run, or None when it is no name or its label is in doubt."""
        found = _scores(self.find, feats, FIND)
        if found["N"] - found["O"] <= self.margin:
            return None
        sc = _scores(self.type, feats, TYPES)
        ranked = sorted(TYPES, key=lambda c: -sc[c])  # (sorted is stable: ties go to the first label)
        return ranked[0] if sc[ranked[0]] - sc[ranked[1]] > self.type_margin else None

    def vetoed(self, ctx: Context, s: int, e: int, label: str, person_given: bool = True) -> bool:
        """What the rules decided and the model must not undo: a letter ending a run ("Plan B."),
        a one-word run the rules name elsewhere and left out here ("the Tamil writers" where
        "Tamil" is the language), a word the rules refused as a short form in brackets ("The Board
        on Transport (Halvik)"), and a person without any given name among the words."""
        text = ctx.text
        words = text[s:e].split()
        if len(words[-1]) == 1:
            return True
        if len(words) == 1 and ctx.other(s, e) != "-":
            return True
        if f"({text[s:e]})" in text:
            return True
        return person_given and label == "PERSON" and not any(w in given_names() for w in words)

    def revise(
        self, text: str, chosen: list[_Cand], starts: Iterable[int], heads: Sequence[tuple[int, int, bool]] = ()
    ) -> list[_Cand]:
        """``chosen`` (sorted, non-overlapping) with the names the model finds among the runs it left."""
        added: list[_Cand] = []
        cands = candidates(text, chosen, heads)
        if not cands:
            return chosen
        ctx = Context(text, chosen, starts)
        for s, e in cands:
            label = self.label(features(ctx, s, e))
            if label is not None and not self.vetoed(ctx, s, e, label):
                added.append((s, e, label, entity_key(label, " ".join(text[s:e].split()))))
        return sorted(chosen + added) if added else chosen


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The shipped model, or None when there is no weights file."""
    if not WEIGHTS_FILE.exists():
        return None
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return Model(data["find"], data["type"], data["margin"], data["type_margin"])
