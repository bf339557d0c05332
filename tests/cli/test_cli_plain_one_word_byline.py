"""A byline in another language naming its author by one word, a pen name or a first name, with
its fields after a separator ("Von Sunny | 12.03.2026", "Par Mathilde | Var-Matin", "Por Lucía |
12 de marzo de 2026") is a byline naming that author, never a photo credit nor the article's text,
as "By Kemal | March 12, 2026" is in English (issue #14, round s34-d: a name of two words or more
was needed, "Par Mathilde | Var-Matin" was a photo credit beside its caption and named no
author)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_DE = (
    "Fähre rammt Kaimauer im Hafen von Sassnitz",
    "Eine Fähre hat am Dienstagabend im Hafen von Sassnitz die Kaimauer gerammt, dabei wurden drei Menschen "
    "leicht verletzt, teilte die Polizei mit.\n\nDie Ursache des Unfalls ist noch unklar.",
)
_FR = (
    "Un nouveau rond-point inauguré à Hyères",
    "Le nouveau rond-point de l'avenue de la Mer a été inauguré samedi à Hyères, après deux ans de travaux, a "
    "annoncé la mairie.\n\nLes riverains restent partagés sur le projet.",
)
_ES = (
    "Un incendio obliga a cerrar el puerto de Valencia",
    "Un incendio declarado el martes por la noche en un almacén del puerto de Valencia dejó tres heridos "
    "leves, según los bomberos.\n\nLa policía investiga las causas del fuego.",
)
_EN = (
    "Ferry strikes harbour wall in Halvik",
    "A ferry struck the harbour wall in Halvik on Tuesday evening, injuring three passengers, police said.\n\n"
    "The cause of the collision is not yet known.",
)
# doc → (byline, (headline, body), the author)
TEXTS = {
    "von-date": ("Von Sunny | 12.03.2026", _DE, "Sunny"),
    "von-site": ("Von Sunny | Tarnkappe.info", _DE, "Sunny"),
    "par-paper": ("Par Mathilde | Var-Matin", _FR, "Mathilde"),
    "por-date": ("Por Lucía | 12 de marzo de 2026", _ES, "Lucía"),
    "by-date": ("By Kemal | March 12, 2026", _EN, "Kemal"),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (byline, (headline, body), _) in TEXTS.items():
        (folder / f"{doc}.txt").write_text(f"{headline}\n\n{byline}\n\n{body}\n", encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(TEXTS))
def test_the_line_is_a_byline(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    byline = TEXTS[doc][0]
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    got = [(b["kind"], b["reason"]) for b in out["noise"] if " ".join(b["text"].split()) == byline]
    assert [kind for kind, _ in got] == ["byline"]
    assert got[0][1].startswith("byline")


@pytest.mark.parametrize("doc", list(TEXTS))
def test_it_names_the_author(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    assert main([*corpus, "show", doc, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["author"] == TEXTS[doc][2]
    assert shown["title"] == TEXTS[doc][1][0]
