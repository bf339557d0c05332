"""A ministry's name may list its last portfolio after "and the" ("Ministry of Fisheries and the
Blue Economy" was cut at "and": a reported leftover of held-out 31, round s39-e), while a known
name, an organisation's kind word, an acronym or a title after "and the" is a body or a person of
its own. Invented examples beside the reported one."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Fishers receive fuel vouchers through a scheme run by the Ministry of Fisheries and the Blue Economy.",
            "Ministry of Fisheries and the Blue Economy",
        ),
        (
            "The Department of Agriculture and the Environment said on Monday that quotas would be cut.",
            "Department of Agriculture and the Environment",
        ),
        ("A grant came from the Ministry of Culture and the Arts, officials said.", "Ministry of Culture and the Arts"),
    ],
)
def test_portfolio_after_and_the_stays_in_the_ministry(rec: Recognizer, text: str, whole: str) -> None:
    assert (whole, "ORG") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The Ministry of Health and the Red Cross sent teams.", "Ministry of Health", "Red Cross"),
        ("The Ministry of Finance and the National Bank disagreed.", "Ministry of Finance", "National Bank"),
        ("The Ministry of Health and the WHO sent teams.", "Ministry of Health", "WHO"),
    ],
)
def test_a_body_of_its_own_after_and_the_stays_apart(rec: Recognizer, text: str, first: str, second: str) -> None:
    found = names(rec, text)
    assert (first, "ORG") in found
    assert (second, "ORG") in found
