"""A legal form written before a firm's name makes the firm whatever ends it, and its short forms
leave the form out: Indonesia's "PT" and "CV" ("PT Tirtamulya Teknologi Hijau" then
"Tirtamulya"; "PT Laweyan Batik Nusantara Tbk" then "Laweyan Batik Nusantara") as the post-Soviet
"OOO" ("OOO Volga Neftegaz" then "Volga Neftegaz"); "PT" after a clock stays Pacific Time (issue
#16, round s33-c: heldout26's press release read no "PT Tirtamulya Teknologi Hijau" and none of
its seven "Tirtamulya", and "Laweyan" alone five times). The reported shape first, then variants
invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _orgs(rec: Recognizer, text: str) -> set[str]:
    return {n for n, label in names(rec, f"Story\n\n{text}\n") if label == "ORG"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported shape, written again with other names
        (
            "JAKARTA, March 3 – PT Sumberjaya Teknologi Biru said on Monday it would sell filters to "
            "dyers. The Sumberjaya app tracks each unit, said the chief executive of Sumberjaya.",
            {"PT Sumberjaya Teknologi Biru", "Sumberjaya"},
        ),
        (
            "PT Kembang Batik Lestari Tbk will buy 120 units. Kembang Batik Lestari has been listed since 2014.",
            {"PT Kembang Batik Lestari Tbk", "Kembang Batik Lestari"},
        ),
        # invented: another form before the name, a firm's form of two letters
        (
            "OOO Kamaneft Servis said it would cut jobs. Kamaneft Servis employs 300 people in Perm.",
            {"OOO Kamaneft Servis", "Kamaneft Servis"},
        ),
        ("CV Mitra Usaha Mandiri won the contract to rebuild the market in Bandung.", {"CV Mitra Usaha Mandiri"}),
        # Pacific Time after a clock is no firm's form
        ("The final airs at 9 p.m. PT on Sunday on Global Sports.", set()),
    ],
)
def test_a_legal_form_first_makes_the_firm_and_its_short_forms(rec: Recognizer, text: str, expected: set[str]) -> None:
    assert _orgs(rec, text) - {"Global Sports"} == expected
