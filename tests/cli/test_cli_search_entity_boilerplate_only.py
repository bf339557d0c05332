"""``search 'who:NAME' --json`` / ``entity:`` of a name an article writes only in its boilerplate
finds it there as the plain word is found: ``in: ["noise"]``, the mention's ``spans``/``matches``
and a snippet around it (README, search JSON; issue 13; acceptance test t13n F15).

Reported: a press release naming "Marta Vilaça, Head of Communications" only under its
``Media contact:`` block, another article naming her in its text: ``who:Vilaça`` gave the
release ``in: ["content","noise"]``, empty ``matches``/``spans`` and the article's head as the
snippet (the hit came from the corpus grouping of names, which was taken as a match in the text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

CASES = {
    # (firm, place, person, role line, query)
    "reported": ("Sorvena Químicos S.A.", "LISBON, Portugal", "Marta Vilaça", "Head of Communications", "who:Vilaça"),
    "other-names": ("Nordvik Marine AS", "OSLO, Norway", "Henrik Solberg", "Head of Communications", "who:Solberg"),
    "entity-field": (
        "Kestrel Rail Holdings plc",
        "LEEDS, England",
        "Ruth Abernethy",
        "Press Officer",
        'entity:"Ruth Abernethy"',
    ),
}


def corpus(tmp_path: Path, firm: str, place: str, person: str, role: str) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    (root / "release.txt").write_text(
        f"Statement from {firm} on the quay incident\n\n"
        f"{place}, March 3, 2026 /PRNewswire/ -- {firm} confirmed that repair work on the damaged "
        "quay will start next week after the storm damage found on Monday.\n\n"
        "The company said the quay would stay closed to freight traffic for at least ten days while "
        "divers inspect the pilings.\n\n"
        f"Media contact:\n{person}, {role}\n+44 20 0000 0000\npress@example.org\n\n"
        f"SOURCE {firm}\n\n###\n",
        "utf-8",
    )
    (root / "wire.txt").write_text(
        "Quay to stay shut after storm\n\n"
        "LONDON, March 4 (Reuters) - The storm-damaged quay will stay closed for ten days, its "
        "operator said on Tuesday.\n\n"
        f'"Safety comes first," company spokesperson {person} said. Divers began inspecting the '
        "pilings on Wednesday.\n",
        "utf-8",
    )
    return root


def hits(capsys: pytest.CaptureFixture[str], root: Path, ix: Path, query: str) -> dict[str, dict]:
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(ix), "search", query, "--json"]) == 0
    return {h["doc"]: h for h in json.loads(capsys.readouterr().out)["hits"]}


@pytest.mark.parametrize("case", list(CASES))
def test_name_only_in_boilerplate_is_a_noise_hit_with_its_spans(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str
) -> None:
    firm, place, person, role, query = CASES[case]
    root, ix = corpus(tmp_path, firm, place, person, role), tmp_path / "ix"
    text = (root / "release.txt").read_text("utf-8")
    at = text.index(person)
    got = hits(capsys, root, ix, query)
    release = got.get("release")
    assert release is not None
    assert release["in"] == ["noise"]
    assert release["spans"] == [[at, at + len(person)]]
    assert len(release["matches"]) == 1
    a, b = release["matches"][0]
    assert release["snippet"][a:b] == person
    assert "Media contact" in release["snippet"]
    # as the plain word is found in that block
    surname = person.split()[-1]
    plain = hits(capsys, root, ix, surname)["release"]
    assert plain["in"] == ["noise"]
    # the article naming the person in its text is a hit in its content
    assert got["wire"]["in"] == ["content"]


@pytest.mark.parametrize("case", ["reported", "other-names"])
def test_facade_says_the_same(tmp_path: Path, case: str) -> None:
    firm, place, person, role, query = CASES[case]
    root = corpus(tmp_path, firm, place, person, role)
    ws = Workspace(root, tmp_path / "ix")
    ws.ensure_index()
    got = {h.doc: h for h in ws.search(query).hits}
    text = (root / "release.txt").read_text("utf-8")
    at = text.index(person)
    assert got["release"].where == ["noise"]
    assert got["release"].spans == [(at, at + len(person))]
