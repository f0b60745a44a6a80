"""The workshop's own description."""

from __future__ import annotations

from dataclasses import dataclass, field

ALL_COUNTRIES = "*"  # a coalition database spanning every State under review


@dataclass(frozen=True)
class WorkshopInfo:
    title: str
    country: str = ""  # State under review; ALL_COUNTRIES for a coalition database
    cycle: int | None = None
    review_date: str = ""  # ISO dates, kept as text so partial dates survive
    venue: str = ""
    start_date: str = ""
    end_date: str = ""
    organisers: tuple[str, ...] = field(default_factory=tuple)
    # What the workshop's documents (PDF, DOCX, XLSX) are written in: one of text.LANGUAGES. Separate from the
    # interface language: a Russian-speaking facilitator may print a French charter.
    document_language: str = "en"
