"""What o may open: http/https URLs with a host, else the article's file; nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.opener import open_target


@pytest.mark.parametrize("url", ["https://example.org/a?b=1#c", "HTTP://Example.org", "http://10.0.0.1:8080/x"])
def test_http_urls_are_opened_as_given(tmp_path: Path, url: str) -> None:
    target = open_target(url, tmp_path / "a.txt")
    assert (target.uri, target.shown, target.refused) == (url, url, "")


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("javascript:alert(1)", "scheme 'javascript'"),
        ("file:///etc/passwd", "scheme 'file'"),
        ("data:text/html,<b>x</b>", "scheme 'data'"),
        ("ftp://example.org/x", "scheme 'ftp'"),
        ("www.example.org/news", "no http(s) scheme"),
        ("https:///path-only", "no host"),
        ("https://example.org/a b", "spaces or control characters"),
        ("https://example.org/\x1b]52;c;x\x07", "spaces or control characters"),
    ],
)
def test_other_urls_are_refused_with_the_reason(tmp_path: Path, url: str, why: str) -> None:
    target = open_target(url, tmp_path / "a.txt")
    assert target.uri is None and why in target.refused


def test_no_url_opens_the_file_and_a_missing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "my article.txt"
    path.write_text("x", encoding="utf-8")
    target = open_target(None, path)
    assert target.uri == path.resolve().as_uri() and target.shown == str(path.resolve())
    assert "%20" in target.uri  # a file URI, quoted: never a shell word
    gone = open_target("", tmp_path / "gone.txt")
    assert gone.uri is None and gone.refused == "the file is gone"
