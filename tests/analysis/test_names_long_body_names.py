"""A public body's name that lists its fields with "and the" ("National Commission for Culture and the
Arts"), and a known body's name with "of" and a country ("Securities and Exchange Commission of
Zambia"), are one ORG, not cut (issue #16, round s43-e: held-out 36's two ORGs were cut)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # held-out 36's live blog
        (
            "The National Commission for Culture and the Arts is sending engineers from its heritage office.",
            "National Commission for Culture and the Arts",
        ),
        (
            "The Council for Science and the Humanities said the grant would go ahead.",
            "Council for Science and the Humanities",
        ),
        (
            "The Institute for Fisheries and the Environment opened a laboratory.",
            "Institute for Fisheries and the Environment",
        ),
        # held-out 36's business wire
        (
            "The bond was approved by the Securities and Exchange Commission of Zambia under the Securities Act.",
            "Securities and Exchange Commission of Zambia",
        ),
        ("The Food and Drug Administration of Ghana approved the vaccine.", "Food and Drug Administration of Ghana"),
        ("The Supreme Court of Canada heard the appeal.", "Supreme Court of Canada"),
    ],
)
def test_long_body_name_is_one(rec: Recognizer, text: str, body: str) -> None:
    got = names(rec, text)
    assert (body, "ORG") in got
    assert not any(label == "GPE" for _, label in got)


def test_a_known_body_after_and_the_stands_alone(rec: Recognizer) -> None:
    got = names(rec, "The Office of Education and the Red Cross said the school would reopen.")
    assert ("Office of Education", "ORG") in got and ("Red Cross", "ORG") in got


def test_a_capital_after_of_is_no_part_of_the_body(rec: Recognizer) -> None:
    got = names(rec, "He met the head of the European Commission of Brussels fame.")
    assert ("European Commission", "ORG") in got
