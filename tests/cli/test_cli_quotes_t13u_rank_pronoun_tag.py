"""`quotes --json` on the acceptance report t13u's sentences (F3, F4, F14) and two variants of
each kind: a rank written short after the verb ("said regional police chief Col. Andrés Quispe")
speaks the clause before it; a pronoun after a verbless sentence introducing a person ("Witness
Karen Dolby, 34. She said …") is that person, not the speaker before; a speech tag inside its
sentence ("Santa Clara, the ferry's captain said, had never …") leaves the whole sentence but the
tag as the statement, its parts joined by " … "."""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    # /work/t13u/data/bulletin-radio.txt (F3, F14)
    "bulletin-radio.txt": (
        "Radio bulletin: stadium crush\n\n"
        "Chaos after the final whistle was captured on dozens of phones, said regional police chief Col."
        " Andrés Quispe.\n\n"
        "Santa Clara, the ferry's captain said, had never carried so many fans.\n"
    ),
    # /work/t13u/data/ap-0603.txt (F4), as written: TeX-style quote marks
    "ap-0603.txt": (
        "Stadium crush kills five\n\n"
        "CORDALEZA, Valdoria (AP) _ Five people died Saturday in a crowd crush at a soccer stadium, officials"
        " said.\n\n"
        "Fire chief Ines Ruiz-Calderon said 52 people were taken to hospital, nine of them in critical"
        " condition.\n\n"
        "``We have never seen anything like this at Monteluz,'' Ruiz-Calderon said. ``The tunnel simply"
        " filled up.''\n\n"
        "Witness Karen Dolby, 34. She said the crowd pushed for twenty minutes.\n"
    ),
    # variants of each kind
    "variants.txt": (
        "Flood at the harbour\n\n"
        "The pier was closed an hour before the storm, said harbour fire chief Capt. Ruth Okafor.\n\n"
        "Nobody in the parish had been warned of the flood, said parish priest Rev. Tomás Agüero.\n\n"
        '"The river rose in an hour," said Tom Hale, a farmer.\n\n'
        "Resident Maria Lopes, 41, of Cordaleza. She said the pumps failed at midnight.\n\n"
        '"We saw nothing," Olga Berg told reporters. Firefighter Peter Lund, a volunteer. He added that the'
        " roof fell at noon.\n\n"
        "The harbour, Mayor Ana Brandt said, would stay closed until Monday.\n\n"
        "The old dam, said engineer Tomas Lindqvist, was never tested against a flood.\n"
    ),
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("t13u")
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


@pytest.mark.parametrize(
    ("speaker", "doc", "words"),
    [
        ("Andrés Quispe", "bulletin-radio", "Chaos after the final whistle was captured on dozens of phones"),
        ("Ruth Okafor", "variants", "The pier was closed an hour before the storm"),
        ("Tomás Agüero", "variants", "Nobody in the parish had been warned of the flood"),
    ],
    ids=["reported", "capt", "rev"],
)
def test_rank_after_the_verb(data: dict[str, Any], speaker: str, doc: str, words: str) -> None:
    assert (doc, words) in by_speaker(data).get(speaker, set())


@pytest.mark.parametrize(
    ("speaker", "doc", "words", "not_by"),
    [
        ("Karen Dolby", "ap-0603", "the crowd pushed for twenty minutes", "Ines Ruiz-Calderon"),
        ("Maria Lopes", "variants", "the pumps failed at midnight", "Tom Hale"),
        ("Peter Lund", "variants", "the roof fell at noon", "Olga Berg"),
    ],
    ids=["reported", "age-and-place", "apposition-added"],
)
def test_pronoun_after_a_fragment_introducing_a_person(
    data: dict[str, Any], speaker: str, doc: str, words: str, not_by: str
) -> None:
    by = by_speaker(data)
    assert (doc, words) in by.get(speaker, set())
    assert (doc, words) not in by.get(not_by, set())


def test_speech_tag_inside_the_sentence(data: dict[str, Any]) -> None:
    by = by_speaker(data)
    assert ("bulletin-radio", "Santa Clara … had never carried so many fans") in unattributed(data)
    assert ("bulletin-radio", "Santa Clara") not in unattributed(data)
    assert ("variants", "The harbour … would stay closed until Monday") in by.get("Ana Brandt", set())
    assert ("variants", "The old dam … was never tested against a flood") in by.get("Tomas Lindqvist", set())
