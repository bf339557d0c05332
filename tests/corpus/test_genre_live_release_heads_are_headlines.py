"""Headlines that look like an outlet's header are headlines (review s49-rv findings 1, 2, 3): a
genre word before a bar or dash opens a headline ("Review | Dune Part Two"); the Title Case
headline under "FOR IMMEDIATE RELEASE" is no issuer (a body's name holds an organisation's word
or is named again in the contact or About lines); an event's or a brand's name before "— LIVE:"
is no outlet (an outlet's name carries a call sign, a channel number or a media word). The
shapes round s49-m read (tests/corpus/test_outlet_live_release_genre_heads.py) still name theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Article, Corpus

BODY = (
    "The council's vote on Tuesday to close three libraries was a mistake, and the reasons are plain.\n\n"
    "Residents packed the meeting and officials said the decision would be reviewed next month."
)


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    "head",
    [
        "Review | Dune Part Two",  # reported
        "Analysis — Why The Council Got It Wrong",  # reported
        "Explainer: How The Ferry Deal Fell Apart",
        "Feature · Inside The Last Mill In Kellby",
        "Exclusive | Kellby Mayor Quits Over Ferry Deal",
    ],
)
def test_a_genre_kicker_opens_a_headline(tmp_path: Path, head: str) -> None:
    article = _article(tmp_path, f"{head}\n\n{BODY}\n")
    assert article.outlet is None
    assert article.title == head


@pytest.mark.parametrize(
    "text",
    [
        "FOR IMMEDIATE RELEASE\n\nCity Announces New Park Funding\n\nMILLBROOK, Calif. — The City of Millbrook "
        "today announced $2 million in new funding for parks.\n\nContact: Jamie Lee, 555-0100\n",  # reported
        "PRESS RELEASE\n\nGovernor Signs Wildfire Relief Bill\n\nSACRAMENTO — Governor Ellen Park signed the "
        "wildfire relief bill on Friday, sending aid to burned towns.\n",  # reported
        "FOR IMMEDIATE RELEASE\n\nMayor Opens Restored Harbour Library\n\nKELLBY — Mayor Dana Whit opened the "
        "restored library on Monday after two years of work.\n\nMedia Contact: Jo Smith, 555-0199\n",
        "PRESS RELEASE\n\nCouncil Approves Harbour Budget\n\nORLEN VALE — The council approved the harbour "
        "budget on Saturday, officials said.\n",
    ],
)
def test_a_release_headline_is_no_issuer(tmp_path: Path, text: str) -> None:
    article = _article(tmp_path, text)
    headline = text.split("\n\n")[1]
    assert article.outlet != headline
    assert article.title == headline


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (  # named again in its About line
            "FOR IMMEDIATE RELEASE\n\nBrightwater Labs\n\nBrightwater Labs opens a new plant\n\nKELLBY — The firm "
            "said on Monday that 200 jobs would be created.\n\nAbout Brightwater Labs\nBrightwater Labs makes sensors.\n",
            "Brightwater Labs",
        ),
        (
            "PRESS RELEASE\n\nKellby Harbour Trust\n\nMarch 3, 2026\n\nFerry pier reopens\n\n" + BODY + "\n",
            "Kellby Harbour Trust",
        ),
    ],
)
def test_a_bodys_name_is_still_the_issuer(tmp_path: Path, text: str, outlet: str) -> None:
    assert _article(tmp_path, text).outlet == outlet


@pytest.mark.parametrize(
    "head",
    [
        "Champions League Final — LIVE: Real Madrid v Dortmund at Wembley",  # reported
        "Apple Event — LIVE: iPhone 17 unveiled in Cupertino",  # reported
        "Election Night | LIVE UPDATES: counting under way in Kellby",
        "Harvest Festival - UPDATE: parade moved to Sunday",
    ],
)
def test_an_events_name_before_live_is_the_headline(tmp_path: Path, head: str) -> None:
    article = _article(tmp_path, f"{head}\n\n{BODY}\n")
    assert article.outlet is None
    assert article.title == head
