"""A language something is printed in now ("prints", "print", "printing"), not only "printed", is
the language (issue #16, round s42-e, held-out 35's bakery listing).

"The company still prints a greeting in Karelian" gave a GPE 'Karelian' (a place read after "in"),
and with it the article's "demand for Karelian pasties", a people's adjective, was a GPE too.
"""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported input (held-out 35, article 09)
        (
            "Pasty maker lists shares\n\nDemand for Karelian pasties has grown. The company still prints "
            'a greeting in Karelian, "Hyviä päiviä!", on its boxes.',
            {("Karelian", "LANGUAGE"), ("Karelian", "NORP")},
        ),
        # variants of my own: another language, the verb alone before "in"; a message printed
        (
            "Weekly returns\n\nThe weekly now prints in Kashubian on Fridays, its editor said.",
            {("Kashubian", "LANGUAGE")},
        ),
        (
            "Bakery opens\n\nThe bakery is printing the message in Livonian on every box this year.",
            {("Livonian", "LANGUAGE")},
        ),
    ],
)
def test_language_printed_in(rec: Recognizer, text: str, expected: set[tuple[str, str]]) -> None:
    found = names(rec, text)
    assert expected <= found, found
    assert not any(label == "GPE" for _, label in found), found
