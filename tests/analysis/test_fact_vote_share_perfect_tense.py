"""A vote share in a perfect tense (issue #16, review s43-rv finding 13's rest, round s44-y2):
"In the first round three weeks ago Souza had won 38 per cent" was read as no vote share (a
bare "won" row), so the first round's 38% never met another outlet's. A result's verb after
"had", "has" or "have" is that result's. Each test: the reviewer's input first, then two
variants of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        (
            "Ana Souza won the run-off with 52 per cent of the vote, beating Marco Lima on 48 per cent. "
            "In the first round three weeks ago Souza had won 38 per cent.",
            "Ana Souza won 52.4% of the vote in the run-off. In the first round Souza took 38% of the vote.",
            "agree",
        ),
        (
            "Anna Kerr won the run-off with 55% of the vote. In the first round two weeks earlier Kerr had taken 41 per cent.",
            "Anna Kerr took 44% of the vote in the first round.",
            "disagree",
        ),
        (
            "Votes are still being counted. So far Tom Berg has won 47 per cent.",
            "Tom Berg won 47% of the vote.",
            "agree",
        ),
    ],
)
def test_a_share_won_in_a_perfect_tense_is_a_vote_share(a: str, b: str, status: str) -> None:
    rows = [f for f in sheet(a, b) if f.label.startswith("share of vote")]
    # the perfect tense's share meets the other outlet's share of that round, never a run-off's
    (row,) = [f for f in rows if {v.doc for v in f.values} == {"a", "b"} and "run-off" not in f.label]
    assert row.status == status
    assert not [f for f in sheet(a, b) if f.label in ("won", "percentage")]
