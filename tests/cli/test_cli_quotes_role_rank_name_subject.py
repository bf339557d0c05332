"""`quotes --json`: a statement closed by "…, ROLE RANK Name said." is found and credited to the
person (t13r F14 c, round s31-f): "Five people were killed and 48 injured, regional police chief
Col. Andrés Quispe said." (/work/t13r/data/ap-0603.txt) was in no list, its six-word subject read
as a clause. A role in lower case ("regional police chief", "deputy harbour master") then
capitalised title words and a name is one person's subject; a rank's abbreviation ("Col.", "Lt.",
"Sgt.", "Insp.") ends no sentence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main


def quotes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (  # the reported input
            "Five people were killed and 48 injured, regional police chief Col. Andrés Quispe said.",
            "Andrés Quispe",
            "Five people were killed and 48 injured",
        ),
        (
            "The dam held overnight and no homes were flooded, deputy harbour master Insp. Tomás Ruiz said.",
            "Tomás Ruiz",
            "The dam held overnight and no homes were flooded",
        ),
        (
            "Three soldiers were wounded in the blast, army spokesman Lt. Col. Omar Haddad said on Friday.",
            "Omar Haddad",
            "Three soldiers were wounded in the blast",
        ),
        (
            "The mountain road will stay closed until Monday, district police commander Sgt. Mira Holt said.",
            "Mira Holt",
            "The mountain road will stay closed until Monday",
        ),
    ],
)
def test_role_rank_and_name_after_a_comma_speak(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str, speaker: str, words: str
) -> None:
    text = f"Train derails in the Andes\n\nRescue work went on through the night.\n\n{sentence}\n"
    data = quotes_json(tmp_path, capsys, text)
    by = {s["name"]: [q["text"] for q in s["quotes"]] for s in data["speakers"]}
    assert by.get(speaker) == [words], (by, data["unattributed"])
