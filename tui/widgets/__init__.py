"""Reusable widgets (the only place for DEFAULT_CSS)."""
