"""``who:`` and the entity list give a person's lone surname to the person, not to the firm whose
name opens with the same word, when the sentence makes it a person (t13h F4, round s23-i, scratch
corpus s4: "Haldor said she had warned the council." was a mention of "Haldor Bygg AS", and
``who:"Tone Haldor"`` found one article of two). The reported corpus and two invented ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits


def corpus(person: str, firm_a: str, firm_b: str, lone: str, town: bool) -> dict[str, str]:
    surname = person.rsplit(maxsplit=1)[-1]
    place = f"\n\nThe town of {surname} sits below the dam." if town else ""
    return {
        "a.txt": f"Inquiry notes\n\nEngineer {person} said the wall was sound.\n\n{firm_a} built the spillway in 2004.{place}\n",
        "b.txt": f"More notes\n\n{firm_b} said it would cooperate.\n\n{lone}\n",
    }


@pytest.mark.parametrize(
    ("person", "firm_a", "firm_b", "lone", "town"),
    [
        (
            "Tone Haldor",
            "Haldor Bygg AS",
            "Haldor Bygg Ltd",
            "Haldor said she had warned the council.",
            True,
        ),  # reported
        ("Ola Brekke", "Brekke Anlegg AS", "Brekke Anlegg Ltd", "Brekke said he had checked the drawings.", False),
        ("Kari Solum", "Solum Elektro ASA", "Solum Elektro Ltd", "Solum added she had seen the report.", True),
    ],
)
def test_a_lone_surname_saying_she_or_he_is_the_person_not_the_firm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, person: str, firm_a: str, firm_b: str, lone: str, town: bool
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, corpus(person, firm_a, firm_b, lone, town))
    surname = person.rsplit(maxsplit=1)[-1]
    assert found["PERSON"][person] == ["a", "b"], found
    got = hits(capsys, root, f'who:"{person}"')
    assert sorted(got) == ["a", "b"], got
    assert surname in got["b"], got["b"]  # the lone surname lit as the person's
    firm = hits(capsys, root, f'who:"{firm_a}"')
    assert firm["b"] == [firm_b], firm["b"]  # and no longer as the firm's
