"""An argument error is one line on stderr with exit 2, as every error (README), for every
command (acceptance #17 after s13, fault 6): argparse printed its usage lines first."""

from __future__ import annotations

import pytest

from waic_reader.tui.cli.main import main


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["list", "--sort", "bogus"], "waic-reader list: error: argument --sort: invalid choice: 'bogus'"),  # reported
        (["show"], "waic-reader show: error: the following arguments are required: doc"),
        (["frobnicate"], "waic-reader: error: argument COMMAND: invalid choice: 'frobnicate'"),
        (["timeline", "--corpus"], "waic-reader timeline: error: argument --corpus: expected one argument"),
    ],
)
def test_an_argument_error_is_one_line(argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(said)
    assert "usage:" not in captured.err


def test_a_control_character_in_an_argument_stays_on_the_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["list", "--sort", "bo\ngus\x1b[31m"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "\x1b" not in err
