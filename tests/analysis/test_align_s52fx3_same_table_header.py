"""Two articles printing the same table pair its header row (review s52-rv finding 16, round
s52-fx3): round s52-c made a table's header pair with nothing (so it never takes a prose sentence
sharing its column words, t13aw N15), and so an identical header both articles print was listed
"only in A" and "only in B". A header now pairs with the other article's header, never with prose
(``align.align``). The reported pair (s52-rv cc/) and a variant of my own (a table without outer
bars, other columns)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

REPORTED = (
    "| Town | Dead | Missing | Homes destroyed |\n|---|---|---|---|\n"
    "| Halvik | 2 | 5 | 120 |\n| Nordby | 2 | 6 | 110 |\n"
)
VARIANT = (
    "Agency | Killed | Injured | Buildings collapsed\n--- | --- | --- | ---\n"
    "Town hall | 6 | 52 | 41\nCivil protection | 8 | 60 | 38\n"
)


def _story(title: str, lead: str, table: str, tail: str) -> str:
    return f"# {title}\n\n{lead}\n\n{table}\n{tail}\n"


@pytest.mark.parametrize(
    ("table", "header"),
    [
        (REPORTED, "| Town | Dead | Missing | Homes destroyed |"),
        (VARIANT, "Agency | Killed | Injured | Buildings collapsed"),
    ],
)
def test_the_same_tables_header_pairs(tmp_path: Path, table: str, header: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        _story(
            "Storm toll rises in the north",
            "Storms swept the northern coast on Friday, flooding two towns, officials said.",
            table,
            "Crews worked through the night to clear the roads.",
        ),
        "utf-8",
    )
    (corpus / "b.md").write_text(
        _story(
            "Northern towns count the cost",
            "The regional council published its latest figures for the two towns on Saturday.",
            table,
            "The council said the counts could still change.",
        ),
        "utf-8",
    )
    al = Workspace(corpus, tmp_path / "index").compare("a", "b").alignment
    paired = [(p.a.text.strip(), p.b.text.strip()) for p in al.pairs]
    assert (header, header) in paired, paired
    assert header not in [s.text.strip() for s in al.only_a], al.only_a
    assert header not in [s.text.strip() for s in al.only_b], al.only_b
