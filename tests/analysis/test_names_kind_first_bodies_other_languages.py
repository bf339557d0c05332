"""A body named in another language by its kind first ("Universitas Gadjah Mada", "Xunta de
Galicia", "Écurie Yoff", "Consellería do Mar", "Latteria Sociale di Orune")
is an organisation, as "Banco X" and "Stichting X" are (issue #16, round s34-b: heldout23's,
heldout24's, heldout25's and heldout26's such bodies were no name or a place). The reported shapes
with other names first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the reported shapes, other names
        ("Students at Universitas Brawijaya built the sensor.", "Universitas Brawijaya"),
        ("The grant came from the Xunta de Asturias last year.", "Xunta de Asturias"),
        ("The wrestler trains with Écurie Pikine in the suburbs.", "Écurie Pikine"),
        # invented: other languages' kinds
        ("The Università di Cagliari opened a lab.", "Università di Cagliari"),
        ("A study by the Uniwersytet Jagielloński found the same.", "Uniwersytet Jagielloński"),
        ("The milk is bought by Latteria Sociale di Bono.", "Latteria Sociale di Bono"),
    ],
)
def test_a_kind_first_body(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found, found
