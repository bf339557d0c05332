"""One story's count of cases is one row, whatever words name it in each outlet ("214 measles
cases", "214 cases", a live blog's "has confirmed 198 cases" then "the number of confirmed cases has
risen to 214", a headline's "measles cases hit 230" over its lead), the blog's 198 superseded by its 214 (#16,
t13ak N3: a row "cases" and a row "measles cases", the blog in both)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "blog_first"),
    [
        (  # reported (AP, the live blog, the Herald, KXYZ's headline)
            (
                "Health authorities in Kestrow on Saturday reported 214 measles cases and two deaths.",
                "09.10 GMT\nThe Norvale Department of Health has confirmed 198 cases of measles in Kestrow.\n\n"
                "11.30 GMT\nThe health department has updated its figures: the number of confirmed cases has risen to 214.",
                "The measles outbreak in Kestrow has grown to 214 cases, the Norvale Department of Health said.",
                "Third child dies as Kestrow measles cases hit 230\n\nA third child has died in the measles outbreak in "
                "Kestrow, health officials confirmed, as the number of confirmed cases climbed to 230.",
            ),
            198,
        ),
        (  # a variant of my own: another disease, place and numbers
            (
                "Health officials in Delmar on Monday reported 87 cholera cases and one death.",
                "08.00 GMT\nThe regional health office has confirmed 61 cases of cholera in Delmar.\n\n"
                "12.15 GMT\nThe health office has new figures: the number of confirmed cases has risen to 87.",
                "The cholera outbreak in Delmar has grown to 87 cases, the regional health office said.",
                "Second patient dies as Delmar cholera cases hit 95\n\nA second patient has died in the cholera outbreak in "
                "Delmar, health officials confirmed, as the number of confirmed cases rose to 95.",
            ),
            61,
        ),
        (  # and another: infections, a blog announcing them by "reported"
            (
                "Doctors in Varnholm on Friday reported 40 flu infections at the care home.",
                "10.00 GMT\nThe health agency has reported 33 infections at the care home in Varnholm.\n\n"
                "14.00 GMT\nThe agency says the number of reported infections has risen to 40.",
                "The flu outbreak at the Varnholm care home has grown to 40 infections, the health agency said.",
                "Resident dies as Varnholm flu infections hit 46\n\nA resident has died in the flu outbreak at the "
                "Varnholm care home, the health agency said, as the number of infections reached 46.",
            ),
            33,
        ),
    ],
    ids=["reported", "cholera", "flu"],
)
def test_the_cases_are_one_row(texts: tuple[str, ...], blog_first: int) -> None:
    rows = [f for f in sheet(*texts) if f.values[0].kind == "count" and f.values[0].head in ("cases", "infections")]
    assert [sorted({v.doc for v in f.values}) for f in rows] == [["a", "b", "c", "d"]], [
        (f.label, [(v.doc, v.value) for v in f.values]) for f in rows
    ]
    [blog] = [v for v in rows[0].values if v.doc == "b"]
    assert [e.value for e in blog.earlier] == [blog_first]
