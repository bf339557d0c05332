"""Review s49-rv3 finding 4 on round s49-m2's day-ordinal rule: a number closing a sentence before
a word that is an English month's name, or a numbered list whose items open with a given name that
is a month's form ("Jan", "August", "May"), was read as a date's day: one sentence, no list. A
month's form English writes too makes a day only before a year; other languages' forms stay as the
round made them ("14. März 2026", "3. april 2026", "14. března")."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.blocks import split_blocks, split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose to 12. August has been the deadliest month so far.",  # reported
        "Rescuers said the toll was 7. May brought more rain, they added.",  # reported
        "Sales fell for the 3. Jan Kowalski, the chief executive, resigned.",
        "Attendance was down to 28. April was the month of the strike.",
    ],
)
def test_a_number_before_an_english_month_word_ends_a_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2, [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "items",
    [
        ["1. Jan Frodeno (GER) 7:45:12", "2. Max Weber (AUT) 7:46:30", "3. August Mayer (SUI) 7:47:02"],  # reported
        ["1. August Lindqvist (SWE) 2:10:04", "2. Jan Novak (CZE) 2:11:40", "3. Mats Berg (NOR) 2:12:01"],
        ["1. Dec Ryan (IRL) 58.2", "2. Jan Olsen (DEN) 58.9", "3. Paul Roth (GER) 59.4"],
    ],
)
def test_a_results_list_opening_with_a_month_named_person_stays_a_list(items: list[str]) -> None:
    blocks = split_blocks("Ergebnisse Herren\n\n" + "\n".join(items) + "\n")
    assert [b.kind for b in blocks if b.text in items] == ["list-item"] * len(items)


@pytest.mark.parametrize(
    "line",
    ["14. August 2026, 15:20 Uhr", "3. april 2026 kl. 08.15", "1. Mai 2026, 10:00 Uhr"],
)
def test_a_date_with_a_shared_month_form_before_its_year_is_one_sentence(line: str) -> None:
    assert [s.text for s in split_sentences(line)] == [line]
