"""A co-operative's name written "Co-operative" or "Co-op" goes on past "Co", which alone is a
legal form that ends a firm's name (the names eval's heldout20, session 27: "Déise Dairy
Co-operative Society Ltd" gave "Déise Dairy Co" and "Society Ltd"). The reported shape and
invented variants; "Co." and "Co" as forms are unchanged."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The club thanked Déise Dairy Co-operative Society Ltd for the kit.", "Déise Dairy Co-operative Society Ltd"),
        ("Milk comes from Heuningvlei Rooibos Co-operative in the hills.", "Heuningvlei Rooibos Co-operative"),
        ("The Kilkenny Dairy Co-op said prices rose.", "Kilkenny Dairy Co-op"),
        ("Tea from the Uva Growers Co-Operative sold well.", "Uva Growers Co-Operative"),
    ],
)
def test_co_operative_is_one_name(rec: Recognizer, text: str, org: str) -> None:
    found = names(rec, text)
    assert (org, "ORG") in found
    assert not any(n.endswith(" Co") for n, _ in found)


@pytest.mark.parametrize(
    ("text", "org"), [("Hongfeng Co. Ltd said so.", "Hongfeng Co. Ltd"), ("Acme Co said so.", "Acme Co")]
)
def test_co_as_a_form_unchanged(rec: Recognizer, text: str, org: str) -> None:
    assert (org, "ORG") in names(rec, text)
