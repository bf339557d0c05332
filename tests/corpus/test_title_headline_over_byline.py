"""A text's first line set straight over its byline, a date stamp or a dateline is its headline,
even when it opens with a kicker ("Opinion:", "Analysis:", "EXCLUSIVE:", "Live:") or ends like a
sentence, or holds several (t13ao N4: an opinion piece headed "Opinion: The Halden bridge did not
fall. It was let go." over "By … | The Harbour Review | 17 October 2025" was titled by the first
sentence of its body, and its headline was kept as a content paragraph)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Article, Corpus

# The reported file (t13ao corpus, opinion-harbour-review.txt), its first paragraphs.
REPORTED = (
    "Opinion: The Halden bridge did not fall. It was let go.\n"
    "By Ruairí Mbatha-Sørensen | The Harbour Review | 17 October 2025\n\n"
    "For years, the people of Velmora were told the Halden Strait Bridge was safe. On Tuesday evening, at "
    "17:42, that promise fell into the sea with fourteen vehicles and the lives of at least eleven people.\n\n"
    'Transport Minister Aurélie Nkemdirim-Voss says the bridge "passed its last inspection in March". '
    "Passed what, exactly? Cooperation after the fact is cheap.\n\n"
    "Ruairí Mbatha-Sørensen is a columnist for The Harbour Review.\n"
)
BODY = (
    "Three weeks after the Kessering dam spilled into the valley, the families of Ostrava Lane still wait "
    "for the regional council to say who will rebuild their homes.\n\n"
    "The council's own report, published on Monday, puts the cost at 41 million crowns. The insurer says "
    "it will pay a third of that.\n"
)


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # the reported input: a kicker and two sentences, over a byline of fields
        (REPORTED, "Opinion: The Halden bridge did not fall. It was let go."),
        # a kicker and two questions' worth of sentences over a byline, a blank line between
        (
            f"Analysis: Who pays? Nobody knows.\n\nBy Tomasz Eriksen-Abara | Kellby Ledger | 3 March 2026\n\n{BODY}",
            "Analysis: Who pays? Nobody knows.",
        ),
        # a kicker in capitals over a paragraph opening with a wire dateline
        (
            "EXCLUSIVE: The dam's inspectors were never paid. Their reports were never read.\n"
            "KESSERING, March 3 (Nordwire) - The engineers hired to inspect the Kessering dam were never paid "
            "for their last two visits, documents seen by Nordwire show.\n\n" + BODY,
            "EXCLUSIVE: The dam's inspectors were never paid. Their reports were never read.",
        ),
        # a live page's kicker over a date stamp
        (
            f"Live: Kessering dam breach. Evacuations continue.\nUpdated 14:05 GMT, 3 March 2026\n\n{BODY}",
            "Live: Kessering dam breach. Evacuations continue.",
        ),
    ],
    ids=["reported-opinion-over-byline", "analysis-over-byline", "exclusive-over-dateline", "live-over-stamp"],
)
def test_the_first_line_over_a_byline_is_the_headline(tmp_path: Path, text: str, headline: str) -> None:
    article = _article(tmp_path, text)
    assert article.title == headline
    # The headline's block is the title, not a paragraph of the article's content.
    assert article.blocks[0].kind == "title" and article.blocks[0].text == headline


def test_a_first_sentence_over_prose_is_no_headline(tmp_path: Path) -> None:
    # No byline, stamp or dateline under it: a text opening with its lead keeps it as prose.
    article = _article(tmp_path, f"The council met on Monday. It decided nothing.\n\n{BODY}")
    assert article.blocks[0].kind == "paragraph"


def test_a_long_first_paragraph_over_a_byline_is_no_headline(tmp_path: Path) -> None:
    # More words than a headline has (a lead set over a byline at the foot of a letter, say).
    lead = (
        "Three weeks after the Kessering dam spilled into the valley, the families of Ostrava Lane still wait "
        "for the council to say who will rebuild their homes and when."
    )
    article = _article(tmp_path, f"{lead}\nBy Tomasz Eriksen-Abara | Kellby Ledger | 3 March 2026\n\n{BODY}")
    assert article.blocks[0].kind == "paragraph" and article.title != lead
