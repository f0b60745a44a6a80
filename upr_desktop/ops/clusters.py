"""Thematic clusters: the write path (mixed into Workshop). Being built."""

from __future__ import annotations


class ClusterOps:
    """Needs self._store and self._announce (see Workshop)."""
