"""A surname in capitals before a given name inside a mixed-case sentence (East Asian names in
their own order, as official lists write them) is a PERSON keyed given name first, so "Mr.
Yamada" joins it (t13p F9, round s29-j: "Japanese ambassador YAMADA Taro met the governor" gave an
ORG "YAMADA"). The reported input and two invented variants."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    (
        "Japanese ambassador YAMADA Taro met the governor. Mr. Yamada said Tokyo would help.",
        "YAMADA Taro",
        "Taro Yamada",
    ),  # reported
    ("Chinese envoy ZHANG Wei met the mayor. Mr. Zhang said Beijing would help.", "ZHANG Wei", "Wei Zhang"),
    (
        "Vietnamese minister NGUYEN Lan toured the valley. Ms. Nguyen said Hanoi would send aid.",
        "NGUYEN Lan",
        "Lan Nguyen",
    ),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("sentence", "written", "name"), CASES)
def test_the_surname_first_name_is_a_person(rec: Recognizer, sentence: str, written: str, name: str) -> None:
    text = f"Aid pledged\n\n{sentence}\n"
    found = [(text[m.start : m.end], m.label, m.key) for m in rec.recognize(Art("x", text))]
    assert (written, "PERSON", f"PERSON:{name}") in found, found
    assert not any(label == "ORG" and w == written.split(maxsplit=1)[0] for w, label, _ in found), found
