"""Round s30-h (t13q F10): a snippet of a match near the end of an article reaches back to fill
its width (180 columns, a CJK character taking two), as a match in mid-text fills it both ways.
Reported: ``관광객`` gave "…온 관광객과 함께 있었다」と話したと伝えました。" (26 characters),
``机制`` 34 and ``meses`` 77, where other snippets hold about 180."""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "snippets_t13q"

# Variants of our own: an English wire story and a Markdown article, the match in the last line.
HARBOUR = (
    "Ferry service halted after storm\n\n"
    "PORTMERE, March 4 (Northwire) - Ferries between Portmere and the islands stayed in port on "
    "Tuesday after overnight gales damaged the loading ramp at the main terminal.\n\n"
    "Engineers worked through the morning to secure the ramp, and the operator said passengers "
    "with bookings would be moved to later crossings free of charge.\n\n"
    "The harbour master said the vessels would sail again on Thursday."
)
MARKDOWN = (
    "# Orchard growers count the frost damage\n\n"
    "Growers across the valley woke to blackened blossom after the coldest April night in a decade, "
    "and many say half of this year's apricot crop is gone.\n\n"
    "## What comes next\n\n"
    "The growers' association will ask the regional government for emergency help next week, its "
    "chair told a meeting in the village hall.\n\n"
    "Insurers expect claims to be *assessed* by midsummer."
)


def cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("near_end")
    corpus = root / "c"
    corpus.mkdir()
    for name in ("elpais-es.txt", "nhk-jp.txt", "xinhua-cn.txt"):
        shutil.copy(FIXTURES / name, corpus / name)
    (corpus / "harbour.txt").write_text(HARBOUR, "utf-8")
    (corpus / "orchard.md").write_text(MARKDOWN, "utf-8")
    return corpus, root / "index"


@pytest.mark.parametrize(
    ("query", "doc", "lit"),
    [
        ("관광객", "nhk-jp", "관광객"),  # reported: 26 characters
        ("伝え", "nhk-jp", "伝え"),  # reported: 26 characters
        ("机制", "xinhua-cn", "机制"),  # reported: 34 characters
        ("meses", "elpais-es", "meses"),  # reported: 77 characters
        ("Thursday", "harbour", "Thursday"),  # variant: English, the last sentence
        ("assessed", "orchard", "assessed"),  # variant: Markdown (shown without its syntax)
    ],
)
def test_a_match_near_the_end_gets_a_snippet_of_full_width(
    capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path], query: str, doc: str, lit: str
) -> None:
    root, ix = corpus
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(ix), "search", query, "--json"]) == 0
    hits = {h["doc"]: h for h in json.loads(capsys.readouterr().out)["hits"]}
    hit = hits[doc]
    snippet = hit["snippet"]
    assert [snippet[a:b] for a, b in hit["matches"]] == [lit]
    assert snippet.startswith("…") and not snippet.endswith("…")  # the text's end, reached back from
    assert cells(snippet) >= 160, (cells(snippet), snippet)
    assert cells(snippet) <= 180 + 2 * 20 + 2  # the width, the whitespace snaps and the "…"
