"""A lower-case agent noun in "-ist" the job lexicon lacks, right before a name no list holds, is a
person's job (issue #16, round s38-e, held-out 31's errors: "the forgotten dramatist Avrom-Leyb
Grinshpan", "the klezmer clarinettist Mendl Kuperman", "Trade unionist Agnelo da Cunha" were no
name). The reported sentences and variants with other traditions' names; an ideology's "-ist"
before a party and a thing's ("shortlist") make no person (guards)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The play was written in Warsaw in 1912 by the forgotten dramatist Avrom-Leyb Grinshpan and was lost.",
            "Avrom-Leyb Grinshpan",
        ),
        ("It has new music by Noemi Wajsberg and songs by the klezmer clarinettist Mendl Kuperman.", "Mendl Kuperman"),
        (
            "Trade unionist Agnelo da Cunha of the All Goa Cashew Workers' Union said the work would leave.",
            "Agnelo da Cunha",
        ),
        ("Pension campaigner and trade unionist Siosaia Fonua spoke at the rally.", "Siosaia Fonua"),
        ("The tune was first sung for the folklorist Tuyaara Nogovitsyna in 1971.", "Tuyaara Nogovitsyna"),
        ("The evening closed with a set by the veteran accordionist Ruairidh Macaskill.", "Ruairidh Macaskill"),
    ],
)
def test_agent_noun_before_a_name(rec: Recognizer, text: str, person: str) -> None:
    got = names(rec, text)
    assert (person, "PERSON") in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The nationalist Fianna Fáil was in power for most of the century.", "Fianna Fáil"),
        ("He joined the socialist Podemos in 2014.", "Podemos"),
        ("The album made the shortlist Tuesday, its label said.", "Tuesday"),
    ],
)
def test_no_person_after_an_ideology_or_a_thing(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "PERSON") not in names(rec, text)
