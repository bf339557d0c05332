"""Money for reconstruction is another measure than money pledged for relief: never one row in
disagreement (t13p F6, round s30-b: "pledged one hundred and fifty thousand dollars to a relief fund"
and "said it had set aside $ 1.8 bln for reconstruction" were one row "money pledged (Hidroandina)",
DISAGREE); a name with its appositive before its verb ("Hidroandina, the operator, said it") owns
the amount."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, bool, list[tuple[str, str]]]]:
    return sorted(
        (f.label, f.agree is False, [(v.doc, value_text(v)) for v in f.values])
        for f in sheet(*texts)
        if any(v.kind == "money" for v in f.values)
    )


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        # reported (PR Newswire, Pacific Wire)
        (
            (
                "Hidroandina has pledged one hundred and fifty thousand dollars to a relief fund and will cover the costs of temporary housing.",
                "Hidroandina, the operator, said it had set aside $ 1.8 bln for reconstruction.",
            ),
            [
                ("money for reconstruction", False, [("b", "$1.8 billion")]),
                ("money pledged", False, [("a", "$150,000")]),
            ],
        ),
        # variants of my own
        (
            (
                "The Red Cross pledged £20,000 to an emergency fund.",
                "The Red Cross said it had set aside £4 million for rebuilding.",
            ),
            [
                ("money for reconstruction", False, [("b", "£4 million")]),
                ("money pledged", False, [("a", "£20,000")]),
            ],
        ),
        (
            (
                "Acme gave $50,000 in relief aid.",
                "Acme, the mine's owner, said it had earmarked $900 million for reconstruction.",
            ),
            [
                ("money for reconstruction", False, [("b", "$900 million")]),
                ("money pledged", False, [("a", "$50,000")]),
            ],
        ),
    ],
)
def test_purposes_are_measures(texts: tuple[str, ...], want: list[tuple[str, bool, list[tuple[str, str]]]]) -> None:
    assert _rows(*texts) == want
