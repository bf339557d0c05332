"""``entities --json`` and ``who:`` on the names probe of acceptance report t13n (F24, round s28-e):
a firm typed a person ("Sorvena Químicos"), a firm's arm cut to its acronym ("EDP Distribuição"),
a national Red Cross split into a NORP and the movement, a Prime Minister's surname left the
country ("Montenegro said"), and a firm's lone word before its works ("the Quimibral plant") in
no entity, so ``who:Quimibral`` missed the articles naming it so. The reported sentences, then
invented variants."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import cli, hits

PROBES = [
    (  # reported (t13n-nprobe/n1.txt)
        "LISBON, May 6 (Lusa) - The Portuguese Red Cross sent 30 volunteers. EDP Distribuição says power was "
        "restored to 4,000 homes. Fitch's analysts said Sorvena Químicos could lose its investment grade.\n\n"
        "Prime Minister Luís Montenegro visited Coimbra on Wednesday. Montenegro said the state would pay.\n",
        {"ORG": ["Portuguese Red Cross", "EDP Distribuição", "Sorvena Químicos"], "PERSON": ["Luís Montenegro"]},
        ("Portuguese", "Red Cross", "EDP"),
    ),
    (
        "ANKARA, May 6 (AA) - The Turkish Red Crescent sent 12 trucks. KGHM Energia said the line would reopen. "
        "Brokers said Anadolar Kimya could miss a payment.\n\n"
        "Senator Marta Jordan visited the port on Tuesday. Jordan told reporters the state would pay.\n",
        {"ORG": ["Turkish Red Crescent", "KGHM Energia", "Anadolar Kimya"], "PERSON": ["Marta Jordan"]},
        ("Turkish", "Red Crescent", "KGHM"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "not_alone"), PROBES)
def test_the_probes_names_are_whole_and_typed(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    text: str,
    expected: dict[str, list[str]],
    not_alone: tuple[str, ...],
) -> None:
    found = run(capsys, tmp_path / "c", {"n1.txt": f"Blast\n\n{text}"})
    for label, names in expected.items():
        for name in names:
            assert name in found.get(label, {}), (label, name, found)
    everything = {name for names in found.values() for name in names}
    for part in not_alone:
        assert part not in everything, (part, found)
    # the speaking surname is the person's mention, not the country's
    person = expected["PERSON"][0]
    mentions = next(e["mentions"] for e in cli(capsys, tmp_path / "c", "entities")["entities"] if e["name"] == person)
    assert len(mentions) == 2, mentions


WORKS = [
    (  # reported (t13n-data: 3 of 11 articles)
        "Quimibral",
        {
            "press.txt": "Update\n\nAn incident occurred at 06:41 today at the Quimibral – Química Industrial, Lda plant.\n",
            "wire.txt": "Blast\n\nPeople were evacuated from homes within three kilometres of the Quimibral site.\n",
            "blog.txt": "Live\n\nWe are following reports of an explosion at the Quimibral chemical plant.\n",
        },
    ),
    (
        "Vestrand",
        {
            "press.txt": "Update\n\nVestrand Polymers AS confirmed the leak was contained.\n",
            "wire.txt": "Leak\n\nWorkers were sent home from the Vestrand factory on Monday.\n",
            "blog.txt": "Live\n\nFirefighters are still at the Vestrand storage depot near the harbour.\n",
        },
    ),
]


@pytest.mark.parametrize(("word", "files"), WORKS)
def test_who_finds_a_firms_word_before_its_works(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, word: str, files: dict[str, str]
) -> None:
    root = tmp_path / "c"
    run(capsys, root, files)
    got = hits(capsys, root, f"who:{word}")
    assert sorted(got) == ["blog", "press", "wire"], got
    assert all(word in spans[0] for spans in got.values()), got
