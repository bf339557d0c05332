"""``who:`` finds a person a sentence opens with their job (t13f F1, round s22-a: "Baker Ingrid
Sorvaag opened her shop ..." made the person "Baker Ingrid Sorvaag", and ``who:"Ingrid Sorvaag"``
found 0 articles while the name was in the text). The reported sentence and two invented ones,
each beside an article naming the person without the job. Round s22-e (t13g F1): the same for a job
word anywhere in a sentence, after a clause, a preposition or a verb, or after a word about the job
("Head Nurse", "Former Miner", "Swedish Geologist"), which the article writes as its only mention
(``who:"Nils Haug"`` found 0 articles, the person being "Firefighter Nils Haug" or none)."""

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


@pytest.mark.parametrize(
    ("sentence", "person", "job"),
    [
        # reported (t13g F1, voices.txt and the tester's scratch sentences)
        ("The first to arrive, Firefighter Nils Haug, said the roof had gone.", "Nils Haug", "Firefighter"),
        ("According to Pharmacist Liv Berg, 52, the clinic ran out of bandages.", "Liv Berg", "Pharmacist"),
        ("Swedish Geologist Petra Lindqvist arrived on Friday.", "Petra Lindqvist", "Geologist"),
        ("Head Nurse Siri Aune ran the ward.", "Siri Aune", "Nurse"),
        ("The crowd cheered when Nurse Eva Lange arrived.", "Eva Lange", "Nurse"),
        # invented
        ("The bread came from Baker Astrid Lunde and her son.", "Astrid Lunde", "Baker"),
        ("The town thanked Senior Nurse Ragnhild Aas for her work.", "Ragnhild Aas", "Nurse"),
        ("Officials said Chief Paramedic Trond Hauge had led the teams.", "Trond Hauge", "Paramedic"),
    ],
)
def test_who_finds_a_person_after_a_job_word_mid_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, person: str, job: str
) -> None:
    root = tmp_path / "c"
    files = {
        "a.txt": f"Mine rescue\n\n{sentence} The tunnel stayed closed.\n",
        "b.txt": f"Volunteers thanked\n\nThe mayor thanked {person} and other volunteers on Sunday.\n",
    }
    found = run(capsys, root, files)
    assert found["PERSON"][person] == ["a", "b"], found["PERSON"]
    assert not any(job in name.split() for name in found["PERSON"]), found["PERSON"]
    got = hits(capsys, root, f'who:"{person}"')
    assert sorted(got) == ["a", "b"], got
    assert got["a"] == [person], got["a"]  # the job word not lit


@pytest.mark.parametrize(
    ("sentence", "person", "job"),
    [
        # reported (t13h F1, round s23-i): a job word the lexicon lacked, or a given name the name
        # lists lack ("Per", "Even"), lost the person; each with two invented sentences
        ("Asked about the cost, Accountant Tor Sandvold replied that nobody knew yet.", "Tor Sandvold", "Accountant"),
        ("Asked about the delay, Auditor Vera Skog replied that nobody knew.", "Vera Skog", "Auditor"),
        ("By noon, Clerk Hanne Solli had filed the report.", "Hanne Solli", "Clerk"),
        ("On Friday, Surveyor Knut Vangen inspected the wall.", "Knut Vangen", "Surveyor"),
        ("On Monday, Surveyor Ola Nygard measured the crest.", "Ola Nygard", "Surveyor"),
        ("Night Watchman Even Kolstø saw the first crack at 3:50.", "Even Kolstø", "Watchman"),
        ("The crack was seen by Gatekeeper Even Strand at dawn.", "Even Strand", "Gatekeeper"),
        ("Dam Keeper Trond Ulvestad told us the gauge jumped a metre in ten minutes.", "Trond Ulvestad", "Keeper"),
        ("The council thanked Dam Keeper Per Bakke for his warning.", "Per Bakke", "Keeper"),
        (
            "Swedish Hydrologist Petra Lindgård arrived on Friday to inspect the breach.",
            "Petra Lindgård",
            "Hydrologist",
        ),
        ("Danish Seismologist Mette Holm recorded the tremor.", "Mette Holm", "Seismologist"),
        ("Norwegian Diver Kai Brennvik searched the flooded underpass for two hours.", "Kai Brennvik", "Diver"),
        ("Rescuers waited for Police Diver Even Haugli at the bridge.", "Even Haugli", "Diver"),
        ("Senior Engineer Per Rosvoll wrote that the drains were blocked.", "Per Rosvoll", "Engineer"),
        ("The plans were signed by Site Engineer Per Hovde in May.", "Per Hovde", "Engineer"),
    ],
)
def test_who_finds_a_person_after_a_job_word_whatever_the_given_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, person: str, job: str
) -> None:
    root = tmp_path / "c"
    files = {
        "a.txt": f"Dam failure\n\n{sentence} The road stayed closed.\n",
        "b.txt": f"Volunteers thanked\n\nThe mayor thanked {person} and other volunteers on Sunday.\n",
    }
    found = run(capsys, root, files)
    assert found["PERSON"][person] == ["a", "b"], found["PERSON"]
    assert not any(job in name.split() for name in found["PERSON"]), found["PERSON"]
    got = hits(capsys, root, f'who:"{person}"')
    assert sorted(got) == ["a", "b"], got
    assert got["a"] == [person], got["a"]  # the job word not lit


@pytest.mark.parametrize(
    ("first_sentence", "first", "other"),
    [
        # reported (t13h F1): who:"Tor Ekeberg" lit the "Tor" of Tor Sandvold's sentence
        ("Asked about the cost, Accountant Tor Sandvold replied that nobody knew yet.", "Tor Sandvold", "Tor Ekeberg"),
        # invented: a job word the lexicon lacks before the given name and another surname
        ("Asked about the song, Busker Vera Skog replied that nobody knew.", "Vera Skog", "Vera Lunde"),
        ("Asked about the pumps, Stuntman Kai Brennvik replied that they had failed.", "Kai Brennvik", "Kai Moen"),
    ],
)
def test_who_never_lights_a_given_name_before_another_surname(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, first_sentence: str, first: str, other: str
) -> None:
    root = tmp_path / "c"
    files = {
        "a.txt": f'Dam failure\n\n{first_sentence} "We had no warning," said Electrician {other} on Thursday.\n',
        "b.txt": f"Volunteers thanked\n\nThe mayor thanked {other} and other volunteers on Sunday.\n",
    }
    run(capsys, root, files)
    got = hits(capsys, root, f'who:"{other}"')
    assert sorted(got) == ["a", "b"], got
    assert got["a"] == [other], got["a"]  # one mention: the other person's given name not lit


@pytest.mark.parametrize(
    ("line", "person"),
    [
        # reported (t13h F1, local/lundelv-posten.md): a Markdown list item naming the speaker
        ('- Retired Teacher Bente Liabø: "I have never seen the river like this."', "Bente Liabø"),
        ('- Night Nurse Ingrid Moe: "We worked through the night."', "Ingrid Moe"),
        ("- Ferry Pilot Leif Brun: “The boats are safe.”", "Leif Brun"),
    ],
)
def test_who_finds_a_speaker_named_before_a_colon_in_a_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str, person: str
) -> None:
    root = tmp_path / "c"
    files = {
        "a.txt": f"Voices from the valley\n\nWe asked residents what they saw.\n\n{line}\n",
        "b.txt": f"Volunteers thanked\n\nThe mayor thanked {person} and other volunteers on Sunday.\n",
    }
    found = run(capsys, root, files)
    assert found["PERSON"][person] == ["a", "b"], found["PERSON"]
    got = hits(capsys, root, f'who:"{person}"')
    assert sorted(got) == ["a", "b"], got
    assert got["a"] == [person], got["a"]
