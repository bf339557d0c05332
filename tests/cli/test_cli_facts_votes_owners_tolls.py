"""``facts --json`` on the faults review s39-rv found in the fact sheet's election and toll rows
(findings 1, 2, 3, 4, 12, 13; round s39-z1). Each: the reviewer's input, then two variants.

- 1: two parties' shares of the vote whose owners were not read ("Labour" beside "labour shortages",
  "the ruling party") were one row in disagreement; a row holding a share of no named owner is now
  listed, never compared.
- 2: "Law and Justice" was cut at "and"; a sentence's first word ("Preliminary results gave the
  Civic Coalition 31%") was taken as the owner.
- 3: two crew injured beside twelve people injured was a disagreement (a crew is part of the people).
- 4: "Six miners died … at the mine where a previous blast killed 12": the six were the earlier blast's.
- 12: "52%" and "51.8%" of one candidate disagreed (results are rounded); two outlets' turnouts never met.
- 13: "A previous crash … killed four in 2019" and "An earlier crash … killed 4" were two rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _md(title: str, outlet: str, body: str) -> str:
    return f"---\ntitle: {title}\noutlet: {outlet}\ndate: 2026-05-08\n---\n{body}\n"


def _pair(a: str, b: str) -> dict[str, str]:
    return {"a.md": _md("Story", "Wire A", a), "b.md": _md("Story two", "Paper B", b)}


def _values(row: dict[str, Any]) -> list[tuple[str, float]]:
    return sorted((v["doc"], v["value"]) for v in row["values"])


def _row_with(facts: list[dict[str, Any]], doc: str, value: float) -> dict[str, Any]:
    [row] = [f for f in facts if (doc, value) in _values(f)]
    return row


SHARES_OF_NO_OWNER = {
    # the reviewer's inputs: a party name that is also a lower-case word, descriptions in lower case
    "labour-reform": (
        "Labour won 34% of the vote in Thursday's general election. The party has promised to tackle labour shortages.",
        "Reform UK won 14% of the vote on Thursday after campaigning on tax reform.",
    ),
    "ruling-opposition": (
        "The ruling party won 40% of the vote, according to preliminary results.",
        "The main opposition alliance won 35% of the vote, its best showing since 2005.",
    ),
    # variants: names that are everyday words, and lower-case descriptions of another kind
    "progress-unity": (
        "Progress won 22% of the vote on Sunday. Voters wanted progress on housing.",
        "Unity took 17% of the vote after a campaign for national unity.",
    ),
    "coalition-bloc": (
        "The governing coalition took 44% of the vote, officials said.",
        "The nationalist bloc won 38% of the vote in the capital.",
    ),
}


@pytest.mark.parametrize("case", list(SHARES_OF_NO_OWNER))
def test_two_parties_shares_never_disagree(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    facts = _facts(tmp_path, capsys, _pair(*SHARES_OF_NO_OWNER[case]))
    shares = [f for f in facts if f["label"].startswith("share of vote")]
    assert shares, facts
    assert all(f["status"] != "disagree" for f in shares), shares


OWNERS = {
    # the reviewer's input: a name with "and", and a name after a sentence's first word
    "law-and-justice": (
        "Law and Justice won 35% of the vote in Sunday's election, the electoral commission said.\n\n"
        "Preliminary results gave the Civic Coalition 31% of the vote. The party's leader thanked voters.",
        "The Civic Coalition took 30.7% of the vote, while Law and Justice won 35.4%.",
        [(("a", 35), ("b", 35.4)), (("a", 31), ("b", 30.7))],
    ),
    # variants
    "peace-and-freedom": (
        "Peace and Freedom won 12% of the vote, officials said.",
        "The count gave Peace and Freedom 12.2% of the vote.",
        [(("a", 12), ("b", 12.2))],
    ),
    "early-results": (
        "Early results gave the Liberal Alliance 22% of the vote.",
        "The Liberal Alliance won 22% of the vote, officials said.",
        [(("a", 22), ("b", 22))],
    ),
}


@pytest.mark.parametrize("case", list(OWNERS))
def test_vote_owners_are_whole_names(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    a, b, rows = OWNERS[case]
    facts = _facts(tmp_path, capsys, _pair(a, b))
    for (doc_a, x), (doc_b, y) in rows:
        row = _row_with(facts, doc_a, x)
        assert _values(row) == sorted([(doc_a, x), (doc_b, y)]), row
        assert row["status"] == "agree", row


CREW = {
    # the reviewer's input, then two variants: a crew smaller than the people counted
    "ferry": (
        "A fire broke out on the ferry Nordlys off Bergen on Monday. "
        "Two crew members were injured in the fire, the operator said.",
        "Twelve people were injured in the fire aboard the Nordlys ferry on Monday, police said.",
    ),
    "blast": (
        "Three crew members were hurt in the explosion on the tanker Orla.",
        "Nine people were hurt in the explosion on the tanker Orla.",
    ),
    "rescued": (
        "Four crew members were rescued after the explosion on the ship Vega.",
        "Fifteen people were rescued after the explosion on the ship Vega.",
    ),
}


@pytest.mark.parametrize("case", list(CREW))
def test_a_crew_is_never_compared_with_more_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    facts = _facts(tmp_path, capsys, _pair(*CREW[case]))
    rows = [f for f in facts if {v["doc"] for v in f["values"]} == {"a", "b"}]
    assert rows, facts
    assert all(f["status"] != "disagree" for f in rows), rows


PREVIOUS_AFTER = {
    # the reviewer's input, then two variants: the story's toll before a relative clause naming a
    # previous event
    "mine": (
        "Six miners died in an explosion on Friday at the Halden mine where a previous blast killed 12.",
        "Six miners were killed in Friday's explosion at the Halden mine, police said.",
        6,
    ),
    "avalanche": (
        "Four climbers died in an avalanche on the Kessel pass where an earlier avalanche killed 9.",
        "Four climbers were killed in the avalanche on the Kessel pass, rescuers said.",
        4,
    ),
    "plant": (
        "Eleven workers died in a fire at the Orsk plant that a previous fire had closed for a year.",
        "Eleven workers were killed in the fire at the Orsk plant, officials said.",
        11,
    ),
}


@pytest.mark.parametrize("case", list(PREVIOUS_AFTER))
def test_the_storys_toll_is_never_the_previous_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    a, b, toll = PREVIOUS_AFTER[case]
    facts = _facts(tmp_path, capsys, _pair(a, b))
    row = _row_with(facts, "a", toll)
    assert _values(row) == [("a", toll), ("b", toll)], row
    assert row["status"] == "agree" and "previous" not in row["label"], row


ROUNDED = {
    # the reviewer's input: shares to whole percent beside one to a tenth
    "elect": (
        "Anna Lind won the Portmere mayoral election on Sunday with 52% of the vote, official results "
        "showed.\n\nHer rival Tom Berg took 41%, while the Green Party candidate Mia Holt got 7%.",
        "In the vote on Sunday, Lind polled 51.8% and Berg 41.2%. Holt finished third.",
        [(("a", 52), ("b", 51.8), "agree"), (("a", 41), ("b", 41.2), "agree")],
    ),
    # variants: a rounded share beside a tenth that rounds to it, and one that does not
    "holt": (
        "Mia Holt won 7% of the vote in Portmere.",
        "Mia Holt polled 6.6% of the vote in Portmere.",
        [(("a", 7), ("b", 6.6), "agree")],
    ),
    "holt-apart": (
        "Mia Holt won 7% of the vote in Portmere.",
        "Mia Holt polled 7.6% of the vote in Portmere.",
        [(("a", 7), ("b", 7.6), "disagree")],
    ),
}


@pytest.mark.parametrize("case", list(ROUNDED))
def test_rounded_shares_of_the_vote(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    a, b, rows = ROUNDED[case]
    facts = _facts(tmp_path, capsys, _pair(a, b))
    for (doc_a, x), (doc_b, y), status in rows:
        row = _row_with(facts, doc_a, x)
        assert _values(row) == sorted([(doc_a, x), (doc_b, y)]), row
        assert row["status"] == status, row


PREVIOUS_EVENT = {
    # the reviewer's input: one earlier crash, dated in one outlet, "earlier" in the other
    "bus": (
        "Nine people were killed when a bus crashed on the A4 motorway near Ostrava on Monday.\n\n"
        "A previous crash on the same road killed four in 2019.",
        "Nine passengers died in the crash on Monday.\n\nAn earlier crash on the road killed 4 people.",
        4,
    ),
    # variants: "prior" and "earlier", "previous" and "earlier", neither dated
    "fire": (
        "Two workers died in a fire at the Orsk plant on Monday. A prior fire at the plant killed three.",
        "Two workers died in the fire on Monday. An earlier fire at the plant killed 3 workers.",
        3,
    ),
    "flood": (
        "Floods killed 12 people in the Valden valley on Tuesday. A previous flood killed 31.",
        "Floods killed 12 people on Tuesday. An earlier flood in the valley killed 31 people.",
        31,
    ),
}


@pytest.mark.parametrize("case", list(PREVIOUS_EVENT))
def test_one_earlier_event_is_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    a, b, toll = PREVIOUS_EVENT[case]
    facts = _facts(tmp_path, capsys, _pair(a, b))
    row = _row_with(facts, "a", toll)
    assert _values(row) == [("a", toll), ("b", toll)], row
    assert row["status"] == "agree", row


TURNOUT = {
    # the reviewer's input: "Turnout was 61%, up from 55%" had been a change in turnout, "61% of
    # registered voters turned out" a share of a whole named before; then two variants
    "elect": ("Turnout was 61%, up from 55% four years ago.", "About 61% of registered voters turned out.", 61),
    "down": ("Turnout was 58%, down from 63% in 2021.", "Nearly 58% of registered voters turned out.", 58),
    "up": ("Turnout was 47%, up from 44% in 2019.", "About 47% of the electorate voted on Sunday.", 47),
}


@pytest.mark.parametrize("case", list(TURNOUT))
def test_turnout_is_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    a, b, share = TURNOUT[case]
    facts = _facts(tmp_path, capsys, _pair(a, b))
    row = _row_with(facts, "a", share)
    assert (row["label"], _values(row), row["status"]) == ("turnout", [("a", share), ("b", share)], "agree"), row
