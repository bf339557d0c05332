"""The fact sheet's grouping (#16/#13, a tester's report t13 item 5; their corpus, verbatim, is
tests/fixtures/ferry_repeats: generated accounts of one ferry disaster whose paragraphs repeat).

(a) One fact per fact: "The route ... has operated since 1987", said six times in one article and
seven in another, was seven rows of ``year agree 1987``: an article's repeat could not join a group
that already held that article, so each repeat opened a group of its own. The same value of the same
thing, from however many articles and however many times each, is one fact with its sources listed.

(b) The decision is the pair's: "the ferry was carrying 212 passengers" (BBC) and "212 passengers
were on board" (Guardian) were two single-source facts with the two files alone and one fact beside
unrelated articles, because the context words were weighted by their rarity across the corpus (the
overlap was 0.101 alone and 0.122 in the tester's corpus, about a threshold of 0.12). Each content
word now weighs the same, so adding or removing other articles never moves a pair over or under it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ferry_repeats"
PAIR = ["bbc_0315.txt", "guardian_0315.txt"]
TESTER_SET = [*PAIR, "reuters_0314.txt", "related.txt", "otter.txt", "heron.txt"]


def sheet(folder: Path, files: list[str], extra: dict[str, str] | None = None) -> list[Fact]:
    for name in files:
        shutil.copy(FIXTURES / name, folder / name)
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return fact_sheet([(a, []) for a in Corpus.scan(folder).articles()])


def rows(facts: list[Fact], value: float | str) -> list[list[str]]:
    """Each fact holding ``value``: the docs of its values, in order."""
    return [[v.doc for v in f.values] for f in facts if any(v.value == value for v in f.values)]


# -- (a) an article's repeats are one value of one fact ------------------------------------------


@pytest.mark.parametrize(
    "files, docs",
    [
        # reported: the two accounts alone (six and seven "since 1987" each): one row
        (PAIR, ["bbc_0315", "guardian_0315"]),
        # variant: the tester's larger corpus, a third account repeating it seven times
        (TESTER_SET, ["bbc_0315", "guardian_0315", "reuters_0314"]),
    ],
)
def test_an_articles_repeats_of_a_year_are_one_fact(tmp_path: Path, files: list[str], docs: list[str]) -> None:
    # (one account alone gives no row of its bare "since 1987": t13ah N9, round s40-y1; it was a
    # single-source fact, once)
    [fact] = [f for f in sheet(tmp_path, files) if f.values[0].kind == "year" and f.values[0].value == 1987]
    assert sorted(v.doc for v in fact.values) == docs
    assert fact.agree and fact.sources == len(docs)


CREW = "Lifeboat crews said {n} volunteers searched the bay overnight. {filler}"
FILLERS = [
    "The harbour stayed closed to traffic.",
    "Fishing boats joined them at dawn.",
    "The coast guard thanked them later.",
]


def volunteer_article(outlet: int, repeats: int) -> str:
    paras = [CREW.format(n=40, filler=FILLERS[(outlet + i) % len(FILLERS)]) for i in range(repeats)]
    return f"Search goes on in the bay {outlet}\n\n" + "\n\n".join(paras) + "\n"


def test_a_count_repeated_in_each_article_is_one_fact(tmp_path: Path) -> None:
    # variant of our own: a count without a named measure ("40 volunteers"), said three times in
    # each of three articles, with other words around each repeat
    extra = {f"v{i}.txt": volunteer_article(i, 3) for i in range(3)}
    facts = sheet(tmp_path, [], extra)
    assert rows(facts, 40) == [["v0", "v1", "v2"]]


def test_an_article_repeating_a_count_alone_is_one_row(tmp_path: Path) -> None:
    facts = sheet(tmp_path, [], {"v0.txt": volunteer_article(0, 4)})
    assert rows(facts, 40) == [["v0"]]


# -- (b) whether two mentions are one fact is theirs alone -----------------------------------------

OTHER_FERRIES = {
    f"other{i}.txt": (
        f"Ferry timetable changes {i}\n\nThe ferry company said the ferry to Lindholm would leave at "
        f"{7 + i} o'clock from next week. The ferry terminal cafe reopens in spring.\n"
    )
    for i in range(6)
}


@pytest.mark.parametrize(
    "files, extra",
    [
        # reported: the two files alone (they were two single-source facts)
        (PAIR, {}),
        # variant: an unrelated article added
        ([*PAIR, "otter.txt"], {}),
        # reported: the tester's corpus (c2 less three one-line articles; one fact in all of it)
        (TESTER_SET, {}),
        # variant: six other articles about ferries, which made "ferry" (the pair's one shared word)
        # common in the corpus and so lighter under a weight by rarity
        (PAIR, OTHER_FERRIES),
    ],
)
def test_212_passengers_are_one_fact_whatever_else_is_in_the_corpus(
    tmp_path: Path, files: list[str], extra: dict[str, str]
) -> None:
    facts = sheet(tmp_path, files, extra)
    # the Guardian's "15 Mar 2025 09.00" before the BBC's day-only "15 March 2025", counted at its
    # day's end (t13d fault 6)
    assert rows(facts, 212) == [["guardian_0315", "bbc_0315"]]
    [fact] = [f for f in facts if f.values[0].value == 212]
    assert fact.agree and fact.sources == 2 and "'passengers'" in fact.grounds


AP = (
    "A ferry carrying 312 passengers ran aground off Crete on Saturday night, the coast guard said. All were "
    "taken off safely by lifeboats."
)
BLOG = (
    "Our readers wrote in about the timetable.\n\nThe sleeper train to Lyon carries 312 passengers in "
    "summer, rail officials announced. Tickets go on sale on Monday."
)


@pytest.mark.parametrize("others", [0, 3, 6])
def test_a_pair_kept_apart_stays_apart_whatever_else_is_in_the_corpus(tmp_path: Path, others: int) -> None:
    # variant of our own, the other way round: one value of one noun said of different things
    # (a ferry's passengers, a train's), beside more and more articles about ferries
    extra = {"a.txt": f"Ferry aground\n\n{AP}\n", "b.txt": f"Not the first\n\n{BLOG}\n"}
    extra.update({k: v for k, v in list(OTHER_FERRIES.items())[:others]})
    facts = sheet(tmp_path, [], extra)
    assert sorted(rows(facts, 312)) == [["a"], ["b"]]
