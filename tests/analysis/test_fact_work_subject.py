"""A tool's or a work's word makes a length its progress only as the subject of the progress verb
(review s35-rv item 6, round s35-y): "bit", "well", "boring", "search" anywhere up to eight words
before "reached … N metres" made the length a drill's ("After a bit the floodwater reached 2
metres" was *depth reached by the drill*, never compared with the water's 3 m). The work is the
head of the clause's subject ("The drill has reached", "the relief well's drill bit"), a word
before a doer's noun ("the tunnel boring machine"), the head before a phrase after it ("Drilling
on the relief well"), or the participle after the subject ("Rescuers drilling a shaft"): round
s35-a's cases (tests/analysis/test_fact_work_progress.py) stay so."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    "first",
    [
        # found (review s35-rv item 6, rv-tmp/f2)
        "After a bit the floodwater reached 2 metres in the square.",
        # variants of my own: other words of works before the subject or between it and its verb
        "Bit by bit floodwater reached 2 metres in the square.",
        "Near the old well the floodwater reached 2 metres in the square.",
        "After a boring wait the floodwater reached 2 metres in the square.",
        "During the search floodwater reached 2 metres in the square.",
        "The floodwater as well has reached 2 metres in the square.",
    ],
)
def test_a_work_word_outside_the_subject_is_no_work(first: str) -> None:
    facts = sheet(first, "The floodwater reached 3 metres in the square.")
    rows = [(f.label, f.status, sorted((v.doc, value_text(v)) for v in f.values)) for f in facts]
    assert ("depth of the water", "disagree", [("a", "2 m"), ("b", "3 m")]) in rows, rows
    assert not [r for r in rows if "reached by" in r[0]], rows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The drilling crew had reached 300 metres by Sunday.", "depth reached by the drill"),
        ("The search team has reached 5 km downstream.", "distance reached by the search"),
        ("Crews said the relief well had now reached 2,000 metres.", "depth reached by the drill"),
    ],
)
def test_a_work_as_subject_is_still_its_progress(text: str, label: str) -> None:
    labels = [f.label for f in sheet(text)]
    assert labels == [label], labels
