"""One legal-form test (round s29-a): ``lexicons.legal_form`` answers for a word as written and
for a token as the recogniser splits a run; ``words.form_with_dot`` and the firm rules ask it
(words.legal_form_token, a narrower second test, is gone)."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities import words
from waic_reader.index.analysis.entities.lexicons import legal_form
from waic_reader.index.analysis.entities.words import form_with_dot


@pytest.mark.parametrize(
    "token", ["Inc", "Inc.", "S.A.", "N.V.", "A.Ş.", "Sp. z o.o.", "A/S", "S.R.O.", "C.V.", "Kft."]
)
def test_a_token_of_a_legal_form_is_one(token: str) -> None:
    assert legal_form(token)


@pytest.mark.parametrize("token", ["Inc.", "Kft.", "A.Ş.", "s.r.o.", "S.A."])
def test_a_form_ending_in_a_dot(token: str) -> None:
    assert form_with_dot(token)


@pytest.mark.parametrize("token", ["Mr.", "St.", "U.S.", "Dr.", "Inc"])
def test_no_form_or_no_dot(token: str) -> None:
    assert not form_with_dot(token)


def test_one_test_only() -> None:
    assert not hasattr(words, "legal_form_token")
