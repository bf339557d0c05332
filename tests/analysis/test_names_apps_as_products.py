"""An app a company makes, named as itself ("WhatsApp messages", "followers on Instagram"), is a
PRODUCT, not an organisation (round s32-b: the gazetteer listed Instagram and WhatsApp among
organisations; the names set types them PRODUCT, heldout25 'WhatsApp' among them). Invented
sentences."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "app"),
    [
        ("WhatsApp messages recovered from the foreman's phone showed the warning.", "WhatsApp"),
        ("The bakery has 12,000 followers on Instagram and sells out by noon.", "Instagram"),
        ("Parents organised the protest in a WhatsApp group of 300 members.", "WhatsApp"),
    ],
)
def test_an_app_is_a_product(rec: Recognizer, text: str, app: str) -> None:
    assert (app, "PRODUCT") in names(rec, text), names(rec, text)
