"""Through the real CLI: a full name two articles write ("fire official Anwar Kabir") is one PERSON
that ``who:"<full name>"`` and ``who:<surname>`` find in both, never the gazetteer's person who
shares its given name ("Anwar Ibrahim", t13ag N1); "Labour Minister X" gives no "Labour Party"
(t13ag N8). The reported names and invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_FILES = {
    "a.txt": "Factory fire kills 17\n\nA fire swept through a garment factory on Tuesday, said {full}, a senior "
    'official of the fire service. "The doors were locked," {surname} told reporters. {title} Farida Chowdhury '
    "visited the site.\n",
    "b.txt": "Toll rises to 21\n\nFire official {full} said investigators would examine the footage. {surname} said "
    "four workers were missing.\n",
}


def _run(capsys: pytest.CaptureFixture[str], root: Path, ix: Path, *args: str) -> dict[str, object]:
    code = main(["--corpus", str(root), "--index-dir", str(ix), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return dict(json.loads(out))


@pytest.mark.parametrize(
    ("full", "surname", "title"),
    [
        ("Anwar Kabir", "Kabir", "Labour Minister"),  # reported
        ("Anwar Hossain", "Hossain", "Labour Secretary"),
        ("Xi Mingze", "Mingze", "Labour Ministers"),
    ],
)
def test_full_name_found_by_who(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, full: str, surname: str, title: str
) -> None:
    root, ix = tmp_path / "c", tmp_path / "ix"
    root.mkdir()
    for name, text in _FILES.items():
        (root / name).write_text(text.format(full=full, surname=surname, title=title), encoding="utf-8")
    names = [e["name"] for e in _run(capsys, root, ix, "entities")["entities"]]  # type: ignore[index]
    assert full in names, names
    assert not any("Ibrahim" in n or "Jinping" in n or "Labour" in n for n in names), names
    for query in (f'who:"{full}"', f"who:{surname}"):
        assert _run(capsys, root, ix, "search", query)["total"] == 2, query
