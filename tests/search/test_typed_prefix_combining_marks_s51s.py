"""A word being typed whose letters carry combining marks (Devanagari vowel signs and viramas,
Tamil and Bengali vowel signs) is a prefix from its second character, as the same word submitted
with ``*`` is (t13av N12: typing ``राज``, ``राजे``, ``नावि`` in the app said "No article matches"
while ``राज*`` on the CLI found the article; the mark is no alphanumeric to ``str.isalnum``, so
the typed word was never widened). The reported Hindi prefixes and variants of my own in two
other scripts whose words carry such marks (Tamil, Bengali), typed alone, after a word and as
a phrase being typed; and a lone letter typed (``Ó``, ``Ō``, ``x``) says it is a one-letter word
set aside when nothing is found, as the submitted query does (t13av N20)."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "hindi": "तेल रिसाव\n\nजहाज़ के भारतीय इंजीनियर राजेश कुमार ने कहा कि दो नाविकों की मौत हो गई।\n",
    "tamil": "கப்பல் விபத்து\n\nதமிழ்நாடு கடற்கரையில் எண்ணெய் கசிவு ஏற்பட்டது என்று அதிகாரிகள் தெரிவித்தனர்.\n",
    "bengali": "জাহাজ দুর্ঘটনা\n\nবন্দরের কাছে তেল ছড়িয়ে পড়েছে বলে কর্মকর্তারা জানিয়েছেন।\n",
    "irish": "Reef rescue\n\nRuairí Ó Fearghail and Ōta Keiko watched the tugs.\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("typed_marks"), ARTICLES)


@pytest.mark.parametrize(
    ("typed", "doc"),
    [
        ("राज", "hindi"),
        ("राजे", "hindi"),
        ("नावि", "hindi"),
        ("कुमार नावि", "hindi"),
        ("தமி", "tamil"),
        ("கடற்க", "tamil"),
        ("কর্মক", "bengali"),
        ("জানি", "bengali"),
    ],
)
def test_a_marked_word_typed_is_a_prefix_as_submitted(workspace: Workspace, typed: str, doc: str) -> None:
    typed_docs = {h.doc for h in workspace.search(typed, typing=True).hits}
    submitted = {h.doc for h in workspace.search(typed + "*").hits}
    assert typed_docs == submitted == {doc}


@pytest.mark.parametrize(("typed", "doc"), [('"नावि', "hindi"), ('"தமி', "tamil"), ('"কর্মক', "bengali")])
def test_a_marked_word_typed_as_a_phrase_is_a_prefix(workspace: Workspace, typed: str, doc: str) -> None:
    assert {h.doc for h in workspace.search(typed, typing=True).hits} == {doc}


def test_a_typed_marked_prefix_is_lit_as_its_word(workspace: Workspace) -> None:
    hit = workspace.search("नावि", typing=True).hits[0]
    assert [hit.snippet[a:b] for a, b in hit.matches] == ["नाविकों"]


@pytest.mark.parametrize("typed", ["Ó", "Ō", "x"])
def test_a_lone_letter_typed_says_it_is_not_searched(workspace: Workspace, typed: str) -> None:
    typed_results = workspace.search(typed, typing=True)
    assert typed_results.total == 0
    assert typed_results.unsupported == workspace.search(typed).unsupported
    assert typed in typed_results.reading_note() and "one-letter" in typed_results.reading_note()


def test_a_letter_starting_words_that_are_found_has_no_note(workspace: Workspace) -> None:
    # "the" typed is the start of "then", "there": found words, no note
    results = workspace.search("Ruairí", typing=True)
    assert results.total == 1 and results.unsupported == []
