"""An apposition describing an ordinary person after a known person's lone surname ("Macron, the
campsite owner,", "Sunak, the tourist,") is the bearer named in full, in the article or in the
corpus, never the famous person, and the cue-less mention after it follows it (t13v F1, round
s32-r). Before, ``entities --json`` gave both to Emmanuel Macron, ``quotes --json`` made
"We left everything ..." and "she would fly home on Tuesday" the president's and the prime
minister's, and ``who:"Emmanuel Macron"`` found the campsite owner's mentions. The reported inputs
and two invented variants (other names, other wording, the bearer named in another article)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

MACRON = {  # reported: reuters-0815.txt
    "reuters-0815.txt": "Wildfire kills three near French Riviera campsite\n\n"
    "TOULON, France, Aug 15 (Reuters) - A wildfire tore through pine forest above the village on Saturday.\n\n"
    'President Emmanuel Macron said on X that the state would "stand with the people of the Var". Macron is '
    "due to visit the area on Sunday, the Elysee said.\n\n"
    "Among those evacuated was Bruno Macron, 58, who runs the Les Cigales campsite. Macron, the campsite owner, "
    'said he had moved 340 guests to the beach. "We left everything, the tents, the cars, everything," Macron said.\n',
}
SUNAK = {  # reported: repro v3/a.txt
    "tourists.txt": "Tourists rescued from burning hills\n\n"
    "HYERES, France, Aug 16 (Reuters) - A British tourist, Harriet Sunak, 29, was rescued from the hills on "
    "Saturday, officials said.\n\n"
    '"I thought I would die up there," Sunak said.\n\n'
    "Britain's Sunak called the French authorities on Sunday to offer help, his office said.\n\n"
    "Sunak, the tourist, said she would fly home on Tuesday.\n",
}
MELONI = {  # invented: the bearer named in another article only, "a 61-year-old florist"
    "flood.txt": "Flood\n\n"
    "ROME, May 3 (AP) - Prime Minister Meloni visited the town on Monday. Meloni, a 61-year-old florist, "
    'said she had lost everything. "The water came through the door in a minute," Meloni said.\n',
    "portrait.txt": "The florist of the square\n\nCarla Meloni has sold flowers on the main square since 1990.\n",
}

# (files, doc of the statements, surname, bearer, famous, the bearer's statement, bearer's docs)
CASES = [
    (
        MACRON,
        "reuters-0815",
        "Macron",
        "Bruno Macron",
        "Emmanuel Macron",
        "We left everything, the tents, the cars, everything",
        ["reuters-0815"],
    ),
    (SUNAK, "tourists", "Sunak", "Harriet Sunak", "Rishi Sunak", "she would fly home on Tuesday", ["tourists"]),
    (
        MELONI,
        "flood",
        "Meloni",
        "Carla Meloni",
        "Giorgia Meloni",
        "The water came through the door in a minute",
        ["flood", "portrait"],
    ),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    ("files", "doc", "surname", "bearer", "famous", "said", "bearer_docs"), CASES, ids=["macron", "sunak", "meloni"]
)
def test_an_ordinary_apposition_names_the_bearer(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    files: dict[str, str],
    doc: str,
    surname: str,
    bearer: str,
    famous: str,
    said: str,
    bearer_docs: list[str],
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    text = files[f"{doc}.txt"]
    apposed = max(text.index(f"{surname}, {w}") for w in ("the ", "a ") if f"{surname}, {w}" in text)
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    ents = {e["name"]: e for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"}
    assert bearer in ents, sorted(ents)
    bearer_at = {m["start"] for m in ents[bearer]["mentions"] if m["doc"] == doc and m["text"] == surname}
    assert apposed in bearer_at, ents[bearer]["mentions"]
    famous_at = {m["start"] for m in ents.get(famous, {"mentions": []})["mentions"] if m["doc"] == doc}
    assert apposed not in famous_at
    speakers = {
        s["name"]: [q["text"] for q in s["quotes"]] for s in _run(capsys, [*base, "quotes", "--json"])["speakers"]
    }
    assert any(said in q for q in speakers.get(bearer, [])), speakers
    assert not any(said in q for q in speakers.get(famous, [])), speakers
    hits = _run(capsys, [*base, "search", f'who:"{bearer}"', "--json"])["hits"]
    assert sorted(h["doc"] for h in hits) == bearer_docs
    for hit in _run(capsys, [*base, "search", f'who:"{famous}"', "--json"])["hits"]:
        if hit["doc"] == doc:
            assert not any(a <= apposed < b for a, b in hit["spans"]), hit
