"""A military command named by its service and its area ("Naval Forces Southern Luzon", "Marine
Forces Pacific") or by its last word ("Eastern Mindanao Command") is one ORG; a place's word after
a compass adjective ("Southern Luzon") is no short form of a body whose name holds it ("Luzon
News"); a compass adjective alone ("Southern", its place cut off by a line break) is never a place
(issue #16; t13an N11, round s46-b: ORG "Luzon News" took "Luzon" of the navy command, and
"in Southern" over "Luzon since 1998" gave a GPE "Southern"). The first case of each is the
tester's text cut down; the others are invented."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        # reported (t13an liveblog-channel5)
        (
            "Coast guard confirms 9 dead and 151 rescued. Navy divers from Naval Forces Southern Luzon "
            "have reached the hull.",
            "Naval Forces Southern Luzon",
        ),
        ("Help for the island came from Marine Forces Pacific on Monday.", "Marine Forces Pacific"),
        ("Soldiers from the Eastern Mindanao Command cleared the road.", "Eastern Mindanao Command"),
    ],
    ids=["reported-naval-forces", "marine-forces", "area-command"],
)
def test_military_command_is_one_org(rec: Recognizer, text: str, command: str) -> None:
    assert (command, "ORG") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "word", "body"),
    [
        # reported (t13an liveblog-channel5, the navy command's area written apart)
        (
            "Channel 5 Luzon News live desk. Follow Channel 5 Luzon News on Facebook. Divers from "
            "Southern Luzon have reached the hull.",
            "Luzon",
            "Channel 5 Luzon News",  # the outlet whole since round s47-e (t13anr: "Luzon News" was cut short)
        ),
        (
            "Follow Harbour Radio Mindanao News on Facebook. Floods hit farms across Mindanao on "
            "Sunday, Mindanao News said.",
            "Mindanao",
            "Mindanao News",
        ),
        (
            "Kestrel Valley Radio said the road was shut. Snow fell in northern Kestrel overnight, "
            "Kestrel Valley Radio said.",
            "Kestrel",
            "Kestrel Valley Radio",
        ),
    ],
    ids=["reported-southern-luzon", "across-mindanao", "northern-kestrel"],
)
def test_place_word_is_no_short_form_of_a_body(rec: Recognizer, text: str, word: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found
    assert (word, "ORG") not in found


@pytest.mark.parametrize(
    "text",
    [
        # reported (t13an starhorse-press-release, the wrapped line cut off by a blank line)
        "LUCENA CITY, March 14, 2026 — Starhorse Shipping Lines Inc. confirms that its vessel was "
        "involved in an incident off Gasan, Marinduque.\n\nStarhorse Shipping Lines Inc. has operated "
        "ferry services in Southern\n\nLuzon since 1998.",
        "DAVAO CITY, June 3, 2025 — Kestrel Air Cargo Inc. said its freighter was grounded at "
        "Laguindingan.\n\nKestrel Air Cargo Inc. has flown freight in Northern\n\nMindanao since 2001.",
        "TACLOBAN, May 9, 2024 - Leyte Bus Lines Corp. said two of its buses were damaged in Palo.\n\n"
        "Leyte Bus Lines Corp. has run routes across Eastern\n\nSamar for twenty years.",
    ],
    ids=["reported-southern", "northern", "eastern"],
)
def test_compass_adjective_alone_is_no_place(rec: Recognizer, text: str) -> None:
    found = names(rec, text)
    assert not any(name in ("Southern", "Northern", "Eastern") for name, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the full run's guard of round s13 (tests/analysis/test_name_kinds13.py) the command rule broke
        ("Figures from the Quarterly Labour Force Survey showed a rise.", "Quarterly Labour Force Survey"),
        ("The Joint Task Force Report was published on Friday.", "Joint Task Force Report"),
        ("Data from the Annual Armed Forces Census were released.", "Annual Armed Forces Census"),
    ],
)
def test_a_document_a_forces_name_heads_is_no_command(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "ORG") not in names(rec, text)
