"""``facts --json``: rows a reader can tell apart (t13w F5, round s33-j). The tester's radius ("within
a 3 km radius", "a three kilometre zone") and distance ("heard up to 15 kilometres away") were two
rows both labelled ``length (km)``; "who lives two streets from the plant" was ``streets killed``;
"treated for injuries" a row ``people treated`` beside ``people injured``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

REPORTED = {
    "nordwire.txt": "Blast at Kalvik chemical plant kills three\n\nKALVIK, March 14 (Nordwire) - An explosion ripped "
    "through the Veltmark Chemicals plant in Kalvik early on Saturday, killing three workers and injuring at least 40 "
    "people, the regional fire service said.\n\nThe blast was heard up to 15 kilometres (9 miles) away and shattered "
    'windows across the harbour district, residents said.\n\n"We heard a huge bang," said Lena Holt, who lives two '
    "streets from the plant.\n\nAbout 2,000 residents were evacuated from homes within a 3 km radius as a precaution, "
    "police said.\n",
    "klv.txt": "Kalvik explosion: what we know\n\nBy Nils Okafor · KLV News 7 · 14 March 2026\n\nFive people have died "
    "after a blast at the Veltmark Chemicals plant. Windows were broken up to 15 km away, the fire chief said. About "
    "two thousand residents were evacuated from a three kilometre zone around the site. Forty-two people were treated "
    "for injuries.\n",
}
# variants of my own: another story, miles, a cordon, blocks, wounds
VARIANT = {
    "a.txt": "Depot fire in Marlow\n\nMARLOW, June 2 (Nordwire) - Smoke from the depot fire could be seen 30 miles "
    'away, officials said. Police set up a 2 mile cordon around the depot. "It shook the house," said Omar Diaz, '
    "who lives three blocks away from the depot. Nine firefighters were treated for their wounds. Twelve people "
    "were injured.\n",
    "b.txt": "Marlow depot blaze\n\nBy Ruth Ames · Marlow Echo · 2 June 2026\n\nThe smoke was visible 30 miles "
    "away. Roads inside a two-mile cordon were closed. Twelve people were hurt in the blaze.\n",
}


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)["facts"]


@pytest.mark.parametrize(
    ("files", "want", "gone", "treated"),
    [
        pytest.param(
            REPORTED,
            {"evacuation radius": [3, 3], "distance": [15, 15]},
            {"length (km)", "streets killed", "people treated"},
            42,
            id="reported",
        ),
        pytest.param(
            VARIANT,
            {"radius": [2, 2], "distance": [30, 30]},
            {"length (mi)", "blocks killed", "firefighters treated"},
            9,
            id="variant",
        ),
    ],
)
def test_rows_apart(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    want: dict,
    gone: set[str],
    treated: int,
) -> None:
    facts = _facts(tmp_path, capsys, files)
    labels = [f["label"] for f in facts]
    assert len(labels) == len(set(labels)), labels  # no two rows share a label
    got = {f["label"]: [v["value"] for v in f["values"]] for f in facts}
    for label, values in want.items():
        assert got.get(label) == values, got
    assert not gone & set(labels), labels
    assert treated in got.get("people injured", []), got  # the treated for injuries are the injured
