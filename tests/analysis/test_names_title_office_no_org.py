"""A person's title and the portfolio after its "of" or "for" names an office, no organisation:
"the Minister of Petroleum, X Y, said" gives the person alone. Issue #16, round s40-e: a leftover
of held-out 32 was an ORG "Minister of Petroleum". The reported form first, then variants invented
for the kind; guard: a body named after "of the" stays an ORG."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "office", "person"),
    [
        # reported (held-out 32's leftover)
        (
            "Gas\n\nThe Minister of Petroleum, Kwame Asante, said prices would rise.\n",
            "Minister of Petroleum",
            "Kwame Asante",
        ),
        # invented: another portfolio, another title
        ("Clinics\n\nThe Minister of Health, Ama Owusu, opened the clinic.\n", "Minister of Health", "Ama Owusu"),
        (
            "Quotas\n\nThe Commissioner of Fisheries, Tomas Ruud, set the quota.\n",
            "Commissioner of Fisheries",
            "Tomas Ruud",
        ),
    ],
)
def test_title_office_is_no_org(rec: Recognizer, text: str, office: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert not any(name == office for name, _ in found), found


def test_body_after_of_the_stays(rec: Recognizer) -> None:
    found = names(rec, "Rates\n\nThe Governor of the Bank of England, Ann Lee, said rates would hold.\n")
    assert ("Bank of England", "ORG") in found, found
