"""The entity list, ``who:`` search and the quotes' speakers name a hospital whose name holds an
adjective title whole ("Velmont General Hospital", t13z H5: no entity, ``who:`` found nothing and
the Quotes screen named the speaker "General Hospital"), and count a body named by its kind word
alone ("the Trust", "the Echo") as the body named in full (t13z H17: organisations of their own).
The reported corpora (t13z repro v5 and v21) and variants of other names, run through the real
CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_V5 = {
    "a.txt": "Hospital hit by hackers\n\nKESTERBRIDGE, March 12, 2026 (Nordwire) - A ransomware attack crippled "
    "computer systems at {h} in Kesterbridge on Thursday, officials said. {h} said emergency care remained open.\n",
    "b.txt": "{w} hospital refuses ransom\n\nKESTERBRIDGE, March 13, 2026 (Dayline) - {h} will not pay the ransom, "
    "the hospital's chief executive Miriam Okafor said. Patients at {h} faced long waits.\n",
}
_V21 = (
    "Hospital hit by cyber-attack\n\nKESTERBRIDGE, March 12, 2026 (Nordwire) - {trust} said its hospitals were hit "
    "by hackers. The {tw} does not comment on ransom demands. A patient's daughter told the {paper} that nobody could "
    "see his notes. Later she told the {pw} that he had been sent home.\n"
)


def _run(capsys: pytest.CaptureFixture[str], root: Path, ix: Path, *args: str) -> dict[str, object]:
    code = main(["--corpus", str(root), "--index-dir", str(ix), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return dict(json.loads(out))


def _write(root: Path, files: dict[str, str]) -> None:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "hospital",
    [
        "Velmont General Hospital",  # the reported corpus
        "Ashgrove District General Hospital",
        "Oyelaran General Infirmary",
    ],
)
def test_a_general_hospital_is_one_entity_found_by_who_and_named_whole_as_speaker(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, hospital: str
) -> None:
    root = tmp_path / "c"
    first = hospital.split(maxsplit=1)[0]
    _write(root, {name: text.format(h=hospital, w=first) for name, text in _V5.items()})
    ix = tmp_path / "ix"
    entities = _run(capsys, root, ix, "entities")["entities"]
    found = [e for e in entities if e["name"] == hospital]  # type: ignore[union-attr]
    assert [e["type"] for e in found] == ["ORG"], entities
    assert {m["doc"] for m in found[0]["mentions"]} == {"a", "b"}, found
    assert not any(e["name"] in hospital and e["name"] != hospital for e in entities), entities  # type: ignore[union-attr]
    for query in (f'who:"{hospital}"', f"who:{first}"):
        assert _run(capsys, root, ix, "search", query)["total"] == 2, query
    speakers = [s["name"] for s in _run(capsys, root, ix, "quotes")["speakers"]]  # type: ignore[union-attr]
    assert hospital in speakers, speakers
    assert not any(s in hospital and s != hospital for s in speakers), speakers


@pytest.mark.parametrize(
    ("trust", "paper"),
    [
        ("Velmont Health Trust", "Kesterbridge Echo"),  # the reported corpus
        ("Marrowdale Water Authority", "Tarnby Courier"),
        ("Ministry of Fisheries", "Okonjo Herald"),
    ],
)
def test_a_body_named_by_its_kind_word_is_one_entity_with_its_full_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, trust: str, paper: str
) -> None:
    root = tmp_path / "c"
    kind = trust.split(maxsplit=1)[0] if " of " in trust else trust.rsplit(maxsplit=1)[-1]
    _write(root, {"a.txt": _V21.format(trust=trust, tw=kind, paper=paper, pw=paper.rsplit(maxsplit=1)[-1])})
    entities = _run(capsys, root, tmp_path / "ix", "entities")["entities"]
    names = {e["name"]: e for e in entities}  # type: ignore[union-attr]
    assert kind not in names and paper.rsplit(maxsplit=1)[-1] not in names, sorted(names)
    assert len(names[trust]["mentions"]) == 2, names[trust]
    assert len(names[paper]["mentions"]) == 2, names[paper]
