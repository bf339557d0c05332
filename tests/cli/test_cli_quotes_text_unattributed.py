"""Issue #13, round s32-j: the text output of ``quotes`` listed the attributed speakers' statements
only, where ``--json`` (``unattributed``) and the Quotes screen (its last row, "Unattributed") also
give the quotes no speaker is found for. Now an "Unattributed" section after the speakers lists each
such quote with its outlet and text, control characters shown as stand-ins as everywhere in the
CLI. The reported form (a body the article names no one of, "The regional council, however, said")
and two variants of our own (an unnamed group with control characters in its words, an article
whose only quote has no speaker)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ARTICLES = {
    # reported: the council is named by no one
    "dam.txt": (
        "Dam plan shelved\n\n"
        'The regional council, however, said "the dam will not be built this year."\n\n'
        '"We are ready to help," said Mayor Ilse Brandt.\n'
    ),
    # variant: an unnamed group, a bell and an escape sequence in the quote
    "harbour.txt": (
        "Harbour closed\n\n"
        'Harbour officials said "no ship may leave before Friday \x07 at the \x1b[31mearliest."\n\n'
        '"It was a hard week," said Tomas Rivera, a fisherman.\n'
    ),
    # variant: the article's one quote has no speaker
    "roads.txt": 'Storm news\n\n"The roads out of Velden are closed," police said on Sunday.\n',
}

SAID = {
    "reported": ("dam", "the dam will not be built this year"),
    "control-characters": ("harbour", "no ship may leave before Friday ␇ at the ␛[31mearliest"),
    "no-speaker-at-all": ("roads", "The roads out of Velden are closed"),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("unattributed_quotes")
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


def section(out: str) -> list[str]:
    """The lines of the text output's "Unattributed" section, its header first."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Unattributed"))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].strip()), len(lines))
    return lines[start:end]


@pytest.mark.parametrize(("doc", "said"), list(SAID.values()), ids=list(SAID))
def test_each_unattributed_quote_is_listed_with_its_outlet(
    capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path], doc: str, said: str
) -> None:
    out = run(capsys, corpus)
    rows = [line.split() for line in section(out)[1:]]
    assert [doc, "direct", *said.split()] in rows, out
    assert "\x07" not in out and "\x1b" not in out  # control characters as stand-ins only


def test_the_section_follows_the_speakers_and_matches_json(
    capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path]
) -> None:
    listed = json.loads(run(capsys, corpus, "--json"))["unattributed"]
    out = run(capsys, corpus)
    head, *rows = section(out)
    assert head == "Unattributed (no speaker found): 3 statements  ·  dam 1, harbour 1, roads 1", out
    assert len(rows) == len(listed) == 3
    # after every attributed speaker's statements
    assert out.index("Ilse Brandt") < out.index("Unattributed") and out.index("Tomas Rivera") < out.index(
        "Unattributed"
    )
