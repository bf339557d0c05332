"""``facts --json`` and ``timeline --json`` on a live blog whose middle entry names its count by its
subject (issue #16, round s35-u; t13z H16, repro v20): "The number of diverted ambulances has risen
to 65, a trust spokesperson said." gave no figure, so the blog's count read 40 → 80. It reads
40 → 65 → 80, one row *ambulances diverted*; and the wire's "Three other miners were killed" (t13y
G6) is a count of miners, the toll the live blog's "three miners" agrees with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

_HEAD = "---\noutlet: The Daily Ledger\ndate: 2026-03-12\n---\n# Hospital cyber-attack: live updates\n\n"


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *args: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    ("middle", "label"),
    [
        # found (t13z H16)
        ("The number of diverted ambulances has risen to 65, a trust spokesperson said.", "ambulances diverted"),
        # variants of my own: a count named by its kind word, the things alone
        ("The diverted-ambulance tally now stands at 65, the trust said.", "ambulances diverted"),
        ("The trust said the ambulance count had reached 65.", "ambulances diverted"),
    ],
)
def test_the_blogs_count_reads_40_65_80(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], middle: str, label: str
) -> None:
    blog = (
        f"{_HEAD}09.45 GMT\nThe trust now says 40 ambulances have been diverted so far.\n\n"
        f"12.30 GMT\n{middle}\n\n"
        "17.55 GMT\nThe trust says 80 ambulances have now been diverted.\n"
    )
    facts = _run(tmp_path, capsys, {"live.md": blog}, "facts")
    [row] = [f for f in facts["facts"] if f["label"] == label]
    assert [(v["value"], [e["value"] for e in v["superseded"]]) for v in row["values"]] == [(80, [40, 65])]
    timeline = _run(tmp_path, capsys, {"live.md": blog}, "timeline")
    steps = [(c["value"], c["date"]) for c in timeline["changes"][label]]
    # (the entries' "GMT" kept: t13af N10, round s38-y2)
    assert steps == [
        ("40", "2026-03-12T09:45+00:00"),
        ("65", "2026-03-12T12:30+00:00"),
        ("80", "2026-03-12T17:55+00:00"),
    ]


def test_another_noun_and_verb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a variant of my own: operations cancelled, the middle value a fall of the number
    blog = (
        f"{_HEAD}10.00 GMT\nAbout 120 operations were cancelled on Monday.\n\n"
        "13.00 GMT\nThe number of cancelled operations fell to 90 after two theatres reopened.\n"
    )
    facts = _run(tmp_path, capsys, {"live.md": blog}, "facts")
    [row] = [f for f in facts["facts"] if f["label"] == "operations cancelled"]
    assert [(v["value"], [e["value"] for e in v["superseded"]]) for v in row["values"]] == [(90, [120])]


def test_other_miners_are_the_tolls_miners(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # t13y G6: "Three other miners" was "3 people" beside the live blog's "3 miners"
    files = {
        "wire.md": "---\noutlet: Nordwire\ndate: 2026-03-09\n---\n# Mine collapse\n\n"
        "Three other miners were killed in the collapse, officials said.\n",
        "live.md": "---\noutlet: Mining Live\ndate: 2026-03-09\n---\n# Mine collapse: live\n\n"
        "Officials now say three miners died in the collapse.\n",
    }
    facts = _run(tmp_path, capsys, files, "facts")
    [row] = [f for f in facts["facts"] if f["label"] == "death toll"]
    assert (row["status"], sorted((v["doc"], v["unit"]) for v in row["values"])) == (
        "agree",
        [("live", "miners"), ("wire", "miners")],
    )
