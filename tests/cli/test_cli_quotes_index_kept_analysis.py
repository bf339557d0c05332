"""`quotes --json` on an indexed corpus takes each article's boilerplate, mentions and language as
the index keeps them (issue 13, round s32-m).

Reported (t13t F3/F5): the Quotes screen's first open, and the ``quotes`` command, read and
analysed every article again (boilerplate split, recogniser, language model). The command now
opens the index on disk as it is (nothing indexed or built) and takes what it keeps for each file
as it is; a file edited since is analysed again, never served stale. The output is the same as
with no index at all.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis import language as language_module
from waic_reader.index.analysis import noise as noise_module
from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    done: list[str] = []
    split, language = noise_module.split_noise, language_module.text_language

    def counted_split(article, *args, **kw):  # type: ignore[no-untyped-def]
        done.append(article.doc)
        return split(article, *args, **kw)

    def counted_language(*args, **kw):  # type: ignore[no-untyped-def]
        done.append("language")
        return language(*args, **kw)

    monkeypatch.setattr(noise_module, "split_noise", counted_split)
    monkeypatch.setattr(language_module, "text_language", counted_language)
    return done


def _quotes(root: Path, index: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(index), "quotes", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.parametrize("fixture", ["quotes_t13t_first_open", "quake", "languages_t13r"])
def test_quotes_on_an_indexed_corpus_analyses_nothing_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str], fixture: str
) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / fixture, root)
    expected = _quotes(root, tmp_path / "no-ix", capsys)  # no index: every article analysed
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "index"]) == 0
    done = _counting(monkeypatch)
    assert _quotes(root, tmp_path / "ix", capsys) == expected
    assert done == []


def test_an_edited_file_gives_its_new_quote(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "quotes_t13t_first_open", root)
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "index"]) == 0
    path = root / "11_ap_wire.txt"
    said = "Harbour pilot Tomasina Velde said the second tug arrived an hour late."
    path.write_text(path.read_text(encoding="utf-8") + f"\n\n{said}\n", encoding="utf-8")
    done = _counting(monkeypatch)
    got = _quotes(root, tmp_path / "ix", capsys)
    assert [d for d in done if d != "language"] == ["11_ap_wire"]
    texts = {q["text"] for sp in got["speakers"] for q in sp["quotes"]}
    assert "the second tug arrived an hour late" in texts
    assert got == _quotes(root, tmp_path / "fresh-ix", capsys)
