"""A sentence whose own subject is a public body before its speech verb credits that body, or no
named speaker: never the organisation named most in the article (issue 13, acceptance test t13f
F4: "The regional council said it would review emergency procedures …" was credited to Nordbank,
from an earlier "Analysts at Nordbank said …").

The first case is the reported input; the others are invented. "The company said" still stands
for the firm the article is about (a firm's own word, not a body of its own)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.tui.cli.main import main

NORDBANK = "Shares in Brightwater Ferries Ltd fell 18% on Friday.\n\nAnalysts at Nordbank said the claims could reach 45 million euros.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def credited(rec: Recognizer, text: str, words: str) -> tuple[str | None, str | None]:
    """(speaker name, type) of the quote holding ``words``; raises StopIteration when none does."""
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quote = next(q for q in find_quotes(article, rec.recognize(article)) if words in text[q.start : q.end])
    return (quote.speaker.name, quote.speaker.type) if quote.speaker else (None, None)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The regional council said it would review emergency procedures for all ferry routes operating in the sound.",
            "review emergency procedures",
        ),
        ("The ministry said it would publish the inspection reports next week.", "publish the inspection"),
        ("The transport ministry's spokesman said checks were under way on every vessel.", "checks were under way"),
        ("The harbour authority said the channel would reopen on Monday.", "channel would reopen"),
    ],
)
def test_a_body_as_subject_is_never_an_earlier_organisation(rec: Recognizer, sentence: str, words: str) -> None:
    assert credited(rec, NORDBANK + "The company has 14 vessels in service.\n\n" + sentence + "\n", words) == (
        None,
        None,
    )


def test_the_body_the_article_names_is_credited(rec: Recognizer) -> None:
    text = (
        "The Halvern Regional Council met on Thursday.\n\n"
        + NORDBANK
        + "The regional council said it would review emergency procedures.\n"
    )
    assert credited(rec, text, "review emergency") == ("Halvern Regional Council", "ORG")
    text = (
        "The Ministry of Transport ordered checks.\n\n" + NORDBANK + "The ministry said it would publish the reports.\n"
    )
    assert credited(rec, text, "publish the reports") == ("Ministry of Transport", "ORG")


def test_a_firm_s_own_word_still_stands_for_the_firm(rec: Recognizer) -> None:
    text = "Kestrel Hydro said output fell by a third.\n\nThe company said it would cut 200 jobs.\n"
    assert credited(rec, text, "cut 200 jobs") == ("Kestrel Hydro", "ORG")


def test_quotes_json_of_the_reported_article(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``quotes DOC --json`` as the tester ran it: no "it would review …" under Nordbank."""
    root = tmp_path / "ferry"
    root.mkdir()
    council = "The regional council said it would review emergency procedures for all ferry routes.\n\n"
    (root / "bw.md").write_text(
        "## Markets\n\n" + NORDBANK + council + "Local shops stayed open late.\n\n" + council, "utf-8"
    )
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "bw", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by = {s["name"]: [q["text"] for q in s["quotes"]] for s in data["speakers"]}
    assert by.get("Nordbank") == ["the claims could reach 45 million euros"]
    assert not any("review emergency" in t for texts in by.values() for t in texts)
