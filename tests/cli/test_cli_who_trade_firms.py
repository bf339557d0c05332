"""``who:`` finds a firm named by a marine, haulage or towage trade in every article, also where a
verb comes before it mid-sentence or "and" joins it to another firm (t13f F1 (c), round s22-a:
"The order lifts Morrow Marine, which ..." named nobody, "Corvel Haulage and Ostrava Freight" was
one glued name). The reported sentences and two invented firms."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits


def corpus(firm: str, other: str) -> dict[str, str]:
    return {
        "a.txt": f"Ban lifted\n\nThe order lifts {firm}, which had been barred from the harbour since May.\n",
        "b.txt": f"Firms to merge\n\n{firm} and {other} said on Monday they would merge.\n",
    }


@pytest.mark.parametrize(
    ("firm", "other"),
    [
        ("Morrow Marine", "Ostrava Freight"),  # reported firm
        ("Corvel Haulage", "Ostrava Freight"),  # reported pair
        ("Skarvik Towage", "Halden Logistics"),
    ],
)
def test_who_finds_a_trade_firm_in_every_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, firm: str, other: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, corpus(firm, other))
    assert found["ORG"][firm] == ["a", "b"], found["ORG"]
    assert found["ORG"][other] == ["b"], found["ORG"]
    assert not any(" and " in name for names in found.values() for name in names), found
    got = hits(capsys, root, f'who:"{firm}"')
    assert got == {"a": [firm], "b": [firm]}, got
