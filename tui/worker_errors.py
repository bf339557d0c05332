"""A screen mix-in: failures of the screen's own workers reach the app's error reporting.

Textual posts ``Worker.StateChanged`` to the node that started the worker and does not bubble
it, so without this a failed screen worker would leave the screen blank and silent.
"""

from __future__ import annotations

from textual.worker import Worker


class ReportsWorkerErrors:
    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.app.report_worker_state(event)  # type: ignore[attr-defined]
