"""``search`` of a hyphenated word whose last part is a prefix (acceptance t13ad N22).

Reported: ``waic-reader search 'take-o*'``, ``'Ruiz-Cal*'`` and ``'mum-of-t*'`` found nothing
(read whole, "take-o" is no indexed word's start: the index holds the parts). The word's parts
in that order, the last a prefix of the word after the others, find the articles holding such a
word, lit on the whole word. The reported input (repro/hy, shortened) and variants of our own:
a Spanish compound ("hispano-argentino") and a number word ("twenty-five")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ARTICLES = {
    "nordwire-0303": "Nordair jet makes emergency landing\n\nSTAVENHOLM, March 3, 2026 (Nordwire) - One of its "
    "engines caught fire shortly after take-off, the airline said.\n",
    # "take" and "Officer" apart: the article the app ranked first
    "gazette-page": 'Passengers describe fire\n\n"She saved lives today," Chief Officer Tove Rask said. The '
    "investigation could take up to 18 months.\n",
    "diario-es": "Aterrizaje de emergencia\n\nPor Inés Ruiz-Calderón | 3 de marzo de 2026\n\nUn avión de "
    "Nordair aterrizó de emergencia. El piloto hispano-argentino habló con la prensa.\n",
    "juicio": "Juicio\n\nEl juez Ruiz habló con el alcalde de Calderón; un argentino y un hispano lo vieron.\n",
    "mum": "Survivor\n\nA mum-of-three and twenty-five other passengers left by the slides.\n",
    "apart": "School\n\nHis mum said three of the twenty pupils were five minutes late.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / f"{name}.txt").write_text(text, "utf-8")
    return root


def search(corpus: Path, tmp_path: Path, query: str, capsys: pytest.CaptureFixture[str]) -> dict[str, list[str]]:
    """Each hit's lit words, read from ``show --json``'s text."""
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    assert main([*args, "search", query, "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["total"] == len(got["hits"])
    out = {}
    for hit in got["hits"]:
        assert main([*args, "show", hit["doc"], "--json"]) == 0
        text = json.loads(capsys.readouterr().out)["text"]
        out[hit["doc"]] = [text[a:b] for a, b in hit["spans"]]
    return out


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("take-o*", {"nordwire-0303": ["take-off"]}),
        ("Ruiz-Cal*", {"diario-es": ["Ruiz-Calderón"]}),
        ("mum-of-t*", {"mum": ["mum-of-three"]}),
        ("hispano-arg*", {"diario-es": ["hispano-argentino"]}),
        ("twenty-fi*", {"mum": ["twenty-five"]}),
    ],
)
def test_a_hyphenated_prefix_finds_the_word_whole(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str, want: dict[str, list[str]]
) -> None:
    assert search(corpus, tmp_path, query, capsys) == want
