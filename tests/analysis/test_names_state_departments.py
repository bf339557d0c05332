"""A state's or a country's name straight before a government body the gazetteer knows by its
department word ("Department of Commerce", "Department of Transportation") names that state's own
body, one organisation: "the Minnesota Department of Commerce", "the Texas Department of
Transportation", "the US Department of Energy" (issue #16, round s33-c: heldout26's GPE
"Minnesota" and ORG "Department of Commerce"; heldout6's and heldout18's "US"/"U.S." likewise).
A place set apart from the body by a comma stays the place. The reported shape first, then
variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported shape
        (
            "Last year the Minnesota Department of Commerce revoked his licence.",
            {("Minnesota Department of Commerce", "ORG")},
        ),
        # invented: other states and departments
        (
            "The Texas Department of Transportation closed the bridge on Monday.",
            {("Texas Department of Transportation", "ORG")},
        ),
        ("Grants from the Nevada Department of Energy paid for the panels.", {("Nevada Department of Energy", "ORG")}),
        # a comma between: the place, then the body
        (
            "In Texas, the Department of Transportation closed the bridge.",
            {("Texas", "GPE"), ("Department of Transportation", "ORG")},
        ),
    ],
)
def test_a_states_department_is_one_body(rec: Recognizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(n, label) for n, label in names(rec, f"Story\n\n{text}\n") if label in ("ORG", "GPE")} == expected
