"""An hour typed with its colon, as you type (``04:``) or submitted (``04:*``), finds that hour's
times written with a dot as well as with a colon, as its completions (``04:10``) do: one rule
for typed and submitted queries (t13r on t13at N8: typing ``04:`` said "No article matches 04:"
before ``04:1`` found the live blog's "04.10 CET", and ``02:*`` found 4 of the 5 articles,
missing El País's "02.05"). The reported inputs and variants of my own: another hour written
with a dot in a GMT live blog ("21.35 GMT", typed ``21:``), an hour without its zero typed
with one (``07:`` for "7.05pm") and the hour after other words."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.corpus.find import find_spans, text_tokens
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "colon": "Dam breach\n\nThe spillway failed at 02:05 and sirens sounded by 2:30.\n",
    "dotted": "Presa rota\n\nLa presa cedió a las 02.05 de la madrugada.\n",
    "liveblog": "Live: dam\n\n04.10 CET Rescue boats launched.\n\n21.35 GMT Night shift arrives.\n",
    "evening": "Vigil\n\nThe vigil began at 7.05pm in the square.\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("clock_colon_dotted"), ARTICLES)


def _docs(workspace: Workspace, text: str, typing: bool = False) -> set[str]:
    return {h.doc for h in workspace.search(text, typing=typing).hits}


@pytest.mark.parametrize(
    ("hour", "docs"),
    [
        ("02:", {"colon", "dotted"}),
        ("04:", {"liveblog"}),
        ("21:", {"liveblog"}),
        ("07:", {"evening"}),
    ],
)
def test_an_hour_and_colon_finds_its_dotted_times_typed_and_submitted(
    workspace: Workspace, hour: str, docs: set[str]
) -> None:
    assert _docs(workspace, hour + "*") == docs
    assert _docs(workspace, hour, typing=True) == docs
    assert _docs(workspace, "rescue " + hour, typing=True) >= (docs & {"liveblog"})


@pytest.mark.parametrize(("hour", "minute"), [("02:", "02:05"), ("04:", "04:10"), ("21:", "21:35")])
def test_a_prefix_finds_at_least_what_its_completion_finds(workspace: Workspace, hour: str, minute: str) -> None:
    assert _docs(workspace, minute) <= _docs(workspace, hour + "*")
    assert _docs(workspace, minute[:-1], typing=True) <= _docs(workspace, hour, typing=True)


def test_the_reader_lights_the_dotted_time_of_an_hour_typed() -> None:
    text = ARTICLES["liveblog"]
    assert [text[a:b] for a, b in find_spans(text_tokens(text), "04:")] == ["04.10"]
    assert [text[a:b] for a, b in find_spans(text_tokens(text), "21:")] == ["21.35"]
