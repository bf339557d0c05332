"""``facts --json`` (t13r F12, round s30-p): a year closing an aside about a thing, set off by
commas and opened by a past participle ("The bridge, inspected by engineer Hiroshi Tanabe in 2024,
was 62 metres (203 feet) high"), dates what was done to the thing, not the figure of the main
clause: the height is a value. It was dropped as an earlier event's figure whenever the article had
a date (a Markdown article's front matter, a wire's dateline), so the same sentence gave a height in
an undated .txt article and none in the Markdown one. A year that opens the figure's own clause
("In 2019, a fire at the plant injured 40 workers") still names an earlier event."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "t13r_probe4"


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus: Path) -> list[dict]:
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)["facts"]


def _values(facts: list[dict], doc: str) -> list[tuple[str, float]]:
    return [(f["label"], v["value"]) for f in facts for v in f["values"] if v["doc"] == doc]


def test_reported_markdown_article_gives_its_height(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(FIXTURES / "d.md", corpus / "d.md")
    values = _values(_facts(tmp_path, capsys, corpus), "d")
    assert ("height", 62) in values, values


@pytest.mark.parametrize(
    ("name", "text", "label", "value"),
    [
        (
            "a.md",
            "---\ntitle: Dam\noutlet: Balkan Wire\ndate: 2026-05-10\n---\n# The dam\n\n## Facts\n\n"
            "The dam, repaired by Kajimura crews in 2021, was 48 metres (157 feet) high.\n",
            "height",
            48,
        ),
        (
            "b.txt",
            "Tower closed\n\nOSLO, March 4, 2026 (NTB) - The tower, last visited by inspectors in 2023, "
            "was 120 metres high, the city said.\n",
            "height",
            120,
        ),
    ],
)
def test_dated_article_keeps_figure_after_participle_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, label: str, value: float
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / name).write_text(text, encoding="utf-8")
    values = _values(_facts(tmp_path, capsys, corpus), name.rsplit(".", 1)[0])
    assert (label, value) in values, values


def test_year_opening_the_figures_clause_is_still_an_earlier_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Plant fire\n\nLYON, June 3, 2026 (AFP) - Six workers were injured on Tuesday. "
        "In 2019, a fire at the plant injured 40 workers.\n",
        encoding="utf-8",
    )
    values = _values(_facts(tmp_path, capsys, corpus), "a")
    # (an earlier event's count is a row of its own labelled by that event, round s38-x1: t13ae P6)
    assert all(v != 40 or label == "people injured (2019 fire)" for label, v in values), values
    assert ("people injured", 6) in values, values
