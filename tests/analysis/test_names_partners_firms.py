"""A firm named after its partners, joined by "and" or French "et", then its legal form (the
names eval's heldout19, session 26: "Parry and Glyn LLP" gave "Glyn LLP", "Génie Bérubé et Fils
Inc." gave a GPE "Génie Bérubé" and "Fils Inc."). The connector is inside the firm's name when one
word follows it and then the form; not when what comes before it is a name of its own. The
reported sentences as written, and variants invented."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        # reported (heldout19)
        (
            "Speaking for the company, Rose Maddox of planning agents Parry and Glyn LLP said most "
            "staff would be recruited locally.",
            "Parry and Glyn LLP",
        ),
        (
            "The engineering study for the section is being done by Ferrovia Conseil SAS of Lyon "
            "with Génie Bérubé et Fils Inc. of Shawinigan.",
            "Génie Bérubé et Fils Inc.",
        ),
        # invented
        ("The appeal was lodged by surveyors Pennock and Vaile Ltd on behalf of the owners.", "Pennock and Vaile Ltd"),
        (
            "Oil from the mill of Huilerie Ben Salah et Frères S.A. was sold in Sfax.",
            "Huilerie Ben Salah et Frères S.A.",
        ),
        ("The accounts were audited by Roy et Associés Inc., the report said.", "Roy et Associés Inc."),
    ],
)
def test_the_partners_and_the_form_are_one_firm(rec: Recognizer, sentence: str, firm: str) -> None:
    found = names(rec, f"Planning news\n\n{sentence}\n")
    assert (firm, "ORG") in found, found
    # no partner's piece ("Glyn LLP", "Fils Inc.", "Génie Bérubé") as a name of its own
    assert not any(text != firm and text in firm for text, _label in found), found


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        # a firm's legal form or kind word before "and": two firms
        ("Shares in Kestrel Hydro and Borealis Ltd fell on Monday.", "Kestrel Hydro", "Borealis Ltd"),
        ("Talks between Velquist Ltd and Ardent LLP broke down.", "Velquist Ltd", "Ardent LLP"),
        # a longer name before "and", two words after it: two firms
        (
            "The contract went to Maasvlakte Container Terminals and Hanzeport BV last year.",
            "Maasvlakte Container Terminals",
            "Hanzeport BV",
        ),
    ],
)
def test_two_firms_joined_by_and_stay_two(rec: Recognizer, sentence: str, first: str, second: str) -> None:
    found = {text for text, label in names(rec, f"Markets\n\n{sentence}\n") if label == "ORG"}
    assert second in found, found
    assert not any(first in text and second in text for text in found), found
