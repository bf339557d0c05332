"""``facts``: one article's two values of a measure, both still its own (the claim and its
rebuttal, "disputed, between 10 minutes and three hours"), are no change in time: the row lists
them by value, never with an arrow from one to the other (t13at N1 re-tested by t13r, round
s51-f3). Found: ``warning time … → 3 hours (14 Mar 18:05, The Meridian Post) → 25 minutes (14 Mar
18:05, The Meridian Post)``. An article that replaced its own value keeps "first said"."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

_OTHER = (
    "Dam burst\n\nBy Staff · Kellby Herald · 13 March 2026 09:00\n\n"
    "Residents were given 40 minutes of warning before the Velmora dam burst, officials said.\n"
)


def _line(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], label: str) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts"])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = [line for line in out.splitlines() if line.startswith(label + " ")]
    assert len(lines) == 1, out
    return lines[0]


@pytest.mark.parametrize(
    "body",
    [
        # found (web/meridian-post: the operator's claim, the mayor's rebuttal)
        "The company that ran the Velmora dam insisted on Saturday evening that towns downstream had been given"
        " three hours of warning, contradicting the mayor.\n\nBut Mayor Ana Goñi-Olabarria said the first call"
        ' reached the town hall at 03:15. "Twenty-five minutes is not a warning," she said.\n',
        # variants of my own
        "Warning time: disputed, between 10 minutes and three hours. Damage: €1.2 billion.\n",
        "The regional authority said residents had two hours of warning. Villagers in Orsa insisted they were"
        " warned only 15 minutes before the water arrived.\n",
    ],
)
def test_one_articles_two_sides_are_no_change(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> None:
    files = {"a.txt": _OTHER, "b.txt": "Dam dispute\n\nBy Staff · Valley Post · 14 March 2026 18:05\n\n" + body}
    line = _line(tmp_path, capsys, files, "warning time")
    tail = line.split("(13 Mar 09:00, Kellby Herald)", 1)[1]
    assert tail.count("→") <= 1 and " · " in tail, line
