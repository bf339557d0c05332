"""An ``altered`` statement marks what was altered in every member: a word-level diff of the
members' quoted words (difflib.SequenceMatcher over the one tokeniser's folded words), never
"the words no other member has" (t13z H19: "will still be treated" against "will be treated"
marked nothing anywhere, the words being in some member each; a substitution marked only the
new word, not the one it replaced).

* a word one member drops is marked in the members that have it;
* a substituted word is marked on both sides;
* an inserted word is marked where it is;
* words differing only by case, accents or apostrophes are no alteration (the statement is ``same``).
"""

from __future__ import annotations

from pathlib import Path

from waic_reader.index.analysis.quotes.group import Statement
from waic_reader.index.workspace import Workspace


def grouped(tmp_path: Path, files: dict[str, str]) -> Statement:
    """The one statement of several members the Quotes sheet of ``files`` has (read as one
    corpus: a lone surname is its full name's, as the screen and ``quotes --json`` group)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    sheet = Workspace(folder, tmp_path / "index", tmp_path / "data").quotes()
    (st,) = [st for st in sheet.statements if len(st.members) > 1]
    return st


def marked(st: Statement) -> dict[str, list[str]]:
    """Each member's doc -> the text of its changed words."""
    return {m["doc"]: [c["text"] for c in m.get("changed", [])] for m in st.to_json()["members"]}


def v26(c_words: str) -> dict[str, str]:
    """t13z repro/v26: the same words credited to two people in a and b, c's wording given."""
    return {
        "a": 'Minister on Velmont\n\nKESTERBRIDGE, March 12, 2026 (Nordwire) - "Patient safety comes first, and every '
        'emergency will still be treated," said Health Minister Aurelia Stanning.\n',
        "b": 'Velmont chief speaks\n\nKESTERBRIDGE, March 12, 2026 (Dayline) - "Patient safety comes first, and every '
        'emergency will still be treated," said Miriam Okafor, the trust chief executive.\n',
        "c": f'Velmont: the words\n\nKESTERBRIDGE, March 13, 2026 (Herald) - "{c_words}," Stanning told the Herald.\n',
    }


def test_dropped_word_is_marked_where_it_is(tmp_path: Path) -> None:
    # the reported input: c drops "still"
    st = grouped(tmp_path, v26("Patient safety comes first and every emergency will be treated"))
    assert st.wording == "altered"
    assert marked(st) == {"a": ["still"], "b": ["still"], "c": []}


def test_substituted_word_is_marked_on_both_sides(tmp_path: Path) -> None:
    # the reporter's variant: "treated" replaced by "seen"
    st = grouped(tmp_path, v26("Patient safety comes first and every emergency will still be seen"))
    assert st.wording == "altered"
    assert marked(st) == {"a": ["treated"], "b": ["treated"], "c": ["seen"]}


def test_dropped_word_other_names_curly_marks(tmp_path: Path) -> None:
    # a variant of my own: other names and words, curly marks, the word dropped at the quote's start
    q = "Frankly, nobody in this town will forget what the river did to us"
    files = {
        "x": f"Flood\n\nThe river rose on Sunday.\n\n“{q},” said Mayor Tove Lindqvist.\n",
        "y": f"Flood aftermath\n\nThe river rose on Sunday.\n\nMayor Tove Lindqvist said: “{q}.”\n",
        "z": "Town counts cost\n\nThe river rose on Sunday.\n\n“Nobody in this town will forget what the river did "
        "to us,” Lindqvist told reporters.\n",
    }
    st = grouped(tmp_path, files)
    assert marked(st) == {"x": ["Frankly"], "y": ["Frankly"], "z": []}


def test_a_repeated_word_dropped_is_marked(tmp_path: Path) -> None:
    # a variant of my own: the dropped words occur elsewhere in the quote ("we will"), so
    # "words no other member has" found nothing; a two-member statement
    files = {
        "p": 'Strike\n\nDockers walked out.\n\n"We will fight this and we will win it," union leader Marta Eklund said.\n',
        "q": 'Dock strike\n\nDockers walked out.\n\n"We will fight this and win it," said union leader Marta Eklund.\n',
    }
    st = grouped(tmp_path, files)
    assert st.wording == "altered"
    assert marked(st) == {"p": ["we", "will"], "q": []}


def test_inserted_and_substituted_words_other_layout(tmp_path: Path) -> None:
    # a variant of my own: one outlet inserts "finally", another replaces "bridge" by "road"; the
    # quote split by its cue in one of them
    files = {
        "d1": 'Bridge\n\nThe bridge stays shut.\n\n"We will open the bridge in the spring," said Mayor Ilse Brandvold.\n',
        "d2": 'Bridge shut\n\nThe bridge stays shut.\n\n"We will open the bridge," Mayor Ilse Brandvold said, '
        '"finally in the spring."\n',
        "d3": 'Closure\n\nThe bridge stays shut.\n\nMayor Ilse Brandvold said: "We will open the road in the spring."\n',
    }
    st = grouped(tmp_path, files)
    assert st.wording == "altered"
    assert marked(st) == {"d1": ["bridge"], "d2": ["bridge", "finally"], "d3": ["road"]}


def test_accents_and_case_alone_are_the_same_wording(tmp_path: Path) -> None:
    # the one fold: "Zürich"/"Zurich", "ROAD"/"road" are one word (the docstring's "same")
    files = {
        "e": 'Rail\n\nTrains stopped.\n\n"The line to Zürich will reopen on the road side," said engineer Sunniva Berg.\n',
        "f": 'Rail news\n\nTrains stopped.\n\n"The line to Zurich will reopen on the ROAD side," engineer Sunniva Berg said.\n',
    }
    st = grouped(tmp_path, files)
    assert st.wording == "same", marked(st)
