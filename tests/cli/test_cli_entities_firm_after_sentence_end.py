"""A one-word firm is an organisation in its own press release when its name opens a sentence
after another sentence's last word ("… people of Brenzola. Geotekna will pay"), a word read as the
first half of a longer name that made the firm no firm (t13ae P3: "Geotekna" was no entity in its
release); and a firm named by its officers ("chief executive of X", "X's chief executive"), its
release's "About X" heading, "X today announced" or its kind ("Die Firma X", "la société X"), in
English and other languages (t13ae P14). The reported release and variants, run through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_REPORTED = (
    "FOR IMMEDIATE RELEASE\n\n{f} statement on the Brenzola landslide\n\n"
    "CASTELMARRO, 9 November 2026 - {f} expresses its deepest sympathy to the people of Brenzola. {f} will pay "
    "€2,000 to every household whose home was destroyed, and has set aside €1 million for a relief fund.\n\n"
    "{f} widened the SP12 road in 2019 under a permit from the region and followed every approved plan. "
    "{f} is cooperating fully with investigators.\n\n"
    '"Our thoughts are with the families," said Paolo Ruggeri, chief executive of {f}.\n\n'
    "About {f}\n{f} is an engineering group based in Castelmarro with 2,400 employees.\n\n"
    "Media contact: press@{low}.example\n\n###\n"
)
# Other cues, no "is cooperating": the officer, the heading, "today announced".
_OFFICERS = (
    "Statement on the Varnholt bridge closure\n\nVARNHOLT, 2 May 2026 - Traffic stopped on the bridge at Varnholt. "
    "{f} today announced a full inspection of the span.\n\n"
    '"Safety comes first," said Ines Walde, chief executive of {f}.\n\n'
    "About {f}\n{f} builds bridges across the north.\n"
)
_GERMAN = (
    "Erdrutsch in Brenzola: zwölf Tote\n\nBRENZOLA, 9. November 2026 (Alpenkurier) - Bei einem Erdrutsch in dem "
    "Bergdorf Brenzola sind zwölf Menschen ums Leben gekommen. Die Firma {f} steht in der Kritik, weil sie 2019 die "
    "Straße oberhalb des Dorfes verbreitert hat.\n\n"
    '"Wir tun alles, was wir können", sagte Bürgermeisterin Ilaria Ventresca.\n'
)


def _entities(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str) -> list[dict[str, object]]:
    root = tmp_path / "c"
    root.mkdir()
    (root / "release.txt").write_text(text, encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return list(json.loads(out)["entities"])


@pytest.mark.parametrize("text", [_REPORTED, _OFFICERS, _GERMAN], ids=["reported", "officers", "german"])
@pytest.mark.parametrize("firm", ["Geotekna", "Terralvo"])  # the reported firm, then another
def test_a_one_word_firm_is_an_organisation_of_its_own_release(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, firm: str
) -> None:
    entities = _entities(capsys, tmp_path, text.format(f=firm, low=firm.lower()))
    found = [e for e in entities if e["name"] == firm]
    assert [e["type"] for e in found] == ["ORG"], entities


@pytest.mark.parametrize(
    "text",
    [
        "The chairman of Brenzola council said the road was shut. Brenzola lies in a valley.\n",
        "Mr. Castaldi said. The trains ran late. Castaldi said the line was old.\n",
    ],
)
def test_no_firm_from_a_place_or_a_person(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str) -> None:
    entities = _entities(capsys, tmp_path, "Road shut\n\n" + text)
    assert not [e for e in entities if e["type"] == "ORG"], entities
