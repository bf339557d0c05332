"""``entities --json``: an entity is shown by a spelling its articles write: a gazetteer name met
only by a longer alias ("Green Party" of "Greens", "Mekong River" of "Mekong"), and a place by its
name without an administrative kind its articles mostly leave out ("Varnholm", written four
times, of "Varnholm Municipality", written once) (issue #16, round s38-y4, t13af N16, N23)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def names_of(tmp_path: Path, capsys: pytest.CaptureFixture[str], docs: dict[str, str]) -> dict[str, str]:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in docs.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "entities", "--json"]) == 0
    ents = json.loads(capsys.readouterr().out)["entities"]
    return {m["text"]: e["name"] for e in ents for m in e["mentions"]}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Vote looms\n\nThe Green Party called for an inquiry, and Green Party leader Ola Brandt spoke.\n",
            "Green Party",
        ),
        ("Floods\n\nThe Mekong River rose again on Monday. Boats on the Mekong River stopped.\n", "Mekong River"),
    ],
)
def test_alias_only_entity_shown_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, written: str
) -> None:
    assert names_of(tmp_path, capsys, {"a": text})[written] == written


@pytest.mark.parametrize(("town", "kind"), [("Varnholm", "Municipality")])
def test_place_shown_without_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str], town: str, kind: str) -> None:
    a = (
        f"Storm hits {town}\n\n{town.upper()}, Jan 9 (Coastwire) - A storm hit {town} on Thursday, "
        f"{town} {kind} said. Roads in {town} were closed.\n"
    )
    b = f"Clean-up in {town}\n\nCrews in {town} cleared roads. Schools in {town} stayed shut.\n"
    got = names_of(tmp_path, capsys, {"a": a, "b": b})
    assert got[f"{town} {kind}"] == town, got
    assert got[town] == town, got


def test_a_county_named_after_its_town_is_shown_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A county is no administrative kind of the town it is named after: the county round it, its
    own entity (issue #16, round s53-e2: "Marbury" and "Marbury County" stay two; round s38-y4's
    case "Kvalsund County" shown as "Kvalsund" was this test's second parameter)."""
    town = "Kvalsund"
    a = (
        f"Storm hits {town}\n\n{town.upper()}, Jan 9 (Coastwire) - A storm hit {town} on Thursday, "
        f"{town} County said. Roads in {town} were closed.\n"
    )
    b = f"Clean-up in {town}\n\nCrews in {town} cleared roads. Schools in {town} stayed shut.\n"
    got = names_of(tmp_path, capsys, {"a": a, "b": b})
    assert got[f"{town} County"] == f"{town} County", got
    assert got[town] == town, got
