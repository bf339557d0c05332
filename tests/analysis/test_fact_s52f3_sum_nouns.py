"""A sum its sentence makes of the amounts it gave is no new value of a pledge, whatever noun names
the sum (t13r R2 on t13au N3, round s52-f3: "taking the combined fund to A$5 million" was read as the
government changing its pledge 2.5 → 5 million, where "bringing the total to" was not). The
reported sentence and two variants of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: sorted((v.doc, value_text(v)) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # found (t13r v-au2, broadcast/channel7-news)
        (
            "The state government pledged A$2.5 million on Sunday.",
            "Premier Corinne Abernathy-Vu visited Halvorsen Creek on Sunday. She said the state would"
            " contribute A$2.5 million to match the company's relief fund, taking the combined fund to"
            " A$5 million.",
            [("a", "2.5 million AUD"), ("b", "2.5 million AUD")],
        ),
        # variants of my own: other verbs and nouns of the sum
        (
            "The council pledged $4 million to the appeal.",
            "The council said it would give $4 million, lifting the joint pot to $8 million.",
            [("a", "$4 million"), ("b", "$4 million")],
        ),
        (
            "The club pledged €1.5 million.",
            "The club promised €1.5 million on Friday, bringing the combined donations to €3 million.",
            [("a", "€1.5 million"), ("b", "€1.5 million")],
        ),
    ],
)
def test_a_sum_by_any_noun_is_no_changed_pledge(a: str, b: str, values: list[tuple[str, str]]) -> None:
    rows = _rows(a, b)
    assert rows.get("money pledged") == values, rows
