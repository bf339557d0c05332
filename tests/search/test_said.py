"""The said: (quote:) search field: who is reported saying what (index/analysis/quotes/said.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.quotes.said import rewrite_said, said_terms
from waic_reader.index.workspace import Workspace


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    w = Workspace(index_dir=tmp_path_factory.mktemp("said") / "ix", data_dir=tmp_path_factory.mktemp("data"))
    w.ensure_index()
    return w


def docs(ws: Workspace, query: str) -> set[str]:
    return {h.doc[:3] for h in ws.search(query, limit=None).hits}


def test_said_finds_what_the_speaker_is_reported_saying(ws: Workspace) -> None:
    assert docs(ws, "said:Schmidt cooperation") == {"002"}
    assert docs(ws, "quote:Schmidt cooperation") == {"002"}  # the alias


def test_words_after_said_bind_to_the_speaker(ws: Workspace) -> None:
    # Schmidt speaks only in 002 and says nothing about chips, though 002 mentions chips.
    assert docs(ws, "said:Schmidt") == {"002"}
    assert "002" in docs(ws, "Schmidt chips")
    assert docs(ws, "said:Schmidt chips") == set()


@pytest.mark.parametrize("name", ["Li", '"Li Qiang"', "li"])
def test_said_by_name_or_short_form(ws: Workspace, name: str) -> None:
    assert docs(ws, f"said:{name} governance") >= {"002", "003", "004"}


def test_said_hits_are_article_text(ws: Workspace) -> None:
    for hit in ws.search("said:Schmidt cooperation").hits:
        assert hit.where == ["content"]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("said:Schmidt cooperation", '(said:"schmidt" said:"schmidt cooper")'),
        ('said:"Li Qiang" about chips', '(said:"li qiang" said:"li qiang chip")'),
        ("said:Li governance OR chips", '(said:"li" said:"li governanc") OR chips'),
        ("said:Li coop*", '(said:"li" said:"li:coop*")'),
        ("said:Berg balan* OR chips", '(said:"berg" said:"berg:balan*") OR chips'),
        ("said:Li c*", '(said:"li") c*'),  # too short: the parser refuses it
        ('said:Berg "budget was balanced"', '(said:"berg" said:"berg budget balanc")'),
        ('said:Berg "budget was balanced" cuts', '(said:"berg" said:"berg budget balanc" said:"berg cut")'),
        ("title:summit said:Li", 'title:summit (said:"li")'),
        ("chips", "chips"),
    ],
)
def test_rewrite(query: str, expected: str) -> None:
    assert rewrite_said(query) == expected


def test_said_terms_leave_out_boilerplate_and_unattributed(tmp_path: Path) -> None:
    from waic_reader.index.analysis.quotes.model import Quote, Speaker

    li = Speaker("PERSON:Li Qiang", "Li Qiang", "PERSON")
    quotes = [
        Quote("d", 0, 10, "cooperation", "reported", "said", li),
        Quote("d", 20, 30, "monopolies", "reported", "said", li, noise=True),
        Quote("d", 40, 50, "subsidies", "reported", "said", None),
    ]
    terms = said_terms(quotes)
    assert "li qiang cooper" in terms and "qiang cooper" in terms and "li" in terms
    assert not any("monopol" in t or "subsid" in t for t in terms)


@pytest.fixture(scope="module")
def budget(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("budget")
    corpus = root / "corpus"
    corpus.mkdir()
    texts = {
        # Berg says the phrase.
        "a": 'Budget day\n\n"The budget was balanced for the first time," Finance minister Kari Berg said.\n',
        # Berg speaks, the phrase is someone else's words.
        "b": "Tax cuts wait\n\nKari Berg said the tax cuts would wait. Critics said the budget was balanced "
        "only on paper.\n",
        # Berg says both words, but not as the phrase.
        "c": "Budget plan\n\nKari Berg said the balanced approach kept the budget safe.\n",
    }
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    w = Workspace(corpus, root / "ix", root / "data")
    w.ensure_index()
    return w


def test_said_with_a_phrase_needs_the_phrase_in_the_speakers_quotes(budget: Workspace) -> None:
    # issue 18 acceptance: the phrase matched anywhere in the article
    assert {h.doc for h in budget.search('said:Berg "budget was balanced"', limit=None).hits} == {"a"}
    assert {h.doc for h in budget.search('said:"Kari Berg" "budget balanced"', limit=None).hits} == {"a"}
    assert {h.doc for h in budget.search("said:Berg budget", limit=None).hits} == {"a", "c"}


def test_said_hits_match_the_quotes(budget: Workspace) -> None:
    # issue 18 acceptance: said: hits had no matches ("no matches" in the reader)
    article = budget.corpus.article("a")
    for query in ('said:Berg "budget was balanced"', "said:Berg budget", "said:Berg"):
        hit = next(h for h in budget.search(query, limit=None).hits if h.doc == "a")
        assert hit.spans, query
        assert all("budget was balanced" in article.text[s:e] for s, e in hit.spans)
        assert "budget was balanced" in hit.snippet
        assert budget.article_matches(budget.analyser.analyse(article), query) == hit.spans


def test_said_matches_are_only_the_matching_quotes(budget: Workspace) -> None:
    article = budget.corpus.article("b")
    hit = next(h for h in budget.search("said:Berg tax", limit=None).hits if h.doc == "b")
    assert [article.text[s:e] for s, e in hit.spans] == ["the tax cuts would wait"]


# -- a prefix after said:NAME is bound to the speaker, as its words and phrases are ------------


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("said:Berg balan*", {"a", "c"}),  # reported: matched "balanced" anywhere (b: the critics')
        ("said:Berg balanced", {"a", "c"}),
        ("said:Berg bal*", {"a", "c"}),
        ("said:Berg balance*", {"a", "c"}),  # a prefix of the word as written ("balanced")
        ("said:Berg wai*", {"b"}),
        ("said:Berg tax*", {"b"}),
        ("said:Berg onl*", set()),  # "only on paper" is the critics' words
        ('said:"Kari Berg" fir* budg*', {"a"}),
        ("said:Berg qqq*", set()),
        ("balan*", {"a", "b", "c"}),
    ],
)
def test_a_prefix_after_said_is_bound_to_the_speaker(budget: Workspace, query: str, want: set[str]) -> None:
    res = budget.search(query, limit=None)
    assert {h.doc for h in res.hits} == want
    assert res.total == len(want)


def test_said_prefix_matches_are_the_speakers_quotes(budget: Workspace) -> None:
    article = budget.corpus.article("b")
    hit = next(h for h in budget.search("said:Berg wai*", limit=None).hits if h.doc == "b")
    assert [article.text[s:e] for s, e in hit.spans] == ["the tax cuts would wait"]


def test_fields_bind_the_next_word_only_except_said(budget: Workspace) -> None:
    # title:/outlet:/who: scope the word, phrase or prefix right after them; what follows is
    # searched everywhere. said: binds every word, phrase and prefix up to an operator.
    def found(query: str) -> set[str]:
        return {h.doc for h in budget.search(query, limit=None).hits}

    assert found("title:tax") == {"b"}
    for after in ("balan*", "balanced", '"balanced only"', "paper"):
        assert found(f"title:tax {after}") == found("title:tax") & found(after) == {"b"}
        assert found(f"title:wait* {after}") == found("title:wait*") & found(after) == {"b"}
    assert found("said:Berg balan*") == found("said:Berg") & found("said:Berg balanced") == {"a", "c"}
    assert found("said:Berg OR balan*") == {"a", "b", "c"}  # after an operator: not bound
