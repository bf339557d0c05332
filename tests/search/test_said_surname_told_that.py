"""Round s35-d (t13y G9): ``said:"Ángela Ríos"`` (and ``said:Angela``) missed an article whose only
quote is ``Ríos told the radio that … "within two days".``, though the Quotes screen credits that
statement to Ángela Ríos (named in full in another article) and ``said:Rios`` found it. F12's fix
covered "Rios said", where the recogniser makes "Rios" a mention of its own; at a sentence's start
before "told" it is none, and the search's grouping gave the article the full name without saying
which of its speakers that name is. Now ``said:`` finds every article the quotes analysis credits
to the speaker, by the whole name or any word of it, with or without accents. The reported corpus
(t13y repro v9: blog and wire) and variants of our own: "told AP that" with other names and no
accents, "informed the families that", and a control whose surname is another person's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CORPORA = {
    # reported (t13y repro v9)
    "reported": (
        {
            "blog.txt": (
                "San Telmo: we warned them, again\n\nPosted on 9 March 2026 by dagny_h\n\n"
                'Ríos told the radio that the drill would reach the men "within two days".\n'
            ),
            "wire.txt": (
                "Seventeen miners trapped\n\nPONTEGRIS, Calveira, March 9 (Nordwire) - "
                '"We know they are alive," rescue chief Ángela Ríos told reporters.\n'
            ),
        },
        "Ángela Ríos",
        ['said:"Ángela Ríos"', 'said:"Angela Rios"', "said:Angela", "said:Ríos", "said:rios"],
        {"blog", "wire"},
    ),
    # variant: "told AP that", no accents, another name
    "told-ap": (
        {
            "notes.txt": (
                "Flood notes\n\nPosted on 4 May 2026 by river_watch\n\n"
                "Okafor told AP that the levee would hold through the weekend.\n"
            ),
            "wire.txt": (
                "Levee holds\n\nLAGOS, May 4 (Westwire) - "
                '"The water is falling," engineer Chidi Okafor told reporters on Monday.\n'
            ),
        },
        "Chidi Okafor",
        ['said:"Chidi Okafor"', "said:Chidi", "said:Okafor"],
        {"notes", "wire"},
    ),
    # variant: "informed the families that", a surname with an accent written without it
    "informed": (
        {
            "update.txt": (
                "Shaft update\n\nPosted on 9 March 2026 by pia\n\n"
                "Nuñez informed the families that the second shaft had reached 300 metres.\n"
            ),
            "wire.txt": (
                "Rescue shaft\n\nPONTEGRIS, March 9 (Nordwire) - "
                '"We are close," rescue engineer Tomás Nuñez told reporters.\n'
            ),
        },
        "Tomás Nuñez",
        ['said:"Tomás Nuñez"', 'said:"Tomas Nunez"', "said:Tomas", "said:Nunez"],
        {"update", "wire"},
    ),
}


def run(capsys: pytest.CaptureFixture[str], folder: Path, ix: Path, *args: str) -> dict:
    capsys.readouterr()
    assert main(["--corpus", str(folder), "--index-dir", str(ix), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    root = tmp_path_factory.mktemp(f"said_{request.param}")
    folder = root / "c"
    folder.mkdir()
    for name, text in CORPORA[request.param][0].items():
        (folder / name).write_text(text, "utf-8")
    return request.param, folder, root / "ix"


def test_said_finds_every_article_quotes_credit(
    capsys: pytest.CaptureFixture[str], corpus: tuple[str, Path, Path]
) -> None:
    case, folder, ix = corpus
    _files, speaker, queries, expected = CORPORA[case]
    sheet = run(capsys, folder, ix, "quotes")
    credited = {q["doc"] for s in sheet["speakers"] if s["name"] == speaker for q in s["quotes"]}
    assert credited == expected, sheet  # the Quotes screen's count
    for query in queries:
        found = run(capsys, folder, ix, "search", query)
        assert {h["doc"] for h in found["hits"]} == credited, (query, found)


def test_a_surname_of_another_person_is_not_widened(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # control: "Ríos" of the blog is the one Ríos the corpus names; a second article's Pablo Díaz
    # speaks, and said:"Ángela Ríos" never finds his article
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "blog.txt").write_text(CORPORA["reported"][0]["blog.txt"], "utf-8")
    (folder / "wire.txt").write_text(CORPORA["reported"][0]["wire.txt"], "utf-8")
    (folder / "other.txt").write_text(
        "Pumps\n\nPablo Díaz told the radio that the pumps were running again.\n", "utf-8"
    )
    found = run(capsys, folder, tmp_path / "ix", "search", 'said:"Ángela Ríos"')
    assert {h["doc"] for h in found["hits"]} == {"blog", "wire"}
