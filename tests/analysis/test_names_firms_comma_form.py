"""A firm's trade name, a dash and its full name, then a comma and its legal form, is one ORG, and
"Lda"/"Lda." (Portugal's limited company) is a legal form (t13n F3, round s27-i): "the
Quimibral – Química Industrial, Lda factory" gave no entity at all. The reported sentences and
two invented variants (other firms, other forms)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # reported (t13n F3)
        (
            "At 6.42 on Sunday morning a storage tank at the Quimibral – Química Industrial, Lda factory blew up.",
            "Quimibral – Química Industrial, Lda",
        ),
        ("Quimibral – Química Industrial, Lda is a subsidiary of Sorvena.", "Quimibral – Química Industrial, Lda"),
        # invented: another firm, "Lda." with its dot, no dash
        ("Workers at Têxteis Vale do Ave, Lda. were sent home on Friday.", "Têxteis Vale do Ave, Lda."),
        # invented: a hyphen for the dash, another legal form
        ("Brenmar - Conservas de Peixe, S.A. said its cannery would reopen.", "Brenmar - Conservas de Peixe, S.A."),
    ],
)
def test_a_dashed_firm_with_its_form_after_a_comma_is_one_org(rec: Recognizer, text: str, firm: str) -> None:
    got = names(rec, text)
    assert (firm, "ORG") in got, got


def test_a_name_before_a_comma_and_capitals_is_no_firm(rec: Recognizer) -> None:
    got = names(rec, "Tom Hanks, AS Roma's most famous fan, waved from the stand.")
    assert ("Tom Hanks", "PERSON") in got, got
