"""A brand word written in mixed case ("SagarBot", "VaniTrack", "BeliLah") that no list knows is a
PRODUCT where a product's word stands beside it: a launch verb or "the name" before it, a product's
kind after it ("the BeliLah app", "its TapiFilm process", "whose HiveEye system") or in apposition
("SagarBot, a tracked machine that", "a new platform, VaniTrack,"); and so is every other mention
of it in the article (issue #16, round s34-b: heldout26's and heldout22's "SagarBot", "BeliLah",
"VahetusKapp", "TapiFilm" were no name in some twenty mentions). The reported shapes with other
names first, then variants invented for the kind; guard: a mixed-case firm stays a firm."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "product", "count"),
    [
        # the reported shapes, other names
        (
            "The co-operative today launched OlivaBot, a tracked machine that shakes olive trees. "
            "OlivaBot weighs 700 kilograms. The firm will show OlivaBot at a fair in Bari.",
            "OlivaBot",
            3,
        ),
        (
            "Growers must now register lots on a new platform, CacaoTrack, run by the council. "
            "CacaoTrack went live in May.",
            "CacaoTrack",
            2,
        ),
        ("It operates the PasarKita grocery app and two warehouses. PasarKita has 9,000 users.", "PasarKita", 2),
        # invented: other product words, other verbs
        ("The start-up unveiled FrostEye on Monday. FrostEye warns road crews of black ice.", "FrostEye", 2),
        ("Its MaizeFilm process makes wrapping from corn starch. MaizeFilm breaks down in weeks.", "MaizeFilm", 2),
        ("The filters, sold under the name ClearRiver, remove dye from waste water.", "ClearRiver", 1),
    ],
)
def test_a_mixed_case_product(rec: Recognizer, text: str, product: str, count: int) -> None:
    found = [(n, label) for n, label in names_list(rec, text) if n == product]
    assert found == [(product, "PRODUCT")] * count, names(rec, text)


def names_list(rec: Recognizer, text: str) -> list[tuple[str, str]]:
    from name_helpers import Art

    return [(text[m.start : m.end], m.label) for m in rec.recognize(Art("x", text))]


def test_a_mixed_case_firm_stays_a_firm(rec: Recognizer) -> None:
    text = "KenTel Ltd said profits rose. KenTel will open two offices in Kisumu."
    assert ("KenTel", "PRODUCT") not in names(rec, text)
