"""A warning's lead time is one measure, *warning time*, however its clause words it (t13at N1,
round s50-f): "three hours of warning", "the warning came at 03:50, ten minutes after the breach",
"notified … 95 minutes before the breach", a table row "Warning time | about 95 minutes", "was
warned only twenty-five minutes before", "issued an alert …, less than two hours before": one row
in disagreement, never seven "duration" rows; a duration of something else ("has studied dams for
12 years") never joins it."""

from __future__ import annotations

from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, tuple[str, list[str]]]:
    return {f.label: (f.status, [v.doc for v in f.values]) for f in sheet(*texts)}


def test_reported_warning_wordings_one_row() -> None:
    rows = _rows(
        "The operator insisted that towns downstream had been given three hours of warning.",
        "Civil protection says the warning came at 03:50, ten minutes after the breach.",
        "The operator notified the Commission of abnormal seepage at 02:05 CET, 95 minutes before the breach.",
        "The operator raised the alarm at about 02:05, about 95 minutes before the breach.",
        "| Measure | Value |\n|---|---|\n| Warning time | about 95 minutes |",
        'Mayor Itziar Goni says the town hall was warned "only twenty-five minutes" before the water arrived.',
        "The operator said it had issued an alert at 02:05, less than two hours before the breach.",
        "Dr Ruiz, who has studied dams for 12 years, warned that the embankment was weak.",
    )
    assert rows.get("warning time") == ("disagree", list("abcdefg")), rows
    assert rows.get("duration") == ("single source", ["h"]), rows


def test_variant_tsunami_alerts_agree() -> None:
    rows = _rows(
        "The tsunami alert was sounded 20 minutes before the first wave hit.",
        "Residents had about 20 minutes of warning, officials said.",
        "- Warning time: 20 minutes",
    )
    assert rows.get("warning time") == ("agree", ["a", "b", "c"]), rows


def test_variant_notice_and_a_lasting_apart() -> None:
    rows = _rows(
        "Tenants were given only 48 hours' notice before the block was cleared.",
        "The council says tenants were warned seven days before the clearance.",
        "Campaigners had warned for two years that the block was unsafe.",
    )
    assert rows.get("warning time") == ("disagree", ["a", "b"]), rows
    assert all("c" not in docs for label, (_, docs) in rows.items() if label == "warning time"), rows
