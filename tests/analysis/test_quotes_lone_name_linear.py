"""The quote finder's work on an article of many short paragraphs grows with its length (t13ab L13).

Reported: one 1.3 MB article of 5,000 short paragraphs ("… Witness 1234 said the carriage tipped
over at 34 mph.") took 116 s of CPU to index; :func:`find_quotes` went from 0.7 s to 10.7 s from
1,000 to 4,000 paragraphs. For each speech verb after a lone capitalised word ("Witness",
"Marlowe", "Stevens") :meth:`Speakers._lone_name` searched the whole text twice (the word in lower
case anywhere? after a lower-case word or a comma?) and once more for its singular: O(text) a cue.

The work is counted, not timed: the characters handed to the ``re`` module's functions by the
quote modules (``index/analysis/quotes/``) and the Python lines run there, for 1,000 and 4,000
paragraphs of the same form, must grow as the paragraphs do, not as their square. The answers
of the look-ups that replace the scans are compared with the scans themselves.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

import pytest

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.analysis.quotes import find_quotes
from waic_reader.index.analysis.quotes import recognise as recognise_module
from waic_reader.index.analysis.quotes.speakers import Speakers
from waic_reader.index.corpus.reader import Corpus

QUOTES_DIR = str(Path(recognise_module.__file__).parent)
FILLER = (
    "the train derailed near Harnwick and police said investigators from the Rail Accident Inquiry "
    "Office were examining the track while Westmarch Rail staff helped passengers"
).split()


def _v15(rng: random.Random, i: int) -> str:
    """The reported form (repro v15's gen_big.py)."""
    return f"Witness {i} said the carriage tipped over at {i % 90} mph."


def _surnames(rng: random.Random, i: int) -> str:
    """Lone surnames, some ending in -s (the plural checks), after a fronted word or alone."""
    name = rng.choice(["Marlowe", "Stevens", "Okafor", "Hollis", "Brannagh", "Ruiz"])
    return rng.choice(
        [
            f"{name} said the doors jammed {i % 7} times.",
            f"Later, {name} said the lights went out at {i % 60} minutes past.",
            f"{name} told the inquiry that coach {i % 12} was full.",
        ]
    )


def _numbered_roles(rng: random.Random, i: int) -> str:
    """Other capitalised role words with a four-digit number (a DATE to the recogniser)."""
    word = rng.choice(["Steward", "Passenger", "Juror", "Driver"])
    return rng.choice(
        [
            f"{word} {1000 + i} said the brakes squealed for {i % 30} seconds.",
            f"{word} {2000 + i} recalled that the floor tilted.",
        ]
    )


FORMS: dict[str, Callable[[random.Random, int], str]] = {
    "v15": _v15,
    "surnames": _surnames,
    "numbered roles": _numbered_roles,
}


def transcript(paragraphs: int, form: Callable[[random.Random, int], str], seed: int = 1) -> str:
    """A title, a dateline and ``paragraphs`` short paragraphs: 30 filler words, then ``form``'s
    sentence (repro v15's layout)."""
    rng = random.Random(seed)
    out = [
        "Harnwick derailment: the full inquiry transcript\n\nHARNWICK, March 3 (Nordwire) - Seven people were killed.\n\n"
    ]
    for i in range(paragraphs):
        filler = " ".join(rng.choice(FILLER) for _ in range(30)).capitalize()
        out.append(f"{filler}. {form(rng, i)}\n\n")
    return "".join(out)


def _inputs(tmp_path: Path, name: str, text: str) -> tuple[Any, Any, Any]:
    folder = tmp_path / f"c-{name}"
    folder.mkdir()
    (folder / f"{name}.txt").write_text(text, "utf-8")
    analysis = Analyser(Corpus.scan(folder), data_dir=tmp_path / f"data-{name}").doc(name)
    return analysis.article, analysis.mentions, analysis.noise_spans()


class _Budget(Exception):
    pass


class _CountingRe(ModuleType):
    """The ``re`` module as a quote module sees it, counting the characters of the strings its
    search functions are handed (a whole-text search per cue is what L13 was)."""

    def __init__(self, owner: _Work) -> None:
        super().__init__("re")
        self._owner = owner

    def __getattr__(self, name: str) -> Any:
        target = getattr(re, name)
        if name not in ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"):
            return target

        def counted(pattern: Any, string: str, *args: Any, **kwargs: Any) -> Any:
            self._owner.add_chars(len(string))
            return target(pattern, string, *args, **kwargs)

        return counted


class _Work:
    def __init__(self, lines: int, chars: int) -> None:
        self.line_budget = lines
        self.char_budget = chars
        self.lines = 0
        self.chars = 0

    def add_chars(self, n: int) -> None:
        self.chars += n
        if self.chars > self.char_budget:
            raise _Budget


def _quote_modules() -> Iterator[ModuleType]:
    for name, module in list(sys.modules.items()):
        if name.startswith("waic_reader.index.analysis.quotes.") and getattr(module, "re", None) is re:
            yield module


def quote_work(
    article: Any, mentions: Any, noise: Any, budget: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> _Work:
    """The Python lines run in the quote modules by :func:`find_quotes` and the characters their
    ``re`` calls were handed, stopped past ``budget`` (lines, characters): the quadratic code
    would run for minutes under the tracer."""
    work = _Work(*budget)
    counting = _CountingRe(work)
    with monkeypatch.context() as patch:
        for module in _quote_modules():
            patch.setattr(module, "re", counting)
        files: dict[str, bool] = {}

        def local(frame: FrameType, event: str, arg: object) -> Any:
            if event == "line":
                work.lines += 1
                if work.lines > work.line_budget:
                    raise _Budget
            return local

        def trace(frame: FrameType, event: str, arg: object) -> Any:
            name = frame.f_code.co_filename
            inside = files.get(name)
            if inside is None:
                inside = files[name] = name.startswith(QUOTES_DIR)
            return local if inside else None

        sys.settrace(trace)
        try:
            find_quotes(article, mentions, noise)
        except _Budget:
            pass
        finally:
            sys.settrace(None)
    return work


@pytest.mark.parametrize("form", list(FORMS))
def test_short_paragraphs_work_grows_linearly(tmp_path: Path, form: str, monkeypatch: pytest.MonkeyPatch) -> None:
    small = _inputs(tmp_path, "small", transcript(1000, FORMS[form]))
    large = _inputs(tmp_path, "large", transcript(4000, FORMS[form]))
    base = quote_work(*small, budget=(10**9, 10**12), monkeypatch=monkeypatch)
    limit = 4.4  # 4× the paragraphs; a little over for the longer numbers and the larger indexes
    budget = (int(base.lines * limit) + 1, int(base.chars * limit) + 1)
    big = quote_work(*large, budget=budget, monkeypatch=monkeypatch)
    assert big.lines <= base.lines * limit, (form, base.lines, big.lines)
    assert big.chars <= base.chars * limit, (form, base.chars, big.chars)


_PIECES = [
    "Evans", "evans", "Evan", "evan", "Dahl", "dahl", "O'Neil", "o'neil", "Smith-Jones", "smith-jones",
    "Müller", "müller", "İlker", "i̇lker", "Øster", "Evans2", "_Evans", "Critics", "critic", "Bjørns",
    " ", "  ", ",", ", ", ".", "\n", "\t", "-", "'", "’", "a", "Z", "é", "1", "_", "the ", "and ",
]  # fmt: skip


def test_word_look_ups_answer_as_the_text_searches() -> None:
    """:meth:`Speakers._written_as`, :meth:`Speakers._mid_sentence` and :meth:`Speakers._holds`
    give the answers of the whole-text searches they replace, for words of word characters and
    others (apostrophes, hyphens, letters whose lower case is longer), asked once or twice."""
    rng = random.Random(13)
    words = [p for p in _PIECES if p.strip(" ,.\n\t-'’_")]
    for _ in range(600):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        speakers = Speakers(text, [])
        for word in rng.sample(words, 8) * 2:
            low = word.lower()
            assert speakers._written_as(low) == bool(re.search(rf"\b{re.escape(low)}\b", text)), (text, low)
            assert speakers._mid_sentence(word) == bool(re.search(rf"[a-z,] +{re.escape(word)}\b", text)), (text, word)
            part = low.removesuffix("s")
            assert speakers._holds(part) == (part in text), (text, part)
