"""What an edit of the user's gazetteer can change: the names of the entries it changes (issue
15, s43-q). The index re-analyses only the articles writing one of them; an edit that changes no
entry re-analyses none, one replacing a bundled entry names the bundled entry's words too."""

from __future__ import annotations

from waic_reader.index.analysis.entities.gazetteer_edits import edited_names

KELP = b"entities:\n  - {name: Kelpfield Trust, type: ORG}\n"


def test_an_entry_added_names_its_name_and_aliases() -> None:
    after = KELP + b"  - {name: Zorbanite Shipping, type: ORG, aliases: [zorbanite], short: [Zorb]}\n"
    assert edited_names(KELP, after) == ["Zorb", "Zorbanite Shipping", "zorbanite"]


def test_an_edit_that_changes_no_entry_names_nothing() -> None:
    assert edited_names(b"# my names\n" + KELP, KELP + b"\n# (none yet)\n") == []


def test_a_bundled_entry_replaced_names_the_bundled_one_too() -> None:
    # the bundled "Xi Jinping | Xi" replaced: "Xi" alone no longer names him
    got = edited_names(None, b"entities:\n  - {name: Xi Jinping, type: PERSON}\n")
    assert got == ["Xi", "Xi Jinping"]
