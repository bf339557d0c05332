"""A word of a script with vowel signs or other combining marks is one word (issue 15, "every
language": Devanagari "नौका" was tokenised as "न" "क", so a search for it found any article
holding those letters anywhere in words, highlighted letters, and counted a Hindi sentence as
twice its words). Hindi as reported, and Tamil and Arabic with its short-vowel marks (harakat)
as variants; the articles are written for this test."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.corpus.tokens import WORD, word_count
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "hi_boat": "तट के पास फंसी नौका\n\nशनिवार सुबह तट के पास एक नौका फंस गई, और सभी यात्रियों को सुरक्षित निकाल लिया गया।\n",
    # न and क in other words, never "नौका": the old tokeniser matched it.
    "hi_map": "नया नक्शा जारी\n\nनगर निगम ने शहर का नया नक्शा जारी किया और कहा कि काम जल्द पूरा होगा।\n",
    "ta_rain": "சென்னையில் கனமழை\n\nசென்னையில் நேற்று கனமழை பெய்தது. பல சாலைகள் நீரில் மூழ்கின.\n",
    "ta_other": "மதுரையில் விழா\n\nமதுரையில் நேற்று பெரிய விழா நடந்தது. பலர் கலந்து கொண்டனர்.\n",
    "ar_port": "افتتاح مِينَاء جديد\n\nافتتحت الحكومة مِينَاءً جديدًا في المدينة يوم الاثنين، وقال الوزير إنه سيخدم آلاف السفن.\n",
    "ar_other": "مدينة جديدة\n\nقالت الحكومة إن المدينة الجديدة ستفتح أبوابها العام المقبل.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("marked"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "doc", "word"),
    [
        ("नौका", "hi_boat", "नौका"),  # the reported word
        ("नक्शा", "hi_map", "नक्शा"),  # a virama inside
        ("கனமழை", "ta_rain", "கனமழை"),
        ("சென்னையில்", "ta_rain", "சென்னையில்"),
    ],
)
def test_a_marked_word_finds_its_article_only_and_is_highlighted_whole(
    ws: Workspace, query: str, doc: str, word: str
) -> None:
    res = ws.search(query, limit=None)
    assert [h.doc for h in res.hits] == [doc] and res.total == 1
    hit = res.hits[0]
    assert word in [hit.snippet[a:b] for a, b in hit.matches]


def test_arabic_words_with_and_without_harakat(ws: Workspace) -> None:
    assert {h.doc for h in ws.search("الحكومة", limit=None).hits} == {"ar_port", "ar_other"}
    assert "مِينَاء" in WORD.findall(ARTICLES["ar_port"])  # the marks inside the word
    # Written without its short vowels, the word finds the text that writes them (folding).
    hit = next(iter(ws.search("ميناء", limit=None).hits))
    assert hit.doc == "ar_port" and "مِينَاء" in [hit.snippet[a:b] for a, b in hit.matches]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("तट के पास फंसी नौका", 5),
        ("சென்னையில் நேற்று கனமழை பெய்தது", 4),
        ("افتتاح مِينَاء جديد", 3),
    ],
)
def test_words_are_counted_whole(text: str, words: int) -> None:
    assert word_count(text) == words
