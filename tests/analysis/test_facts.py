"""Figures and the fact sheet: extraction, conservative grouping, JSON shape."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import Fact, extract_figures, fact_sheet, facts_to_json
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks
from waic_reader.index.corpus.reader import Article, Corpus
from waic_reader.index.paths import bundled_seeds


@dataclass
class FakeArticle:
    doc: str
    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def seed_noise(article: Article) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in article.sentences if s.text in ("Reuters", "Tags")]
    if "NASA and SpaceX" in article.text:
        spans.append((article.text.index("NASA and SpaceX"), len(article.text)))
    return spans


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    c = Corpus.scan(bundled_seeds())
    return c.articles()


@pytest.fixture(scope="module")
def sheet(articles: list[Article]) -> list[Fact]:
    return fact_sheet([(a, seed_noise(a)) for a in articles])


def find(facts: list[Fact], phrase: str) -> list[Fact]:
    return [f for f in facts if any(phrase in v.text for v in f.values)]


def docs(fact: Fact) -> set[str]:
    return {v.doc[:3] for v in fact.values}


def test_800_companies_agree_across_three(sheet: list[Fact]) -> None:
    [fact] = find(sheet, "800 companies")
    assert docs(fact) == {"002", "003", "004"} and fact.agree and fact.sources == 3
    assert "compan" in fact.grounds


@pytest.mark.parametrize("phrase", ["40 large language models", "60 intelligent robots"])
def test_exhibit_counts_agree(sheet: list[Fact], phrase: str) -> None:
    [fact] = find(sheet, phrase)
    assert docs(fact) == {"003", "004"} and fact.agree
    assert fact.grounds and fact.grounds != "single source"


def test_nations_are_not_roundtable_countries(sheet: list[Fact]) -> None:
    """002's forty attending nations and the 30 roundtable countries are different facts."""
    [forty] = find(sheet, "forty nations")
    assert docs(forty) == {"002"} and forty.agree
    [thirty] = find(sheet, "30 countries")
    assert docs(thirty) == {"003", "004"} and thirty.agree
    assert all(f.agree for f in sheet)  # nothing in the seeds truly conflicts


def test_no_figures_from_noise(articles: list[Article], sheet: list[Fact]) -> None:
    assert not find(sheet, "160 Million")
    a003 = next(a for a in articles if a.doc.startswith("003"))
    assert any("160" in f.text for f in extract_figures(a003))  # present when noise is not excluded


def test_extraction_kinds_and_values(articles: list[Article]) -> None:
    a002 = next(a for a in articles if a.doc.startswith("002"))
    figs = {f.text: f for f in extract_figures(a002, seed_noise(a002))}
    assert figs["over forty nations"].value == 40 and figs["over forty nations"].qualifier == "over"
    assert figs["$5.6 million"].value == 5_600_000 and figs["$5.6 million"].unit == "USD"
    yuan = figs["approximately 600 billion yuan (around $84 billion)"]
    assert (yuan.value, yuan.unit, yuan.alt) == (600e9, "CNY", (84e9, "USD"))
    assert figs["$109.1 billion"].kind == "money"
    assert figs["2024"].kind == "year"
    assert figs["twelve"].value == 12 and figs["twelve"].head == "factor"
    assert figs["more than 5,000 AI companies"].modifiers == ("ai",)
    a003 = next(a for a in articles if a.doc.startswith("003"))
    dur = [f for f in extract_figures(a003, seed_noise(a003)) if f.kind == "duration"]
    assert [(f.text, f.value, f.unit) for f in dur] == [("three-day", 3, "day")]


def test_percent_and_date() -> None:
    art = FakeArticle("x", "Sales rose 12.5% on March 3, 2024. Costs fell 4 per cent.")
    figs = extract_figures(art)
    assert [(f.kind, f.value) for f in figs] == [("percent", 12.5), ("date", "2024-03-03"), ("percent", 4.0)]


def test_different_values_same_thing_conflict_only_with_shared_context() -> None:
    a = FakeArticle("a", "The Shanghai expo hosted 800 exhibiting companies from Huawei to Alibaba and Tencent.")
    b = FakeArticle("b", "The Shanghai expo hosted 900 exhibiting companies from Huawei to Alibaba and Tencent.")
    c = FakeArticle("c", "Regulators fined 900 exhibiting companies for late filings in Ohio.")
    facts = fact_sheet([(a, []), (b, []), (c, [])])
    [conflict] = [f for f in facts if f.sources == 2]
    assert {v.doc for v in conflict.values} == {"a", "b"} and not conflict.agree
    assert "conflict" in conflict.grounds
    assert any(f.sources == 1 and f.values[0].doc == "c" for f in facts)


def test_qualified_values_are_compatible() -> None:
    a = FakeArticle("a", "Delegates from over 30 countries joined the Shanghai roundtable on AI governance.")
    b = FakeArticle("b", "Delegates from 35 countries joined the Shanghai roundtable on AI governance.")
    [fact] = [f for f in fact_sheet([(a, []), (b, [])]) if f.sources == 2]
    assert fact.agree and "compatible" in fact.grounds


def test_json_shape(sheet: list[Fact]) -> None:
    data = json.loads(json.dumps(facts_to_json(sheet)))
    assert data["facts"][0]["sources"] > 1  # facts several articles report come first
    # (since #16/#13 "the world's two largest economies", in 000 and 004, leads: equal weights)
    [fact] = [f for f in data["facts"] if any("800 companies" in v["text"] for v in f["values"])]
    assert {"label", "values", "agree", "grounds", "sources"} <= set(fact)
    assert {"doc", "value", "text", "start", "end"} <= set(fact["values"][0])
    assert fact["values"][0]["value"] == 800


def test_empty_inputs() -> None:
    assert fact_sheet([]) == []
    assert extract_figures(FakeArticle("e", "")) == []
