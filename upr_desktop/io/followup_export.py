"""Follow-up tables as XLSX or CSV, no Qt: the monitoring matrix (every recommendation with its current
status, the date, the justification and how much evidence backs it), and the recommendations as the Review
page lists them, with its search and filters.

Every cell passes through the spreadsheet layer's safe_cell, so text typed as "=HYPERLINK(...)" is shown,
never run. Confidential evidence is never counted, named or shown here.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from ..domain.errors import WorkshopError
from ..domain.followup import AssessmentStatus, recommendation
from ..store.queries import RecommendationFilter
from .spreadsheet import add_details_sheet, add_table_sheet, new_workbook, save_workbook, write_csv
from ..text import Documents
from .followup_report import status_label
from .wording import answer_word, moment_words

FORMATS = ("xlsx", "csv")

MONITORING_COLUMNS = ["Reference", "Recommendation", "Recommending State(s)", "Response", "Themes", "Cluster",
                      "Current status", "Assessed on", "Assessed by", "Justification", "Assessors disagree",
                      "Evidence items", "Earlier recommendation"]
# The list of recommendations keeps these English column names in every document language: UPR Desktop's own
# table importer (and the mapping it remembers) reads them back, so the file goes round. Its About sheet and
# the monitoring matrix, which people read, are in the document language.
RECOMMENDATION_COLUMNS = ["Reference", "Recommendation", "Recommending State(s)", "Response", "Themes",
                          "Affected persons", "SDGs", "Session", "Cycle", "Country", "Document"]


def monitoring_columns(doc: Documents | None = None) -> list[str]:
    _d = (doc or Documents("en"))
    return [_d.translate("Monitoring matrix", "Reference"), _d.translate("Monitoring matrix", "Recommendation"),
            _d.translate("Charter annex", "Recommending State(s)"), _d.translate("Charter annex", "Response"),
            _d.translate("Spreadsheet export", "Themes"), _d.translate("Word export", "Cluster"),
            _d.translate("Stakeholder submission", "Current status"), _d.translate("Stakeholder submission", "Assessed on"),
            _d.translate("Monitoring matrix", "Assessed by"), _d.translate("Monitoring matrix", "Justification"),
            _d.translate("Monitoring matrix", "Assessors disagree"), _d.translate("Monitoring matrix", "Evidence items"),
            _d.translate("Monitoring matrix", "Earlier recommendation")]


def _format(target: Path, fmt: str | None, what: str) -> str:
    fmt = (fmt or target.suffix.lstrip(".") or "xlsx").lower()
    if fmt not in FORMATS:
        raise WorkshopError(f"The {what} can be saved as an Excel workbook (.xlsx) or a CSV file (.csv), not "
                            f"“{fmt}”. Choose a name ending in .xlsx or .csv.")
    if target.suffix and target.suffix.lower() != f".{fmt}":
        raise WorkshopError(f"For {fmt.upper()} the file name ends in .{fmt}, not “{target.suffix}”.")
    return fmt


def monitoring_rows(workshop, ids: list[int] | None = None, doc: Documents | None = None) -> list[list]:
    doc = doc or Documents("en")
    ids = ids if ids is not None else workshop.filtered_ids(RecommendationFilter())
    recs = workshop.recommendations(ids)
    current = workshop.current_statuses("r")
    evidence = workshop.evidence_counts(include_confidential=False)
    clusters = {c.id: c.name for c in workshop.clusters()}
    cluster_of = workshop.clusters_of(ids) if ids else {}
    links = workshop.cycle_links()
    earlier_ids = sorted({e for e, _ in links.values()})
    earlier = workshop.recommendations(earlier_ids) if earlier_ids else {}
    by_id = {}
    assessment_ids = [v[2] for k, v in current.items()]
    if assessment_ids:
        by_id = {a.id: a for a in workshop.assessments() if a.id in set(assessment_ids)}
    rows = []
    for rec_id in ids:
        rec = recs.get(rec_id)
        if rec is None:
            continue
        key = recommendation(rec_id).key
        status, on, assessment_id, disputed = current.get(key, (None, "", None, False))
        latest = by_id.get(assessment_id)
        link = links.get(rec_id)
        before = earlier.get(link[0]) if link else None
        if before is None:
            earlier_text = ""
        elif before.session:
            earlier_text = doc.translate("Monitoring matrix", "{reference} (session {session})").format(
                reference=before.reference or "", session=before.session)
        else:
            earlier_text = before.reference or ""
        rows.append([rec.reference or f"#{rec_id}", rec.text, ", ".join(rec.states), answer_word(rec, doc=doc),
                     "; ".join(rec.themes), clusters.get(cluster_of.get(rec_id), ""),
                     status_label(AssessmentStatus(status) if status else None, doc), on,
                     latest.assessor if latest else "", latest.justification if latest else "",
                     doc.translate("Monitoring matrix", "Yes") if disputed else "", evidence.get(key, 0),
                     earlier_text])
    return rows


def export_monitoring(workshop, path: str | os.PathLike, fmt: str | None = None, *,
                      generated: datetime | None = None) -> Path:
    """The monitoring matrix, whole or not at all."""
    target = Path(path)
    fmt = _format(target, fmt, "monitoring matrix")
    doc = workshop.documents()
    _d = doc
    rows = monitoring_rows(workshop, doc=doc)
    columns = monitoring_columns(doc)
    if fmt == "csv":
        return write_csv(target, columns, rows)
    book = new_workbook()
    add_table_sheet(book, _d.translate("Monitoring matrix", "Monitoring matrix"), columns, rows,
                    widths=[10, 60, 22, 11, 28, 20, 20, 12, 24, 50, 10, 10, 16])
    counts = workshop.status_counts("r")
    moment = generated or datetime.now().astimezone()
    add_details_sheet(book, _d.translate("Spreadsheet export", "About"), [
        (_d.translate("Spreadsheet export", "Workshop"), workshop.info().title),
        (_d.translate("Spreadsheet export", "Generated"),
         _d.translate("Spreadsheet export", "{moment} by UPR Desktop").format(moment=moment_words(moment, doc))),
        *((status_label(AssessmentStatus(k), doc), str(v)) for k, v in counts.items() if k != "none"),
        (status_label(None, doc), str(counts.get("none", 0))),
        (_d.translate("Mid-term report", "Evidence"), _d.translate("Monitoring matrix", "Counts leave out confidential items.")),
    ])
    return save_workbook(book, target)


def recommendation_rows(workshop, flt: RecommendationFilter, sort: str | None = None,
                        descending: bool = False) -> list[list]:
    ids = workshop.filtered_ids(flt, sort, descending)
    recs = workshop.recommendations(ids)
    return [[r.reference or "", r.text, ", ".join(r.states), answer_word(r), "; ".join(r.themes),
             "; ".join(r.affected_persons), "; ".join(r.sdgs), r.session or "", r.cycle or "", r.country or "",
             r.document_symbol or ""] for r in (recs[i] for i in ids if i in recs)]


def export_recommendations(workshop, path: str | os.PathLike, flt: RecommendationFilter | None = None,
                           fmt: str | None = None, *, sort: str | None = None, descending: bool = False,
                           generated: datetime | None = None) -> Path:
    """The recommendations the Review page lists with this search and these filters, in its order."""
    target = Path(path)
    fmt = _format(target, fmt, "list of recommendations")
    flt = flt or RecommendationFilter()
    rows = recommendation_rows(workshop, flt, sort, descending)
    if fmt == "csv":
        return write_csv(target, RECOMMENDATION_COLUMNS, rows)
    book = new_workbook()
    add_table_sheet(book, "Recommendations", RECOMMENDATION_COLUMNS, rows,
                    widths=[10, 70, 24, 11, 30, 24, 14, 9, 7, 14, 20])
    moment = generated or datetime.now().astimezone()
    doc = workshop.documents()
    _d = doc
    details = [(_d.translate("Spreadsheet export", "Workshop"), workshop.info().title),
               (_d.translate("Spreadsheet export", "Generated"),
                _d.translate("Spreadsheet export", "{moment} by UPR Desktop").format(moment=moment_words(moment, doc))),
               (_d.translate("Spreadsheet export", "Rows"), str(len(rows)))]
    if flt.text.strip():
        details.append((_d.translate("Spreadsheet export", "Search"), flt.text.strip()))
    if flt.responses:
        details.append((_d.translate("Charter annex", "Response"), ", ".join(sorted(flt.responses))))
    add_details_sheet(book, _d.translate("Spreadsheet export", "About"), details)
    return save_workbook(book, target)
