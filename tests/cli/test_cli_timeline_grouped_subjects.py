"""The timeline's entity subjects are the entity list's and the matrix's entities (issue 13 F4,
acceptance t13g: ``timeline --json`` gave 'Orvane Minerals', 'Orvane Minerals Ltd.', 'Orvane
Minerals PLC', ... as separate ``first`` keys, 'Hansen Logistics AS' and 'Hansen Logistics' in one
article, and "Lars Hegge" in 3 articles where ``entities`` gave 4). One firm under its legal forms
and its bare name is one subject, named as the matrix names it, in as many articles, and "who was
first" is over all of them. The first corpus is the reported shape; the other two invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main


def story(outlet: str, stamp: str, body: str) -> str:
    return f"---\noutlet: {outlet}\n---\nMine story\n\nPosted: {stamp}\n\n{body}\n"


# The reported shape: one firm as "AS", "Ltd.", "PLC", "Inc." and bare over five dated articles
# (the bare name and a legal form in one article), a person in full in some, by surname in one.
REPORTED = {
    "ap.md": story(
        "AP",
        "Jun 13, 2025",
        "Orvane Minerals Ltd. closed the mine. Lars Hegge, a geologist, said the shaft was unsafe.",
    ),
    "nrk.md": story("NRK", "Jun 12, 2025", "Orvane Minerals AS said the shaft collapsed at dawn."),
    "reuters.md": story(
        "Reuters", "Jun 14, 2025", "Orvane Minerals PLC shares fell. Orvane Minerals said it would cooperate."
    ),
    "ft.md": story("FT", "Jun 15, 2025", "Orvane Minerals Inc. faces an inquiry. Lars Hegge repeated his warning."),
    "blog.md": story("Blog", "Jun 16, 2025", "Orvane Minerals AS ignored the warnings, said Lars Hegge again."),
    "notes.md": story("Notes", "Jun 11, 2025", "The warnings were written down early by Hegge in a letter."),
}
# Invented: the earliest article writes the firm bare, the others "Ltd"/"Limited"/"plc"; the
# person's surname-only article is the last.
BARE_FIRST = {
    "a.md": story(
        "Post", "Mar 3, 2025", "Brattvik Shipping said the ferry left late. Karin Solheim, a captain, said so."
    ),
    "b.md": story("Wire", "Mar 4, 2025", "Brattvik Shipping Ltd confirmed the delay."),
    "c.md": story(
        "Herald", "Mar 5, 2025", "Brattvik Shipping Limited apologised. Karin Solheim said the crew were safe."
    ),
    "d.md": story("Times", "Mar 6, 2025", "Brattvik Shipping plc will pay refunds."),
    "e.md": story("Radio", "Mar 7, 2025", "The harbour thanked Solheim for her calm."),
}
# Invented: Nordic and Continental forms ("ASA", "GmbH", "AB") of one firm, two articles on the
# first day (tied), the person named in full only once.
TIED_FIRST = {
    "one.md": story(
        "Avis", "Sep 1, 2025", "Kvitfjell Kraft ASA cut the power. Erik Lunde, an engineer, said the grid held."
    ),
    "two.md": story("Dagbladet", "Sep 1, 2025", "Kvitfjell Kraft said the cut was planned."),
    "three.md": story("Handelsblatt", "Sep 2, 2025", "Kvitfjell Kraft GmbH runs the German plants."),
    "four.md": story("SvD", "Sep 3, 2025", "Kvitfjell Kraft AB denied any fault. Lunde said the grid held."),
    "five.md": story("Aftenposten", "Sep 4, 2025", "Kvitfjell Kraft ASA will report on Friday."),
}


def run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> dict:
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def matrix(data: dict, stem: str, type_: str) -> tuple[str, set[str]]:
    """The one entity of ``type_`` whose name starts with ``stem`` and its articles (content)."""
    found = [e for e in data["entities"] if e["type"] == type_ and e["name"].startswith(stem)]
    assert len(found) == 1, [e["name"] for e in found]
    return found[0]["name"], {m["doc"] for m in found[0]["mentions"] if m["in"] == "content"}


@pytest.mark.parametrize(
    ("files", "firm", "firm_first", "firm_tied", "person", "person_first"),
    [
        (REPORTED, "Orvane Minerals", "nrk", [], "Hegge", "notes"),
        (BARE_FIRST, "Brattvik Shipping", "a", [], "Solheim", "a"),
        (TIED_FIRST, "Kvitfjell Kraft", "one", ["two"], "Lunde", "one"),
    ],
)
def test_one_firm_and_one_person_are_one_subject_each(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    files: dict[str, str],
    firm: str,
    firm_first: str,
    firm_tied: list[str],
    person: str,
    person_first: str,
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    entities = run(capsys, root, "entities")
    firm_name, firm_docs = matrix(entities, firm, "ORG")
    person_name = next(e["name"] for e in entities["entities"] if e["type"] == "PERSON" and person in e["name"])
    _, person_docs = matrix(entities, person_name, "PERSON")
    assert firm_docs == {n.partition(".")[0] for n, text in files.items() if firm in text}
    assert person_docs == {n.partition(".")[0] for n, text in files.items() if person in text}

    firsts = run(capsys, root, "timeline")["first"]
    assert [k for k in firsts if k.startswith(firm)] == [firm_name]  # one subject, named as the matrix names it
    assert [k for k in firsts if person in k] == [person_name]
    assert (firsts[firm_name]["doc"], firsts[firm_name]["tied"]) == (firm_first, firm_tied)
    assert firsts[person_name]["doc"] == person_first

    subjects = Workspace(root, tmp_path / "ix").timeline().subjects  # what the screen lists
    assert {s.doc for s in subjects[firm_name].sightings} == firm_docs
    assert {s.doc for s in subjects[person_name].sightings} == person_docs
