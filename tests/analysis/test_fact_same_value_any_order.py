"""One fact per value whatever the order of the articles, and qualifiers that are no change (#16,
"Facts grouped by what is counted"; a new user's report t13d, fault 5: their corpus, verbatim, is
tests/fixtures/dam_t13d).

(a) The same "€40 million" contract in three articles was one fact of two of them and a
single-source row of the third, with the same label. Two of the three share little context
(Gazette and Ledger), and each shares much with the third (Northwire); grouping took each figure
into the first group it linked to, so the pair depended on the order the articles came in. A
figure that restates the value of several groups now makes them one fact, and the articles are
grouped in one order whatever order they are given in: any order gives the same rows.

(b) "12 dead" (a headline) and "At least 12 people died" (the lead) of one article were listed
as a change, "12 (Northwire) → at least 12 (Northwire)". One article's values of one number that
differ only by their qualifier are one value: the one that says the most (the narrowest range),
except that a headline's bare number is its body's shorthand: the body's bound is kept, "at least
12" (round s53-f, fault 6: decided so, as a reader reads "12 dead" over "At least 12 people died";
the 14 of another outlet meets it).

(c) Across articles "at least 12" and "12" agree: one entry of the row, the source that words it
otherwise saying how, "at least 12 (14 Mar 07:10, Northwire; 12: 15 Mar 09:00, The Riverside
Gazette)", never an arrow, which reads as a change; the grounds say the value is qualified.

The variants' texts are invented.
"""

from __future__ import annotations

import itertools
import random
import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet, source_names, timeline, value_text
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "dam_t13d"
DAM = ["wire-001.txt", "ledger-002.md", "gazette-004.txt"]

# A grant for a library refit: "alder" and "birch" share little around the figure, "cedar" (last
# in every order of ids) shares much with each.
LIBRARY = {
    "alder.txt": "Dunmarrow library to reopen in May\n\nThe Dunmarrow Library will reopen in May after a "
    "refit paid for by a £2.5 million grant from the Orrin Trust, the council said. Librarian Wenna "
    "Scoble said the reading rooms would get new heating and longer opening hours.\n",
    "birch.txt": "Market traders cheer library plan\n\nPell Hadrow, the council leader, said the £2.5 "
    "million grant had been welcomed by traders at the Saturday market. Stallholders expect more "
    "visitors on the square once the building opens again.\n",
    "cedar.txt": "Orrin Trust funds Dunmarrow refit\n\nThe Orrin Trust gave a £2.5 million grant for the "
    "refit of Dunmarrow Library, council leader Pell Hadrow told traders at the Saturday market. The "
    "reading rooms will get new heating and reopen in May.\n",
}
# A pay rise: a percentage, linked the same way through "harrow".
PAY = {
    "fenwick.txt": "Brackwater nurses call off strike\n\nThe strike planned at Brackwater General for "
    "March was called off after nurses accepted a 7% offer from the health board. Ward managers said "
    "rotas would return to normal next week.\n",
    "galloway.txt": "Union vote backs deal\n\nIsolde Varga of the nurses' union said members had voted "
    "for the 7% pay rise by a wide margin. Turnout was the highest the branch had recorded, she said.\n",
    "harrow.txt": "Health board and union settle\n\nNurses at Brackwater General accepted a 7% pay rise "
    "from the health board, union organiser Isolde Varga said, and the strike planned for March was "
    "called off. Members voted by a wide margin.\n",
}


def write(folder: Path, files: list[str] | None = None, texts: dict[str, str] | None = None) -> None:
    for name in files or []:
        shutil.copy(FIXTURES / name, folder / name)
    for name, text in (texts or {}).items():
        (folder / name).write_text(text, encoding="utf-8")


def sheet_in(folder: Path, order: list[str] | None = None) -> list[Fact]:
    """The fact sheet of the folder's articles, given in ``order`` (doc ids), else as listed."""
    articles = Corpus.scan(folder).articles()
    if order is not None:
        by_doc = {a.doc: a for a in articles}
        articles = [by_doc[d] for d in order]
    return fact_sheet([(a, []) for a in articles])


def rows(facts: list[Fact]) -> list[tuple[object, ...]]:
    """Everything a row shows: label, status, grounds, and each value with its article and place."""
    return [
        (f.label, f.status, f.grounds, tuple((v.doc, value_text(v), v.start, v.end) for v in f.values)) for f in facts
    ]


def holding(facts: list[Fact], shown: str) -> list[list[str]]:
    """The docs of each fact holding a value shown as ``shown``."""
    return [sorted(v.doc for v in f.values) for f in facts if any(value_text(v) == shown for v in f.values)]


# -- (a) one fact, whatever the order ---------------------------------------------------------


@pytest.mark.parametrize(
    "files, texts, shown",
    [
        # reported: the three articles' "€40 million" repair contract
        (DAM, {}, "€40 million"),
        # variants: a grant in money of another currency, and a percentage
        ([], LIBRARY, "£2.5 million"),
        ([], PAY, "7%"),
    ],
)
def test_the_same_value_linked_through_a_third_article_is_one_fact_in_any_order(
    tmp_path: Path, files: list[str], texts: dict[str, str], shown: str
) -> None:
    write(tmp_path, files, texts)
    docs = [a.doc for a in Corpus.scan(tmp_path).articles()]
    first = None
    for order in itertools.permutations(docs):
        facts = sheet_in(tmp_path, list(order))
        assert holding(facts, shown) == [sorted(docs)], order
        [fact] = [f for f in facts if any(value_text(v) == shown for v in f.values)]
        assert fact.status == "agree" and fact.sources == 3
        if first is None:
            first = rows(facts)
        assert rows(facts) == first, order  # every row the same, in the same order


def test_shuffled_articles_give_the_same_rows(tmp_path: Path) -> None:
    # The reported corpus with both variants beside it: every row (values, sources, grounds,
    # order) is the same for any order of the articles.
    write(tmp_path, DAM, {**LIBRARY, **PAY})
    docs = [a.doc for a in Corpus.scan(tmp_path).articles()]
    want = rows(sheet_in(tmp_path))
    rng = random.Random(16)
    for _ in range(8):
        rng.shuffle(docs)
        assert rows(sheet_in(tmp_path, docs)) == want, docs


def test_the_reported_contract_of_a_dated_article_is_one_fact_with_the_others(tmp_path: Path) -> None:
    # The user's first sheet, with Northwire dated as their corpus.yaml first dated it: the dam's
    # "built in 1961" took Northwire's "€40 million" for an earlier event's figure, and the other
    # two, which share little, were two single-source rows.
    write(tmp_path, DAM)
    (tmp_path / "corpus.yaml").write_text(
        (FIXTURES / "corpus.yaml")
        .read_text(encoding="utf-8")
        .replace("    outlet: Northwire\n", "    outlet: Northwire\n    date: 2025-03-14T07:10:00\n"),
        encoding="utf-8",
    )
    assert holding(sheet_in(tmp_path), "€40 million") == [["gazette-004", "ledger-002", "wire-001"]]


# -- (b) a qualifier within one article is no change ----------------------------------------------


@pytest.mark.parametrize(
    "files, texts, doc, label, kept",
    [
        # reported: "12 dead" in the headline, "At least 12 people died" in the lead (the lead's
        # bound kept: round s53-f)
        (DAM, {}, "wire-001", "death toll", "at least 12"),
        # variants: a spelled-out figure under a qualifier; "about" in the lead, exact later
        (
            [],
            {
                "kelby.txt": "Storm Orla: 9 dead in Kelby\n\nKELBY, Nov 3 - At least nine people were killed "
                "when Storm Orla brought down trees across Kelby overnight, police said.\n",
                "tarn.txt": "Kelby counts the cost of Storm Orla\n\nEleven people were killed in Kelby as "
                "Storm Orla swept the coast, the coroner said on Monday.\n",
            },
            "kelby",
            "death toll",
            "at least 9",
        ),
        (
            [],
            {
                "lisk.txt": "Lisk Valley cleared as river rises\n\nAbout 500 people were evacuated from Lisk "
                "Valley on Sunday, the fire service said. By nightfall the fire service said 500 people had "
                "been evacuated and the last road was closed.\n",
                "moor.txt": "Lisk Valley flood warning\n\nFire crews said 620 people were evacuated from Lisk "
                "Valley as the river burst its banks.\n",
            },
            "lisk",
            "people evacuated",
            "500",
        ),
    ],
)
def test_one_articles_value_with_and_without_a_qualifier_is_one_value(
    tmp_path: Path, files: list[str], texts: dict[str, str], doc: str, label: str, kept: str
) -> None:
    write(tmp_path, files, texts)
    articles = Corpus.scan(tmp_path).articles()
    [fact] = [f for f in fact_sheet([(a, []) for a in articles]) if f.label == label]
    # one value of that article: the exact one, where the qualified one says less, or the body's
    # bound where the bare number is the headline's
    assert [value_text(v) for v in fact.values if v.doc == doc] == [kept]
    row = timeline(fact, source_names(articles))
    assert f"at least {kept} (" not in row and f"about {kept} (" not in row
    # the article's value is still compared with the others' (at least 9 meets 11; 500 against
    # 620; the Gazette's own 12 and the coroner's 14 still disagree)
    assert fact.status == ("agree" if doc == "kelby" else "disagree")


# -- (c) across articles, a qualified value agrees with the exact one -----------------------------


def test_a_qualified_value_agrees_with_the_exact_one_in_one_entry(tmp_path: Path) -> None:
    # reported: Northwire's "At least 12 people died" (its lead, without the headline) and the
    # Gazette's "The death toll was 12", dated as the user's corpus.yaml dated them
    lead = (FIXTURES / "wire-001.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    write(tmp_path, ["gazette-004.txt"], {"wire-001.txt": lead})
    (tmp_path / "corpus.yaml").write_text(
        "articles:\n  wire-001.txt:\n    outlet: Northwire\n    date: 2025-03-14T07:10:00\n"
        "  gazette-004.txt:\n    outlet: The Riverside Gazette\n    date: 2025-03-15T09:00:00\n",
        encoding="utf-8",
    )
    articles = Corpus.scan(tmp_path).articles()
    [fact] = [f for f in fact_sheet([(a, []) for a in articles]) if f.label == "death toll"]
    assert fact.status == "agree"
    assert timeline(fact, source_names(articles)) == (
        "at least 12 (14 Mar 07:10, Northwire; 12: 15 Mar 09:00, The Riverside Gazette)"
    )
    assert "the same value, qualified in some reports (at least 12)" in fact.grounds


@pytest.mark.parametrize(
    "texts, label, row",
    [
        (
            {
                "quill.txt": "Stand collapse at Harlow Park\n\nMore than 40 people were injured when a temporary "
                "stand gave way at Harlow Park on Saturday, the ambulance service said.\n",
                "reed.txt": "Harlow Park inquiry ordered\n\nForty people were injured in the collapse of a stand "
                "at Harlow Park, and the council has ordered an inquiry.\n",
            },
            "people injured",
            "more than 40 (quill; 40: reed)",
        ),
        (
            {
                "sable.txt": "Hailstorm hits Vornby vineyards\n\nThe hailstorm caused about $3 million in damage "
                "to vineyards around Vornby, growers said.\n",
                "tamsin.txt": "Vornby growers tally losses\n\nGrowers put the damage from Tuesday's hailstorm at "
                "$3 million, the Vornby wine board said.\n",
            },
            "damage",
            "about $3 million (sable; $3 million: tamsin)",
        ),
    ],
)
def test_qualified_and_exact_values_of_invented_stories_agree_in_one_entry(
    tmp_path: Path, texts: dict[str, str], label: str, row: str
) -> None:
    write(tmp_path, texts=texts)
    articles = Corpus.scan(tmp_path).articles()
    [fact] = [f for f in fact_sheet([(a, []) for a in articles]) if f.label == label]
    assert fact.status == "agree" and fact.to_json()["agree"] is True
    assert timeline(fact, source_names(articles)) == row
    # compact (the screen's row): one entry, each wording's first source
    assert timeline(fact, source_names(articles), compact=True) == row
