"""``who:`` by quoted words finds the names that hold them as consecutive whole words, not only
the names they open (issue #13 and #16, tester t13aq N24): ``who:"Red Cross"`` found 0 articles
while ``who:Cross`` found "The Austrian Red Cross", and ``who:"Accident Investigation Board"`` 0
while ``who:Board`` found the "Federal Accident Investigation Board". The reported names and two
invented ones; words that are no whole words of a name, or not consecutive, still find nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits

CORPUS = {
    "a.txt": (
        "Train derailed\n\nThe Austrian Red Cross says 70 people were injured in total. Alpenrail will "
        "cooperate fully with the Federal Accident Investigation Board, a spokesman said.\n"
    ),
    "b.txt": (
        "Harbour fire\n\nThe Greater Halvik Port Authority closed the quay on Monday, and the "
        "Norwegian Coastal Rescue Service sent two boats.\n"
    ),
}


@pytest.mark.parametrize(
    ("query", "name", "docs"),
    [
        ('who:"Red Cross"', "Austrian Red Cross", ["a"]),
        ('who:"Accident Investigation Board"', "Federal Accident Investigation Board", ["a"]),
        ('who:"Halvik Port Authority"', "Greater Halvik Port Authority", ["b"]),
        ('who:"Coastal Rescue"', "Norwegian Coastal Rescue Service", ["b"]),
    ],
)
def test_quoted_words_find_the_names_holding_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, query: str, name: str, docs: list[str]
) -> None:
    root = tmp_path / "c"
    run(capsys, root, CORPUS)
    got = hits(capsys, root, query)
    assert sorted(got) == docs, got
    assert all(got[d] == [name] for d in docs), got


def test_words_held_apart_or_in_part_find_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # whole consecutive words only: "Red Cro" holds no whole word, "Austrian Cross" skips "Red"
    root = tmp_path / "c"
    run(capsys, root, CORPUS)
    assert hits(capsys, root, 'who:"Cross Red"') == {}
    assert hits(capsys, root, 'who:"Austrian Cross"') == {}
    assert hits(capsys, root, 'who:"Port Service"') == {}


@pytest.mark.parametrize(
    ("query", "docs"),
    [
        ('said:"Red Cross" injured', ["a"]),
        ('said:"Coastal Rescue Service" boats', ["c"]),
        ('said:"Port Authority" quay', ["c"]),
    ],
)
def test_said_by_words_a_speaker_s_name_holds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, query: str, docs: list[str]
) -> None:
    root = tmp_path / "c"
    run(capsys, root, SAID)
    assert sorted(hits(capsys, root, query)) == docs
    # what the speaker did not say still finds nothing
    assert hits(capsys, root, query.rsplit(" ", 1)[0] + " elephants") == {}


SAID = {
    **CORPUS,
    "c.txt": (
        "Quay shut\n\nThe Greater Halvik Port Authority said the quay would stay closed. The Norwegian "
        "Coastal Rescue Service said two boats had searched the bay.\n"
    ),
}
