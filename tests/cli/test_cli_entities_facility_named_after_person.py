"""Review s35-rv item 4 through the CLI: the entity list and the Quotes screen keep the person a
mine, shaft or dam is named after a Person ("the Kwame Asante gold mine … Kwame Asante, who
founded the mine in 1987, said …" gave `Facility Kwame Asante`, quotes credited to a Facility and
the lone "Asante" another Person). The reported corpora (rv-tmp/e2, e1, copied) and a variant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CORPORA = {
    "e2": (
        "Gold mine reopens\n\nOBUASI, 9 March 2026 (Nordwire) - Workers returned to the Kwame Asante gold mine "
        "on Monday, two years after it closed. Kwame Asante, who founded the mine in 1987, said the reopening "
        'was a relief. "We never gave up on this town," Asante said.\n',
        "Kwame Asante",
        "Kwame Asante gold mine",
    ),
    "e1": (
        "Kellby mine reopens\n\nKELLBY, 9 March 2026 (Nordwire) - Workers returned to the San Telmo copper mine on "
        "Monday. Miners from the Anna Berg shaft joined them, and DeShawn Jones of Kellby Mining said the old "
        "Kellby Road bridge was safe. Supporters posted on X as @kellby_echo and river_rat77. The MaryAnne Fund "
        "and the KellbyCare trust gave money. Dr. Anna Berg, chief executive of the Kellby General Hospital, "
        "said the Trust was ready.\n",
        "Anna Berg",
        "Anna Berg shaft",
    ),
    "dam": (
        "Dam holds\n\nMAFIKENG, 3 April 2026 (Southwire) - Water rose behind the Thandiwe Mokoena dam all week. "
        '"The spillway will hold," said Thandiwe Mokoena, whose family gave the land for it. "We built it '
        'to last," Mokoena said.\n',
        "Thandiwe Mokoena",
        "Thandiwe Mokoena dam",
    ),
}


def _run(capsys: pytest.CaptureFixture[str], root: Path, ix: Path, *args: str) -> dict:
    capsys.readouterr()
    code = main(["--corpus", str(root), "--index-dir", str(ix), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return dict(json.loads(out))


@pytest.mark.parametrize("case", sorted(CORPORA))
def test_the_namesake_is_a_person_and_the_speaker(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str
) -> None:
    text, person, facility = CORPORA[case]
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(text, "utf-8")
    ents = _run(capsys, root, tmp_path / "ix", "entities")["entities"]
    kinds = {(e["name"], e["type"]) for e in ents}
    assert (person, "PERSON") in kinds and (person, "FAC") not in kinds, kinds
    assert (facility, "FAC") in kinds, kinds
    # the lone surname is the person, no second Person
    surname = person.split()[-1]
    assert (surname, "PERSON") not in kinds, kinds
    speakers = _run(capsys, root, tmp_path / "ix", "quotes")["speakers"]
    credited = {(s["name"], s.get("type")) for s in speakers if s["name"] == person}
    assert credited and all(t in (None, "PERSON") for _n, t in credited), speakers
