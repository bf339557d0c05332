"""`compare`'s text output shows a control character inside a line by the stand-in `show` prints
(t13at N13: "Control\\x08chars\\x0bhere." came out as "Control␈chars here." from `compare`, the
vertical tab read as a space by the one-line form, while `show` printed "Control␈chars␋here.").
The reported vertical tab, a form feed and an information separator (U+001F), each in a sentence
only one article has. Each must appear in `compare` exactly as `show` prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.text import one_line
from waic_reader.tui.cli.main import main

OTHER = (
    "Harbour crane collapses in Velby storm\n\n"
    "VELBY, June 2 (Nordwire) - A harbour crane collapsed in a storm on Tuesday, the port authority said.\n"
)


def article(sentence: str) -> str:
    return (
        "Crane falls at Velby port\n\n"
        "A crane fell at the Velby port during Tuesday's storm, the port authority said.\n\n"
        f"{sentence}\n"
    )


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Control\x08chars\x0bhere.", "Control␈chars␋here."),  # the reported line
        ("Dock\x0cworkers left the quay before noon.", "Dock␌workers left the quay before noon."),
        ("The\x1fwinch operator was unhurt, staff said.", "The␟winch operator was unhurt, staff said."),
    ],
)
def test_compare_shows_controls_as_show_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str, shown: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "hostile.txt").write_text(article(sentence), "utf-8")
    (root / "wire.txt").write_text(OTHER, "utf-8")
    ix = str(tmp_path / "ix")
    assert main(["show", "hostile", "--corpus", str(root), "--index-dir", ix]) == 0
    assert shown in capsys.readouterr().out
    assert main(["compare", "hostile", "wire", "--corpus", str(root), "--index-dir", ix]) == 0
    out = capsys.readouterr().out
    assert shown in out, out


def test_one_line_keeps_controls_and_collapses_spaces() -> None:
    assert one_line(" a\t b\n\nc\u3000d\u00a0 ") == "a b c d"
    assert one_line("a\x0bb\x0c c\x1fd\u2028e") == "a\x0bb\x0c c\x1fd\u2028e"
