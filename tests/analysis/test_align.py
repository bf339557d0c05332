"""Sentence alignment: the seed checks from the issue, symmetry, and edge cases."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pytest

from waic_reader.index.analysis.align import Alignment, Pair, align, normalize, rows
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks
from waic_reader.index.corpus.reader import Article, Corpus
from waic_reader.index.paths import bundled_seeds


@dataclass
class FakeArticle:
    """Just enough of Article for alignment: doc, text and sentences."""

    doc: str
    text: str
    outlet: str | None = None
    label: str = field(default="")

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.scan(bundled_seeds())


def seed(corpus: Corpus, ref: str) -> Article:
    return corpus.article(corpus.resolve(ref))


def seed_noise(article: Article) -> list[tuple[int, int]]:
    """What the noise detector should find: 003's trailing headlines, 004's bylines and tags."""
    spans = [(s.start, s.end) for s in article.sentences if s.text in ("Reuters", "Tags")]
    if "NASA and SpaceX" in article.text:
        spans.append((article.text.index("NASA and SpaceX"), len(article.text)))
    return spans


@pytest.fixture(scope="module")
def a003_004(corpus: Corpus) -> tuple[Article, Article, Alignment]:
    a, b = seed(corpus, "003"), seed(corpus, "004")
    return a, b, align(a, b, seed_noise(a), seed_noise(b))


def partners(al: Alignment, needle: str) -> list[Pair]:
    return [p for p in al.pairs if needle in p.a.text]


def test_waic_figures_pair(a003_004: tuple[Article, Article, Alignment]) -> None:
    _, _, al = a003_004
    ps = partners(al, "The three-day WAIC attracted over 800 companies")
    assert any("Over 800 companies are showcasing" in p.b.text for p in ps)


def test_ma_zhaoxu_proposal_pairs(a003_004: tuple[Article, Article, Alignment]) -> None:
    _, _, al = a003_004
    ps = partners(al, "Ma Zhaoxu revealed")
    assert [p.b.text[:40] for p in ps] == ["China’s Vice Foreign Minister Ma Zhaoxu "]
    assert ps[0].score > 0.5


def test_speakers_pair_with_both_halves(a003_004: tuple[Article, Article, Alignment]) -> None:
    """003 names Hinton, Schmidt and Musk's absence in one sentence; 004 in two. Both pair."""
    _, _, al = a003_004
    ps = partners(al, "High-profile speakers included")
    texts = [p.b.text for p in ps]
    assert any("Geoffrey Hinton" in t and "Eric Schmidt" in t for t in texts)
    assert any("Elon Musk" in t and "absent" in t for t in texts)
    assert sum(p.extra for p in ps) == 1  # the second half is a split, not a second primary pair
    assert not any("Elon Musk" in s.text for s in al.only_b)


def test_one_sided_and_noise(a003_004: tuple[Article, Article, Alignment]) -> None:
    a, _, al = a003_004
    assert any(s.text.startswith("The government-backed conference regularly attracts") for s in al.only_b)
    noise_start = a.text.index("NASA and SpaceX")
    everything = [p.a for p in al.pairs] + al.only_a
    assert all(s.start < noise_start for s in everything)
    assert not any(s.text in ("Reuters", "Tags") for s in [p.b for p in al.pairs] + al.only_b)


def test_word_spans_split_shared_and_different(a003_004: tuple[Article, Article, Alignment]) -> None:
    a, b, al = a003_004
    p = partners(al, "Ma Zhaoxu revealed")[0]
    a_shared = {a.text[s:e] for s, e in p.a_shared}
    b_diff = {b.text[s:e] for s, e in p.b_diff}
    assert any("Ma Zhaoxu" in w for w in a_shared)
    assert any("roundtable" in w for w in b_diff)
    for s, e in p.a_shared + p.a_diff:
        assert p.a.start <= s < e <= p.a.end
    for s, e in p.b_shared + p.b_diff:
        assert p.b.start <= s < e <= p.b.end


def test_rows_cover_every_sentence_once_in_order(a003_004: tuple[Article, Article, Alignment]) -> None:
    _, _, al = a003_004
    rs = rows(al)
    a_side = [r.a.start for r in rs if r.a is not None]
    b_side = [r.b.start for r in rs if r.b is not None]
    n_a = len({p.a.start for p in al.pairs}) + len(al.only_a)
    n_b = len({p.b.start for p in al.pairs}) + len(al.only_b)
    assert len(a_side) == len(set(a_side)) == n_a
    assert len(b_side) == len(set(b_side)) == n_b
    # Only moved pairs may break an article's own order.
    inversions = sum(1 for x, y in zip(a_side, a_side[1:]) if y < x)
    inversions += sum(1 for x, y in zip(b_side, b_side[1:]) if y < x)
    assert inversions <= 2 * sum(p.moved for p in al.pairs)


def test_json_shape(a003_004: tuple[Article, Article, Alignment]) -> None:
    _, _, al = a003_004
    data = json.loads(json.dumps(al.to_json()))
    assert {"a", "b", "pairs", "only_a", "only_b"} <= set(data)
    pair = data["pairs"][0]
    assert set(pair["a"]) == {"start", "end", "text"} and isinstance(pair["score"], float)
    assert set(data["only_b"][0]) == {"start", "end", "text"}


def test_symmetric(a003_004: tuple[Article, Article, Alignment]) -> None:
    a, b, al = a003_004
    back = align(b, a, seed_noise(b), seed_noise(a))
    assert {(p.a.start, p.b.start) for p in al.pairs} == {(p.b.start, p.a.start) for p in back.pairs}
    assert [s.start for s in al.only_a] == [s.start for s in back.only_b]
    assert [s.start for s in al.only_b] == [s.start for s in back.only_a]


def test_identical_articles_align_fully(corpus: Corpus) -> None:
    a = seed(corpus, "002")
    al = align(a, a)
    assert not al.only_a and not al.only_b
    assert all(p.a == p.b and p.score == pytest.approx(1.0) and not p.a_diff for p in al.pairs)
    assert len(al.pairs) == len(a.sentences)


def test_unrelated_articles_do_not_pair() -> None:
    a = FakeArticle(
        "cook",
        "Whisk the eggs with sugar until pale. Fold in the flour gently. "
        "Bake the sponge for twenty minutes at a moderate heat.",
    )
    b = FakeArticle(
        "ai",
        "Premier Li Qiang proposed a global AI cooperation organisation. "
        "Over 800 companies showed large language models in Shanghai.",
    )
    al = align(a, b)
    assert al.pairs == [] and len(al.only_a) == 3 and len(al.only_b) == 2


def test_empty_article() -> None:
    empty = FakeArticle("empty", "")
    other = FakeArticle("x", "China proposes a new global AI cooperation organisation. It met.")
    assert align(empty, other).pairs == []
    assert len(align(empty, other).only_b) == 2
    al = align(empty, empty)
    assert al.to_json()["pairs"] == [] and al.rows() == []


def test_spelling_variants_match() -> None:
    assert normalize("organisation") == normalize("organization")
    assert normalize("criticised") == normalize("criticized")
    assert normalize("colour") == normalize("color")
    assert normalize("companies") == normalize("company")
    assert normalize("China’s") == normalize("China")
    assert normalize("U.S.") == normalize("US")
    assert normalize("forty") == "40" and normalize("3,000") == "3000"
    assert normalize("the") is None


def test_works_on_articles_outside_the_seeds(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Alpha Corp bought Beta Ltd for $5 million. Shares rose.\n")
    (tmp_path / "y.txt").write_text("Shares fell sharply.\nBeta Ltd was bought by Alpha Corp for $5 million.\n")
    c = Corpus.scan(tmp_path)
    al = align(c.article("x"), c.article("y"))
    assert [(p.a.text[:10], p.b.text[:8]) for p in al.pairs] == [("Alpha Corp", "Beta Ltd")]
