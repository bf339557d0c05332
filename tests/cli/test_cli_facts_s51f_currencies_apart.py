"""``facts`` (text) draws no arrow from an amount in one currency to one in another (round s51-f: the
ransomware tester's "$5 million → 75 BTC"): the bitcoin amount is listed apart, unconverted."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def test_bitcoin_ransom_listed_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    files = {
        "a.txt": "Hospital hack\n\nThe hackers demanded a ransom of $4.5 million, or about 75 bitcoin, police said.\n",
        "b.txt": "Ransom\n\nThe attackers demanded a ransom of $5 million, the hospital said.\n",
        "c.txt": "Gang\n\nThe gang demanded a ransom of 75 bitcoin, the hospital said.\n",
    }
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts"])
    out, err = capsys.readouterr()
    assert code == 0, err
    [line] = [ln for ln in out.splitlines() if "BTC" in ln]
    assert "→ 75 BTC" not in line and "75 BTC →" not in line
    assert "$4.5 million" in line and "→ $5 million" in line
