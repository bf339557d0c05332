"""Wire datelines whose place is written in capitals outside ASCII (ZÜRICH, İSTANBUL, ŁÓDŹ,
SÃO PAULO, МОСКВА) give the article's date and outlet just as ASCII ones (ZURICH) do: the
dateline's parts (index/corpus/dateline.py) treat any uppercase letter as one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.dates import date_in_text
from waic_reader.index.corpus.reader import Corpus


def test_the_uppercase_class_is_str_isupper_over_the_cased_scripts() -> None:
    upper = re.compile(f"[{dateline.UPPER}]")
    for ch in "AZÜÅŁÓŹÃİÇΩЖԱႠ":
        assert upper.fullmatch(ch), ch
    for ch in "azüåłßı1_-' ":
        assert not upper.fullmatch(ch), ch
    lower = re.compile(f"[{dateline.LOWER}]")
    assert lower.fullmatch("ü") and lower.fullmatch("ж") and not lower.fullmatch("Ü")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ZÜRICH, March 3 (Reuters) - Heavy rain flooded parts of Zürich on Monday.", "--03-03"),  # reported
        ("ZURICH, March 4 (Reuters) - Insurers in Zurich counted the cost.", "--03-04"),  # ASCII, as before
        ("İSTANBUL, March 5 - The ferries stopped.", "--03-05"),  # capital first letter outside ASCII
        ("ŁÓDŹ, 6 March 2025 (PAP) — Factories closed early.", "2025-03-06"),  # every letter but D
        ("SÃO PAULO, March 7 (Agência Brasil) -- Markets fell.", "--03-07"),  # two words, agency accented
        ("МОСКВА, 8 марта (ТАСС) - Рынки упали.", None),  # a Cyrillic month is not read: no date, no error
    ],
)
def test_a_non_ascii_dateline_gives_the_date(text: str, iso: str | None) -> None:
    found = date_in_text(text)
    if iso is None:
        assert found is None
        return
    assert found is not None and (found.iso, found.kind) == (iso, "dateline")
    assert text[: found.start].endswith(", ")  # the span is the dateline's date, after its place


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Floods hit city\n\nZÜRICH, March 3 (Reuters) - Heavy rain flooded parts of Zürich on Monday.\n", "Reuters"),
        ("Ferries stop\n\nİSTANBUL, March 5 (AFP) - The ferries stopped on Wednesday.\n", "AFP"),
        ("Markets fall\n\nSÃO PAULO (Agência Brasil) — Markets fell on Friday.\n", "Agência Brasil"),
    ],
)
def test_a_non_ascii_dateline_names_the_outlet(tmp_path: Path, text: str, outlet: str) -> None:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    a = Corpus.scan(tmp_path).article("a")
    assert (a.outlet, a.outlet_derived) == (outlet, True)
