"""`quotes --json` on the acceptance report t13p's sentences (F8's quote part, F17 a–c) and
variants: a name, then a phrase in commas before "said", speaks the words after the verb; "…, the
utility said" with no utility introduced is unattributed, never the dateline's agency; "according
to Lima's chamber of commerce" is the chamber's (unattributed), never Lima's; "pledged aid" is no
statement."""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    # /work/t13p/scratch2/n.txt (the lines of F8 and F17 a)
    "n.txt": (
        "Aid pledged for Peru\n\n"
        "LIMA, June 5 (Wirex) - Labour MP Clara Bexley, visiting from London, said Britain would send"
        " engineers. Minister for Health Tomas Arvid of Sweden pledged aid.\n\n"
        'Hidroandina Energía S.A. ("Hidroandina" or "the Company") said it regretted the failure.\n'
    ),
    # /work/t13p/data/15_afp.txt (F17 b, c)
    "15_afp.txt": (
        "Peru dam toll climbs to eight as rescuers dig through mud\n\n"
        "HUARAZ, Peru, June 4, 2026 (AFP) - The death toll from the Rocío Alto dam collapse rose to eight on"
        " Thursday, up from seven, after rescuers found the body of a 12-year-old boy, the interior ministry"
        " said.\n\n"
        "Some thirty five thousand people in the valley were without drinking water, the utility said. Losses"
        " could reach 600 billion soles, nearly €2.5bn, according to Lima's chamber of commerce.\n\n"
        '"We will not stop until everyone is found," said Interior Minister Julio Cesar Nanez.\n'
    ),
    # variants of each kind
    "v.txt": (
        "Ferry strike\n\n"
        "BERGEN, May 2 (Reuters) - Senator Ruth Okafor, 61, said Nigeria would send two ships. Green MEP"
        " Jonas Hedlund, travelling with aid workers, said Sweden would fund the shelters.\n\n"
        "Some 40 crossings were cancelled, the operator said. About 900 homes lost power, the utility said."
        " Repairs will take two years, according to Bergen's board of trustees.\n\n"
        "Premier Dana Kovac of Croatia vowed revenge. Governor Ruth Okafor promised Lagos two new clinics.\n"
    ),
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("t13p")
    root = tmp / "c"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--corpus", str(root), "--index-dir", str(tmp / "ix"), "quotes", "--json"]) == 0
    result: dict[str, Any] = json.loads(out.getvalue())
    return result


def by_speaker(data: dict[str, Any]) -> dict[str, set[tuple[str, str]]]:
    return {s["name"]: {(q["doc"], q["text"]) for q in s["quotes"]} for s in data["speakers"]}


def unattributed(data: dict[str, Any]) -> set[tuple[str, str]]:
    return {(q["doc"], q["text"]) for q in data["unattributed"]}


def test_name_then_phrase_in_commas_speaks(data: dict[str, Any]) -> None:
    by = by_speaker(data)
    assert by["Clara Bexley"] == {("n", "Britain would send engineers")}
    assert by["Ruth Okafor"] == {("v", "Nigeria would send two ships")}
    assert by["Jonas Hedlund"] == {("v", "Sweden would fund the shelters")}
    assert "United Kingdom" not in by and "Nigeria" not in by and "Sweden" not in by


def test_utility_is_no_agency(data: dict[str, Any]) -> None:
    by = by_speaker(data)
    assert "Agence France-Presse" not in by and "AFP" not in by and "Reuters" not in by
    un = unattributed(data)
    assert ("15_afp", "Some thirty five thousand people in the valley were without drinking water") in un
    assert ("v", "About 900 homes lost power") in un


def test_according_to_a_places_body_is_never_the_place(data: dict[str, Any]) -> None:
    by = by_speaker(data)
    assert "Lima" not in by and "Bergen" not in by
    un = unattributed(data)
    assert ("15_afp", "Losses could reach 600 billion soles, nearly €2.5bn") in un
    assert ("v", "Repairs will take two years") in un


def test_pledge_of_a_thing_is_no_statement(data: dict[str, Any]) -> None:
    texts = {t for quotes in by_speaker(data).values() for _, t in quotes} | {t for _, t in unattributed(data)}
    assert not texts & {"aid", "revenge", "Lagos two new clinics"}
    assert "Tomas Arvid" not in by_speaker(data)
