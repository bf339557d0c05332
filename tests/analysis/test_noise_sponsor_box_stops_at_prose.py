"""A sponsor box set inside an article is its heading and at most its blurb: the article's own
paragraphs after it stay the article's, whether a footer follows or the page ends (review s46-rv
finding 4: the lines under a one-line box down to the footer or the page's end were taken as
advertisement). The reported page with and without its footer, and two variants: another heading
with plain prose after the blurb, and a box whose partner the article names again in a quote.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

REPORTED = """Valley council approves new flood barrier

By Ann Lee, Valley Herald

March 4, 2026

The Valley council on Tuesday approved a £12 million flood barrier along the river, after three winters of flooding in the lower town.

Councillors voted 9 to 2 for the plan, which will be paid for by the county and a national grant.

Our Sponsors

Harbourside Credit Union supports independent local news in the valley.

Work on the barrier will begin in June and should finish before the winter of 2027, the council's engineer said.

Residents of the lower town will be able to see the plans at the library from next week.
"""
FOOTER = "\n© 2026 Valley Herald. All rights reserved.\n"

PARTNERS = """School bus passes go online

By Tom Hale, Millbrook Gazette

August 12, 2026

Families in the four villages will apply for school bus passes online this year, the county has announced.

Our Community Partners

Millbrook Garden Centre backs the Gazette's coverage of local schools.

The new school term starts on 7 September for pupils in all four villages and the town.

Parents can apply for the passes until the end of August, and paper forms remain at the library.
"""

NAMED = """Cycle club rides the length of the canal

By Ruth Amos

June 2, 2026

Twelve members of the Hebden cycle club rode the full length of the canal towpath on Saturday, 127 miles in two days.

Our Sponsor

Kestrel Bikes

Kestrel Bikes builds touring bikes in Leeds.

"Kestrel Bikes lent us spare wheels for the whole route, and we needed four of them," said the club's secretary, Jo Marsh.

The club plans a coast-to-coast ride next spring and is raising money for the canal trust.
"""


def _split(tmp_path: Path, text: str) -> tuple[str, dict[str, str]]:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    return " ".join(s.text for s in split.content), {s.text.strip(): s.kind for s in split.noise}


@pytest.mark.parametrize(
    ("page", "box", "after"),
    [
        (
            REPORTED + FOOTER,
            "Harbourside Credit Union supports",
            ["Work on the barrier will begin", "Residents of the lower town"],
        ),
        (
            REPORTED,
            "Harbourside Credit Union supports",
            ["Work on the barrier will begin", "Residents of the lower town"],
        ),
        (PARTNERS, "Millbrook Garden Centre backs", ["The new school term starts", "Parents can apply for the passes"]),
        (
            NAMED,
            "Kestrel Bikes builds touring bikes",
            ['"Kestrel Bikes lent us spare wheels', "The club plans a coast"],
        ),
    ],
    ids=["reported-footer", "reported-page-end", "partners-plain-prose", "named-partner-quoted"],
)
def test_sponsor_box_ends_before_the_articles_prose(tmp_path: Path, page: str, box: str, after: list[str]) -> None:
    content, noise = _split(tmp_path, page)
    assert {noise[k] for k in noise if k.startswith(box)} == {"advertisement"}, noise
    for start in after:
        assert start in content, (start, noise)


HEADED = """Night market returns to the old docks

By Priya Shah

May 9, 2026

The night market returns to the old docks on Friday, with 80 stalls and a stage for local bands.

{heading}

Tidewater Brewing

Tidewater Brewing has poured its ales on the docks since 2011.

The market opens at 6pm and runs until midnight every Friday through September, organisers said.

Entry is free, and the council has laid on extra buses from the station.
"""


@pytest.mark.parametrize("heading", ["Sponsored by", "In partnership with", "Presented by"])
def test_sponsor_box_under_a_sponsored_by_heading(tmp_path: Path, heading: str) -> None:
    """Review s46-rv finding 11: only "our … partner(s)/sponsor(s)" headed a box."""
    content, noise = _split(tmp_path, HEADED.format(heading=heading))
    assert noise.get("Tidewater Brewing") == "advertisement", noise
    assert noise.get("Tidewater Brewing has poured its ales on the docks since 2011.") == "advertisement", noise
    for start in ["The market opens at 6pm", "Entry is free"]:
        assert start in content, (start, noise)
