"""A name the page writes in full only in its boilerplate gives no word of the article's text its
key: a "Most read" box's "Maeve Halloran quits" says nothing of the text's "Halloran" (issue #16,
round s36-e; the CLI tests of the kind: tests/cli/test_cli_entities_boilerplate_short_forms.py).
The same name written in full in the text keeps its short forms; without boilerplate spans nothing
changes."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def keyed(rec: Recognizer, text: str, box: str) -> list[tuple[str, str, bool]]:
    at = text.index(box)
    found = rec.recognize(Art("x", text), [(at, at + len(box))])
    return [(text[m.start : m.end], m.key, m.noise) for m in found]


BOX = "Most read\n\nMaeve Halloran quits the council\n\nFive walks to do this summer\n"


def test_person_named_only_in_boilerplate_claims_no_surname(rec: Recognizer) -> None:
    text = "Council votes on the budget\n\nThe Halloran report was read out at the meeting on Monday.\n\n" + BOX
    found = keyed(rec, text, BOX)
    assert not [f for f in found if f[1] == "PERSON:Maeve Halloran" and not f[2]], found


def test_person_named_in_the_text_keeps_the_surname(rec: Recognizer) -> None:
    text = (
        "Council votes on the budget\n\nMaeve Halloran read out the report on Monday. "
        "Halloran said the budget was tight.\n\n" + BOX
    )
    found = keyed(rec, text, BOX)
    assert ("Halloran", "PERSON:Maeve Halloran", False) in found, found
