"""t13t F4: the text output of ``quotes`` printed a direct quote split by its cue whole, cue and all
(`Our thoughts are with the families," said chief executive Ignacio Varela. "We will cooper…`),
where ``--json``'s ``text``, the Quotes screen and ``--markdown`` give its quoted parts joined by
" … ". The reported sentence and two variants of our own (a cue with a title, a Markdown article)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ARTICLES = {
    # reported (t13t's 05_press_release.txt)
    "release.txt": (
        "Naviera Austral statement on the Santa Rosalia fire\n\n"
        '"Our thoughts are with the families," said chief executive Ignacio Varela. '
        '"We will cooperate fully with the authorities."\n'
    ),
    # variants: a cue after the first part with a title and a place, and a Markdown article
    "wire.txt": (
        "Ferry operator pledges inquiry\n\n"
        '"The ship was inspected in May," harbour master Tomasa Leiva told reporters in Valparaiso. '
        '"Nothing was found wrong with it."\n'
    ),
    "blog.md": (
        "# Fire on the *Santa Rosalia*\n\n"
        '"We saw the smoke first," **Ana Ruiz**, a passenger, said. "Then the alarms went."\n'
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("split_quotes")
    folder = root / "c"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    return folder, root / "index"


def run(capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path], *extra: str) -> str:
    folder, ix = corpus
    capsys.readouterr()
    assert main(["--corpus", str(folder), "--index-dir", str(ix), "quotes", *extra]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("first", "second", "cue"),
    [
        ("Our thoughts are with the families", "We will cooperate fully with the authorities", "Varela"),
        ("The ship was inspected in May", "Nothing was found wrong with it", "told reporters"),
        ("We saw the smoke first", "Then the alarms went", "a passenger"),
    ],
    ids=["reported", "title-and-place", "markdown"],
)
def test_the_text_output_gives_a_split_quote_as_its_parts(
    capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path], first: str, second: str, cue: str
) -> None:
    data = json.loads(run(capsys, corpus, "--json"))
    quotes = [q for s in data["speakers"] for q in s["quotes"]] + data["unattributed"]
    [quote] = [q for q in quotes if q["text"].startswith(first)]
    assert "parts" in quote and quote["text"] == f"{first} … {second}"
    lines = [line for line in run(capsys, corpus).splitlines() if first in line]
    assert lines, "the quote is listed"
    for line in lines:
        assert f"{first} … {second}" in line, line
        assert cue not in line.split("direct", 1)[1], line  # the cue is never inside the quoted words
