"""A day of the month written as an ordinal with its dot before a month's name ("14. März 2026",
"3. april", "14. března"; Hungarian "2026. március 14. 15:20", the day after the month) is
neither a numbered list's item nor a sentence's end, in the languages that write dates so (t13aq
N2, N19: "14. März 2026, 15:20 Uhr" was a list item and compare showed "14." and "März 2026, 15:20
Uhr" as two sentences). A stamp's word written short before the time ("kl. 08.15") ends no
sentence either. A number closing a sentence before a word that is no month's still does."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.blocks import split_blocks, split_sentences

DATE_LINES = [
    "14. März 2026, 15:20 Uhr",  # reported (German)
    "3. april 2026 kl. 08.15",  # Danish / Norwegian
    "14. března 2026 15:40",  # Czech
    "14. maaliskuuta 2026 klo 15.20",  # Finnish
    "2026. március 14. 15:20",  # Hungarian
]


@pytest.mark.parametrize("line", DATE_LINES)
def test_a_date_line_is_one_sentence(line: str) -> None:
    assert [s.text for s in split_sentences(line)] == [line]


@pytest.mark.parametrize("line", DATE_LINES[:4])
def test_a_date_line_is_no_list_item(line: str) -> None:
    blocks = split_blocks(f"Zugunglück bei Hallstein: Elf Tote\nTagesblick\n{line}\n\nDer Zug entgleiste am Morgen.\n")
    assert [b.kind for b in blocks if b.text == line] != ["list-item"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Das Unglück geschah am 14. März gegen 7.42 Uhr. Elf Menschen starben.",
            ["Das Unglück geschah am 14. März gegen 7.42 Uhr.", "Elf Menschen starben."],
        ),
        (
            "Ulykken skete den 3. april kl. 08.15 ved Hallstein. Politiet efterforsker.",
            ["Ulykken skete den 3. april kl. 08.15 ved Hallstein.", "Politiet efterforsker."],
        ),
        (
            "Wypadek wydarzył się 14. marca. Pociąg jechał za szybko.",
            ["Wypadek wydarzył się 14. marca.", "Pociąg jechał za szybko."],
        ),
    ],
)
def test_a_day_in_running_text_ends_no_sentence(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


def test_a_number_closing_a_sentence_still_ends_it() -> None:
    got = [s.text for s in split_sentences("Die Zahl der Toten stieg auf 14. Dann kam die Nachricht.")]
    assert got == ["Die Zahl der Toten stieg auf 14.", "Dann kam die Nachricht."]


def test_a_numbered_list_is_still_one() -> None:
    blocks = split_blocks("Was wir wissen\n\n1. Elf Menschen starben.\n2. Der Zug fuhr zu schnell.\n")
    assert [b.kind for b in blocks if b.text[:1].isdigit()] == ["list-item", "list-item"]
