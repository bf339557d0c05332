"""echo_headlines builds its patterns from the names written in a headline only: the same output.

The equivalence over whole corpora was checked when the filter went in (entity output identical
over the 1k benchmark corpus, /work/bench-s5); these pin the cases where a filter could differ.
"""

from __future__ import annotations

from waic_reader.index.analysis.entities.context import echo_headlines

TEXT = "QUAKE ROCKS VALDMARK COAST\nResidents of Valdmark said Harbor & Sons and Kılıç Holding were closed.\n"
HEAD = [(0, TEXT.index("\n"), True)]


def test_names_absent_from_every_headline_change_nothing() -> None:
    names = [("Valdmark", "GPE", "GPE:Valdmark")]
    got = echo_headlines(TEXT, [], HEAD, names)
    assert got == [(12, 20, "GPE", "GPE:Valdmark")]
    more = [("Harbor & Sons", "ORG", "ORG:Harbor & Sons"), *names, ("Sons", "ORG", "ORG:Sons")]
    assert echo_headlines(TEXT, [], HEAD, more) == got


def test_a_dotless_i_name_still_blocks_the_shorter_name_inside_it() -> None:
    # re.IGNORECASE matches "ı" with "I" but casefold() does not equate them: the longer name
    # matches "KILIÇ HOLDING" and is dropped (its spelling differs), and, as before the filter,
    # the shorter name inside that match is not echoed on its own.
    text = "KILIÇ HOLDING SHUTS PLANT\nKılıç Holding said the Holding plant closed.\n"
    head = [(0, text.index("\n"), True)]
    names = [("Kılıç Holding", "ORG", "ORG:Kılıç Holding"), ("Holding", "ORG", "ORG:Holding")]
    assert echo_headlines(text, [], head, names) == []
