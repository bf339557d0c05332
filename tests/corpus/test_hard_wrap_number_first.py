"""A hard-wrapped line opening with a number ("1,500 operating hours, …", "10:45 p.m., said …",
"12,000 crossings") runs on from the line before as one opening with a word does: the joiner's
"would the next line's first word have fitted" test measures the whole first token, as a wrapper
does, not the number's first digits (s30-i, t13q F2: probe2/b.txt, wrapped greedily at 70 columns,
was two paragraphs split mid-sentence before "1,500", where "1" would have fitted on the line
above). The first case is the reported file; the others are invented (a time at 72 columns, a
number with a thousands separator under no blank-line layout); the guard keeps a paragraph that
ends well short of the column apart from one opening with a number. Old wire copy (t13q's
data/ap-wire-1987style.txt, a line or two over the 60-column wrap) split '… shortly after' from
'9:20 a.m., said …': a line ending mid-sentence on a word in lower case runs on into a line opening
in lower case or with a number, however short it is of the widest line."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.blocks import split_blocks

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30i"

FERRY = (
    "The harbour ferry left the Nordby pier on Tuesday evening, and the first\n"
    "call to the coastguard came in shortly after the engines failed, at\n"
    "10:45 p.m., said a spokeswoman for the port authority, who added that\n"
    "the crew of five and all forty passengers were brought ashore safely.\n"
)
QUAY = (
    "Figures released by the Valdmark council show that the old quay wall was\n"
    "last repaired in 2019, while engineers advise a survey after every\n"
    "12,000 crossings, or about once a year, the council said on Monday.\n"
)

# Old wire copy, paragraphs marked by a three-space indent, a line or two overshooting the column
# (the widest line then tells a column the short line's next word would have fitted in).
AP_FERRY = (
    "   NORDBY, Norway (AP) _ A ferry carrying 80 passengers lost\n"
    "power off this island town on Friday, and drifted for an hour\n"
    "before tugs towed it back to the harbour, the coast guard said.\n"
    "   The ferry had left the pier at nine and reported the fault\n"
    "to the harbour office of the town shortly before\n"
    "10 p.m., said coast guard spokeswoman Kari Lund, who added\n"
    "that nobody was hurt and that all went ashore by midnight.\n"
)
AP_QUAY = (
    "   VALDMARK, Norway (AP) _ The town council voted on Tuesday to\n"
    "rebuild the old quay wall, which engineers had warned could\n"
    "fail in a winter storm, at a cost the council put at 40 million.\n"
    "   Mayor Tor Lien said the work would begin in the spring and\n"
    "would last until the end of the summer and into the\n"
    "autumn, with the ferry moved to a temporary pier meanwhile.\n"
)


def paragraphs(text: str) -> list[str]:
    return [" ".join(b.text.split()) for b in split_blocks(text)]


def one_line(lines: str) -> str:
    return " ".join(lines.split())


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (  # the reported file (70 columns; "1,500" would not have fitted after "every")
            (FIXTURES / "hardwrap-number-first.txt").read_text("utf-8"),
            "Documents seen by this newspaper show the clamps were last taken apart in 2023, although the "
            "manufacturer recommends an inspection every 1,500 operating hours, or roughly every eight months "
            "in a busy season. Investigators said the older clamps were a concern for the inquiry.",
        ),
        ("Ferry loses power off Nordby\n\n" + FERRY, one_line(FERRY)),  # a time at 72 columns
        ("Quay wall survey overdue\n\n" + QUAY + "\nThe council will meet again in May.\n", one_line(QUAY)),
    ],
    ids=["reported-1,500", "time-10:45", "thousands-12,000"],
)
def test_a_wrapped_line_opening_with_a_number_runs_on(text: str, joined: str) -> None:
    assert joined in paragraphs(text)
    for b in split_blocks(text):
        assert text[b.start : b.end] == b.text


def test_the_reported_72_column_file_keeps_its_paragraph() -> None:
    got = paragraphs((FIXTURES / "hardwrap72.txt").read_text("utf-8"))
    assert not any(p.startswith("1,500") for p in got)
    assert any("an inspection every 1,500 operating hours" in p for p in got)


def test_a_paragraph_ending_well_short_stays_apart_from_a_number_opening_the_next() -> None:
    text = (
        "Ferry loses power off Nordby\n\n"
        "The harbour ferry left the Nordby pier on Tuesday evening, and the first\n"
        "call to the coastguard came in shortly after the engines failed.\n"
        "12 passengers were taken to hospital in Valdmark with minor injuries,\n"
        "the port authority said, and all of them had been released by midnight.\n"
    )
    got = paragraphs(text)
    assert any(p.startswith("12 passengers") for p in got)


@pytest.mark.parametrize(
    ("text", "opening", "run_on"),
    [
        (  # the reported file: '… shortly after' over '9:20 a.m., said police spokesman Lukasz Wrobel.'
            (FIXTURES / "ap-wire-1987style.txt").read_text("utf-8"),
            "The cabin of the Grauhorn line",
            "shortly after 9:20 a.m., said police spokesman Lukasz Wrobel.",
        ),
        (AP_FERRY, "The ferry had left the pier", "shortly before 10 p.m., said coast guard"),
        (AP_QUAY, "Mayor Tor Lien said", "and into the autumn, with the ferry"),
    ],
    ids=["reported-ap-9:20", "ap-10-p.m.", "ap-lower-case"],
)
def test_a_line_ending_mid_sentence_runs_on_under_an_overshooting_column(text: str, opening: str, run_on: str) -> None:
    # No paragraph ends on a word in lower case ("shortly after") over a line opening in lower case
    # or with a number, whatever the widest line says of the column.
    [para] = [p for p in paragraphs(text) if p.startswith(opening)]
    assert run_on in para
