"""Who said what (#16, round s45-q): review s45-rv findings 11, 25, 26 and 19, tester t13am N9.
Each kind: the reported input first, then two variants of our own (names invented).

Before: "Smith and Jones said they were disappointed." (and "Procter and Gamble said", "Marks and
Spencer said", "Harwick and Tarlow said") gave no quote at all, the pair untyped; "The Bank of England raised rates … the central bank said."
was unattributed (a body the article names before whose name holds the noun is that kind's);
"Ellis, Tarlow's chairman, told shareholders …" was unattributed with the apposition for its words,
"Novak, of the Campaign for Better Transport, said …" the campaign's;
'Ilse Varnholt called it "the worst …" and said the state would seek a fine' was one partial quote
starting "it", grouped with the "worst" statements rather than the other outlets' fines;
"According to Fiona Blake, whose union has 300,000 members, the offer is too low." quoted
"000 members, the offer is too low" (the relative clause ended at the figure's comma)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _said(rec: Recognizer, docs: dict[str, str]) -> dict[str, list[tuple[str | None, str]]]:
    """doc -> (speaker's name or None, words) of each quote, the speakers merged over ``docs``."""
    found = {}
    for doc, body in docs.items():
        article = Article(doc, Path(f"/x/{doc}.txt"), "Story\n\n" + body + "\n", "utf-8", "", True, None, True)
        found[doc] = find_quotes(article, rec.recognize(article))
    return {
        doc: [(q.speaker.name if q.speaker is not None else None, q.text) for q in qs]
        for doc, qs in merge_speakers(found).items()
    }


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "According to Fiona Blake, whose union has 300,000 members, the offer is too low.",
            "Fiona Blake",
            "the offer is too low",
        ),
        (
            "According to Unite, which has 1,200,000 members, the strike will go ahead.",
            "Unite",
            "the strike will go ahead",
        ),
        ("According to Mark Hale, who runs a fund of $2,500,000, rates will fall.", "Mark Hale", "rates will fall"),
    ],
)
def test_a_figure_comma_ends_no_relative_clause(rec: Recognizer, sentence: str, speaker: str, words: str) -> None:
    assert _said(rec, {"t": sentence})["t"] == [(speaker, words)]


@pytest.mark.parametrize(
    ("sentence", "pair", "words"),
    [
        ("Smith and Jones said they were disappointed.", "Smith and Jones", "they were disappointed"),
        ("Procter and Gamble said it had no interest in the company.", "Procter and Gamble", "it had no interest"),
        ("Marks and Spencer said it had offered jobs to two of the victims.", "Marks and Spencer", "it had offered"),
        (
            "Harwick and Tarlow said in a joint statement that talks were continuing.",
            "Harwick and Tarlow",
            "talks were continuing",
        ),
        ("Kessler and Brandt told reporters the deal was dead.", "Kessler and Brandt", "the deal was dead"),
    ],
)
def test_an_untyped_pair_speaks_as_written(rec: Recognizer, sentence: str, pair: str, words: str) -> None:
    [(speaker, text)] = _said(rec, {"t": sentence})["t"]
    assert (speaker, text[: len(words)]) == (pair, words)


def _sheet(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str]]:
    """(speaker's name, words) of each quote on the Quotes sheet of ``files`` (one corpus)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    sheet = Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()
    return sorted((sp["name"], q["text"]) for sp in sheet["speakers"] for q in sp["quotes"])


@pytest.mark.parametrize(
    ("named", "pair", "people"),
    [
        (
            "Defence lawyers Helen Smith and Robert Jones spoke outside court on Monday.",
            "Smith and Jones said they were disappointed.",
            ["Helen Smith", "Robert Jones"],
        ),
        (
            "The mediators, Anna Kessler and Tomas Brandt, met the board.",
            "Kessler and Brandt told reporters they were disappointed.",
            ["Anna Kessler", "Tomas Brandt"],
        ),
        # one of the two named in full: the pair as written
        (
            "Defence lawyer Helen Smith spoke outside court on Monday.",
            "Smith and Jones said they were disappointed.",
            ["Smith and Jones"],
        ),
    ],
)
def test_a_pair_is_the_people_the_corpus_names(tmp_path: Path, named: str, pair: str, people: list[str]) -> None:
    files = {"a": f"Fraud trial\n\n{named}\n", "b": f"Verdict\n\nThe jury returned its verdict on Tuesday.\n\n{pair}\n"}
    assert _sheet(tmp_path, files) == [(p, "they were disappointed") for p in people]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Bank of England raised rates to 5% on Thursday. Inflation was still too high, the central bank said.",
            "Bank of England",
        ),
        (
            "The Reserve Bank of Australia held rates. The economy was slowing, the central bank said.",
            "Reserve Bank of Australia",
        ),
        ("The Bank of Japan held rates on Friday. Wages were rising, the central bank said.", "Bank of Japan"),
        # guard: a namesake the article says is of another kind is none (s44-q2)
        ("The troubled lender Veltra Bank was taken over. Deposits were safe, the central bank said.", None),
        (
            "Kessel Bank, the country's biggest mortgage lender, was fined. The fine was fair, the central bank said.",
            None,
        ),
    ],
)
def test_the_kind_of_body_is_the_one_named_before(rec: Recognizer, text: str, speaker: str | None) -> None:
    [(name, _)] = _said(rec, {"t": text})["t"]
    assert name == speaker


@pytest.mark.parametrize(
    ("sentence", "named", "said"),
    [
        (
            'Environment Minister Ilse Varnholt called it "the worst pollution incident on the Vessna in thirty '
            'years" and said the state would seek a fine of up to €40 million.',
            '"the worst pollution incident on the Vessna in thirty years"',
            "the state would seek a fine of up to €40 million",
        ),
        (
            'Health Minister Ana Ruiz described it as "a national scandal" and said the state would pay €2 million.',
            '"a national scandal"',
            "the state would pay €2 million",
        ),
        (
            'Mayor Tom Reese called them "reckless", and said he would fight the plan in court.',
            '"reckless"',
            "he would fight the plan in court",
        ),
    ],
)
def test_a_naming_quotation_and_the_clause_said_after_it_are_two(
    rec: Recognizer, sentence: str, named: str, said: str
) -> None:
    quotes = _said(rec, {"t": sentence})["t"]
    assert [text for _, text in quotes] == [named, said]
    assert len({speaker for speaker, _ in quotes}) == 1


def test_a_fine_said_after_a_naming_quotation_groups_with_the_fines(tmp_path: Path) -> None:
    # t13am N9: KXVN's fine was grouped with the "worst pollution incident" statement
    files = {
        "ledger": 'Spill\n\nEnvironment Minister Ilse Varnholt called it "the worst pollution incident on the Vessna '
        'in thirty years" and said the state would seek a fine of up to €40 million.\n',
        "kxvn": "Fine\n\nEnvironment Minister Ilse Varnholt said the government would seek a fine of €14 million.\n",
    }
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    sheet = Workspace(folder, tmp_path / "index", tmp_path / "data").quotes()
    texts = {a.doc: a.text for a in sheet.articles}
    groups = [
        sorted(texts[m["doc"]][m["start"] : m["end"]] for m in st["members"]) for st in sheet.to_json()["statements"]
    ]
    # the fine said after "and" is a quote of its own, in no statement with the naming quotation;
    # "up to €40 million" and "€14 million" are two figures of the fine, two statements since round
    # s49-q2 (t13aq N12: reports in other words with other values are no paraphrase)
    assert groups == []
    said = sorted(texts[q["doc"]][q["start"] : q["end"]] for sp in sheet.to_json()["speakers"] for q in sp["quotes"])
    assert "the state would seek a fine of up to €40 million" in said
    assert "the government would seek a fine of €14 million" in said


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            'Ellis, Tarlow\'s chairman, told shareholders the board would not engage "at this price".',
            "Ellis",
            "the board would not engage",
        ),
        (
            "Novak, of the Campaign for Better Transport, said the rise would push people back into cars.",
            "Novak",
            "the rise would push people back into cars",
        ),
        ("Mark Ellis, Tarlow's chairman, said the board would not engage.", "Mark Ellis", "the board would not engage"),
        (
            "Okafor, from the Riverside Residents Association, said the flooding was getting worse.",
            "Okafor",
            "the flooding was getting worse",
        ),
    ],
)
def test_a_name_before_its_affiliation_speaks(rec: Recognizer, sentence: str, speaker: str, words: str) -> None:
    [(name, text)] = _said(rec, {"t": sentence})["t"]
    assert (name, text[: len(words)]) == (speaker, words)


def test_the_central_bank_is_the_bank_the_corpus_names(tmp_path: Path) -> None:
    # the reviewer's corpus `cbank` as the Quotes sheet reads it
    files = {
        "a": "Story a\n\nThe Bank of England raised rates to 5% on Thursday. Inflation was still too high, the "
        "central bank said.\n",
        "b": "Story b\n\nRates rose again. Governor Andrew Bailey said inflation was too high.\n",
    }
    assert _sheet(tmp_path, files) == [
        ("Andrew Bailey", "inflation was too high"),
        ("Bank of England", "Inflation was still too high"),
    ]
