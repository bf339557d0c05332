"""``quotes`` text output names two articles of one outlet apart, as the fact sheet and the
Quotes screen do (t13k F10: "Hope Dahl (Person): 2 statements · Hallvik Avis 1, Hallvik Avis 1"),
and cuts a long source name with "…" (it was cut bare: "Ministry of Justic")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def test_one_outlets_articles_are_told_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    (corpus / "wire").mkdir(parents=True)
    (corpus / "wire" / "a.txt").write_text("Fire\n\nHope Dahl said the fire was out.\n", encoding="utf-8")
    (corpus / "wire" / "b.txt").write_text("Fire 2\n\nHope Dahl said the crews went home.\n", encoding="utf-8")
    (corpus / "c.txt").write_text("Fire 3\n\nHope Dahl said the road was open.\n", encoding="utf-8")
    (corpus / "corpus.yaml").write_text(
        "articles:\n  wire/a.txt: {outlet: Hallvik Avis}\n  wire/b.txt: {outlet: Hallvik Avis}\n"
        "  c.txt: {outlet: Ministry of Justice and Public Security}\n",
        encoding="utf-8",
    )
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes"])
    out, err = capsys.readouterr()
    assert code == 0, err
    head = out.splitlines()[0]
    assert "Hallvik Avis (wire/a) 1" in head and "Hallvik Avis (wire/b) 1" in head, head
    assert "Ministry of Justice and Public Security 1" in head, head
    rows = [line for line in out.splitlines() if line.startswith("    ")]
    assert any(line[4:22].startswith("Minis") and "…" in line[4:22] for line in rows), rows
