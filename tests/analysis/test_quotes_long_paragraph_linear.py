"""The quote finder's work on a long one-paragraph article grows with its length (s36-b, left undone).

Reported: a 2 MB article written as one paragraph (9,122 quotes) took about 60 s of CPU in
:func:`find_quotes`: for every quotation it scanned the block again for its sentence's start,
and for every cue and quote it looked through every quotation mark and every quote found so far
(inside marks? inside a quote? a mark after the cue? the marks a quote holds?). The work is
counted, not timed: the Python lines run in the quote modules (``index/analysis/quotes/``) for
1,000 and 4,000 quotations of the same mix must grow as the quotations do, not as their square.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType, SimpleNamespace
from typing import Any, cast

import pytest

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.analysis.quotes import Quote, Speaker, find_quotes
from waic_reader.index.analysis.quotes import direct as direct_module
from waic_reader.index.analysis.quotes import recognise as recognise_module
from waic_reader.index.analysis.quotes import state as state_module
from waic_reader.index.analysis.quotes.speaker_words import Named, _firm_like
from waic_reader.index.analysis.quotes.speakers import Speakers
from waic_reader.index.corpus.blocks import abbreviation_stop
from waic_reader.index.corpus.reader import Corpus

QUOTES_DIR = str(Path(recognise_module.__file__).parent)

PEOPLE = ["Halvard Brun", "Ilse Marrow", "Tomasz Wielgosz", "Mei Lin Okafor", "Jonas Berg", "Aurelia Stanning"]
BODIES = ["the harbour authority", "the council", "Nordsea Rail", "the fire brigade"]
PLAIN = [
    "Engineers walked the deck of the old crossing at dawn and noted {n} cracked bolts.",
    "The river rose {n} centimetres overnight, according to the harbour gauge.",
    "Traffic on the ring road slowed as {n} lorries waited to be diverted north.",
    "Residents of the Quay district said the heat made the nights unbearable.",
    "Dr. Weller's team counted {n} birds near the 5'10\" marker on the '90s pier.",
]


def _english(rng: random.Random, who: str, body: str, n: int) -> str:
    return rng.choice(
        [
            f'"We checked the joints every spring," said {who}, who had worked there for {n} years.',
            f'{who} said: "Nobody listened to us in {n}."',
            f'"It was cold," {who} told reporters. "We waited {n} hours."',
            f"“The deck held,” {who} said, “and the pumps ran all night.”",
            f"{who} warned that the bridge could close for {n} days.",
            f"According to {body}, the repairs will cost {n} million.",
            f"‘It is over,’ said {who}.",
            # a cue between the parts of one quote: inside the quote, no report of its own
            f'"We waited," {who} said, and the mayor warned nobody. "It took {n} hours."',
            '"A short one."',
            f'{who}\'s verdict: "A disgrace for {n} families."',
        ]
    )


def _european(rng: random.Random, who: str, body: str, n: int) -> str:
    return rng.choice(
        [
            f"„Wir haben {n} Tage gewartet“, sagte {who}.",
            f"«Le pont tiendra», a dit {who} lundi.",
            f"„He was a good man” – {who} said.",
            f"»Das Wasser steigt«, sagte {who}, der seit {n} Jahren dort arbeitet.",
            f"{body.capitalize()} said the crossing would reopen in {n} weeks.",
            f"“We are working around the clock.” — {who}, rescue chief",
        ]
    )


def _pronouns(rng: random.Random, who: str, body: str, n: int) -> str:
    return rng.choice(
        [
            f'{who} arrived at {n}. "We are tired," she said.',
            f'"It held for {n} hours," he said.',
            f"The company said it would pay {n} euros. It said the bridge was safe.",
            f'{body.capitalize()} met. "We agree," they said.',
            f"Officials said the police had {n} cars. Police said they were ready.",
        ]
    )


def long_paragraph(quotes: int, form: Callable[[random.Random, str, str, int], str], seed: int) -> str:
    """A title and one paragraph of ``quotes`` quoting sentences of ``form``, a plain sentence
    between most of them."""
    rng = random.Random(seed)
    out: list[str] = []
    for i in range(quotes):
        out.append(form(rng, rng.choice(PEOPLE), rng.choice(BODIES), rng.randint(2, 400)))
        if rng.random() < 0.7:
            out.append(rng.choice(PLAIN).format(n=rng.randint(2, 400)))
        if i % 97 == 0:
            out.append(f"“A quote left open by {rng.choice(PEOPLE)}, it runs on.")
    return "The long history of the Corvenna Bridge\n\n" + " ".join(out) + "\n"


def _inputs(tmp_path: Path, name: str, text: str) -> tuple[Any, Any, Any]:
    folder = tmp_path / f"c-{name}"
    folder.mkdir()
    (folder / f"{name}.txt").write_text(text, "utf-8")
    analysis = Analyser(Corpus.scan(folder), data_dir=tmp_path / f"data-{name}").doc(name)
    return analysis.article, analysis.mentions, analysis.noise_spans()


class _Budget(Exception):
    pass


def quote_work(article: Any, mentions: Any, noise: Any, budget: int) -> tuple[int, list[Quote]]:
    """The Python lines run in the quote modules by :func:`find_quotes` (``budget`` at most: the
    quadratic code would run for minutes under the tracer), and its quotes."""
    count = 0
    files: dict[str, bool] = {}

    def local(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
            if count > budget:
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
        quotes = find_quotes(article, mentions, noise)
    except _Budget:
        quotes = []
    finally:
        sys.settrace(None)
    return count, quotes


@pytest.mark.parametrize(
    ("form", "seed"), [(_english, 3), (_european, 5), (_pronouns, 7)], ids=["english", "european", "pronouns"]
)
def test_work_grows_with_the_quotes_not_their_square(tmp_path: Path, form: Any, seed: int) -> None:
    small = _inputs(tmp_path, "small", long_paragraph(1_000, form, seed))
    work_small, quotes_small = quote_work(*small, budget=40_000_000)
    assert len(quotes_small) >= 700, len(quotes_small)  # the quotes are found, not only counted
    big = _inputs(tmp_path, "big", long_paragraph(4_000, form, seed))
    # linear: four times the quotes, about four times the work (a 10 % margin); the quadratic
    # scans made it sixteen times
    limit = int(work_small * 4 * 1.1)
    work_big, quotes_big = quote_work(*big, budget=limit)
    assert work_big <= limit, (work_small, work_big)
    assert len(quotes_big) >= 4 * len(quotes_small) * 0.9


# -- the same quotes as the full scans --------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def sentence_start_first(text: str, block_start: int, pos: int) -> int:
    """The first version (before s36-p): the block cut at ``pos`` searched for its last stop; a
    period the sentence splitter reads as no end (:func:`blocks.abbreviation_stop`, the word it
    closes and the next as the whole text writes them: round s46-s, and the words either side of
    them: round s46-fx1) is no stop."""
    seg = text[block_start:pos]
    last = 0
    for e in state_module._SENT_END.finditer(seg):
        at = block_start + e.start()
        if e.group() == ".":
            word = re.search(r"\S+\.$", text[max(0, at - 40) : at + 1])
            nxt = re.match(r"\s+(\S+)", text[at + 1 :])
            if word is not None and nxt is not None:
                after = re.match(r"\s+(\S+)", text[at + 1 + nxt.end() :])
                before = re.search(
                    r"(\S+)\s+$", text[max(0, at + 1 - len(word.group()) - 40) : at + 1 - len(word.group())]
                )
                if abbreviation_stop(
                    word.group(),
                    nxt.group(1),
                    before.group(1) if before is not None else "",
                    after.group(1) if after is not None else "",
                ):
                    continue
        if e.end() < len(seg):
            last = e.end()
    return block_start + last


def latest_org_first(self: Speakers, pos: int, words: set[str]) -> Speaker | None:
    """The first version of ``_org_named``/``_body_before``: every name before ``pos``, latest first."""
    for n in reversed(self._before(pos)):
        if n.speaker.type == "ORG" and words & set(n.speaker.name.lower().split()):
            return n.speaker
    return None


def people_first(self: Speakers, pos: int) -> Iterator[Named]:
    """The first version: the people before ``pos`` listed, then read latest first."""
    return reversed([n for n in self._before(pos) if n.speaker.type == "PERSON" and not self._in_noise(n)])


def any_org_first(self: Speakers, pos: int, *, firms: bool) -> bool:
    return any(
        n.speaker.type == "ORG" and (not firms or _firm_like(n.speaker.name)) and not self._dateline_agency(n)
        for n in self._before(pos)
    )


def _full_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every look-up of the quote finder made by scanning, as before s36-p."""
    extend, add = state_module._MarkIndex.extend, state_module._DirectSpans.add

    def extend_unordered(self: Any, marks: list[Any]) -> None:
        extend(self, marks)
        self.ordered = False

    def add_unordered(self: Any, start: int, end: int) -> None:
        self.ordered = False
        add(self, start, end)

    monkeypatch.setattr(state_module._MarkIndex, "extend", extend_unordered)
    monkeypatch.setattr(state_module._DirectSpans, "add", add_unordered)
    monkeypatch.setattr(
        direct_module,
        "_sentence_start_before",
        lambda state, block_start, pos: sentence_start_first(state.article.text, block_start, pos),
    )
    monkeypatch.setattr(Speakers, "_org_before", Speakers._org_before_all)
    monkeypatch.setattr(Speakers, "_latest_org_with", latest_org_first)
    monkeypatch.setattr(Speakers, "_people_latest_first", people_first)
    monkeypatch.setattr(Speakers, "_any_org_before", any_org_first)


def _corpus_inputs(folder: Path, data: Path) -> list[tuple[Any, Any, Any]]:
    corpus = Corpus.scan(folder)
    analyser = Analyser(corpus, data_dir=data)
    out = []
    for doc in corpus.docs:
        a = analyser.doc(doc)
        out.append((a.article, a.mentions, a.noise_spans()))
    return out


def test_the_quotes_are_those_of_the_full_scans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = _corpus_inputs(ROOT / "seeds", tmp_path / "d-seeds")
    for half in ("tuned", "unseen"):
        inputs += _corpus_inputs(ROOT / "tests" / "fixtures" / "quotes" / half, tmp_path / f"d-{half}")
    for k, (form, seed) in enumerate([(_english, 11), (_european, 12), (_pronouns, 13)]):
        text = long_paragraph(300, form, seed)
        # the same quotations as paragraphs of their own, and as lines under a heading
        inputs.append(_inputs(tmp_path, f"one{k}", text))
        inputs.append(_inputs(tmp_path, f"many{k}", text.replace(". ", ".\n\n", 150)))
    fast = [find_quotes(*i) for i in inputs]
    assert sum(map(len, fast)) > 1_000
    _full_scans(monkeypatch)
    assert [find_quotes(*i) for i in inputs] == fast


def test_sentence_starts_as_first_written() -> None:
    rng = random.Random(13)
    pieces = ["Word", " ", ".", "!", "?", '"', "”", "’", "'", "\n", "a", "“", " said X. "]
    for _ in range(800):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        state = state_module._State(cast(Any, SimpleNamespace(text=text)), Speakers(text, []))
        for block_start in range(len(text)):
            for pos in range(block_start, len(text) + 1):
                assert direct_module._sentence_start_before(state, block_start, pos) == sentence_start_first(
                    text, block_start, pos
                ), (text, block_start, pos)
