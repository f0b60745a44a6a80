"""The implementation matrix: the charter's priorities against the recommendations they cite, with each
priority's plan, as XLSX or CSV, for tracking implementation after the workshop. No Qt.

One row per (priority, recommendation cited); a priority citing none still has its row. The plan fields,
titles and milestones are plain text in the charter (typed in plain text boxes) and go in as typed: a path
like C:\\data\\_reports_ or "# of trainers" keeps every character. Every cell passes through safe_cell, so a
title typed as "=HYPERLINK(...)" is shown, never run, and control characters an imported text may carry are
dropped (a vertical tab, Word's line break, becomes a new line).

The column titles, the sheet's names, the level, status and response words and the About sheet are for
people: they come in the workshop's document language (no other tool imports this matrix).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from ..domain.charter import PLAN_FIELDS, Charter
from ..domain.errors import WorkshopError
from .spreadsheet import add_details_sheet, add_table_sheet, new_workbook, save_workbook, write_csv
from ..text import Documents
from .wording import adoption_text, answer_word, charter_label, date_span_words, implementation_word, level_word, moment_words

FORMATS = ("xlsx", "csv")
SHEET = "Implementation matrix"  # English; sheet_name() in the document's language


def sheet_name(doc: Documents | None = None) -> str:
    return (doc or Documents("en")).translate("Spreadsheet export", "Implementation matrix")


def matrix_columns(charter: Charter, doc: Documents | None = None) -> list[str]:
    d = doc or Documents("en")
    return [d.translate("Spreadsheet export", "Priority no."), d.translate("Spreadsheet export", "Priority"),
            d.translate("Charter document", "Level"), d.translate("Spreadsheet export", "Status"),
            d.translate("Spreadsheet export", "Recommendation reference"),
            d.translate("Spreadsheet export", "Recommendation text"),
            d.translate("Charter annex", "Recommending State(s)"), d.translate("Charter annex", "Response"),
            d.translate("Spreadsheet export", "Themes"),
            *(charter_label(charter, key, d) for key, _ in PLAN_FIELDS), charter_label(charter, "timeline", d),
            d.translate("Word export", "Cluster")]


def milestones_text(priority) -> str:
    """One milestone per line: '2027-03 — Model law ready'."""
    return "\n".join(" — ".join(filter(None, (m.due.strip(), m.description.strip()))) for m in priority.milestones)


def matrix_rows(workshop, charter: Charter | None = None, doc: Documents | None = None) -> list[list]:
    charter = charter if charter is not None else workshop.charter()
    doc = doc or Documents("en")
    cited = charter.cited_recommendation_ids()
    recs = workshop.recommendations(cited) if cited else {}
    clusters = {c.id: c.name for c in workshop.clusters()}
    cluster_of = workshop.clusters_of(cited) if cited else {}
    rows = []
    for n, priority in enumerate(charter.priorities, start=1):
        plan = [(getattr(priority, key) or "").strip() for key, _ in PLAN_FIELDS]  # plain text, as typed
        timeline = milestones_text(priority)
        head = [n, priority.title, level_word(priority.level, doc), implementation_word(priority.status, doc)]
        for rec_id in priority.recommendation_ids or (None,):
            rec = recs.get(rec_id) if rec_id is not None else None
            cluster_id = priority.cluster_id if priority.cluster_id is not None else cluster_of.get(rec_id)
            if rec_id is None:
                cited_cells = ["", "", "", "", ""]
            elif rec is None:  # deleted since it was cited
                cited_cells = [f"#{rec_id}", doc.translate("Word export", "(this recommendation was deleted)"),
                               "", "", ""]
            else:
                cited_cells = [rec.reference or f"#{rec_id}", rec.text, ", ".join(rec.states),
                               answer_word(rec, doc=doc), "; ".join(rec.themes)]
            rows.append(head + cited_cells + plan + [timeline, clusters.get(cluster_id, "")])
    return rows


def export_matrix(workshop, path: str | os.PathLike, fmt: str | None = None, *,
                  generated: datetime | None = None) -> Path:
    """Write the implementation matrix to path, as "xlsx" or "csv" (from the file's ending when fmt is None),
    whole or not at all."""
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".") or "xlsx").lower()
    if fmt in FORMATS and target.suffix and target.suffix.lower() != f".{fmt}":
        raise WorkshopError(f"For {fmt.upper()} the file name ends in .{fmt}, not “{target.suffix}”. "
                            f"Choose a name ending in .{fmt}.")
    if fmt not in FORMATS:
        raise WorkshopError(f"The implementation matrix can be saved as an Excel workbook (.xlsx) or a CSV file "
                            f"(.csv), not “{fmt}”. Choose one of those.")
    if not workshop.has_charter():
        raise WorkshopError("This workshop has no charter yet, so there are no priorities to put in the "
                            "implementation matrix. Start the charter and add its priorities first.")
    charter = workshop.charter()
    doc = workshop.documents()
    columns = matrix_columns(charter, doc)
    rows = matrix_rows(workshop, charter, doc)
    if fmt == "csv":
        return write_csv(target, columns, rows)
    book = new_workbook()
    widths = [8, 30, 12, 14, 12, 60, 20, 11, 30] + [40] * len(PLAN_FIELDS) + [34, 24]
    add_table_sheet(book, sheet_name(doc), columns, rows, widths=widths)
    moment = generated or datetime.now().astimezone()
    _d = doc
    count = len(rows)  # a bare name: lupdate drops a call whose count is an expression
    add_details_sheet(book, _d.translate("Spreadsheet export", "About"), [
        (_d.translate("Spreadsheet export", "Workshop"), workshop.info().title),
        (_d.translate("Spreadsheet export", "Charter"), charter.title),
        (_d.translate("Spreadsheet export", "Status"),
         adoption_text(workshop, charter, draft_word=_d.translate("Spreadsheet export", "Draft"), doc=doc)),
        (_d.translate("Spreadsheet export", "Dates"), date_span_words(charter.start_date, charter.end_date, doc)),
        (_d.translate("Spreadsheet export", "Generated"),
         _d.translate("Spreadsheet export", "{moment} by UPR Desktop").format(moment=moment_words(moment, doc))),
        (_d.translate("Spreadsheet export", "Rows"),
         _d.translate("Spreadsheet export", "%n row(s): one per priority and recommendation it cites", None, count)),
    ])
    return save_workbook(book, target)
