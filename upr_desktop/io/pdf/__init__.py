"""The printed documents: charter, handout, paper ballots and results report, over reportlab.

Each document gathers what it prints from the workshop first (quick, on the caller's thread, since the
workshop's connection belongs to it), then renders from that plain snapshot (slow, safe on a worker
thread). `prepare` hands back the second half.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from importlib import import_module
from pathlib import Path

from ...domain.errors import WorkshopError
from ...text import QT_TRANSLATE_NOOP, translate
from ..atomic import atomic_write
from .fonts import register_fonts
from .layout import PAPER_SIZES


class DocumentKind(StrEnum):
    CHARTER = "charter"
    HANDOUT = "handout"
    BALLOTS = "ballots"
    RESULTS = "results"
    MIDTERM = "midterm"  # the follow-up's mid-term report (confidential evidence is never gathered)


@dataclass(frozen=True)
class DocumentRequest:
    kind: DocumentKind
    round_id: int | None = None  # ballots and results
    paper: str = "a4"  # "a4" or "letter"
    group_by: str = "cluster"  # handout: "cluster" or "theme"
    blank_ballots: int = 0  # ballots: extra unnamed sheets for people who join on the day


@dataclass(frozen=True)
class DocumentChoice:
    """One document the Print step offers, and why it can't be printed yet if it can't."""
    label: str
    request: DocumentRequest
    unavailable: str = ""


def prepare(workshop, request: DocumentRequest) -> Callable[[], bytes]:
    """Gather now; the returned function renders the PDF and may run on another thread."""
    if request.paper.lower() not in PAPER_SIZES:
        raise ValueError(f"Paper size “{request.paper}” is not known; use a4 or letter.")
    register_fonts()  # before any worker thread touches reportlab's font registry
    module = import_module(f".{request.kind.value}", __name__)
    if request.kind in (DocumentKind.HANDOUT, DocumentKind.MIDTERM):
        data = module.gather(workshop, group_by=request.group_by)
    elif request.kind is DocumentKind.BALLOTS:
        data = module.gather(workshop, request.round_id, blank=request.blank_ballots)
    elif request.kind is DocumentKind.RESULTS:
        data = module.gather(workshop, request.round_id)
    else:
        data = module.gather(workshop)
    paper = request.paper.lower()

    def render() -> bytes:
        from reportlab.platypus.doctemplate import LayoutError

        try:
            return module.render(data, paper)
        except LayoutError as error:  # reportlab's words name its objects: say it in a person's words
            raise WorkshopError(too_long_message(request.kind, str(error))) from error

    return render


# What to do when a document cannot be laid out (a text longer than a page can hold), per document.
# Whole sentences per document, with and without the page, so every language orders its own words.
_TOO_LONG = {  # kind: (near a page, anywhere, what to do)
    DocumentKind.CHARTER: (
        QT_TRANSLATE_NOOP("PdfTooLong", "A text is too long to fit on one page of the charter, near page {page}, so "
                                        "it could not be printed."),
        QT_TRANSLATE_NOOP("PdfTooLong", "A text is too long to fit on one page of the charter, so it could not be "
                                        "printed."),
        QT_TRANSLATE_NOOP("PdfTooLong", "Shorten the longest text in the charter (a priority's plan, a milestone, an "
                                        "organisation's name) or break it into several lines, then print again.")),
    DocumentKind.HANDOUT: (
        QT_TRANSLATE_NOOP("PdfTooLong", "A text is too long to fit on one page of the handout, near page {page}, so "
                                        "it could not be printed."),
        QT_TRANSLATE_NOOP("PdfTooLong", "A text is too long to fit on one page of the handout, so it could not be "
                                        "printed."),
        QT_TRANSLATE_NOOP("PdfTooLong", "Shorten the longest recommendation text (open it from the Review step), then"
                                        " print again.")),
    DocumentKind.BALLOTS: (
        QT_TRANSLATE_NOOP("PdfTooLong", "A text is too long to fit on one page of the paper ballots, near page "
                                        "{page}, so it could not be printed."),
        QT_TRANSLATE_NOOP("PdfTooLong", "A text is too long to fit on one page of the paper ballots, so it could not "
                                        "be printed."),
        QT_TRANSLATE_NOOP("PdfTooLong", "Shorten the longest text on the ballot, then print again.")),
    DocumentKind.RESULTS: (
        QT_TRANSLATE_NOOP("PdfTooLong", "A text is too long to fit on one page of the results report, near page "
                                        "{page}, so it could not be printed."),
        QT_TRANSLATE_NOOP("PdfTooLong", "A text is too long to fit on one page of the results report, so it could not"
                                        " be printed."),
        QT_TRANSLATE_NOOP("PdfTooLong", "The results themselves are safe: save them as a spreadsheet from the Results"
                                        " step instead.")),
    DocumentKind.MIDTERM: (
        QT_TRANSLATE_NOOP("PdfTooLong", "A text is too long to fit on one page of the mid-term report, near page "
                                        "{page}, so it could not be printed."),
        QT_TRANSLATE_NOOP("PdfTooLong", "A text is too long to fit on one page of the mid-term report, so it could "
                                        "not be printed."),
        QT_TRANSLATE_NOOP("PdfTooLong", "Shorten the longest justification or evidence title (in the Follow-up step),"
                                        " then print again.")),
}


def too_long_message(kind: DocumentKind, detail: str = "") -> str:
    """A document reportlab could not lay out (a text too long for a page), in plain words."""
    near_page, anywhere, advice = _TOO_LONG[kind]
    found = re.search(r"\bon page (\d+)", detail)
    problem = (translate("PdfTooLong", near_page).format(page=found.group(1)) if found
               else translate("PdfTooLong", anywhere))
    # Two whole sentences; their joiner is translated too (Chinese puts no space between sentences).
    return translate("PdfTooLong", "{problem} {advice}").format(problem=problem,
                                                                advice=translate("PdfTooLong", advice))


def render_pdf(workshop, request: DocumentRequest) -> bytes:
    return prepare(workshop, request)()


def save_pdf(pdf: bytes, path: str | os.PathLike) -> Path:
    """Whole or not at all: a half-written PDF never replaces a good one."""
    path = Path(path)
    with atomic_write(path, "wb") as out:
        out.write(pdf)
    return path


def write_pdf(workshop, request: DocumentRequest, path: str | os.PathLike) -> Path:
    return save_pdf(render_pdf(workshop, request), path)


def choices(workshop) -> list[DocumentChoice]:
    """The documents this workshop can print now, in the order of the workshop's steps."""
    out = []
    count = workshop.count()
    out.append(DocumentChoice("Recommendation handout", DocumentRequest(DocumentKind.HANDOUT),
                              "" if count else translate("PrintPage", "Import the recommendations first.")))
    rounds = workshop.voting_rounds()
    for rnd in rounds:
        out.append(DocumentChoice(f"Paper ballots: {rnd.title}", DocumentRequest(DocumentKind.BALLOTS, rnd.id),
                                  "" if rnd.candidates else translate("PrintPage", "This round has no candidates yet.")))
    for rnd in rounds:
        out.append(DocumentChoice(f"Results: {rnd.title}", DocumentRequest(DocumentKind.RESULTS, rnd.id),
                                  "" if rnd.status.value == "closed" else
                                  translate("PrintPage", "Results are printed once the round is closed.")))
    out.append(DocumentChoice("Outcome charter", DocumentRequest(DocumentKind.CHARTER),
                              "" if workshop.has_charter() else
                              translate("PrintPage", "Start the charter in the Charter step first.")))
    # The mid-term report joins the list once the follow-up has begun: on the workshop's days it is noise.
    if _followup_started(workshop):
        out.append(DocumentChoice("Mid-term report", DocumentRequest(DocumentKind.MIDTERM)))
    return out


def _followup_started(workshop) -> bool:
    recommendations = workshop.status_counts("r")
    return any(n for status, n in recommendations.items() if status != "none") or \
        any(workshop.status_counts("p").values())
