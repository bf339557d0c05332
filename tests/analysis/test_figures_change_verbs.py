"""One list of verbs that change a value (``lexicon.CHANGE_VERBS``), read by the figure reader and
the fact sheet alike: after any of them "from 30 to 45" is a change, two figures, never the range
30-45 (it was for "surged", "edged", "soared", "dipped" ...: the figure reader's own list was
shorter than the fact sheet's), and the value after "from" is the one replaced."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.figures import figures_of
from waic_reader.index.analysis.lexicon import CHANGE_VERBS


@pytest.mark.parametrize("verb", sorted(CHANGE_VERBS))
def test_from_to_after_a_change_verb_is_no_range(verb: str) -> None:
    figs = figures_of(f"Output {verb} from 30 to 45 tonnes last year.")
    assert [f.high for f in figs] == [None, None], [(f.value, f.high) for f in figs]
    assert [f.value for f in figs] == [30, 45]


@pytest.mark.parametrize(
    "text",
    [
        "The toll edged from 12 to 14 people overnight.",
        "Exports soared from 40 to 52 percent.",
        "Output surged from 30 to 45 tonnes last year.",
    ],
)
def test_a_change_in_other_words_is_two_figures(text: str) -> None:
    assert all(f.high is None for f in figures_of(text)), [(f.value, f.high) for f in figures_of(text)]


def test_a_range_without_a_change_verb_stays_one() -> None:
    (fig,) = figures_of("Between 30 and 45 tonnes were shipped; from 30 to 45 tonnes a day.")[:1]
    assert (fig.value, fig.high) == (30, 45)
