"""One entity is one set of articles in every view: the entity list, ``who:`` by any form of it,
and the timeline's subjects (tester t13al N11, issues #13 and #15). With a long form merged into a
longer name ("De Nederlandsche Bank" into "Zentralbank De Nederlandsche Bank", "Red Cross" into
"Kestrian Red Cross Society") and defined with a short form one article uses alone ("DNB said"),
``who:"De Nederlandsche Bank"`` missed the article writing only "DNB" though the entity list gives
it the entity, and the timeline listed "DNB" as a subject of its own. Inputs: the reported shape
(t13al corpus, cut down) and two corpora of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

DNB = {
    "a.txt": "Veltra Bank collapses\n\nDie Zentralbank De Nederlandsche Bank übernahm am Mittwoch die Kontrolle über die Veltra Bank in Rotterdam.\n",
    "b.txt": "Veltra placed under administration\n\nDe Nederlandsche Bank (DNB) today placed Veltra Bank under administration after a run on deposits.\n",
    "c.txt": "Veltra in numbers\n\nBy Wednesday morning DNB had seen enough, and the lender was closed to savers in Rotterdam.\n",
}
KMA = {
    "a.txt": "Typhoon nears\n\nThe Kestria Meteorological Agency said the typhoon would reach the coast of Halvik on Friday.\n",
    "b.txt": "Warning issued\n\nThe Meteorological Agency (KMA) issued a storm warning for Halvik and Osland.\n",
    "c.txt": "Winds rise\n\nKMA said winds would reach 150 km/h in Halvik by Friday night.\n",
}
KRC = {
    "a.txt": "Volunteers sent\n\nThe Kestrian Red Cross Society sent 40 volunteers to Halvik on Monday.\n",
    "b.txt": "Shelters open\n\nThe Red Cross (KRC) opened three shelters in Halvik on Tuesday.\n",
    "c.txt": "Appeal launched\n\nKRC said it needed more blankets for the shelters in Halvik.\n",
}
CASES = {"reported-dnb": (DNB, "DNB"), "own-kma": (KMA, "KMA"), "own-krc": (KRC, "KRC")}


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_form_of_an_entity_finds_its_articles_and_is_one_timeline_subject(tmp_path: Path, case: str) -> None:
    files, short = CASES[case]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    entity = next(e for e in ws.entities().entities if short in {m.text for _d, m in e.mentions})
    docs = {doc for doc, _m in entity.mentions}
    assert docs == {"a", "b", "c"}
    forms = {m.text for _d, m in entity.mentions}
    for form in sorted(forms):
        assert {h.doc for h in ws.search(f'who:"{form}"', limit=None).hits} == docs, form
    for word in entity.name.split():  # a word of its name finds the entity (README: who:Maria)
        if len(word) > 3:
            assert {h.doc for h in ws.search(f"who:{word}", limit=None).hits} >= docs, word
    # the timeline: one subject, named as the entity list names it, over the same articles
    subjects = ws.timeline().subjects.values()
    named = {s.label: {x.doc for x in s.sightings} for s in subjects if s.kind == "entity" and s.label in forms}
    assert named == {entity.name: docs}


# s45-rv 12: a word of the whole name found the articles writing only the short form but lit
# nothing in them (no span: the reader opened them with no match). Reported shape: the Serious
# Fraud Office defined as "SFO" in one article, written alone in two others.
SFO = {
    "a.txt": "Fraud trial opens\n\nThe Serious Fraud Office (SFO) charged three directors of Tarlow Foods on Monday.\n",
    "b.txt": "Directors plead not guilty\n\nThe SFO said the case would take six weeks at Southwark Crown Court.\n",
    "c.txt": "Trial adjourned\n\nThe judge adjourned the trial after the SFO asked for more time.\n",
}


@pytest.mark.parametrize(
    ("files", "word", "short"),
    [(SFO, "Fraud", "SFO"), (DNB, "Nederlandsche", "DNB"), (KMA, "Meteorological", "KMA")],
    ids=["reported-sfo", "own-dnb", "own-kma"],
)
def test_a_word_of_the_name_lights_the_short_form_where_it_is_written_alone(
    tmp_path: Path, files: dict[str, str], word: str, short: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    hits = ws.search(f"who:{word}", limit=None).hits
    assert {h.doc for h in hits} == {"a", "b", "c"}
    alone = {h.doc: h for h in hits if h.doc == "c"}["c"]
    text = ws.corpus.article("c").text
    assert [text[a:b] for a, b in alone.spans] == [short]
