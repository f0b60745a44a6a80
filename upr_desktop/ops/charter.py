"""The outcome charter: the write path (mixed into Workshop). Being built."""

from __future__ import annotations


class CharterOps:
    """Needs self._store and self._announce (see Workshop)."""
