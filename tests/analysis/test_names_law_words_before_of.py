"""A law's short title takes the capitalised words before its head word joined by "of" ("the
Uniform Partition of Heirs Property Act"), as it did before a matter joined by "and" ("the
Environmental Protection and Preservation Act"): issue #16, round s37-e, heldout30's LAW "Partition
of Heirs Property Act". The reported sentence first, then variants invented for the kind; guard: a
function word before the title ("Under the Proceeds of Crime Act")."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "law"),
    [
        # reported (heldout30, 06_court_beaufort_gullah_heirs_property)
        (
            "Land\n\nThe company had not followed the Uniform Partition of Heirs Property Act, which the state "
            "adopted in 2016.\n",
            "Uniform Partition of Heirs Property Act",
        ),
        # invented: other laws
        (
            "Work\n\nThe judge applied the Model Protection of Workers Act, which the state adopted.\n",
            "Model Protection of Workers Act",
        ),
        (
            "Fish\n\nThe council cited the Coastal Conservation of Fisheries Act in its ruling.\n",
            "Coastal Conservation of Fisheries Act",
        ),
    ],
)
def test_words_before_of_in_the_law(rec: Recognizer, text: str, law: str) -> None:
    found = names(rec, text)
    assert (law, "LAW") in found, found


def test_function_word_stays_outside(rec: Recognizer) -> None:
    found = names(rec, "Crime\n\nUnder the Proceeds of Crime Act the court can seize assets.\n")
    assert ("Proceeds of Crime Act", "LAW") in found, found
