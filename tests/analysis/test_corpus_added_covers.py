"""A mention the corpus grouping adds (a name typed in another article) takes out exactly the
article's mentions lying wholly inside it (``corpus_votes.with_corpus_places``).

Round s36-f made that test one lookup a mention (``SpanSet.covers``, the added mentions never
overlapping) instead of a test against every added mention (~0.4 million on the first matrix of
221 articles); these check the rule itself on real corpora, and that the added mentions are
disjoint, which the lookup relies on. They passed before the change too (no result changed).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities import corpus_votes
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.workspace import Workspace

FIXTURES = Path(__file__).parents[1] / "fixtures"


# Names spread over wires (a typed name, its bare mentions elsewhere), firms, several languages.
# A corpus written here: a hydrologist, a firm and a town named in full in one wire, bare in others.
WRITTEN = {
    "a_wire.txt": "Dam warning\n\nVELDHAVEN, March 3 (Nordwire) - Samuel Okonkwo, a hydrologist at "
    "Hydrolyne Corp, said the dam at Veldhaven was under strain. The mayor of Veldhaven, Ilse Marquart, "
    "ordered an evacuation.\n",
    "b_post.txt": "Evacuation begins\n\nTrains between Veldhaven and Oostmark were halted on Monday. "
    "Okonkwo said the spillway would hold. Hydrolyne put the bill at four million.\n",
    "c_blog.txt": "Live: the dam\n\nMarquart told residents to leave. Okonkwo Hydrolyne Veldhaven.\n",
}


@pytest.mark.parametrize("fixture", ["written", "quotes_t13r_firm_spellings", "languages_t13r", "quake"])
def test_added_mentions_take_out_exactly_what_they_cover(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str
) -> None:
    root = tmp_path / "corpus"
    if fixture == "written":
        root.mkdir()
        for name, text in WRITTEN.items():
            (root / name).write_text(text, encoding="utf-8")
    else:
        shutil.copytree(FIXTURES / fixture, root)
    ws = Workspace(root, tmp_path / "ix")
    calls: list[tuple[list[Mention], list[Mention]]] = []
    real = corpus_votes.with_corpus_places

    def recorded(mentions: list[Mention], *args: object, **kw: object) -> list[Mention]:
        out = real(mentions, *args, **kw)  # type: ignore[arg-type]
        calls.append((list(mentions), out))
        return out

    monkeypatch.setattr(corpus_votes, "with_corpus_places", recorded)
    analyses = [ws.analyser.analyse(ws.corpus.article(doc)) for doc in ws.corpus.docs]
    corpus_votes.corpus_mentions(
        {a.article.doc: a.mentions for a in analyses},
        {a.article.doc: a.article.text for a in analyses},
        {a.article.doc: a.noise_spans() for a in analyses},
    )
    assert calls
    added_somewhere = False
    for before, after in calls:
        spans_before = {(m.start, m.end) for m in before}
        added = [(m.start, m.end) for m in after if (m.start, m.end) not in spans_before]
        added_somewhere |= bool(added)
        ordered = sorted(added)
        assert all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:])), "added mentions overlap"
        spans_after = {(m.start, m.end) for m in after}
        for m in before:
            inside = m.end > m.start and any(s <= m.start and m.end <= e for s, e in added)
            assert ((m.start, m.end) in spans_after) != inside or (m.start, m.end) in added, (fixture, m)
    if fixture == "written":
        assert added_somewhere, "the corpus adds names (else the test shows nothing)"
