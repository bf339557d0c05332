"""A country's three-letter code in a competitor's bracket on a results line ("Seferli (Neftchi
Baku, AZE)", "Farahani (IRI)") is a GPE, as a state's abbreviation is, not an ORG (issue #16,
round s40-e2: held-out 33's ORGs "AZE", "IRI", "KGZ"). The reported lines first, then a variant
invented for the kind; guards: a body's acronym in brackets after its name stays an ORG."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # reported (held-out 33): after a club and a comma; two competitors each with a bracket
        ("Cup results\n\n61kg: Kurbanov (Samur) bt Seferli (Neftchi Baku, AZE) 5-2 in the cup final\n", "AZE"),
        ("Cup results\n\n74kg: Emirbekov (Samur) pinned Farahani (IRI) in the cup\n", "IRI"),
        # invented: a judo final, codes on both sides
        ("Judo\n\nLee (KOR) beat Tanaka (JPN) in the final.\n", "KOR"),
    ],
)
def test_country_code_is_no_org(rec: Recognizer, text: str, code: str) -> None:
    found = names(rec, text)
    assert (code, "GPE") in found and (code, "ORG") not in found, found


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Rugby\n\nThe Kenya Rugby Union (KRU) said the match would go ahead.\n", "KRU"),
        ("Court\n\nThe court voted 7-4 after a ruling by the Superior Electoral Court (TSE) last year.\n", "TSE"),
    ],
)
def test_body_acronym_stays_an_org(rec: Recognizer, text: str, acronym: str) -> None:
    assert (acronym, "ORG") in names(rec, text)
