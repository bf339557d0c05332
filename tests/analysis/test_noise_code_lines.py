"""A programming post's own code lines between its paragraphs are the article's: a type signature
written with arrows ("myMax :: Ord a => a -> a -> a") is no breadcrumb trail, a pattern ("head
(x:xs) = x") no row of share buttons though "x" names a network (issue #14, unseen33 soulhacker-1,
round s38-a: five such lines of a Chinese blog post on Haskell's types were dropped as navigation
and a share row). The reported lines written anew in Chinese and English prose, and other
languages' code; a site's trail written with "->" still goes."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, assert_article_kept, kinds

_ZH_PARAS = [
    "类型推断是函数式编程语言中最重要的特性之一，编译器会根据函数的定义自动推导出每个表达式的类型，而不需要程序员手动标注。",
    "我们先从一个最简单的例子开始，看看编译器是怎样一步一步得到一个函数的类型签名的，这个过程其实并不复杂。",
    "注意，类型变量在这里只是占位符，它们最终会被具体的类型替换，或者带着约束保留在签名里，这取决于函数体里用到的操作。",
    "理解了这个过程以后，再去读标准库里那些看起来很复杂的类型签名，就会发现它们其实都是按照同样的规则推导出来的。",
]
_EN_PARAS = [
    "Type inference lets the compiler work out the type of every expression from how it is used, so the programmer rarely has to write one down.",
    "We start with the simplest example and follow the compiler step by step as it arrives at a function's signature, which is less mysterious than it looks.",
    "Note that the type variables here are placeholders: they are replaced by concrete types later, or kept in the signature with their constraints.",
    "Once this is clear, the long signatures of the standard library read the same way, since they were all inferred by the same few rules.",
]


def _post(paras: list[str], code: list[str]) -> str:
    """A blog page: menu, headline, paragraphs with the code lines between them, footer."""
    body = [paras[0], code[0], paras[1], *code[1:3], paras[2], *code[3:], paras[3]]
    return "\n".join([*MENU, "How Type Inference Works, Step by Step", *body, *FOOTER]) + "\n"


@pytest.mark.parametrize(
    ("paras", "code"),
    [
        # The reported lines (a Chinese post on Haskell's types).
        (
            _ZH_PARAS,
            [
                "myMax :: Ord a => a -> a -> a",
                "head (x:xs) = x",
                "初步推断签名： add :: t1 -> t2 -> t3 ，注意，这时候还不知道这三个具体是什么类型",
                "incrementAll :: Num b => [b] -> [b]",
                "(+1) 的类型是 Num n ==> n -> n ；",
            ],
        ),
        # Other signatures and definitions, in an English post.
        (
            _EN_PARAS,
            [
                "fib :: Int -> Integer",
                "last [x] = x",
                "map :: (a -> b) -> [a] -> [b]",
                "compose f g x = f (g x)",
                "foldr :: (a -> b -> b) -> b -> [a] -> b",
            ],
        ),
        # Other languages' code: an OCaml signature, a Rust function's head, TypeScript's arrow.
        (
            _EN_PARAS,
            [
                "val length : 'a list -> int",
                "fn area(w: f64, h: f64) -> f64",
                "const add = (a, b) => a + b",
                "let x = share (x, y)",
                "type Handler = (req: Request) -> Response",
            ],
        ),
    ],
)
def test_code_lines_between_paragraphs_stay(paras: list[str], code: list[str]) -> None:
    got = kinds(_post(paras, code))
    for p in paras:
        assert got[p] == "content", p
    for line in code:
        assert got[line] == "content", line


@pytest.mark.parametrize("trail", ["Home -> News -> Sport", "Home > World > Asia"])
def test_a_sites_trail_written_with_arrows_still_goes(trail: str) -> None:
    got = kinds("\n".join([*MENU, trail, "Council passes budget after long debate", *PARAS, *FOOTER]) + "\n")
    assert_article_kept(got)
    assert got[trail] != "content"
