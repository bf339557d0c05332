"""A court case named by its parties ("State v. Dlamini", "The Gambia v. Myanmar") is one LAW where
its sentence speaks of a court's work; a fixture between two sides is not. Issue #16, round s40-e:
held-out 32's case was missed, held-out 33's was two GPEs. The reported sentences first, then
variants invented for the kind; guard: a football fixture."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "case"),
    [
        # reported (held-out 32's leftover; held-out 33)
        ("Search\n\nIn State v. Dlamini the High Court ruled that the search was unlawful.\n", "State v. Dlamini"),
        (
            "Camps\n\nIn The Hague, the International Court of Justice is still hearing The Gambia v. Myanmar. "
            "Fighting goes on.\n",
            "The Gambia v. Myanmar",
        ),
        # invented: no dot after "v", a party of several words with "of", "et al." after the second
        ("Title\n\nThe judges relied on Mabo v Queensland, the 1992 ruling on native title.\n", "Mabo v Queensland"),
        (
            "Land\n\nThe case, Harlow Ridge Holdings LLC v. Okafor et al., was heard in March.\n",
            "Harlow Ridge Holdings LLC v. Okafor et al.",
        ),
    ],
)
def test_court_case_is_one_law(rec: Recognizer, text: str, case: str) -> None:
    found = names(rec, text)
    assert (case, "LAW") in found, found


def test_fixture_is_no_law(rec: Recognizer) -> None:
    found = names(rec, "Derby\n\nArsenal v Chelsea kicks off at three at the Emirates, the club said.\n")
    assert not any(label == "LAW" for _, label in found), found
