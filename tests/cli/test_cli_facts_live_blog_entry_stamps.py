"""``facts --json`` and ``timeline --json`` on the tester's mine corpus (t13o F2, round s29-f;
tests/fixtures/facts_s29f_mine): the Andes Live blog, written newest first with its entries'
stamps opening their paragraphs ("21:40 - Officials now say 7 miners have died." … "18:15 - The
death toll rises to 5" … "08:05 - Three people are confirmed dead"), showed 5 (first said 7) and 3,
both at the article's one time, as if its toll fell. Its value is now its latest entry's, 7, first
said 3 (08:05) then 5 (18:15), each at its entry's time; AFP's own count before the officials'
later toll ("AFP counted 4 bodies …, but officials later said the toll was 5") is what it said first."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s29f_mine"


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str, extra: dict[str, str] | None = None) -> dict:
    corpus = tmp_path / "c"
    if not corpus.exists():
        shutil.copytree(FIXTURES, corpus)
    for name, text in (extra or {}).items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _toll(data: dict, doc: str) -> list[tuple[object, str, list[tuple[object, str]]]]:
    [toll] = [f for f in data["facts"] if f["label"] == "death toll"]
    return [
        (v["value"], v["date"], [(e["value"], e["date"]) for e in v["superseded"]])
        for v in toll["values"]
        if v["doc"] == doc
    ]


def test_the_blogs_latest_entry_is_its_toll(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _run(tmp_path, capsys, "facts")
    assert _toll(data, "liveblog") == [
        (7, "2025-06-03T21:40-05:00", [(3, "2025-06-03T08:05-05:00"), (5, "2025-06-03T18:15-05:00")])
    ]
    assert [(v, s) for v, _d, s in _toll(data, "afp-night")] == [(5, [(4, "2025-06-03T23:00-05:00")])]
    timeline = _run(tmp_path, capsys, "timeline")
    # The blog's "7 miners" are the dead every outlet counts (a death toll counts people whatever
    # noun names them, t13y G6, round s35-b; the sheet had listed the kinds apart, round s30-b),
    # so the timeline follows one toll: the blog's 3 at its entry's time, the AP's 5, the blog's 7
    toll = [(c["value"], c["doc"]) for c in timeline["changes"]["death toll"]]
    assert toll[:3] == [("3", "liveblog"), ("5", "ap-update"), ("7", "liveblog")], toll
    assert "death toll · miners" not in timeline["changes"]


@pytest.mark.parametrize(
    ("name", "date", "body", "want"),
    [
        # variants of my own: oldest first, bold stamps; newest first, stamps in brackets
        (
            "radio.md",
            "2025-06-04T09:30:00-05:00",
            "**06:10** Radio Ancash hears that six miners have died.\n\n"
            "**09:30** Eight workers are now confirmed dead, the prefect says.\n",
            [(8, "2025-06-04T09:30-05:00", [(6, "2025-06-04T06:10-05:00")])],
        ),
        (
            "tv.md",
            "2025-06-04T12:00:00-05:00",
            "(11:50) The toll now stands at 9, officials say.\n\n(10:05) Police say 8 miners were killed.\n",
            [(9, "2025-06-04T11:50-05:00", [(8, "2025-06-04T10:05-05:00")])],
        ),
    ],
)
def test_variants(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, date: str, body: str, want: list
) -> None:
    text = f"---\noutlet: Local\ndate: {date}\n---\n# Live: mine collapse\n\n{body}"
    data = _run(tmp_path, capsys, "facts", extra={name: text})
    assert _toll(data, name.split(".", maxsplit=1)[0]) == want
