"""The timeline follows an edit of the user's gazetteer (issue 13/15 leftover, s45-p).

Reported (found while profiling the first `t`): the timeline keeps what it needs of each article
in the index folder (``timeline.json``), keyed by the article's file, ``corpus.yaml`` fields and
marks, not by the gazetteer its names came from. After the user added, removed or changed an
entry of ``gazetteer.yaml``, every later timeline (the app's `t`, ``waic-reader timeline``) still
showed the names as the old file gave them, for good, though the index had re-indexed the
articles the edit can change. The kind: a kept timeline entry is dropped when an edit since can
change its article's names (``SearchEngine.names_stale``, as the listing's rows are), and the
index's row of such an article is not read either until a sync re-indexed it; every other article
is still read from what is kept, not analysed again. The articles are written for this test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.gazetteer import Gazetteer
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "harbour": "Harbour talks resume\n\nOfficials met on Tuesday, and zorbanite shipments would resume, Anna Berg said.\n",
    "storm": "Storm closes coastal road\n\nA storm closed the road near Lisbon on Monday, Pedro Alves said.\n",
    "budget": "Council sets budget\n\nThe council of Porto agreed its budget on Friday.\n",
}
ZORBANITE = "entities:\n  - {name: Zorbanite Shipping, type: ORG, aliases: [zorbanite]}\n"
OTHER = "entities:\n  - {name: Kelpfield Trust, type: ORG}\n"  # in no article


def _fresh_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Gazetteer, "_default", None)  # (as a new process reads the files)
    monkeypatch.setattr(Recognizer, "_default", None)


def _edit(user: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    stamp = user.stat().st_mtime_ns
    user.write_text(text, "utf-8")
    os.utime(user, ns=(stamp + 10**9, stamp + 10**9))  # (as an edit a second later: a coarse clock)
    _fresh_gazetteer(monkeypatch)


def _recognised(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The docs the recogniser runs over from now on."""
    seen: list[str] = []
    real = Recognizer.recognize

    def counting(self: Recognizer, article: object, *rest: object) -> object:
        seen.append(article.doc)  # type: ignore[attr-defined]
        return real(self, article, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(Recognizer, "recognize", counting)
    return seen


@pytest.mark.parametrize(
    ("before", "after", "sync", "shown"),
    [
        (OTHER, ZORBANITE, True, True),  # reported: a name added; the index synced, as the app does
        (ZORBANITE, OTHER, True, False),  # a name removed
        (OTHER, ZORBANITE, False, True),  # no sync: `waic-reader timeline` opens the index as it is
    ],
    ids=["added-synced", "removed-synced", "added-not-synced"],
)
def test_the_timeline_shows_the_names_of_the_edited_gazetteer(
    before: str, after: str, sync: bool, shown: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh_gazetteer(monkeypatch)
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(before, "utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    index = tmp_path / "index"
    ws = Workspace(corpus, index)
    ws.ensure_index()
    assert ("Zorbanite Shipping" in ws.timeline().subjects) is not shown  # what the folder keeps
    _edit(user, after, monkeypatch)
    if sync:
        Workspace(corpus, index).ensure_index()  # re-indexes the one article the edit can change
    recognised = _recognised(monkeypatch)
    got = Workspace(corpus, index).timeline()
    assert ("Zorbanite Shipping" in got.subjects) is shown
    assert {"Anna Berg", "Pedro Alves"} <= set(got.subjects)
    # only the article the edit can change is recognised again, and only while not re-indexed
    assert recognised == ([] if sync else ["harbour"])
