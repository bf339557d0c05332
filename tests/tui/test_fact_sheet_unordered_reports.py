"""The fact sheet screen on reports nothing orders (t13y G11, round s35-b): six wires of one day
without a time, alternating 17 and 18 miners trapped, are drawn "17 (… Wire1 +2) · 18 (… Wire2
+2)", never "17 → 18 → 17 …" in doc-id order; the Markdown export and ``facts`` write the chain
with the same function (tests/cli/test_cli_facts_unordered_reports.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fact_sheet_agreeing_rows import drawn_row

pytestmark = pytest.mark.usefixtures("utc")


def _wire(n: int, count: str) -> str:
    return (
        f"Miners trapped at San Telmo\n\nPONTEGRIS, Calveira, March 9 (Wire{n}) - {count} miners were trapped "
        "underground on Monday after a gallery collapsed at the copper mine, emergency services said.\n"
    )


async def test_same_day_values_drawn_by_value(tmp_path: Path) -> None:
    files = {f"w{n}.txt": _wire(n, "Seventeen" if n % 2 else "Eighteen") for n in range(1, 7)}
    status, values, sources = await drawn_row(tmp_path, files, "miners trapped")
    assert status == "DISAGREE", (status, values)
    assert sources == 6
    assert "→" not in values, values
    assert "17 (9 Mar, Wire1 +2) · 18 (9 Mar, Wire2 +2)" in values, values
