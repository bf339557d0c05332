"""t13ag N10, four kinds of fault in who said what:

* a pronoun's speaker is the nearest earlier person it can refer to: "…, she said" after a woman
  named since the last speaker (a man, or a speaker whose gender nothing tells) is hers;
* the noun object of "deny" ("denied the claim", "denies it") is no statement;
* a denial's words are what the speaker says is not so: the statement keeps its verb ("denied that
  any exit was locked") and lines up only with denials, never as the speaker's claim;
* a partial quote after a denied pronoun or noun ('denied this, saying "no door was locked"') is the
  quotation alone, never the denied object before it.

Each: the reported input (the tester's corpus, cut down) and two variants of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.group import statements
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article, Corpus


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str, str]]:
    """(speaker or None, quoted words, kind) of each quote in ``text``, in text order."""
    article = Article("t", Path("/x/t.txt"), "Fire\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.quoted, q.kind) for q in quotes]


def speaker_of(found: list[tuple[str | None, str, str]], words: str) -> str | None:
    hits = [sp for sp, quoted, _ in found if words in quoted]
    assert len(hits) == 1, found
    return hits[0]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # reported (t13ag web/dhaka-ledger-full.html)
        (
            'Factory owner Rezaul Haque denied the claim. "No door was locked. Our staff opened every gate'
            ' within minutes," Haque said in a statement issued by the Orvane Group.\n\nLabour and'
            " Employment Minister Farida Chowdhury visited the site on Wednesday and announced compensation"
            " of 200,000 taka for each victim's family. The government has also set up a $3 million relief"
            " fund, she said.",
            "relief fund",
            "Farida Chowdhury",
        ),
        # variant: the woman named as an object, not as her sentence's subject
        (
            '"The pumps were checked last month," Chidi Nwosu, the plant manager, said.\n\nReporters met'
            " Health Secretary Adaeze Okoro at the hospital on Thursday. Twelve patients remain in intensive"
            " care, she said.",
            "intensive care",
            "Adaeze Okoro",
        ),
        # variant: "he" after a speaker whose gender nothing tells, a man named since
        (
            '"We were never told," Shirin Akter said.\n\nThe mine\'s manager and part owner Tomas Lindqvist'
            " toured the shaft. The ventilation was working, he said.",
            "ventilation",
            "Tomas Lindqvist",
        ),
    ],
)
def test_pronoun_is_the_nearest_person_it_can_refer_to(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    assert speaker_of(said(rec, text), words) == speaker


def test_pronoun_of_no_known_gender_person_keeps_no_wrong_speaker(rec: Recognizer) -> None:
    """When nothing tells who "she" is, no woman named since: still the last speaker, as before."""
    text = '"The doors were open," Rezaul Haque said.\n\nThe inquiry will report in May, she said.'
    assert speaker_of(said(rec, text), "inquiry") in {"Rezaul Haque", None}


@pytest.mark.parametrize(
    "text",
    [
        # reported
        'Factory owner Rezaul Haque denied the claim. "No door was locked," Haque said.',
        # variants: another object, a pronoun object, the present tense
        "The ferry operator's director, Lena Kowalczyk, denied any wrongdoing.",
        "Harbour master Piet Aalders denied the allegations on Friday.",
    ],
)
def test_noun_object_of_deny_is_no_statement(rec: Recognizer, text: str) -> None:
    found = said(rec, text)
    assert not any(kind != "direct" for _, _, kind in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported (t13ag web/newsnow-page.txt)
        (
            "Fire official Anwar Kabir said investigators would examine CCTV footage. The factory's owner,"
            " Rezaul Haque, has denied that any exit was locked.",
            "denied that any exit was locked",
        ),
        # variants: the present tense, a clause without "that"
        ("The operator, Nordhavn Ferries, denies that the crew ignored the warnings.", "denies that the crew"),
        ("Coach Marta Lindgren denied the players had been paid.", "denied the players had been paid"),
    ],
)
def test_denial_keeps_its_verb(rec: Recognizer, text: str, expected: str) -> None:
    reported = [quoted for _, quoted, kind in said(rec, text) if kind == "reported"]
    assert any(quoted.startswith(expected) for quoted in reported), reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported (t13ag analysis/explainer.md)
        ('Factory owner Rezaul Haque denied this, saying "no door was locked".', '"no door was locked"'),
        # variants: another noun object and participle; a quotation ending the sentence with its stop
        (
            'The builder, Oskar Hallberg, denied the allegation, insisting "the beams were sound."',
            '"the beams were sound."',
        ),
        ('Minister Farida Chowdhury denied it, adding "every family will be paid".', '"every family will be paid"'),
    ],
)
def test_partial_quote_is_the_quotation_alone(rec: Recognizer, text: str, expected: str) -> None:
    partial = [(sp, quoted) for sp, quoted, kind in said(rec, text) if kind == "partial"]
    assert [quoted for _, quoted in partial] == [expected], partial
    assert partial[0][0] is not None


def quotes_of(tmp_path: Path, files: dict[str, str]) -> list[Quote]:
    out: list[Quote] = []
    for name, text in files.items():
        folder = tmp_path / f"c-{name}"
        folder.mkdir(parents=True)
        (folder / f"{name}.txt").write_text(text, "utf-8")
        out.extend(Analyser(Corpus.scan(folder), data_dir=tmp_path / f"d-{name}").doc(name).quotes)
    return out


@pytest.mark.parametrize(
    ("denial", "claim"),
    [
        # reported: NewsNow's denial beside the live blog's report
        (
            "The factory's owner, Rezaul Haque, has denied that any exit was locked.",
            "Factory owner Rezaul Haque says no exit was locked.",
        ),
        # variants: the denial worded as the claim's words; a denial of a claim with the same words
        (
            "Mayor Tomas Reinholt denied that the bridge had been closed for repairs.",
            "Mayor Tomas Reinholt said the bridge had been closed for repairs.",
        ),
        (
            "Coach Marta Lindgren denies that the players were paid to lose the match.",
            "Coach Marta Lindgren said the players were paid to lose the match.",
        ),
    ],
)
def test_denial_never_lined_up_with_a_report_of_its_words(tmp_path: Path, denial: str, claim: str) -> None:
    quotes = quotes_of(tmp_path, {"a": f"Story\n\n{denial}\n", "b": f"Story\n\n{claim}\n"})
    assert {q.doc for q in quotes if q.kind == "reported"} == {"a", "b"}, quotes
    for st in statements(quotes):
        kinds = {m.cue.lower().startswith("den") for m in st.members}
        assert len(kinds) == 1, [(m.doc, m.cue, m.quoted) for m in st.members]
