"""t13u F6, F7, F12 (s32-e) through the CLI ``noise DOC --json``: a Spanish page's list under "Las
víctimas eran:" is content; "Iniciar sesión Suscríbete" is navigation, "このニュースをシェアする" a
share row, the Spanish byline a byline; the local paper's masthead "Cordaleza Herald" over its
headline navigation. Each with a variant of ours; the rules and more in
tests/analysis/test_noise_introduced_list_any_language.py, test_noise_page_links_one_space.py,
test_noise_byline_words_other_languages.py, test_noise_masthead_newspaper.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13u_s32e"

# doc → (file, replaced, by, [(line, "content" or its noise kind)])
CASES: dict[str, tuple[str, str | None, str | None, list[tuple[str, str]]]] = {
    "diario-es": (
        "diario-es.html",
        None,
        None,
        [("Daniel Ruiz, 16 años", "content"), ("José Luis Ortega, 58 años", "content")],
    ),
    "diario-pt": (
        "diario-es.html",
        "<p>Las víctimas eran:</p>\n<p>Daniel Ruiz, 16 años<br>Ana Beltrán, 41 años<br>José Luis Ortega, 58 años</p>",
        "<p>As vítimas eram:</p>\n<p>Daniel Ruiz, 16 anos<br>Ana Beltrán, 41 anos<br>José Luis Ortega, 58 anos</p>",
        [("Daniel Ruiz, 16 anos", "content"), ("Ana Beltrán, 41 anos", "content")],
    ),
    "elcomercio-es": (
        "elcomercio-es.txt",
        None,
        None,
        [
            ("Iniciar sesión Suscríbete", "navigation"),
            ("Por Lucía Fernández | El Comercio del Norte | 4 de junio de 2026, 08:30", "byline"),
        ],
    ),
    "elcomercio-it": (
        "elcomercio-es.txt",
        "Iniciar sesión Suscríbete",
        "Accedi Abbonati",
        [("Accedi Abbonati", "navigation")],
    ),
    "nhk-ja": ("nhk-ja.txt", None, None, [("このニュースをシェアする", "call-to-action")]),
    "nhk-video": (
        "nhk-ja.txt",
        "このニュースをシェアする",
        "この動画をシェアする",
        [("この動画をシェアする", "call-to-action")],
    ),
    "herald-local": ("herald-local.txt", None, None, [("Cordaleza Herald", "navigation")]),
    "zeitung-local": (  # (the body names the town and "the Zeitung", as the reported one "the Herald")
        "herald-local.txt",
        "Herald",
        "Zeitung",
        [("Cordaleza Zeitung", "navigation")],
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (name, old, new, _lines) in CASES.items():
        target = folder / f"{doc}{Path(name).suffix}"
        if old is None or new is None:
            shutil.copy(FIXTURES / name, target)
        else:
            text = (FIXTURES / name).read_text("utf-8")
            assert old in text
            target.write_text(text.replace(old, new), encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(CASES))
def test_the_page_parts(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    got = {b["text"]: "content" for b in out["content"]} | {b["text"]: b["kind"] for b in out["noise"]}
    for line, kind in CASES[doc][3]:
        assert got.get(line) == kind, (line, got)
