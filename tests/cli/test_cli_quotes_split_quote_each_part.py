"""``quotes``: each sentence of a direct quote split by its cue ('"A," X told reporters. "B."') is
lined up on its own: an outlet quoting A word for word and one quoting B each share a statement with
it, the split quote's member in each being its part (``part_of`` the whole quote's span); a quote
quoted whole by two outlets stays one statement (t13x F5: Nordwire's quote of both sentences was
missing from the statement where Beacon and KXYZ quote the first, lined up only with the blog's
second)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

V5 = {
    "wire.txt": (
        "Dam breach floods valley town\n\nKELLBY, March 9 (Nordwire) - The Velmora dam gave way before dawn on "
        "Monday, regional officials said.\n\n"
        '"We are doing everything we can to reach the people still trapped," Governor Ilsa Brannock told '
        'reporters at the crisis centre. "Nobody should go back to the river until we say it is safe."\n'
    ),
    "beacon.txt": (
        "Seven killed as dam bursts\n\nKELLBY, March 9 (Beacon) - Seven people were killed when the dam burst.\n\n"
        '"We are doing everything we can to reach those still trapped," said Governor Ilsa Brannock.\n'
    ),
    "tv.txt": (
        "Dam collapse kills four\n\nKELLBY, March 9 (KXYZ) - At least four people died when the dam collapsed.\n\n"
        '"We are doing everything we can to reach the people still trapped," Mayor Ana Ferreira said.\n'
    ),
    "blog.txt": (
        "The night the dam broke\n\nPosted on March 9, 2026 by Jorunn Vik\n\n"
        'Governor Brannock said on the radio that "nobody should go back to the river until we say it is safe". '
        "People are going back anyway.\n"
    ),
}

# Variants of my own: other names and words, other marks («…», curly), the wire named to come first
# in reading order, three outlets each quoting one part.
HARBOUR = {
    "a-wire.txt": (
        "Harbour wall gives way\n\nVARDØ, May 4 (Fjordwire) - The harbour wall collapsed overnight.\n\n"
        "«We will rebuild every house that the water took from these families», harbour master Olav Dahl "
        "said on Tuesday. «The first families will be back in their homes before the winter.»\n"
    ),
    "herald.txt": (
        "Vardø counts the cost\n\nThe harbour wall collapsed overnight.\n\n"
        "“We will rebuild every house that the water took from these families,” said harbour master Olav Dahl.\n"
    ),
    "post.txt": (
        "Families told to wait\n\nThe harbour wall collapsed overnight.\n\n"
        "Harbour master Olav Dahl promised that “the first families will be back in their homes before the "
        "winter”.\n"
    ),
}
CLINIC = {
    "gazette.txt": (
        "Clinic reopens\n\nThe clinic reopened on Friday after the storm.\n\n"
        '"Every patient who was moved to Tromsø will be brought back by Sunday," Dr. Amara Nwosu told the '
        'Gazette. "The new generator means we will never lose power like that again."\n'
    ),
    "courier.txt": (
        "Storm clinic back open\n\nThe clinic reopened on Friday after the storm.\n\n"
        '"Every patient who was moved to Tromsø will be brought back by Sunday," said Dr. Amara Nwosu.\n'
    ),
    "radio.txt": (
        "Generator keeps clinic running\n\nThe clinic reopened on Friday after the storm.\n\n"
        '"The new generator means we will never lose power like that again," Dr. Amara Nwosu said.\n'
    ),
}


def _quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *args: str) -> Any:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out) if "--json" in args else out


def _lined_up(data: dict[str, Any]) -> dict[frozenset[str], list[dict[str, Any]]]:
    return {frozenset(m["doc"] for m in st["members"]): st["members"] for st in data["statements"]}


def _said(data: dict[str, Any], doc: str) -> tuple[int, int, str]:
    (q,) = [q for s in data["speakers"] for q in s["quotes"] if q["doc"] == doc]
    return q["start"], q["end"], q["text"]


@pytest.mark.parametrize(
    ("files", "wire", "first", "second", "words"),
    [
        (V5, "wire", {"beacon", "tv"}, {"blog"}, "We are doing everything we can to reach the people still trapped"),
        (
            HARBOUR,
            "a-wire",
            {"herald"},
            {"post"},
            "We will rebuild every house that the water took from these families",
        ),
        (
            CLINIC,
            "gazette",
            {"courier"},
            {"radio"},
            "Every patient who was moved to Tromsø will be brought back by Sunday",
        ),
    ],
)
def test_each_part_of_a_split_quote_is_lined_up(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    wire: str,
    first: set[str],
    second: set[str],
    words: str,
) -> None:
    data = _quotes(tmp_path, capsys, files, "--json")
    lined = _lined_up(data)
    assert frozenset(first | {wire}) in lined, data["statements"]
    assert frozenset(second | {wire}) in lined, data["statements"]
    start, end, text = _said(data, wire)
    members = [m for m in lined[frozenset(first | {wire})] if m["doc"] == wire]
    assert [m["part_of"] for m in members] == [{"start": start, "end": end}], members
    # the wire's member there is its first part, offsets into its text
    (m,) = members
    assert text.startswith(words) and (m["start"], m["end"] - m["start"]) == (start, len(words)), (m, text)
    # the text output lists the wire's part under each statement
    out = _quotes(tmp_path, capsys, files)
    assert out.count(words[:40]) >= 2, out


def test_a_split_quote_quoted_whole_by_two_outlets_stays_one_statement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # one outlet splits it by its cue, the other quotes both sentences in one go: one statement,
    # the same words, each member the whole quote
    files = {
        "a.txt": (
            "Bridge shut\n\nThe bridge was shut on Monday.\n\n"
            '"The cracks are wider than we thought," engineer Sunniva Berg said. "Nobody will cross it this year."\n'
        ),
        "b.txt": (
            "Bridge closed for a year\n\nThe bridge was shut on Monday.\n\n"
            '"The cracks are wider than we thought. Nobody will cross it this year," said engineer Sunniva Berg.\n'
        ),
    }
    data = _quotes(tmp_path, capsys, files, "--json")
    (st,) = data["statements"]
    assert st["wording"] == "same" and sorted(m["doc"] for m in st["members"]) == ["a", "b"], st
    assert all("part_of" not in m for m in st["members"]), st
