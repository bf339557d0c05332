"""A surname in capitals before a given name is a PERSON keyed given name first at a sentence's or
a clause's start too (after ";", ":", a dash, a quote), not only after a word in lower case, as
long as its line is not all in capitals (t13r F8, round s30-t: "…offered condolences; YAMADA
Taro, a Japanese passenger, is among the injured." and "SUZUKI Hanako, his colleague, was
unhurt." gave an ORG "YAMADA", "SUZUKI"). The reported inputs and invented variants; a label in
capitals before a plural noun, and a headline all in capitals, stay no person."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    (  # reported (liveblog.txt)
        "15:00 Minister TAKAHARA Kenji of Japan offered condolences; YAMADA Taro, a Japanese passenger,"
        " is among the injured.",
        "YAMADA Taro",
        "Taro Yamada",
    ),
    (  # reported (probe caps.txt)
        "Takahara said Japan would offer help. Mr YAMADA, 45, is from Osaka. SUZUKI Hanako, his colleague, was unhurt.",
        "SUZUKI Hanako",
        "Hanako Suzuki",
    ),
    (
        "The toll rose to four: MORITA Kaito, his cousin, is among the injured in the second carriage.",
        "MORITA Kaito",
        "Kaito Morita",
    ),
    (
        "Rescuers reached the carriage at dawn. “MATSUDA Ren is safe,” his brother told reporters.",
        "MATSUDA Ren",
        "Ren Matsuda",
    ),
    ("Two more were named on Friday — OGAWA Rin, her sister, is still missing.", "OGAWA Rin", "Rin Ogawa"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _found(rec: Recognizer, text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.label, m.key) for m in rec.recognize(Art("x", text))]


@pytest.mark.parametrize(("sentence", "written", "name"), CASES)
def test_the_surname_first_name_opening_a_clause_is_a_person(
    rec: Recognizer, sentence: str, written: str, name: str
) -> None:
    text = f"Aid pledged\n\n{sentence}\n"
    found = _found(rec, text)
    assert (written, "PERSON", f"PERSON:{name}") in found, found
    assert not any(label == "ORG" and w == written.split(maxsplit=1)[0] for w, label, _ in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "ALERT Rescuers said ten people were hurt.",  # a label, then a plural of people
        "SUZUKI HANAKO, HIS COLLEAGUE, WAS UNHURT IN THE CRASH.",  # a line all in capitals
    ],
)
def test_no_person_from_a_label_or_a_shouted_line(rec: Recognizer, sentence: str) -> None:
    text = f"Aid pledged\n\n{sentence}\n"
    assert not any(label == "PERSON" for _, label, _ in _found(rec, text)), _found(rec, text)
