"""A ferry story's port, island and ship are no people, and a tabloid's shouted lede word no
organisation, in ``entities --json`` and ``who:`` (t13t F2, round s31-j: "Isla Merced" and the
ferry "Santa Rosalía" were PERSONs, "TERROR" an ORG, and "Puerto Calder" two entities: a GPE from
the capitalised datelines and a PERSON from the ordinary mentions). The reported names and two
invented stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

STORIES = [
    # (port, island, ship, shouted word)
    ("Puerto Calder", "Isla Merced", "Santa Rosalía", "TERROR"),  # reported (t13t F2)
    ("Port Haldane", "Isla Brava", "Rosa Maria", "CHAOS"),
    ("Puerto Esquivel", "Isla Sombra", "Ana Beatriz", "PANIC"),
]


def _corpus(root: Path, port: str, island: str, ship: str, shout: str) -> Path:
    root.mkdir()
    (root / "wire.txt").write_text(
        f"{port.upper()}, Chile, March 12 (Reuters) - Five people died when fire broke out aboard the ferry "
        f"{ship} on Thursday morning, officials said.\n",
        encoding="utf-8",
    )
    (root / "gazette.txt").write_text(
        f"The crossing between {port} and {island} has been run by the same operator for two decades.\n\n"
        f"Investigators boarded the burned {ship} on Friday.\n",
        encoding="utf-8",
    )
    (root / "tabloid.txt").write_text(
        f"{shout} as flames tore through the ferry {ship} this morning, leaving five people dead.\n\n"
        f"Rescue crews from {island} joined the search.\n",
        encoding="utf-8",
    )
    return root


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("port", "island", "ship", "shout"), STORIES)
def test_places_and_the_ship_are_no_people(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, port: str, island: str, ship: str, shout: str
) -> None:
    corpus = _corpus(tmp_path / "c", port, island, ship, shout)
    data = _run(capsys, ["--corpus", str(corpus), "entities", "--json"])
    kinds: dict[str, list[str]] = {}
    for e in data["entities"]:
        kinds.setdefault(e["name"].casefold(), []).append(e["type"])
    assert kinds.get(port.casefold()) == ["GPE"], kinds
    assert kinds.get(island.casefold()) == ["LOC"], kinds
    assert kinds.get(ship.casefold()) == ["PRODUCT"], kinds
    assert shout.casefold() not in kinds, kinds
    assert not any(t == "PERSON" for types in kinds.values() for t in types), kinds
    hits = _run(capsys, ["--corpus", str(corpus), "search", f'who:"{port}"', "--json"])["hits"]
    assert sorted(h["doc"] for h in hits) == ["gazette", "wire"]
    hits = _run(capsys, ["--corpus", str(corpus), "search", f'who:"{ship}"', "--json"])["hits"]
    assert sorted(h["doc"] for h in hits) == ["gazette", "tabloid", "wire"]


@pytest.mark.parametrize(
    ("town", "mentioned"),
    [
        (
            "Puerto Calder",
            "The crossing between Puerto Calder and Isla Merced has been run by the same operator for two decades.",
        ),  # reported words (one GPE on the old code in this two-article corpus: the split is tested above)
        ("Santa Lucia", "The road to Santa Lucia reopened. Santa Lucia has 4,000 residents."),
        ("São Bento", "Relief trucks reached São Bento overnight. São Bento has two schools."),
    ],
)
def test_the_datelines_place_types_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, town: str, mentioned: str
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "wire.txt").write_text(
        f"{town.upper()}, Chile, May 4 (AP) - Floods cut the only road, officials said.\n", encoding="utf-8"
    )
    (corpus / "paper.txt").write_text(mentioned + "\n", encoding="utf-8")
    data = _run(capsys, ["--corpus", str(corpus), "entities", "--json"])
    rows = [e for e in data["entities"] if e["name"].casefold() == town.casefold()]
    assert [e["type"] for e in rows] == ["GPE"], [(e["name"], e["type"]) for e in data["entities"]]
    assert sorted({m["doc"] for m in rows[0]["mentions"]}) == ["paper", "wire"]
    hits = _run(capsys, ["--corpus", str(corpus), "search", f'who:"{town}"', "--json"])["hits"]
    assert sorted(h["doc"] for h in hits) == ["paper", "wire"]
