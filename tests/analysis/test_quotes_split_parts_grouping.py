"""Statements line up each sentence of a direct quote on its own (group._pieces): a quote split by
its cue ('"A," X told reporters. "B."') shares a statement with the outlet quoting A and another with
the outlet quoting B, its member in each the sentence they quote, whichever article comes first; a
sentence no other article quotes stays with the one before it; a quote alone, or quoted whole by
two outlets, stays one member (t13x F5: the wire was lined up with B's outlet only)."""

from __future__ import annotations

from pathlib import Path

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.analysis.quotes.group import Statement, statements
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.corpus.reader import Corpus


def quotes_of(tmp_path: Path, files: dict[str, str]) -> list[Quote]:
    out: list[Quote] = []
    for name, text in files.items():  # in the order given: the reading order grouped in
        folder = tmp_path / f"c-{name}"
        folder.mkdir(parents=True)
        (folder / f"{name}.txt").write_text(text, "utf-8")
        out.extend(Analyser(Corpus.scan(folder), data_dir=tmp_path / f"d-{name}").doc(name).quotes)
    return out


def lined_up(sts: list[Statement]) -> dict[frozenset[str], dict[str, str]]:
    """Statements of two articles or more: their docs -> each doc's words there."""
    return {frozenset(st.docs): {q.doc: q.quoted for q in st.members} for st in sts if len(st.members) > 1}


A = "We are doing everything we can to reach the people still trapped"
B = "Nobody should go back to the river until we say it is safe"
WIRE = f'Dam breach\n\nThe dam gave way before dawn.\n\n"{A}," Governor Ilsa Brannock told reporters. "{B}."\n'
FIRST = f'Seven killed\n\nThe dam burst.\n\n"{A}," said Governor Ilsa Brannock.\n'
SECOND = f'The night the dam broke\n\nGovernor Ilsa Brannock said: "{B}."\n'


def test_each_part_lined_up_whichever_comes_first(tmp_path: Path) -> None:
    for n, order in enumerate((("first", "second", "wire"), ("wire", "first", "second"), ("second", "wire", "first"))):
        texts = {"wire": WIRE, "first": FIRST, "second": SECOND}
        sts = statements(quotes_of(tmp_path / str(n), {name: texts[name] for name in order}))
        assert lined_up(sts) == {
            frozenset({"first", "wire"}): {"first": A, "wire": A},
            frozenset({"second", "wire"}): {"second": B, "wire": B},
        }, order
        (wire,) = {q for q in quotes_of(tmp_path / f"w{n}", {"wire": WIRE})}
        for st in sts:
            k = st.docs.index("wire")
            whole = st.part_of[k]
            assert (whole.start, whole.end, whole.quoted) == (wire.start, wire.end, wire.quoted)
            assert st.to_json()["members"][k]["part_of"] == {"start": wire.start, "end": wire.end}


def test_three_sentences_three_outlets(tmp_path: Path) -> None:
    # other names and words, curly marks; one outlet per sentence of the wire's quote
    s1 = "Every patient who was moved to Tromsø will be brought back by Sunday"
    s2 = "The new generator means we will never lose power like that again"
    s3 = "I want to thank the nurses who carried patients down six flights of stairs"
    files = {
        "wire": f"Clinic reopens\n\nThe clinic reopened on Friday.\n\n“{s1},” Dr. Amara Nwosu told the Gazette. "
        f"“{s2}. {s3}.”\n",
        "a": f"Clinic back\n\nThe clinic reopened on Friday.\n\n“{s1},” said Dr. Amara Nwosu.\n",
        "b": f"Generator\n\nThe clinic reopened on Friday.\n\n“{s2},” Dr. Amara Nwosu said.\n",
        "c": f"Thanks\n\nThe clinic reopened on Friday.\n\nDr. Amara Nwosu said: “{s3}.”\n",
    }
    got = lined_up(statements(quotes_of(tmp_path, files)))
    assert got == {
        frozenset({"a", "wire"}): {"a": s1, "wire": s1},
        frozenset({"b", "wire"}): {"b": s2, "wire": s2},
        frozenset({"c", "wire"}): {"c": s3, "wire": s3},
    }, got


def test_a_sentence_no_one_else_quotes_stays_with_the_one_before(tmp_path: Path) -> None:
    s1 = "We will rebuild every house that the water took from these families"
    s2 = "It will take two years and it will cost more than anyone has said"
    s3 = "The first families will be back in their homes before the winter"
    files = {
        "wire": f'Harbour\n\nThe wall collapsed.\n\n"{s1}," harbour master Olav Dahl said. "{s2}. {s3}."\n',
        "a": f'Harbour wall\n\nThe wall collapsed.\n\n"{s1}," said harbour master Olav Dahl.\n',
        "b": f'Families\n\nThe wall collapsed.\n\nHarbour master Olav Dahl said: "{s3}."\n',
    }
    sts = statements(quotes_of(tmp_path, files))
    assert lined_up(sts) == {
        frozenset({"a", "wire"}): {"a": s1, "wire": f"{s1} … {s2}"},
        frozenset({"b", "wire"}): {"b": s3, "wire": s3},
    }
    assert all(len(st.members) > 1 for st in sts)  # no sentence of the wire's left alone
    st = next(st for st in sts if "a" in st.docs)
    assert st.wording == "altered"  # the wire says more there: its second sentence marked
    k = st.docs.index("wire")
    assert {st.members[k].text[s - st.members[k].start : e - st.members[k].start] for s, e in st.changed[k]} >= {
        "two",
        "years",
    }


def test_a_quote_alone_or_quoted_whole_stays_one_member(tmp_path: Path) -> None:
    lone = 'Camp\n\nThe camp stayed.\n\n"No," Chief Ayasha Morningstar said. "We will not move the camp this winter."\n'
    (st,) = statements(quotes_of(tmp_path / "lone", {"a": lone}))
    assert st.wording == "single" and not st.part_of and st.members[0].quoted.startswith("No … We will not")
    split = f'Dam\n\nThe dam gave way.\n\n"{A}," said Governor Ilsa Brannock. "{B}."\n'
    whole = f'Dam\n\nThe dam gave way.\n\n"{A}. {B}," Governor Ilsa Brannock said.\n'
    sts = statements(quotes_of(tmp_path / "two", {"a": split, "b": whole}))
    (st,) = [st for st in sts if len(st.members) > 1]
    assert len(sts) == 1 and st.wording == "same" and not st.part_of, [(s.docs, s.wording) for s in sts]
