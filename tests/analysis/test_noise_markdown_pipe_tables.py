"""A Markdown pipe table's rows are the article's (t13y G13): the header over a separator row and
the rows under it, however few figures a row holds or whether it has outer bars ("Höhe des Damms
| 48 m | Behörde" read alone as a menu row and was hidden as navigation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

LEAD = "---\ntitle: The dam\n---\n\nThe dam above Kellby broke on Monday night, the regional office said.\n\n"


@pytest.mark.parametrize(
    "table",
    [
        "Messgröße | Wert | Quelle\n:-- | --: | ---\nHöhe des Damms | 48 m | Behörde\n",
        "Measure | Value | Source\n--- | --- | ---\nHeight of the dam | 48 m | regional office\n"
        "Homes destroyed | 90 | fire service\n",
        "| Figure | Value |\n|:--|--:|\n| Depth of the refuge chamber | 420 m |\n| Rescue shaft width | 60 cm |\n",
    ],
)
def test_the_rows_are_content(tmp_path: Path, table: str) -> None:
    (tmp_path / "dam.md").write_text(LEAD + table + "\nRepairs will take a year, engineers said.\n", "utf-8")
    split = split_noise(Corpus.scan(tmp_path).article("dam"))
    noise = [seg.text for seg in split.noise]
    assert not any("|" in t for t in noise), noise
