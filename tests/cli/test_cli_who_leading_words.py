"""``who:`` by a name's leading words finds the name, as ``who:`` by one of its words does (issue #13
and #15; tester t13ak N14): ``who:"Norvale Department"`` and ``who:"Kestrow General"`` found 0
articles while ``who:Norvale`` found them. A name some article writes as it is stays itself: the
sister firm "Ranvik Drilling Services" is not found by "Ranvik Drilling" when that is written bare
(tests/cli/test_cli_who_firm_bare_names.py). The reported names and two invented ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits

CORPUS = {
    "a.txt": (
        "Outbreak grows\n\nKESTROW, March 14 - The Norvale Department of Health said 214 cases were confirmed. "
        "Kestrow General Hospital treated 41 patients.\n"
    ),
    "b.txt": (
        "Water and roads\n\nThe Marsh Valley Water Authority said supplies were safe. The Ostrava City Council "
        "closed two roads, and the Norvale Department of Health opened clinics.\n"
    ),
}


@pytest.mark.parametrize(
    ("query", "name", "docs"),
    [
        ('who:"Norvale Department"', "Norvale Department of Health", ["a", "b"]),
        ('who:"Kestrow General"', "Kestrow General Hospital", ["a"]),
        ('who:"Marsh Valley"', "Marsh Valley Water Authority", ["b"]),
        ('who:"Ostrava City"', "Ostrava City Council", ["b"]),
    ],
)
def test_leading_words_find_the_name_and_light_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, query: str, name: str, docs: list[str]
) -> None:
    root = tmp_path / "c"
    run(capsys, root, CORPUS)
    got = hits(capsys, root, query)
    assert sorted(got) == docs, got
    assert all(got[d] == [name] for d in docs), got


def test_words_that_open_no_name_whole_find_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # whole words only: "Norvale Dep" opens no name by its words; "Department of Health" opens none
    root = tmp_path / "c"
    run(capsys, root, CORPUS)
    assert hits(capsys, root, 'who:"Norvale Dep"') == {}
    assert hits(capsys, root, 'who:"Health Department"') == {}
