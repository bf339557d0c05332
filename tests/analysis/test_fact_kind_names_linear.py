"""The fact reader's work on the things of a kind an article names grows with the article's length
(review s37-rv finding 14, round s37-y1).

Reported: an article of N sentences "The crossing at VarnI was 1xx metres long and the span opened
in 19xx." took 0.87 s at N=250 and 63.5 s at N=2,000 in :func:`extract_figures`:
:func:`~waic_reader.index.analysis.facts.things.kind_names` read the whole text again for every
figure whose thing is a noun of a kind ("the crossing", "the span"). The work is counted, not
timed: the characters handed to ``kind_names`` for 250 and 1,000 sentences must grow as the text
does (×4), not as its square (×16); and every figure of a kind carries the same names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from waic_reader.index.analysis.facts import extract as extract_module
from waic_reader.index.corpus.blocks import split_sentences


@dataclass
class _Article:
    text: str
    doc: str = "a"
    date: str = "2026-03-03"
    title: str = "x"
    sentences: list[Any] = field(default_factory=list)


FORMS: dict[str, Callable[[int], str]] = {
    # the reported form
    "crossing": lambda i: (
        f"The crossing at Varn{i} was {100 + i % 50} metres long and the span opened in {1900 + i % 100}."
    ),
    # a volcano's generic nouns; a ship's
    "mountain": lambda i: (
        f"The mountain near Oskby{i} is {1000 + i % 90} metres high and the peak opened to hikers in {1950 + i % 60}."
    ),
    "vessel": lambda i: (
        f"The vessel Harl{i} was {50 + i % 40} metres long, and the vessel was built in {1960 + i % 50}."
    ),
}


def _work(monkeypatch: pytest.MonkeyPatch, form: Callable[[int], str], n: int) -> tuple[int, list[Any]]:
    handed = [0]
    original = extract_module.kind_names

    def counted(text: str, kind: str) -> tuple[str, ...]:
        handed[0] += len(text)
        return original(text, kind)

    monkeypatch.setattr(extract_module, "kind_names", counted)
    text = " ".join(form(i) for i in range(n))
    article = _Article(text, sentences=split_sentences(text))
    figures = extract_module.extract_figures(article)
    return handed[0], figures


@pytest.mark.parametrize("name", list(FORMS))
def test_kind_names_work_grows_with_the_text(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    small, _ = _work(monkeypatch, FORMS[name], 250)
    large, large_figures = _work(monkeypatch, FORMS[name], 1000)
    assert small > 0, "the form's figures have things of a kind"
    assert large <= 4 * small * 1.2, (small, large)
    # one reading shared by all the article's figures of a kind
    assert len({f.kind_names for f in large_figures if extract_module.owner_kind(f.owner)}) == 1
