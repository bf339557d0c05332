"""A lone surname in one article is the corpus's one person of that surname in the others
(tester, session 15, /tmp/t17/c23: "Transport minister Ilse Korvan" in b.txt, "Minister Korvan"
in c.txt; the timeline's ``first`` had both "Ilse Korvan" and "Korvan"). Joined wherever
entities are grouped across articles: ``entities``, the timeline's firsts, ``who:`` search. Not
when two people share the surname. The first corpus is the reported input; the others invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

REPORTED = {
    "b.txt": "Minister steps into ferry dispute\n\nPosted: Mar 14, 2025 12:00 GMT\n\n"
    "Transport minister Ilse Korvan called both sides to talks on Friday as the ferry strike "
    "entered its first afternoon.\n\nKorvan said the government would not impose a settlement.\n",
    "c.txt": "Ferry talks set for Monday\n\nPosted: Mar 14, 2025 10:00 GMT\n\n"
    "Minister Korvan will chair talks between the union and the operator on Monday, her office said.\n",
}
MAYOR = {
    "a.txt": "Harbour vote delayed\n\nPosted: Mar 10, 2025 09:00 GMT\n\n"
    "Mayor Morrow said the council would vote on the ferry terminal next week.\n",
    "b.txt": "Council to vote on terminal\n\nPosted: Mar 10, 2025 15:00 GMT\n\n"
    "Halvik mayor Dana Morrow told reporters the vote on the ferry terminal had been delayed.\n",
}
# Two people named Morrow: which one "Mayor Morrow" is, is not known.
AMBIGUOUS = {
    **MAYOR,
    "c.txt": "Port workers strike\n\nPosted: Mar 11, 2025 08:00 GMT\n\n"
    "Union leader Erik Morrow said dockers would walk out on Friday.\n",
}


def run(capsys: pytest.CaptureFixture[str], root: Path, files: dict[str, str], *args: str) -> dict:
    root.mkdir(exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def people(data: dict) -> dict[str, list[str]]:
    return {
        e["name"]: sorted({m["doc"] for m in e["mentions"] if m["in"] == "content"})
        for e in data["entities"]
        if e["type"] == "PERSON"
    }


@pytest.mark.parametrize(
    ("files", "full", "short", "first"),
    [(REPORTED, "Ilse Korvan", "Korvan", "c"), (MAYOR, "Dana Morrow", "Morrow", "a")],
)
def test_a_lone_surname_joins_the_one_person_of_that_surname(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], full: str, short: str, first: str
) -> None:
    root = tmp_path / "c"
    assert people(run(capsys, root, files, "entities")) == {full: sorted(d[0] for d in files)}
    firsts = run(capsys, root, files, "timeline")["first"]
    assert short not in firsts and firsts[full]["doc"] == first  # the surname's article was earlier
    for query in (f'who:"{full}"', f"who:{short}"):
        hits = run(capsys, root, files, "search", query)["hits"]
        assert sorted(h["doc"] for h in hits) == sorted(d[0] for d in files), query
        lone = next(h for h in hits if h["doc"] == first)
        assert lone["spans"], query  # the surname is lit as the person's mention


def test_two_people_of_one_surname_keep_it_apart(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "c"
    assert people(run(capsys, root, AMBIGUOUS, "entities")) == {
        "Dana Morrow": ["b"],
        "Erik Morrow": ["c"],
        "Morrow": ["a"],
    }
    firsts = run(capsys, root, AMBIGUOUS, "timeline")["first"]
    assert (firsts["Morrow"]["doc"], firsts["Dana Morrow"]["doc"]) == ("a", "b")
    hits = run(capsys, root, AMBIGUOUS, "search", 'who:"Dana Morrow"')["hits"]
    assert [h["doc"] for h in hits] == ["b"]
