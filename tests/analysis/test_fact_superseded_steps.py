"""What an article said first lists each value once and never its current value (t13p F13, round
s29-i): a headline's "Dam burst kills three" and the lead's "killing three people", both replaced by
"risen to five", read "first said 3, then 3"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (t13p scratch/a.txt, its headline as the first paragraph)
        (
            "Dam burst kills three\n\nLIMA, June 3 (Reuters) - A dam burst in Peru early on Wednesday, killing three "
            "people, officials said.\n\nUPDATE 1: Later on Wednesday, officials said the death toll had risen to five.",
            ("5", ["3"]),
        ),
        # variants of my own: other numbers, a chain with a value said twice in it
        (
            "Four people died in the fire, police said. Four people were killed, the mayor said. By nightfall the "
            "toll had risen to six.",
            ("6", ["4"]),
        ),
        (
            "Two miners died in the collapse. The two miners were crushed, a union said. Later officials said the "
            "toll had risen to three. Two men were at first reported dead. By the evening the toll had climbed to four.",
            ("4", ["2", "3"]),
        ),
    ],
)
def test_each_step_once(text: str, want: tuple[str, list[str]]) -> None:
    facts = sheet(text)
    [toll] = [f for f in facts if f.label == "death toll"]
    [v] = toll.values
    got = (value_text(v), [value_text(e) for e in v.earlier])
    assert got == want
    assert value_text(v) not in got[1]
