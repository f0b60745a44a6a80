"""The travel copy: a workshop file without what identifies people (filled in below)."""

from __future__ import annotations


class TravelCopyOps:
    pass
