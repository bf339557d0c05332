"""``who:`` with a run of a longer hyphenated name's parts finds the name, as each part alone and
the whole name do (t13au N12: ``who:Saint-Cyr`` found nothing though ``who:Saint``, ``who:Cyr``,
``who:Saint-Cyr-Müller`` and plain ``Saint-Cyr`` found "Renée Saint-Cyr-Müller"). The reported
name and variants of my own: a hyphenated given name's last part with the surname's first
("Jean-Luc Ponty-Marchand": ``who:Luc-Ponty``), a three-part surname's last two parts, and the
name with its given name quoted."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "radio": "Radio report\n\nPresenter Renée Saint-Cyr-Müller said the mine was unsafe.\n",
    "union": "Union view\n\nJean-Luc Ponty-Marchand, the union's secretary, said the shaft had cracked.\n",
    "council": "Council\n\nMayor Ana Garcia-Lopez-Ferrer said the town would help.\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("who_hyphen_run"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "doc"),
    [
        ("who:Saint-Cyr", "radio"),
        ('who:"Renée Saint-Cyr"', "radio"),
        ("who:Luc-Ponty", "union"),
        ("who:Lopez-Ferrer", "council"),
        ("who:Garcia-Lopez", "council"),
    ],
)
def test_a_run_of_hyphenated_parts_finds_the_name(workspace: Workspace, query: str, doc: str) -> None:
    assert {h.doc for h in workspace.search(query).hits} == {doc}
    whole = workspace.search(query.replace("who:", "", 1)).hits
    assert doc in {h.doc for h in whole}


def test_parts_out_of_order_find_nothing(workspace: Workspace) -> None:
    assert workspace.search("who:Cyr-Saint").total == 0
