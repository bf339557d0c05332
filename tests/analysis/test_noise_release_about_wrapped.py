"""A plain-text press release whose "About <organisation>" paragraph is hard-wrapped where the
next line opens with a capitalised word ("… ferry services in Southern" over "Luzon since 1998
…") or a figure: the wrapped lines are one paragraph, as the release's other paragraphs wrapped
at the same column are, and the "About" header with its paragraph is press-release furniture
(issue #14; t13an N6, round s46-b: the header was called a navigation link "with no paragraph
under it" and the paragraph stayed content, split in two). The first case is the tester's
release cut down; the others are invented (other firms, places and a wrap before a year)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.blocks import split_blocks
from waic_reader.index.corpus.reader import Corpus

REPORTED = """FOR IMMEDIATE RELEASE

Starhorse Shipping Lines statement on the MV Santa Rosalind incident

LUCENA CITY, March 14, 2026 — Starhorse Shipping Lines Inc. confirms that its vessel
MV Santa Rosalind was involved in a maritime incident off Gasan, Marinduque, at
approximately 6:00 a.m. today.

As of 4:00 p.m., we have confirmed 14 fatalities. 148 persons have been rescued and
the company is working with the Philippine Coast Guard to locate the others.

About Starhorse Shipping Lines
Starhorse Shipping Lines Inc. has operated roll-on/roll-off ferry services in Southern
Luzon since 1998 and carries more than 1.2 million passengers a year.

Media contact:
Bernadette Quilantang-Sy, Corporate Communications
Tel. +63 42 555 0187
###
"""

NORTHERN = """FOR IMMEDIATE RELEASE

Kestrel Air Cargo resumes flights to Cagayan de Oro

DAVAO CITY, June 3, 2025 — Kestrel Air Cargo said on Tuesday that it will resume its
daily freighter service to Cagayan de Oro from next week, after repairs to the runway
lights were finished by the airport authority.

The airline expects to carry about 40 tonnes of fruit and fish a day on the route and
will add a second flight in the harvest season if demand holds.

About Kestrel Air Cargo
Kestrel Air Cargo is a privately held freight airline flying six aircraft in Northern
Mindanao and the Visayas, with its maintenance base at Laguindingan.

Press contact:
Mariel Dacanay-Ortiz
###
"""

YEAR = """PRESS RELEASE

Valdmark Ferries orders two electric ships

TROMSØ, 12 September 2024 - Valdmark Ferries has signed a contract for two battery
electric ferries with a yard in western Norway, to enter service on the island routes
in the spring of 2027.

The company said the ships would cut its yearly fuel use by about four million litres,
and that the old diesel ferries would be sold after the new ones are delivered.

About Valdmark Ferries
Valdmark Ferries runs eleven car ferry routes along the coast of Troms and was founded in
1952 by a group of island municipalities, which still own most of its shares.

Media contact:
Ingrid Solheim, communications
ENDS
"""

CASES = [
    (REPORTED, "About Starhorse Shipping Lines", "in Southern\nLuzon since 1998"),
    (NORTHERN, "About Kestrel Air Cargo", "in Northern\nMindanao and"),
    (YEAR, "About Valdmark Ferries", "founded in\n1952 by"),
]
IDS = ["reported", "capitalised-region", "wrapped-before-year"]


@pytest.mark.parametrize(("text", "header", "wrap"), CASES, ids=IDS)
def test_about_paragraph_wrapped_before_capital_is_one_block(text: str, header: str, wrap: str) -> None:
    blocks = split_blocks(text)
    [para] = [b for b in blocks if wrap in b.text]
    assert para.text.endswith(".")  # the wrapped lines joined into one paragraph
    assert header not in para.text  # the header stays a line of its own


@pytest.mark.parametrize(("text", "header", "wrap"), CASES, ids=IDS)
def test_about_header_and_wrapped_paragraph_are_release_furniture(
    tmp_path: Path, text: str, header: str, wrap: str
) -> None:
    (tmp_path / "release.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    noise = {seg.text.strip(): seg for seg in split.noise}
    assert noise[header].kind == "press-release"
    assert "no paragraph under it" not in noise[header].reason
    [para] = [seg for key, seg in noise.items() if wrap in key]
    assert para.kind == "press-release"
    content = " ".join(seg.text for seg in split.content)
    assert wrap.split("\n", maxsplit=1)[0] not in content
    assert wrap.split("\n")[1] not in content
