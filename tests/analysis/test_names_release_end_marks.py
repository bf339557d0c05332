"""A press release's closing mark "ENDS" (alone, or "- ENDS -", "-ENDS-") is no organisation
(round s32-b: an ORG "ENDS" in five press releases of the names set). Invented releases."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    "release",
    [
        "Tours of the new still house will be offered on Wednesdays from May.\n\nENDS\n\nNotes to editors\n",
        "The cider plant in Hollin will open in June with 40 jobs.\n\n- ENDS -\n\nAbout Hollin Cider\n",
        "Orders open on 3 March at a price of €240.\n\n-ENDS-\n\nMedia contact: press@kestrel.example\n",
    ],
)
def test_the_closing_mark_is_no_organisation(rec: Recognizer, release: str) -> None:
    assert not any(name == "ENDS" for name, _ in names(rec, release)), names(rec, release)
