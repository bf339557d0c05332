"""A code line closing with a bracket inside another bracket is no caption's credit field (issue
#14, unseen40 elixir-1): the blog post's listings "defmodule(Hello, do: ( … do: ( temp = a * b
temp + c )) ))", twice each, read as a credit field "temp" repeated under four pictures and were
dropped as captions. The reported lines, then two variants of my own: a call's nested "(total =
…)" on three lines, and an index's nested "[key = …]". Captions closing with a bracketed field at
the top level ("[Photo = Jane Roe]") stay captions. Invented text but the reported lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

_PROSE = [
    "Although syntax is usually one of the first topics that comes up when a language is discussed, it was"
    " never the main focus of the design, and the snippets below show how it grew.",
    "In the snippet above, we represent everything as a function or a macro call, and the next step was"
    " to make the parentheses optional, which the compiler still reads the same way.",
    "Given this background, it is natural that some of the constructs were borrowed from other languages,"
    " and the team kept the ones that made the code easier to read.",
]
_LINES = {
    "reported": [
        "defmodule(Hello, do: ( def(calculate(a, b, c), do: ( temp = a * b temp + c )) ))",
        "defmodule(Hello, do: ( def(calculate(a, b, c), do: ( temp = a * b temp + c )) ))",
        "defmodule Hello, do: ( def calculate(a, b, c), do: ( temp = a * b temp + c ) )",
        "defmodule Hello, do: ( def calculate(a, b, c), do: ( temp = a * b temp + c ) )",
    ],
    "call": [
        "assert(check(order, (total = price * qty)))",
        "log(format(order, (total = price + tax)))",
        "send(order, (total = price - discount))",
    ],
    "index": [
        "values[idx[key = a + b]]",
        "cache[row[key = x * 2]]",
        "table[col[key = n - 1]]",
    ],
}


def _split(tmp_path: Path, lines: list[str]) -> tuple[set[str], set[str]]:
    text = "Growing a language\n\n" + "\n\n".join(p for pair in zip(_PROSE, lines) for p in pair)
    text += "\n\n" + "\n\n".join(lines[len(_PROSE) :]) + "\n\n" + _PROSE[-1].replace("Given", "With") + "\n"
    (tmp_path / "post.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    split = split_noise(corpus.article(next(iter(corpus.entries))))
    return {s.text for s in split.content}, {s.text for s in split.noise}


@pytest.mark.parametrize("case", sorted(_LINES))
def test_nested_brackets_are_code_not_a_credit(tmp_path: Path, case: str) -> None:
    content, _noise = _split(tmp_path, _LINES[case])
    assert set(_LINES[case]) <= content


def test_a_top_level_credit_field_is_a_caption(tmp_path: Path) -> None:
    captions = [
        "Boats wait at the closed quay on Tuesday [Photo = Jane Roe]",
        "The old lighthouse seen from the fish market [Photo = Varn Courier]",
        "Fishermen mend their nets by the harbour wall [Photo = Per Dahl]",
    ]
    _content, noise = _split(tmp_path, captions)
    assert set(captions) <= noise
