"""Step 7, Print: preview and print the charter, handout, ballots and reports, and export them (XLSX, CSV,
DOCX, IMPACT OSS). The page is in page.py.

Entry point: PrintPage (print.page), and print_pdf and print_vector (print.printing) for the vote page's code
slips and the recovery key sheet.
"""

from __future__ import annotations

__all__ = ["PrintPage", "print_pdf", "print_vector"]  # the entry point: what other packages may import from here
_HOMES = {"PrintPage": ".page", "print_pdf": ".printing", "print_vector": ".printing"}


def __getattr__(name: str):
    # Lazy, so that importing the package costs nothing until its page is wanted.
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
