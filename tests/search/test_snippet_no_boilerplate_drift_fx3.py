"""Review s51-rv F1 (round s51-s): a hit in the article's own text whose query has a word only
in the page's boilerplate, far from the article's matches (an OR query's second word, or a word
only in the related-stories list), shows the article's own text as its snippet, as the README
promises ("a hit in the article itself: its text outside the boilerplate"): no masthead or date
line drifts in. The whole page gives the window only when a stretch there holds more of the
query's words than the article's best (test_snippet_words_in_boilerplate_s51s)."""

from __future__ import annotations

import pytest

from waic_reader.index.workspace import Workspace

FLOOD = """Floods hit Kalgoorlie as river bursts banks

Halvik Herald
14 March 2026

KALGOORLIE — Heavy flooding swept through Kalgoorlie on Friday after the river burst its banks, officials said. The flood water reached the town centre and closed the main road for hours.

The council opened an evacuation centre at the showgrounds and asked residents of low-lying streets to leave before dark. Volunteers handed out sandbags until midnight, and the state government promised emergency payments to families whose homes were damaged.

Local businesses said it would take weeks to reopen. Insurers have sent assessors to the area.

Related stories
- Storm warning for Perth coast as storm front nears
- Storm damage in Esperance: storm bill tops $2m
- Storm chasers flock to the Goldfields storm
"""
FIRE = """Bushfire forces evacuation of Tarrow Valley

Coastal Courier
2 February 2025

TARROW VALLEY — A bushfire burning out of control forced hundreds of people from their homes in Tarrow Valley on Sunday, and firefighters said the fire front was moving east.

Crews from three districts fought the blaze through the night with water bombers, while an evacuation centre opened at the Tarrow Valley school hall for families and their pets.

The fire service said conditions would ease on Tuesday, when rain is forecast across the region.

More from the Courier
- Heatwave grips the coast for a fifth day
- Heatwave: hospitals report record admissions
- Farmers count cost of heatwave on crops
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("snippet_drift")
    (root / "corpus").mkdir()
    (root / "corpus" / "flood.txt").write_text(FLOOD, "utf-8")
    (root / "corpus" / "fire.txt").write_text(FIRE, "utf-8")
    ws = Workspace(root / "corpus", root / "index")
    ws.ensure_index()
    return ws


@pytest.mark.parametrize(
    ("query", "masthead", "lit"),
    [
        ("flood OR storm", ("Halvik Herald", "14 March 2026"), "flood"),
        ("Kalgoorlie storm", ("Halvik Herald", "14 March 2026"), "Kalgoorlie"),
        ("bushfire OR heatwave", ("Coastal Courier", "2 February 2025"), "bushfire"),
        ("Tarrow heatwave", ("Coastal Courier", "2 February 2025"), "Tarrow"),
    ],
    ids=["reported-or", "reported-and", "fire-or", "fire-and"],
)
def test_no_masthead_in_a_content_hits_snippet(
    workspace: Workspace, query: str, masthead: tuple[str, str], lit: str
) -> None:
    hits = [h for h in workspace.search(query).hits if "content" in h.where]
    assert hits
    for hit in hits:
        assert not any(m in hit.snippet for m in masthead), (query, hit.snippet)
    assert any(lit.casefold() in {hit.snippet[a:b].casefold() for a, b in hit.matches} for hit in hits)
