"""A programming post's list of code names is the article's: a release note's "Stabilized APIs"
over "Ipv6Addr::is_unique_local", "<ptr>::addr", "Pin::new" ... one name a line (issue #14,
unseen34 rustblog-1, round s39-a: 41 such lines of a Rust release note were dropped as menus and
headline lists in the saved text, and left out by the HTML extractor as a list of links). No page
furniture is written in code: the page's menu and footer around the article still go. The
reported lines, and two variants of our own (Python's and C++/JavaScript's names)."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from test_noise_kinds import FOOTER, MENU, kinds

from waic_reader.index.analysis.noise import block_rules, split_noise
from waic_reader.index.corpus.reader import Corpus

_PARAS = [
    "The team is happy to announce a new version of the language, which makes it easier for everyone to build reliable software.",
    "The new resolver prefers dependency versions that are compatible with the version of the toolchain your project declares.",
    "In this release the new trait solver is used for checking coherence, which fixes a few mostly theoretical problems.",
    "Most of the time, programmers do not need to worry much about provenance, and it is very clear how a pointer got derived.",
]
_AFTER = "Many people came together to create this release, and we could not have done it without all of you."

CASES = {
    # The reported lines (a Rust release note's stabilized functions).
    "rust": [
        "Ipv6Addr::is_unique_local",
        "core::ptr::with_exposed_provenance_mut",
        "<ptr>::addr",
        "<int>::checked_isqrt",
        "NonZero::isqrt",
        "AtomicBool::from_ptr",
        "Pin::new",
        "Pin::get_unchecked_mut",
        "<ptr>::map_addr",
        "AtomicU16::from_ptr",
        "core::ptr::dangling_mut",
        "Pin::static_ref",
    ],
    # A Python release's new functions, written as calls.
    "python": [
        "itertools.batched()",
        "math.sumprod()",
        "pathlib.Path.walk()",
        "os.path.splitroot()",
        "sys.monitoring.use_tool_id()",
        "shutil.make_archive()",
        "statistics.correlation()",
        "typing.override()",
        "asyncio.TaskGroup()",
        "tomllib.loads()",
        "contextlib.chdir()",
        "operator.call()",
    ],
    # C++ and JavaScript names: generic types and method paths.
    "cpp_js": [
        "std::expected<T>",
        "std::ranges::fold_left",
        "Array.prototype.findLast()",
        "structuredClone()",
        "Object.groupBy()",
        "std::flat_map",
        "Promise.withResolvers()",
        "std::print",
        "Array.fromAsync()",
        "std::mdspan<T>",
        "Set.prototype.union()",
        "std::generator<T>",
    ],
}


def _page(names: list[str]) -> str:
    # (As the reported page: the list closes the article's text, the site's footer under it.)
    body = [*_PARAS, "New APIs", *names[:5], "These are now stable in const contexts", *names[5:], "Other changes"]
    return "\n".join([*MENU, "Announcing version 1.84", *body, *FOOTER]) + "\n"


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_list_of_code_names_on_a_saved_page_is_the_article(case: str) -> None:
    names = CASES[case]
    got = kinds(_page(names))
    for line in [*_PARAS, *names]:
        assert got[line] == "content", line
    assert got["Privacy policy"] != "content"
    assert got["Sign in"] != "content"


def _html(names: list[str]) -> str:
    items = "".join(
        f'<li><a href="https://doc.example.org/{k}"><code>{escape(n)}</code></a></li>' for k, n in enumerate(names)
    )
    paras = "".join(f"<p>{p}</p>" for p in _PARAS)
    nav = "".join(f'<li><a href="/{k}">{m}</a></li>' for k, m in enumerate(MENU))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Announcing version 1.84</title></head><body>'
        f"<nav><ul>{nav}</ul></nav><main><article><h1>Announcing version 1.84</h1>{paras}"
        f"<h3>New APIs</h3><ul>{items}</ul>"
        f"<h3>Other changes</h3><p>{_AFTER}</p></article></main>"
        "<footer><p>Privacy policy</p><p>Terms of use</p></footer></body></html>"
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_list_of_code_names_the_extractor_left_out_is_the_article(tmp_path: Path, case: str) -> None:
    names = CASES[case]
    (tmp_path / "post.html").write_text(_html(names), encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    content = {" ".join(s.text.split()) for s in split.content}
    for line in [*_PARAS, *names, _AFTER]:
        assert line in content, line


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Pin::new_unchecked", True),
        ("Vec<T>: Clone", True),
        ("math.sumprod()", True),
        ("Stabilized APIs", False),
        ("Terms and policies", False),
        ("@jane_doe", False),
        ("#climate_change", False),
        ("IMG_1234.jpg", False),
        ("local_offerNeoL ネオエル", False),
        ("access_time 2019/04/21 11:51", False),
        ("https://example.org/some_page", False),
        ("Sign in", False),
    ],
)
def test_code_line(line: str, code: bool) -> None:
    assert block_rules.code_line(line) is code
