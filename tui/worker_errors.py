"""A screen mix-in: failures of the screen's own workers reach the app's error reporting.

Textual posts ``Worker.StateChanged`` to the node that started the worker and does not bubble
it, so without this a failed screen worker would leave the screen blank and silent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.message_pump import MessagePump
from textual.worker import Worker

if TYPE_CHECKING:
    from waic_reader.tui.app import WaicReaderApp


class ReportsWorkerErrors:
    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # A mix-in of screens: ``self`` is a MessagePump whose app is this app.
        app = cast("WaicReaderApp", cast(MessagePump, self).app)
        app.report_worker_state(event)
