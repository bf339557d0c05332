"""A one-word name of a weak field's shape ("Time", "Heritage", "Maritime") before "and" and a
gazetteer name after it ("Time and Xi Jinping") made the recogniser index an empty list: every article holding one stopped the index
build (IndexError in a build worker; found by the 10k benchmark build, session 12)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("sentence", "known"),
    [
        ("Time and Xi Jinping were the themes of the evening, the host said.", "Xi Jinping"),
        ("Staff at Heritage and London officials met on Tuesday to discuss the ferry plan.", "London"),
        ("The Maritime and Beijing delegations signed the harbour agreement on Monday.", "Beijing"),
    ],
)
def test_a_known_name_after_and_is_no_tail_and_no_crash(rec: Recognizer, sentence: str, known: str) -> None:
    # The run after "and" stops at once at a gazetteer name: the tail is empty.
    text = f"Ferry plan approved\n\n{sentence}\n\nMayor Daniel Okafor welcomed the decision.\n"
    found = {name for name, _label in names(rec, text)}
    assert "Daniel Okafor" in found and known in found
    assert not any(name.endswith(" and") or name.startswith("and ") for name in found)
