"""``quotes --json``: an unnamed source is no speaker of a named statement (issue #16, round s38-x2).

The same words credited to a named speaker in one outlet and to an unnamed source in another are
one statement (group.statements, SAME_WORDS). Its ``speakers`` listed "Anonymous source" beside
the named speaker (s37-y3's left undone, s37-rv 12): the JSON said two people made it. Now a
statement a named speaker makes lists only the named; that an unnamed source says the same words
is said apart, ``"anonymous_source": true`` on the statement and ``"anonymous": true`` on its
member, and the unnamed source's quote stays under ``unattributed`` with ``"anonymous": true``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FRONT = "---\ntitle: {title}\noutlet: {outlet}\ndate: 2026-03-03\n---\n"


def quotes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], bodies: list[str]) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i, body in enumerate(bodies):
        outlet = ("Alpha News", "Beta News", "Gamma Post")[i]
        (corpus / f"{chr(97 + i)}.md").write_text(FRONT.format(title="Crisis", outlet=outlet) + body + "\n", "utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


CLUB = "Varn United lost 4-0 to Oskby on Saturday, their sixth defeat in a row.\n\n"
PORT = "The harbour crane at Kerrow collapsed onto the quay on Tuesday night.\n\n"


@pytest.mark.parametrize(
    ("bodies", "speaker", "anonymous_doc"),
    [
        # the reported input (s37-rv q8): named first, then an unnamed source
        (
            [
                CLUB + '"The board has lost patience and the manager will be sacked on Monday morning,"'
                " club chairman Olaf Lind said.",
                CLUB + '"The board has lost patience and the manager will be sacked on Monday morning,"'
                " a source close to the club said.",
            ],
            "Olaf Lind",
            "b",
        ),
        # variant: the unnamed source first, another phrase for it, a speaker before the quote
        (
            [
                PORT + "An official who declined to be named said: "
                '"The crane had failed two inspections and nobody stopped the work."',
                PORT + 'Harbour master Ines Halloran told reporters: "The crane had failed two inspections'
                ' and nobody stopped the work."',
            ],
            "Ines Halloran",
            "a",
        ),
        # variant: three outlets, two quoting the named speaker, one an insider
        (
            [
                PORT + '"We will reopen the quay within a fortnight," port director Jonas Reeve said.',
                PORT + '"We will reopen the quay within a fortnight," an insider said.',
                PORT + '"We will reopen the quay within a fortnight," Jonas Reeve told the Post.',
            ],
            "Jonas Reeve",
            "b",
        ),
    ],
)
def test_unnamed_source_is_no_speaker_of_a_named_statement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bodies: list[str], speaker: str, anonymous_doc: str
) -> None:
    data = quotes_json(tmp_path, capsys, bodies)
    [st] = [s for s in data["statements"] if speaker in s["speakers"]]
    assert st["speakers"] == [speaker], st
    assert st.get("anonymous_source") is True, st
    flagged = [m["doc"] for m in st["members"] if m.get("anonymous")]
    assert flagged == [anonymous_doc], st
    # the unnamed source's quote stays under unattributed, marked anonymous
    assert [(q["doc"], q.get("anonymous")) for q in data["unattributed"]] == [(anonymous_doc, True)], data
    assert all(sp["name"] != "Anonymous source" for sp in data["speakers"]), data["speakers"]


def test_named_statement_without_unnamed_source_has_no_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes_json(
        tmp_path,
        capsys,
        [
            CLUB + '"The manager keeps his job until the summer," club chairman Olaf Lind said.',
            CLUB + '"The manager keeps his job until the summer," Olaf Lind told the News.',
        ],
    )
    [st] = data["statements"]
    assert st["speakers"] == ["Olaf Lind"] and "anonymous_source" not in st, st


def test_unnamed_sources_alone_keep_their_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes_json(
        tmp_path,
        capsys,
        [
            PORT + '"The warnings were ignored for weeks," a source close to the investigation said.',
            PORT + 'A person familiar with the inquiry said: "The warnings were ignored for weeks."',
        ],
    )
    [st] = data["statements"]
    assert st["speakers"] == ["Anonymous source"] and st.get("anonymous_source") is True, st
