"""After an edit of the user's gazetteer, ``entities`` and ``quotes`` recognise again only the
articles the edit can change (issue 15 leftover, s45-p).

Reported: ``entities --json`` after an edit of the user's gazetteer ran the recogniser over every
article, though the index tells which articles the edit can change (``gazetteer_docs``,
``SearchEngine.names_stale``: those writing a word of an entry it adds, removes or changes) and a
sync re-indexes only those. The kept mentions and quotes of every other article were made under
the gazetteer stamp it was indexed with, which no longer matched the files' stamp, so they were
thrown away. The kind: a kept value is read under the stamp its article holds whenever the edit
cannot change that article. Checked as the user meets it: index, edit the file, run the command;
the output must be what recognising every article gives (the edited name present or gone). The
articles are written for this test."""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.gazetteer import Gazetteer
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.tui.cli.main import main

ARTICLES = {
    "harbour": "Harbour talks resume\n\nOfficials met on Tuesday, and zorbanite shipments would resume, Anna Berg said.\n",
    "storm": 'Storm closes coastal road\n\n"The road stays shut," said Pedro Alves, the mayor of Lisbon, on Monday.\n',
    "budget": "Council sets budget\n\nThe council of Porto agreed a budget of 4 million euros on Friday.\n",
}
ZORBANITE = "entities:\n  - {name: Zorbanite Shipping, type: ORG, aliases: [zorbanite]}\n"
OTHER = "entities:\n  - {name: Kelpfield Trust, type: ORG}\n"  # in no article


def _setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gazetteer: str) -> tuple[list[str], Path]:
    """The corpus indexed under ``gazetteer``: the CLI's leading arguments and the user's file."""
    monkeypatch.setattr(Gazetteer, "_default", None)
    monkeypatch.setattr(Recognizer, "_default", None)
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(gazetteer, "utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    with contextlib.redirect_stdout(io.StringIO()):
        assert main([*args, "index"]) == 0
    return args, user


def _edit(user: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    stamp = user.stat().st_mtime_ns
    user.write_text(text, "utf-8")
    os.utime(user, ns=(stamp + 10**9, stamp + 10**9))  # (as an edit a second later: a coarse clock)
    monkeypatch.setattr(Gazetteer, "_default", None)  # (as a new process reads the files)
    monkeypatch.setattr(Recognizer, "_default", None)


def _run(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, object], list[str]]:
    """The command's JSON and the docs the recogniser ran over meanwhile."""
    recognised: list[str] = []
    real = Recognizer.recognize

    def counting(self: Recognizer, article: object, *rest: object) -> object:
        recognised.append(article.doc)  # type: ignore[attr-defined]
        return real(self, article, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(Recognizer, "recognize", counting)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(args) == 0
    monkeypatch.setattr(Recognizer, "recognize", real)
    return json.loads(out.getvalue()), sorted(recognised)


def _names(data: dict[str, object]) -> set[str]:
    return {str(e["name"]) for e in data["entities"]}  # type: ignore[attr-defined, index]


@pytest.mark.parametrize(
    ("before", "after", "zorbanite"),
    [
        (OTHER, ZORBANITE, True),  # reported: a name added, written in one article
        (ZORBANITE, OTHER, False),  # a name removed
    ],
    ids=["name-added", "name-removed"],
)
def test_entities_after_an_edit_recognise_only_the_articles_it_can_change(
    before: str, after: str, zorbanite: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args, user = _setup(tmp_path, monkeypatch, before)
    _edit(user, after, monkeypatch)
    data, recognised = _run([*args, "entities", "--json"], monkeypatch)
    assert recognised == ["harbour"]
    assert ("Zorbanite Shipping" in _names(data)) is zorbanite
    assert {"Anna Berg", "Pedro Alves", "Lisbon", "Porto"} <= _names(data)  # the others' names, read


def test_after_the_sync_neither_entities_nor_quotes_recognise_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args, user = _setup(tmp_path, monkeypatch, OTHER)
    _edit(user, ZORBANITE, monkeypatch)
    with contextlib.redirect_stdout(io.StringIO()):
        assert main([*args, "index"]) == 0  # re-indexes the one article the edit can change
    data, recognised = _run([*args, "entities", "--json"], monkeypatch)
    assert recognised == []
    assert {"Zorbanite Shipping", "Anna Berg", "Pedro Alves"} <= _names(data)
    quotes, recognised = _run([*args, "quotes", "--json"], monkeypatch)
    assert recognised == []
    assert "Pedro Alves" in json.dumps(quotes)
