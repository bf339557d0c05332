"""Names no list holds listed after a plural place kind and "such as", "including" or "like" are
places ("villages such as Napaskiak, Kwethluk, Akiak and Tuluksak", issue #16, round s38-e,
held-out 31's errors: none was a name), as a firm's list after "companies such as" is firms. The
reported sentence and variants with invented names of other traditions; a list after a kind that
is no place's stays no place (guards)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "For about three months, trucks drive 300 kilometres of ice linking the hub with villages such as "
            "Napaskiak, Kwethluk, Akiak and Tuluksak. But the ice is forming later.",
            ["Napaskiak", "Kwethluk", "Akiak", "Tuluksak"],
        ),
        ("The team visited towns including Zorvanka, Pelturik and Mesgrad last year.", ["Zorvanka", "Pelturik"]),
        ("Boats still call at remote communities like Tuvaro and Nukumea once a month.", ["Tuvaro", "Nukumea"]),
        ("Floods cut off districts such as Kwalembe, Ntandaro and Sikuyu, officials said.", ["Kwalembe", "Sikuyu"]),
    ],
)
def test_listed_after_a_place_kind(rec: Recognizer, text: str, places: list[str]) -> None:
    got = names(rec, text)
    for place in places:
        assert (place, "GPE") in got, (place, got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Suppliers such as Zorvanka and Pelturik raised prices.", "Zorvanka"),
        ("She played festivals such as Tuvaro and Nukumea last summer.", "Tuvaro"),
    ],
)
def test_other_kinds_lists_make_no_place(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "GPE") not in names(rec, text)
