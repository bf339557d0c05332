"""``facts`` on the tester's corpora (t13y G3 and G18, round s35-a) and variants of my own: a drill's,
a well's or a tunnel boring machine's progress ("had reached a depth of 310 metres", "The drill is at
120 metres") is a fact of its own, never a value of the story's depth (a false DISAGREE, Nordwire in
the row twice); a size fused before a bore ("a 60-centimetre rescue shaft") is its width, compared
with "24 inches wide"; a distance from "the main shaft" is labelled by the whole noun phrase."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *extra: str) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _rows(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict[str, dict]:
    facts = json.loads(_run(tmp_path, capsys, files, "--json"))["facts"]
    rows: dict[str, dict] = {}
    for f in facts:
        assert f["label"] not in rows, f["label"]  # one row per label here
        rows[f["label"]] = f
    return rows


def _values(row: dict) -> list[tuple[str, str]]:
    return sorted((v["doc"], v["text"]) for v in row["values"])


# t13y repro v3 (reported), copied as it is
V3 = {
    "analysis.md": (
        "---\n"
        'title: "Why San Telmo\'s roof gave way"\n'
        "outlet: Mining Review\n"
        "date: 2026-03-10\n"
        "---\n"
        "\n"
        "The collapse at [San Telmo](https://example.org/san-telmo) trapped **17 miners** at a depth of 0.42 km.\n"
        "\n"
        "| Figure | Value |\n"
        "|---|---|\n"
        "| Depth of the refuge chamber | 420 m |\n"
        "| Rescue shaft width | 60 cm |\n"
    ),
    "diario.txt": (
        "Rescuers race the clock at San Telmo\n"
        "\n"
        "By Sofía Arranz · Calveira Diario · 9 March 2026\n"
        "\n"
        "The trapped miners of San Telmo are 420 metres below ground. Ríos said the rescue shaft, 24 inches wide, "
        "would take at least two days to finish.\n"
    ),
    "live.txt": (
        "San Telmo mine collapse: live updates\n"
        "\n"
        "Live · Updated 9 March 2026\n"
        "\n"
        "9 March 2026\n"
        "\n"
        "21.40 GMT\n"
        "The drill has reached 340 metres, Ángela Ríos said. The trapped men are at about 1,380 feet below the surface.\n"
        "\n"
        "11.30 GMT\n"
        '"It is a race against time," said rescue chief Ángela Ríos. The drill is at 120 metres.\n'
    ),
    "wire.txt": (
        "Rescuers drill towards 17 trapped miners\n"
        "\n"
        "PONTEGRIS, Calveira, March 9 (Nordwire) - Seventeen miners were trapped 420 metres underground on Monday. "
        "Rescuers drilling a 60-centimetre rescue shaft had reached a depth of 310 metres by Monday evening, rescue "
        "chief Ángela Ríos said.\n"
    ),
}


def test_reported_depth_agrees_and_the_drill_is_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(tmp_path, capsys, V3)
    depth = rows["depth"]
    assert depth["status"] == "agree"
    assert _values(depth) == [
        ("analysis", "0.42 km"),
        ("diario", "420 metres"),
        ("live", "about 1,380 feet"),
        ("wire", "420 metres"),
    ]
    drill = rows["depth reached by the drill"]
    # the live blog's latest entry is its value, its 11.30 entry what it said first
    assert _values(drill) == [("live", "340 metres"), ("wire", "310 metres")]
    (live,) = [v for v in drill["values"] if v["doc"] == "live"]
    assert [e["text"] for e in live["superseded"]] == ["120 metres"]
    width = rows["width of the shaft"]
    assert width["status"] == "agree"
    # (the Markdown table's "Rescue shaft width | 60 cm" is another rule's: not asserted here)
    assert {("diario", "24 inches"), ("wire", "60-centimetre")} <= set(_values(width))


def test_reported_text_row_names_each_source_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(tmp_path, capsys, V3)
    (depth,) = [line for line in out.splitlines() if line.startswith("depth  ")]
    assert " agree " in depth and "→" not in depth and "310" not in depth, depth
    assert depth.count("Nordwire") == 1, depth


# Variant: an oil well's relief drilling and a tunnel boring machine, as wires and a blog
WELL_TUNNEL = {
    "a.txt": "Relief well\n\nHOUSTON, March 9 (Nordwire) - The blown-out well is 5,500 metres deep. The relief well's "
    "drill bit has reached 3,600 metres, the company said.\n",
    "b.txt": "Relief well\n\nHOUSTON, March 10 (Courier) - The original well is 18,000 feet deep. Drilling on the "
    "relief well had reached 11,800 feet by Sunday.\n",
    "c.txt": "Tunnel\n\nBy Pia Lund · Valley Times · 9 March 2026\n\nEngineers said the tunnel boring machine had "
    "reached 800 metres by Friday. The tunnel will be 5 km long.\n",
    "d.txt": "Tunnel\n\nBy Ola Berg · Mountain Post · 12 March 2026\n\nThe boring machine has advanced 1,100 metres, "
    "officials said. The new tunnel, 5 kilometres long, opens in 2028.\n",
}


def test_well_and_tunnel_progress_are_facts_of_their_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(tmp_path, capsys, WELL_TUNNEL)
    assert rows["depth of the well"]["status"] == "agree"
    assert _values(rows["depth of the well"]) == [("a", "5,500 metres"), ("b", "18,000 feet")]
    assert rows["depth reached by the drill"]["status"] == "agree"
    assert _values(rows["depth reached by the drill"]) == [("a", "3,600 metres"), ("b", "11,800 feet")]
    assert _values(rows["length of the tunnel"]) == [("c", "5 km"), ("d", "5 kilometres")]
    assert _values(rows["distance reached by the tunnel"]) == [("c", "800 metres"), ("d", "1,100 metres")]
    assert not any(label.startswith("length (") for label in rows), list(rows)


# t13y repro v18 (reported), copied as it is
V18 = {
    "a.txt": "Trapped miners\n\nPONTEGRIS, Calveira, March 9 (Nordwire) - The men are trapped 420 metres underground, "
    "about 2 km from the main shaft.\n",
    "b.txt": "Trapped miners\n\nPublished March 9, 2026 at 11:20 a.m.\n\nThe men are 1,380 feet down, some 1.2 miles "
    "from the main shaft.\n",
    "c.txt": "Trapped miners\n\nBy Sofía Arranz · Calveira Diario · 9 March 2026\n\nThe refuge chamber is 3 km from "
    "the main shaft and 420 metres deep.\n",
    "d.txt": "Trapped miners\n\nPosted on 9 March 2026 by pia\n\nThe refuge lies at a depth of 0.26 miles, two "
    "kilometres from the main shaft.\n",
}


def test_reported_distance_label_is_the_main_shaft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(tmp_path, capsys, V18)
    assert "distance to main" not in rows
    assert _values(rows["distance to the main shaft"]) == [
        ("a", "about 2 km"),
        ("b", "some 1.2 miles"),
        ("c", "3 km"),
        ("d", "two kilometres"),
    ]
    assert rows["depth"]["status"] == "agree"
