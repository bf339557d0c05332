"""The comparison's export states the rule its pairs keep (tester t13ai N14): it said
"(similarity threshold 0.30)" and then listed pairs scored 0.24 and 0.29 with nothing to say why.
The stated threshold is the alignment's own; every pair below it is marked *vouched*, the key says
why such a pair is kept and down to which score (its order, a shared figure or quotation), and no
pair is kept under that floor but two sentences quoting the same words (none here). Inputs: the
tester's two wire stories (copied from its corpus), and two pairs of our own where a figure both
report, or their order, vouches for a weaker pair."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "t13ai"

FERRY_A = (
    "Ferry capsizes, 12 dead\n\n"
    "A crowded ferry capsized in the estuary near Halvik harbour on Monday evening, killing 12 passengers "
    "and leaving 30 missing, the coast guard said on Tuesday.\n\n"
    "The vessel was licensed to carry 150 people.\n"
)
FERRY_B = (
    "Ferry toll rises to 15\n\n"
    "Divers recovered more bodies on Tuesday from the ferry that capsized in the estuary, raising the death toll to 15.\n\n"
    "The coast guard had first said 12 passengers died. The toll later rose as divers searched the hull.\n\n"
    "Another 28 people were missing, said Ines Varga, a rescue volunteer from Brekka.\n\n"
    "The vessel was licensed to carry 150 people.\n"
)
MINE_A = (
    "Miners rescued in Ostrava\n\n"
    "Rescuers in Ostrava freed 14 miners on Thursday after a tunnel collapsed at the Karlov pit.\n\n"
    "The men had been trapped for two days about 800 metres underground.\n\n"
    "Company director Pavel Rudy thanked the rescue teams and promised a full inquiry.\n\n"
    "The pit will stay closed while inspectors check its supports.\n"
)
MINE_B = (
    "Fourteen miners freed\n\n"
    "All 14 miners trapped at the Karlov pit near Ostrava were brought to the surface on Thursday.\n\n"
    "The men were stuck for two days deep below ground after part of a shaft gave way.\n\n"
    "Rudy, who runs the mine, thanked the crews and said an inquiry would follow.\n\n"
    "Inspectors will examine the supports before the pit reopens.\n"
)


def _workspace(root: Path, files: dict[str, str]) -> Workspace:
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    return Workspace(corpus, root / "index")


def _reported(root: Path) -> Workspace:
    corpus = root / "corpus"
    corpus.mkdir()
    for name in ("reuters-haruka.txt", "ap-haruka.txt"):
        shutil.copy(FIXTURES / name, corpus / name)
    return Workspace(corpus, root / "index")


CASES = {
    "reported": (None, "reuters-haruka", "ap-haruka"),
    "ferry": ({"a.txt": FERRY_A, "b.txt": FERRY_B}, "a", "b"),
    "mine": ({"a.txt": MINE_A, "b.txt": MINE_B}, "a", "b"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_pair_below_the_stated_threshold_is_marked_and_explained(tmp_path: Path, case: str) -> None:
    files, a, b = CASES[case]
    ws = _reported(tmp_path) if files is None else _workspace(tmp_path, files)
    comparison = ws.compare(a, b)
    al = comparison.alignment
    md = comparison.markdown()
    stated = re.search(r"similarity threshold (\d\.\d\d)", md)
    assert stated is not None and float(stated.group(1)) == pytest.approx(al.threshold)
    below = [p for p in al.pairs if p.score < al.threshold]
    assert below, "each case has a pair kept below the threshold"
    assert all(p.score >= al.floor for p in al.pairs)  # no quotation pair here
    floor = re.search(r"down to (\d\.\d\d)", md)
    assert floor is not None and float(floor.group(1)) == pytest.approx(al.floor, abs=0.005)
    rows = [line for line in md.splitlines() if line.startswith("| ") and re.search(r"\| \d\.\d\d", line)]
    scored = [(float(m.group(1)), line) for line in rows if (m := re.search(r"\| (\d\.\d\d)[^|]*\|$", line))]
    assert len(scored) == len(al.pairs)
    for score, line in scored:
        # the shown score is rounded: a pair is marked exactly when its score is under the threshold
        assert ("vouched" in line) == (score < al.threshold or (score == al.threshold and "vouched" in line))
    assert sum("vouched" in line for _, line in scored) == len(below)
