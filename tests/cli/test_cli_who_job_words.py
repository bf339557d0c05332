"""``who:`` finds a person a sentence opens with their job (t13f F1, round s22-a: "Baker Ingrid
Sorvaag opened her shop ..." made the person "Baker Ingrid Sorvaag", and ``who:"Ingrid Sorvaag"``
found 0 articles while the name was in the text). The reported sentence and two invented ones,
each beside an article naming the person without the job."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits


def corpus(opening: str, person: str, surname: str) -> dict[str, str]:
    return {
        "a.txt": f"Town rallies\n\n{opening} to feed rescuers. {surname} said the town would pull together.\n",
        "b.txt": f"Volunteers thanked\n\nThe mayor thanked {person} and other volunteers on Sunday.\n",
    }


@pytest.mark.parametrize(
    ("opening", "person", "surname"),
    [
        ("Baker Ingrid Sorvaag opened her shop at dawn", "Ingrid Sorvaag", "Sorvaag"),  # reported
        ("Mason Erik Dahl opened his yard at dawn", "Erik Dahl", "Dahl"),
        ("Hunter Ana Kowalski opened her lodge at dawn", "Ana Kowalski", "Kowalski"),
    ],
)
def test_who_finds_a_person_after_a_job_word(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, opening: str, person: str, surname: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, corpus(opening, person, surname))
    job = opening.split(maxsplit=1)[0]
    assert found["PERSON"][person] == ["a", "b"], found["PERSON"]
    assert not any(name.startswith(job) for name in found["PERSON"]), found["PERSON"]
    for query in (f'who:"{person}"', f"who:{surname}"):
        got = hits(capsys, root, query)
        assert sorted(got) == ["a", "b"], (query, got)
        assert got["a"] == [person, surname], (query, got["a"])  # the job word not lit
