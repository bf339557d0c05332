"""t13u F5, F6 (s32-e) through the CLI: ``show DOC --json`` gives a table layout's left-out
``<h2>`` as the title (not the ``<title>`` that is the site's name) and the author of its comma
byline, a Spanish page's author without "Por"; ``noise DOC --json`` keeps the headline as content.
The rules and more: tests/analysis/test_noise_title_left_out_heading.py,
test_noise_byline_words_other_languages.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13u_s32e"
SHOWN = {
    "table-layout": ("Stadium crush: steward questioned as death toll reaches seven", "Elena Vidal"),  # reported
    "harbour-table": ("Ferry refloated after grounding off Dalen", "Ivar Nygaard"),  # ours
    "alpine-div": ("Avalanche closes Grauhorn pass for third day", "Martina Keller"),  # ours
    "diario-es": ("Identifican a las víctimas de la avalancha del Monteluz", "Mateo Ruiz"),  # reported
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc in SHOWN:
        shutil.copy(FIXTURES / f"{doc}.html", folder / f"{doc}.html")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(SHOWN))
def test_title_and_author(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    title, author = SHOWN[doc]
    assert main([*corpus, "show", doc, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["title"], shown["author"]) == (title, author)
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    assert [b["kind"] for b in out["content"] if b["text"] == title] == ["title"]
