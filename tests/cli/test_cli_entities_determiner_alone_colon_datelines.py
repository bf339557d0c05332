"""``entities --json``, ``quotes --json`` and ``who:`` on the reported shapes of t13v F3 (round
s32-r): "The Gambia and The Netherlands sent condolences, their embassies in The Hague said in a
joint note." made a Place "The" that took every sentence-opening "The" and spoke "in a joint
note"; "HYERES: The mayor of Hyeres said" made Hyeres an organisation. A determiner alone is
never an entity, and a colon dateline's word named again after a place's preposition or listed
without its accents is a place. The reported text and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

# (text, the countries, the dateline's place as keyed, a quote of the two countries' note)
CASES = [
    (  # reported (saved-page-coastwatch.txt and repro v9)
        "Coast crews hailed\n\nBy Tom Hale\n\nThe crew of a small ferry were hailed as heroes.\n\n"
        "The Gambia and The Netherlands sent condolences, their embassies in The Hague said in a joint note.\n\n"
        "HYERES: The mayor of Hyeres said on Monday that Aubrac FC would host a charity match.\n",
        ["Gambia", "Netherlands"],
        "Hyeres",
    ),
    (  # invented: other countries, a town no list holds, named again
        "Aid arrives\n\nKORVIK: The harbour master of Korvik said two ships had docked.\n\n"
        "The Bahamas and The Philippines sent rescue teams, their foreign ministries said in a statement. "
        "The teams arrived on Sunday.\n",
        ["Bahamas", "Philippines"],
        "Korvik",
    ),
    (  # invented: a listed town written without its accents, another wording
        "Vineyards burn\n\nBEZIERS: The prefect said the fire was contained by nightfall.\n\n"
        "Messages came from The Netherlands and The Gambia, the prefect said. The vineyards were lost.\n",
        ["Netherlands", "Gambia"],
        "Beziers",
    ),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("text", "countries", "place"), CASES, ids=["reported", "korvik", "beziers"])
def test_no_the_entity_and_a_colon_dateline_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, countries: list[str], place: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "story.txt").write_text(text, encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    kinds: dict[str, set[str]] = {}
    for e in _run(capsys, [*base, "entities", "--json"])["entities"]:
        kinds.setdefault(e["name"].lower(), set()).add(e["type"])
    assert "the" not in kinds, kinds
    for country in countries:
        assert kinds.get(country.lower()) == {"GPE"}, kinds
    folded = {n for n in kinds if n.replace("è", "e").replace("é", "e") == place.lower()}
    assert folded and all(kinds[n] == {"GPE"} for n in folded), kinds
    speakers = [s["name"] for s in _run(capsys, [*base, "quotes", "--json"])["speakers"]]
    assert not any(s.lower() == "the" for s in speakers), speakers
    for hit in _run(capsys, [*base, "search", "who:The", "--json"])["hits"]:  # only "The Hague"'s
        assert {text[a:b] for a, b in hit["spans"]} <= {"The Hague"}, hit
    assert [h["doc"] for h in _run(capsys, [*base, "search", f"who:{place}", "--json"])["hits"]] == ["story"]
