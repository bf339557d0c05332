"""A data rate's short form is read as written: a lower-case "b" is a bit, a capital "B" a byte
(review s35-rv item 5, round s35-y). Units were looked up case-folded, so "300 MB/s" (megabytes)
was 300 Mbit/s and agreed with another outlet's "300 Mbps". A byte rate is compared with bit
rates as eight bits a byte: "300 MB/s" agrees with "2.4 Gbps" and never with "300 Mbps"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        # found (review s35-rv item 5)
        ("The backup link copies patient records at 300 MB/s, the trust said.", "300 MB/s", "MB/s"),
        # variants of my own: other spellings and prefixes of bytes
        ("The stolen files left the network at 40 MBps.", "40 MBps", "MB/s"),
        ("The old modem managed 56 KB/s.", "56 KB/s", "kB/s"),
        ("The array writes 1.5 gigabytes per second.", "1.5 gigabytes per second", "GB/s"),
        # bits stay bits, in lower case or not
        ("The link runs at 300 Mbps.", "300 Mbps", "Mbit/s"),
        ("The backbone carries 10 Gb/s.", "10 Gb/s", "Gbit/s"),
        ("The line gives 56 kbps.", "56 kbps", "kbit/s"),
    ],
)
def test_a_rate_is_read_in_bits_or_bytes_as_written(text: str, written: str, unit: str) -> None:
    figs = [(text[f.start : f.end], f.kind, f.unit) for f in figures_of(text)]
    assert figs == [(written, "quantity", unit)], figs


def test_a_rate_written_in_capitals_says_neither() -> None:
    text = "The link runs at 300 MBPS."
    assert [f.unit for f in figures_of(text) if f.kind == "quantity"] == [], figures_of(text)


def _rows(*texts: str) -> list[tuple[str, str, list[str]]]:
    return [(f.label, f.status, sorted(value_text(v) for v in f.values)) for f in sheet(*texts)]


@pytest.mark.parametrize(
    "texts",
    [
        # found (review s35-rv item 5, rv-tmp/f3)
        (
            "The hospital's backup link copies patient records at 300 MB/s, the trust said.",
            "The hospital's backup link runs at 300 Mbps, the trust said.",
        ),
        # variants of my own
        (
            "The stolen files left the network at 40 MBps.",
            "The stolen files left the network at 40 megabits per second.",
        ),
        ("The new cable carries 10 GB/s between the sites.", "The new cable carries 10 Gbit/s between the sites."),
    ],
)
def test_bytes_never_agree_with_as_many_bits(texts: tuple[str, str]) -> None:
    rows = _rows(*texts)
    assert not [r for r in rows if r[1] == "agree"], rows


@pytest.mark.parametrize(
    ("texts", "shown"),
    [
        (
            ("The backup link copies records at 300 MB/s.", "The backup link copies records at 2.4 Gbps."),
            ["2.4 Gbit/s", "300 MB/s"],
        ),
        (
            ("The stolen files left at 5 megabytes per second.", "The stolen files left at 40 Mbps."),
            ["40 Mbit/s", "5 MB/s"],
        ),
    ],
)
def test_a_byte_rate_agrees_with_its_bits(texts: tuple[str, str], shown: list[str]) -> None:
    rows = _rows(*texts)
    assert [(r[1], r[2]) for r in rows] == [("agree", shown)], rows
