"""A question's figure and a bound written after a figure (t13ax N11, N3; round s52-f4).

A figure in a question ("… toll now 8?") is asked about, not reported: a claim, never a firm value
of its measure (N11). "twelve tonnes or more" is at least 12 tonnes, its bound kept (N3)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from fact_helpers import Art

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import find_figures


@dataclass
class Titled(Art):
    """An article whose title (as the reader gives it) is its text's first line."""

    @property
    def title(self) -> str:
        return self.text.split("\n", 1)[0]


def _toll(text: str, label: str = "death toll") -> list[tuple[str, list[str]]]:
    facts = fact_sheet([(Titled("a", text), [])])
    return [(value_text(v), [value_text(e) for e in v.earlier]) for f in facts if f.label == label for v in f.values]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # reported (t13ax N11, misc/hostile-forum.txt)
        (
            "BREAKING Ravensworth Bridge: toll now 8?\n\nPosted: Mar 14, 2026\n\nUnconfirmed reports on social "
            "media claim eight people died and 40 were rescued when the bridge fell at 07:45.",
            8,
        ),
        # variants of my own: another question, a question only in the headline
        ("Did 12 people die in the dam burst?\n\nThe dam burst on Sunday morning above the valley town.", 12),
        ("Ferry sinking: were 30 killed?\n\nForum users claim 30 people died when the ferry sank.", 30),
    ],
)
def test_a_figure_in_a_question_is_no_firm_value(text: str, value: int) -> None:
    assert not _toll(text), _toll(text)
    claims = _toll(text, "death toll (claimed)")
    assert claims and all(v.endswith(str(value)) for v, _ in claims), claims


@pytest.mark.parametrize(
    ("text", "qualifier", "value"),
    [
        # reported (t13ax N3, opinion/op-ed.txt)
        ("Buses, weighing twelve tonnes or more, kept crossing.", "at least", 12),
        # variants of my own: another unit, an upper bound, a count
        ("The closure will last six hours or longer.", "at least", 6),
        ("Gatherings of 40 people or fewer are allowed.", "at most", 40),
    ],
)
def test_a_bound_written_after_the_figure_is_kept(text: str, qualifier: str, value: int) -> None:
    [fig] = find_figures(text)
    assert (fig.qualifier, fig.value) == (qualifier, value)


def test_or_more_than_is_a_second_figure() -> None:
    assert [(f.qualifier, f.value) for f in find_figures("The cost rose to 20 or more than 30.")] == [
        ("", 20),
        ("more than", 30),
    ]
