"""A surname in capitals before a given name in mixed case ("TAKAHARA Kenji", the order East Asian
names and official lists write) is keyed given name first ("Kenji Takahara"), whichever rule typed
the person: one rule of that order (shouted.surname_written, round s30-a). Session 29's rule
(s29-j, t13p F9) keyed "YAMADA Taro" so after a lower-case word, while a person typed by a title or
an apposition ("Minister TAKAHARA Kenji", "The envoy, TAKAHARA Kenji, said") was keyed as written,
so one person was two entities. The reported input, two invented variants, and the orders left
alone ("Trine HOLMEN" keeps the given name first; "NASCAR O'Reilly" is no such name)."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.entities.shouted import surname_written

CASES = [
    ("Minister TAKAHARA Kenji said the talks would go on.\n", "TAKAHARA Kenji", "PERSON:Kenji Takahara"),  # reported
    ("The envoy, MORIKAWA Yumiko, said Tokyo would help.\n", "MORIKAWA Yumiko", "PERSON:Yumiko Morikawa"),
    ("Governor TANAKA Hiroshi told reporters the border was calm.\n", "TANAKA Hiroshi", "PERSON:Hiroshi Tanaka"),
    # s29-j's place of the rule, keyed as before
    ("Japanese ambassador YAMADA Taro met the governor.\n", "YAMADA Taro", "PERSON:Taro Yamada"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("text", "written", "key"), CASES)
def test_keyed_given_name_first(rec: Recognizer, text: str, written: str, key: str) -> None:
    got = [(m.text, m.key) for m in rec.recognize(Art("d", text))]  # type: ignore[arg-type]
    assert (written, key) in got, got


@pytest.mark.parametrize(
    ("name", "keyed"),
    [
        ("TAKAHARA Kenji", "Kenji Takahara"),
        ("Trine HOLMEN", "Trine Holmen"),  # given name first already: the surname as prose writes it
        ("NASCAR O'Reilly", "NASCAR O'Reilly"),  # no given name's shape after the capitals
        ("Benedict XVI", "Benedict XVI"),
        ("KARI VIK", "KARI VIK"),  # all in capitals: another rule's (persons.shouted_person)
    ],
)
def test_one_rule_of_the_order(name: str, keyed: str) -> None:
    assert surname_written(name) == keyed
