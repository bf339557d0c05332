"""The reader's next mention (``n`` while following an entity) stops at an article that names
the followed person by a lone surname the grouping joined to them across articles
(``surname_aliases``): tester, issue #16 — following "Ilse Korvan" passed over the article that
says only "Minister Korvan", though the entity list counts it as hers. Either way round: following
the lone surname stops at the full name. Not when two people share the surname. The first corpus
is the reported shape; the others invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

REPORTED = {
    "a.txt": "Minister steps into ferry dispute\n\nPosted: Mar 14, 2025 12:00 GMT\n\n"
    "Transport minister Ilse Korvan called both sides to talks on Friday as the ferry strike "
    "entered its first afternoon.\n",
    "b.txt": "Weather turns\n\nPosted: Mar 14, 2025 13:00 GMT\n\nRain is expected in Halvik on Saturday.\n",
    "c.txt": "Ferry talks set for Monday\n\nPosted: Mar 14, 2025 10:00 GMT\n\n"
    "Minister Korvan will chair talks between the union and the operator on Monday, her office said.\n",
}
# variants: the lone surname with a speech verb, named before the full name in library order
MAYOR = {
    "a.txt": "Harbour vote delayed\n\nPosted: Mar 10, 2025 09:00 GMT\n\n"
    "Mayor Morrow said the council would vote on the ferry terminal next week.\n",
    "b.txt": "Buses run late\n\nPosted: Mar 10, 2025 11:00 GMT\n\nBuses in Halvik ran late on Monday.\n",
    "c.txt": "Council to vote on terminal\n\nPosted: Mar 10, 2025 15:00 GMT\n\n"
    "Halvik mayor Dana Morrow told reporters the vote on the ferry terminal had been delayed.\n",
}
# Two people named Morrow: which one "Mayor Morrow" is, is not known.
AMBIGUOUS = {
    **MAYOR,
    "d.txt": "Port workers strike\n\nPosted: Mar 11, 2025 08:00 GMT\n\n"
    "Union leader Erik Morrow said dockers would walk out on Friday.\n",
}


def workspace(tmp_path: Path, files: dict[str, str]) -> Workspace:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    ws = Workspace(root, tmp_path / "ix")
    ws.ensure_index()
    return ws


@pytest.mark.parametrize(
    ("files", "full", "short", "full_doc", "short_doc"),
    [(REPORTED, "Ilse Korvan", "Korvan", "a", "c"), (MAYOR, "Dana Morrow", "Morrow", "c", "a")],
)
def test_next_mention_stops_at_a_lone_surname_joined_to_the_person(
    tmp_path: Path, files: dict[str, str], full: str, short: str, full_doc: str, short_doc: str
) -> None:
    ws = workspace(tmp_path, files)
    names = {e.name: sorted({d for d, _ in e.mentions}) for e in ws.entities().entities if e.label == "PERSON"}
    assert names == {full: sorted([full_doc, short_doc])}  # the grouping joins them
    for delta in (1, -1):
        assert ws.next_mention(full_doc, f"PERSON:{full}", delta) == short_doc
        assert ws.next_mention(short_doc, f"PERSON:{short}", delta) == full_doc


def test_next_mention_keeps_a_shared_surname_apart(tmp_path: Path) -> None:
    ws = workspace(tmp_path, AMBIGUOUS)
    for delta in (1, -1):  # each named in one article only: round to itself
        assert ws.next_mention("c", "PERSON:Dana Morrow", delta) == "c"
        assert ws.next_mention("a", "PERSON:Morrow", delta) == "a"
        assert ws.next_mention("d", "PERSON:Erik Morrow", delta) == "d"
