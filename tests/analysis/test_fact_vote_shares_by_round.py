"""A share of the vote is its round's (issue #16, review s43-rv finding 13, round s43-z3): a
candidate's share in the first round and in the run-off (a second round or ballot), or in a
primary, are two rows, and a share written after "against" and before "for Name" is that name's.
Before: 38% in the first round and 52.4% in the run-off were one row that disagreed, and "against
47.6% for Marco Lima" was a bare "percentage", Lima's true agreement between outlets lost. Each
test: the reviewer's input first, then two variants of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.model import Fact


def _shares(*texts: str) -> list[Fact]:
    return [f for f in sheet(*texts) if f.label.startswith("share of vote")]


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        (
            "Souza won 52.4% of the vote in the run-off. In the first round Souza took 38%.",
            "Souza won the run-off with 52 per cent of the vote.",
            38.0,
        ),
        (
            "Kerr took 41% of the vote in the first round and won the second round with 55% of the vote.",
            "Anna Kerr won 55 per cent of the vote in the second round.",
            41.0,
        ),
        (
            "Tom Berg won the primary with 61% of the vote and the November election with 48% of the vote.",
            "Tom Berg won 48 per cent of the vote in November.",
            61.0,
        ),
    ],
)
def test_a_share_in_another_round_is_another_row(a: str, b: str, other: float) -> None:
    rows = _shares(a, b)
    assert all(f.status != "disagree" for f in rows)
    (agreed,) = [f for f in rows if {v.doc for v in f.values} == {"a", "b"}]
    assert agreed.status == "agree"
    assert other not in {float(v.value) for v in agreed.values}
    assert any(other in {float(v.value) for v in f.values} for f in rows if f is not agreed)


@pytest.mark.parametrize(
    ("a", "b", "owner", "status"),
    [
        (
            "Ana Souza was elected mayor, winning 52.4% of the vote in the run-off against 47.6% for Marco Lima.",
            "Ana Souza won the run-off with 52 per cent of the vote, beating Marco Lima on 48 per cent.",
            "Lima",
            "agree",
        ),
        (
            "Anna Kerr was elected mayor, winning 55% of the vote against 45% for Tom Berg.",
            "Berg won 45 per cent of the vote.",
            "Berg",
            "agree",
        ),
        (
            "Anna Kerr was elected mayor, winning 55% of the vote against 45% for Tom Berg.",
            "Berg won 41 per cent of the vote.",
            "Berg",
            "disagree",
        ),
    ],
)
def test_a_share_against_and_for_a_name_is_that_names(a: str, b: str, owner: str, status: str) -> None:
    (row,) = [f for f in _shares(a, b) if any(owner in v.owner for v in f.values)]
    assert {v.doc for v in row.values} == {"a", "b"}
    assert all(owner in v.owner for v in row.values)
    assert row.status == status
