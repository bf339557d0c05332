"""A fact value whose words are still in an edited article is found again, not "no longer
reported" (t13as N18: the headline's "41 rescued" of bbc-news was still in the text at the same
offset after an edit of the body only, "41 have been rescued" → "43 …", yet the fact sheet's
``enter`` said the article "no longer reports “41 rescued”" and opened it at the top: the figures
read from the new text left the headline's value out). ``Workspace.locate_figures`` looks for the
value's words near its old offset when no figure of the new text matches it. The reported
article and two variants: a headline's missing count with a body count edited, and the body's
evacuation count (the headline's repeat of it being the body's value since round s53-f) after a
paragraph was added above it (offsets moved)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

CASES = {
    "reported": (
        "Iceland volcano: Two dead and 41 rescued as Hrafnfell erupts\n\n"
        "Two people have died and 41 have been rescued, the civil protection office said on Wednesday.\n",
        ("41 have been rescued", "43 have been rescued"),
        "41 rescued",
    ),
    "missing": (
        "Ferry capsizes off Velby: 12 missing as storm hits\n\n"
        "Twelve people were missing after the ferry capsized, and 12 were missing by noon, the coastguard said.\n",
        ("12 were missing by noon", "14 were missing by noon"),
        "12 missing",
    ),
    "offsets-moved": (
        "Dam breach: 3,700 evacuated from Kellby valley\n\n"
        "About 3,700 people were evacuated from the valley overnight, officials said.\n",
        (
            "About 3,700 people were evacuated",
            "Rain kept falling on Thursday.\n\nAbout 3,700 people were evacuated",
        ),
        # the body's value, its bound kept: since round s53-f a headline's bare number beside the
        # body's bound on the same value is the body's value ("at least 7" over "kills seven")
        "About 3,700 people",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_value_whose_words_are_still_there_is_found(tmp_path: Path, name: str) -> None:
    text, (before, after), words = CASES[name]
    corpus = tmp_path / "c"
    corpus.mkdir()
    path = corpus / "story.txt"
    path.write_text(text, "utf-8")
    ws = Workspace(corpus, tmp_path / "ix")
    sheet = ws.fact_sheet()
    values = [v for fact in sheet.facts for v in fact.values if v.text == words]
    assert values, [(f.label, [v.text for v in f.values]) for f in sheet.facts]
    old = values[0]
    assert text[old.start : old.end] == words
    path.write_text(text.replace(before, after), "utf-8")
    ws.rescan()
    opened = ws.open_article("story")
    (found,) = ws.locate_figures(opened, [old])
    assert found is not None, "the words are still in the text"
    assert opened.article.text[found.start : found.end] == words
    assert found.start == opened.article.text.index(words)
    s, e = found.sentence
    assert s <= found.start < found.end <= e


def test_words_gone_are_not_found(tmp_path: Path) -> None:
    text, _, words = CASES["reported"]
    corpus = tmp_path / "c"
    corpus.mkdir()
    path = corpus / "story.txt"
    path.write_text(text, "utf-8")
    ws = Workspace(corpus, tmp_path / "ix")
    old = next(v for fact in ws.fact_sheet().facts for v in fact.values if v.text == words)
    path.write_text(text.replace("41 rescued", "43 rescued").replace("41 have", "43 have"), "utf-8")
    ws.rescan()
    assert ws.locate_figures(ws.open_article("story"), [old]) == [None]
