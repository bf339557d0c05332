"""An element is hidden by its inline style's ``display``/``visibility`` declarations only, never by a property
whose name ends in them (s46, found building a boilerplate half: a page whose article wrapper carried
``backface-visibility: hidden`` lost its whole article from the page's lines, the extractor's text then appended
after the footer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

_BODY = "".join(
    f"<p>The harbour authority said on Tuesday that section {n} of the inquiry report described how the "
    f"ferry's ramp failed in a heavy swell, and that its crews had warned of the fault for months.</p>"
    for n in range(6)
)


def _page(style: str) -> str:
    return (
        "<html><head><title>Ferry ramp failed, inquiry finds | Harbour Times</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='wrap' style='{style}'><article><h1>Ferry ramp failed, inquiry finds</h1>{_BODY}</article></div>"
        "<footer>© 2026 Harbour Times. All rights reserved.</footer></body></html>"
    )


@pytest.mark.parametrize(
    "style",
    [
        "backface-visibility: hidden; transform: translateZ(0)",  # the page found
        "-webkit-backface-visibility:hidden",
        "--menu-display: none; content-visibility: auto",
    ],
    ids=["reported", "prefixed", "custom-property"],
)
def test_a_property_ending_in_visibility_or_display_hides_nothing(tmp_path: Path, style: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(style), encoding="utf-8")
    text = Corpus.scan(tmp_path).article("page").text
    # the article stands where the page has it: between the menu and the footer, once
    assert text.count("Ferry ramp failed, inquiry finds") == 1
    assert text.index("Home") < text.index("section 0 of the inquiry") < text.index("© 2026 Harbour Times")


@pytest.mark.parametrize(
    "style",
    [
        "display: none",
        "visibility:hidden !important",
        "color: red; VISIBILITY: collapse",
        "content-visibility: hidden",  # review s46-rv finding 10: read as shown after the first fix
    ],
)
def test_display_none_and_visibility_hidden_still_hide(tmp_path: Path, style: str) -> None:
    path = tmp_path / "page.html"
    page = _page("").replace("<footer>", f"<div style='{style}'>Subscribe to our hidden offers today</div><footer>")
    path.write_text(page, encoding="utf-8")
    assert "hidden offers" not in Corpus.scan(tmp_path).article("page").text
