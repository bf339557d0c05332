"""Held-out 42's law names cut short (issue #16, round s49-e), two kinds, each with the half's
name and two variants of other laws, places and matters:

- a law named by its kind word and "on", as continental laws are in English ("the Law on the
  Governing of Aceh"), goes on over "of" to its place or matter (it ended before "of" and the place
  after it was a GPE of its own);
- a field's ORG cue before a law's matters joined by "and" is the law's first word ("the Fisheries
  Conservation and Management Act": "Fisheries" was left out); a body's kind word stays outside."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _mentions(rec: Recognizer, text: str) -> list[tuple[str, int, str]]:
    return [(text[m.start : m.end], m.start, m.label) for m in rec.recognize(Art("x", text))]


@pytest.mark.parametrize(
    ("text", "law"),
    [
        (
            "The councils' autonomy under the Law on the Governing of Aceh was agreed in 2006.",
            "Law on the Governing of Aceh",
        ),
        (
            "Teachers cited the Law on Indigenous Peoples of Ukraine in their appeal.",
            "Law on Indigenous Peoples of Ukraine",
        ),
        (
            "Officials said the Law on the Protection of Forests of Moldova applied.",
            "Law on the Protection of Forests of Moldova",
        ),
    ],
)
def test_a_law_on_a_matter_goes_on_over_of(rec: Recognizer, text: str, law: str) -> None:
    found = _mentions(rec, text)
    assert (law, text.index(law), "LAW") in found, found


@pytest.mark.parametrize(
    ("text", "law"),
    [
        (
            "The closed season, set in the Fisheries Conservation and Management Act, was hard to enforce.",
            "Fisheries Conservation and Management Act",
        ),
        (
            "Lenders must follow the Research Integrity and Funding Act, the ministry said.",
            "Research Integrity and Funding Act",
        ),
        (
            "Auditors checked the banks under the Bank Secrecy and Reporting Act last year.",
            "Bank Secrecy and Reporting Act",
        ),
    ],
)
def test_a_field_cue_opens_a_law_of_joined_matters(rec: Recognizer, text: str, law: str) -> None:
    found = _mentions(rec, text)
    assert (law, text.index(law), "LAW") in found, found


def test_a_body_kind_word_stays_outside_the_law(rec: Recognizer) -> None:
    text = "The Ministry Conservation and Management Act was repealed last year."
    law = "Conservation and Management Act"
    assert (law, text.index(law), "LAW") in _mentions(rec, text)
