"""``facts --json`` on the tester's corpora (t13y G4 and G5, round s34-u) and variants of my own: a
place a distance names is compared folded as search folds it, shown in its most written spelling
(accented on a tie), so "north of Pontegrís" and "north of Pontegris" are one row in disagreement;
a length fused before a structure ("The mine's 150-foot headframe") is its height, compared with the
other outlets' "35 metres high"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)["facts"]


def _length_rows(facts: list[dict]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [
        (f["label"], f["status"], sorted((v["doc"], v["text"]) for v in f["values"]))
        for f in facts
        if f["values"][0]["unit"] in ("m", "km", "ft", "mi")
    ]


# t13y repro v4, as the tester wrote it
V4 = {
    "analysis.md": '---\ntitle: "Why San Telmo\'s roof gave way"\noutlet: Mining Review\ndate: 2026-03-10\n---\n\n'
    "The mine lies 40 km north of Pontegrís.\n",
    "live.txt": "San Telmo mine collapse: live updates\n\nLive · Updated 9 March 2026\n\n08.10 GMT\n"
    "A gallery at the San Telmo mine, 40 km north of Pontegrís, collapsed before dawn.\n",
    "tv.txt": "MINE COLLAPSE TRAPS 16\n\nPublished March 9, 2026 at 11:20 a.m.\n\n"
    "The mine is about 19 miles north of Pontegris.\n",
    "wire.txt": "Seventeen miners trapped\n\nPONTEGRIS, Calveira, March 9 (Nordwire) - The mine, run by Ferrocobre "
    "Minera, lies 30 kilometres north of Pontegris.\n",
}
# variants of my own: German umlauts, the accented spelling on one outlet only against two
V4_ZURICH = {
    "a.txt": "Depot fire\n\nBERN, March 9 (Alpha) - The depot lies 60 km east of Zurich.\n",
    "b.txt": "Depot fire\n\nBERN, March 9 (Beta) - The depot is 60 kilometres east of Zurich.\n",
    "c.txt": "Depot fire\n\nBERN, March 9 (Gamma) - The depot, 85 km east of Zürich, burned overnight.\n",
}
V4_MALAGA = {
    "a.txt": "Dam breach\n\nMADRID, March 9 (Alpha) - The reservoir is 45 km north of Málaga.\n",
    "b.txt": "Dam breach\n\nMADRID, March 9 (Beta) - The reservoir lies about 20 miles north of Malaga.\n",
}


@pytest.mark.parametrize(
    ("files", "label", "values"),
    [
        pytest.param(
            V4,
            "distance to Pontegrís",
            [("analysis", "40 km"), ("live", "40 km"), ("tv", "about 19 miles"), ("wire", "30 kilometres")],
            id="reported",
        ),
        pytest.param(
            V4_ZURICH, "distance to Zurich", [("a", "60 km"), ("b", "60 kilometres"), ("c", "85 km")], id="zurich"
        ),
        pytest.param(V4_MALAGA, "distance to Málaga", [("a", "45 km"), ("b", "about 20 miles")], id="malaga_tie"),
    ],
)
def test_a_place_in_two_spellings_is_one_distance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict, label: str, values: list
) -> None:
    rows = _length_rows(_facts(tmp_path, capsys, files))
    assert rows == [(label, "disagree", values)]


# t13y repro v5, as the tester wrote it
V5 = {
    "blog.txt": "The tower over San Telmo\n\nPosted on 9 March 2026 by dagny_h\n\n"
    "The headframe stands 115 feet tall over the shaft.\n",
    "diario.txt": "Rescuers race the clock\n\nBy Sofía Arranz · Calveira Diario · 9 March 2026\n\n"
    "The headframe, 35 metres high, was built in 1987.\n",
    "tv.txt": "MINE COLLAPSE TRAPS 16\n\nPublished March 9, 2026 at 11:20 a.m.\n\n"
    "The mine's 150-foot headframe is a landmark in the valley.\n",
    "wire.txt": "Seventeen miners trapped\n\nPONTEGRIS, Calveira, March 9 (Nordwire) - The mine's 35-metre "
    "headframe can be seen from the town.\n",
}
# variants of my own: the whole story's possessive pronoun; a church's steeple in feet and metres
V5_ITS = {
    "a.txt": "Mine collapse\n\nPONTEGRIS, March 9 (Alpha) - Its 35-metre headframe can be seen from the town.\n",
    "b.txt": "Mine collapse\n\nPONTEGRIS, March 9 (Beta) - Locals say its 150-foot headframe is a landmark.\n",
}
V5_STEEPLE = {
    "a.txt": "Storm damage\n\nLYNDALE, March 9 (Alpha) - The church's 60-metre steeple lost its cross.\n",
    "b.txt": "Storm damage\n\nLYNDALE, March 9 (Beta) - The steeple, 60 metres high, lost its cross.\n",
    "c.txt": "Storm damage\n\nLYNDALE, March 9 (Gamma) - Its 150-foot steeple swayed in the gusts.\n",
}


@pytest.mark.parametrize(
    ("files", "label", "values"),
    [
        pytest.param(
            V5,
            "height of the headframe",
            [("blog", "115 feet"), ("diario", "35 metres"), ("tv", "150-foot"), ("wire", "35-metre")],
            id="reported",
        ),
        pytest.param(V5_ITS, "height of the headframe", [("a", "35-metre"), ("b", "150-foot")], id="its"),
        pytest.param(
            V5_STEEPLE,
            "height of the steeple",
            [("a", "60-metre"), ("b", "60 metres"), ("c", "150-foot")],
            id="steeple",
        ),
    ],
)
def test_a_length_fused_before_a_structure_is_its_height(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict, label: str, values: list
) -> None:
    rows = _length_rows(_facts(tmp_path, capsys, files))
    assert rows == [(label, "disagree", values)]
