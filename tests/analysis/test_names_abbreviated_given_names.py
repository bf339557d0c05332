"""A given name abbreviated with a dot opens the person's name ("Ma. Teresa Ouano-Lapitan", the
Filipino "Ma." for María; "Wm. Harris"; "Md. Rafiqul Islam") (issue #16, round s29-c:
heldout22's "Ma. Teresa Ouano-Lapitan" was two people, "Ma" and "Teresa Ouano-Lapitan"). The
reported shape first, then variants invented for the kind."""

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
        # reported (heldout22)
        ("Mactan Visayas president Ma. Teresa Ouano-Lapitan told analysts on a call.", "Ma. Teresa Ouano-Lapitan"),
        # invented: other abbreviations, other wording
        ("The deed was signed by Wm. Harris in 1871, the archive said.", "Wm. Harris"),
        ("Port chairman Md. Rafiqul Islam said the cranes were late.", "Md. Rafiqul Islam"),
    ],
)
def test_the_abbreviation_is_inside_the_name(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(n in ("Ma", "Wm", "Md") for n, _ in found)
