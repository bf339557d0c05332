"""Enter on a hit found while typing opens the reader on the matches that found it, decided on
the article's own text: a word typed that the article holds only in a boilerplate line
("Related: Toll prices rise again") must not stand for the prefix the body matched ("Tollbridge"):
the reader, which steps through body matches, opened on the boilerplate panel with none (review
finding). The articles are invented."""

from __future__ import annotations

import pytest

from waic_reader.index.workspace import Workspace

FILLER = "\n\n".join(f"Paragraph {i} of the council minutes, read aloud in full by the clerk." for i in range(8))


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("c")
    (root / "x.txt").write_text(
        f"Harbour report\n\n{FILLER}\n\nThe Tollbridge scheme was approved by the council on Monday night.\n\n"
        f"{FILLER}\n\nRelated: Toll prices rise again\n",
        "utf-8",
    )
    (root / "y.txt").write_text(f"Other report\n\n{FILLER}\n\nThe Toll rose again on the bridge this week.\n", "utf-8")
    (root / "z.txt").write_text(
        f"Harbour strike\n\n{FILLER}\n\nThe Ferrymen struck on Monday.\n\n{FILLER}\n\nRelated: Ferry fares rise\n",
        "utf-8",
    )
    (root / "w.txt").write_text(f"Noise only\n\n{FILLER}\n\nRelated: Toll booths close\n", "utf-8")
    workspace = Workspace(root, tmp_path_factory.mktemp("ix"))
    workspace.ensure_index()
    return workspace


@pytest.mark.parametrize(("doc", "typed", "lit"), [("x", "Toll", "Tollbridge"), ("z", "Ferry", "Ferrymen")])
def test_the_body_match_of_the_prefix_wins_over_the_word_in_boilerplate(
    ws: Workspace, doc: str, typed: str, lit: str
) -> None:
    assert doc in [h.doc for h in ws.search(typed, typing=True).hits]
    assert ws.searched_query(doc, typed) == f"{typed}*"
    opened = ws.open_article(doc, typed, typing=True)
    assert [opened.article.text[a:b] for a, b in opened.matches] == [lit]


def test_the_word_in_the_body_stays_the_word(ws: Workspace) -> None:
    assert ws.searched_query("y", "Toll") == "Toll"


def test_a_hit_found_only_in_boilerplate_opens_on_it(ws: Workspace) -> None:
    assert ws.searched_query("w", "Toll") == "Toll"
    opened = ws.open_article("w", "Toll", typing=True)
    assert opened.matches == [] and [opened.article.text[a:b] for a, b in opened.noise_matches] == ["Toll"]
