"""Money demanded has its demander, and money not yet given is not given (review s35-rv item 10,
round s35-y). The hackers' ransom and a union's overtime claim were one row "money demanded" in
disagreement; "has not yet pledged $3 million" was money pledged, agreeing with another outlet's
"has pledged $3 million" (the refusal test passed over modals and auxiliaries only, not "yet",
"still", "ever", "actually", "so far"). A demand's owner is its clause's subject, or the agent after
it ("the ransom demanded by the hackers"); the words of attackers are one demander."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

FOUND = (
    "The hackers demanded a ransom of $4.5 million from Velmont General Hospital. The insurer said it would pay "
    "no more than $2 million. The government has pledged $3 million to restore the systems, and the union "
    "asked for $500,000 in overtime pay.",
    "The hackers want $4.5 million. The government has not yet pledged $3 million to restore the systems, "
    "officials said.",
)


def _rows(*texts: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(f.label, f.status, sorted((v.doc, value_text(v)) for v in f.values)) for f in sheet(*texts)]


def test_found_demands_of_different_demanders_are_apart() -> None:
    rows = _rows(*FOUND)
    demanded = [r for r in rows if "demanded" in r[0]]
    assert not [r for r in demanded if r[1] == "disagree"], rows
    assert [r for r in demanded if r[2] == [("a", "$4.5 million"), ("b", "$4.5 million")] and r[1] == "agree"], rows


def test_found_money_not_yet_pledged_is_not_pledged() -> None:
    rows = _rows(*FOUND)
    assert not [r for r in rows if r[0].startswith("money pledged") and ("b", "$3 million") in r[2]], rows


@pytest.mark.parametrize(
    ("texts", "together", "apart"),
    [
        # variants of my own: kidnappers and an association, a gang and a council
        (
            (
                "The kidnappers demanded $2 million for the pilot's release. The pilots' association asked for "
                "$80,000 in legal costs.",
                "The gang wants $2 million, police said.",
            ),
            [("a", "$2 million"), ("b", "$2 million")],
            [("a", "$80,000")],
        ),
        (
            (
                "The council demanded €40,000 from the contractor for the repairs.",
                "Hackers demanded a ransom of €900,000 from the council. The council demanded €40,000 from "
                "the contractor.",
            ),
            [("a", "€40,000"), ("b", "€40,000")],
            [("b", "€900,000")],
        ),
    ],
)
def test_demands_are_their_demanders(
    texts: tuple[str, str], together: list[tuple[str, str]], apart: list[tuple[str, str]]
) -> None:
    rows = _rows(*texts)
    assert [r for r in rows if r[2] == together], rows
    assert not [r for r in rows if set(apart) < set(r[2])], rows


@pytest.mark.parametrize(
    "text",
    [
        "The insurer still has not pledged €5 million to the owners.",
        "The ministry has never actually pledged £1 million to the scheme.",
        "The firm has not so far contributed $2 million to the fund.",
        "The city has not formally allocated 3 million euros to the repairs.",
    ],
)
def test_a_negation_before_an_adverb_gives_nothing(text: str) -> None:
    labels = [f.label for f in sheet(text)]
    assert not [label for label in labels if label.startswith("money pledged")], labels


def test_only_after_not_still_gives() -> None:
    labels = [f.label for f in sheet("The firm has not only pledged $5 million but also sent staff.")]
    assert labels[:1] == ["money pledged"], labels
