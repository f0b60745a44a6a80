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
from .wording import answer_word, moment_words

FORMATS = ("xlsx", "csv")

MONITORING_COLUMNS = ["Reference", "Recommendation", "Recommending State(s)", "Response", "Themes", "Cluster",
                      "Current status", "Assessed on", "Assessed by", "Justification", "Assessors disagree",
                      "Evidence items", "Earlier recommendation"]
RECOMMENDATION_COLUMNS = ["Reference", "Recommendation", "Recommending State(s)", "Response", "Themes",
                          "Affected persons", "SDGs", "Session", "Cycle", "Country", "Document"]


def _format(target: Path, fmt: str | None, what: str) -> str:
    fmt = (fmt or target.suffix.lstrip(".") or "xlsx").lower()
    if fmt not in FORMATS:
        raise WorkshopError(f"The {what} can be saved as an Excel workbook (.xlsx) or a CSV file (.csv), not "
                            f"“{fmt}”. Choose a name ending in .xlsx or .csv.")
    if target.suffix and target.suffix.lower() != f".{fmt}":
        raise WorkshopError(f"For {fmt.upper()} the file name ends in .{fmt}, not “{target.suffix}”.")
    return fmt


def monitoring_rows(workshop, ids: list[int] | None = None) -> list[list]:
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
        rows.append([rec.reference or f"#{rec_id}", rec.text, ", ".join(rec.states), answer_word(rec),
                     "; ".join(rec.themes), clusters.get(cluster_of.get(rec_id), ""),
                     AssessmentStatus(status).label if status else "Not assessed", on,
                     latest.assessor if latest else "", latest.justification if latest else "",
                     "Yes" if disputed else "", evidence.get(key, 0),
                     (before.reference or "") + (f" (session {before.session})" if before and before.session else "")
                     if before else ""])
    return rows


def export_monitoring(workshop, path: str | os.PathLike, fmt: str | None = None, *,
                      generated: datetime | None = None) -> Path:
    """The monitoring matrix, whole or not at all."""
    target = Path(path)
    fmt = _format(target, fmt, "monitoring matrix")
    rows = monitoring_rows(workshop)
    if fmt == "csv":
        return write_csv(target, MONITORING_COLUMNS, rows)
    book = new_workbook()
    add_table_sheet(book, "Monitoring matrix", MONITORING_COLUMNS, rows,
                    widths=[10, 60, 22, 11, 28, 20, 20, 12, 24, 50, 10, 10, 16])
    counts = workshop.status_counts("r")
    moment = generated or datetime.now().astimezone()
    add_details_sheet(book, "About", [
        ("Workshop", workshop.info().title),
        ("Generated", f"{moment_words(moment)} by UPR Desktop"),
        *((AssessmentStatus(k).label, str(v)) for k, v in counts.items() if k != "none"),
        ("Not assessed", str(counts.get("none", 0))),
        ("Evidence", "Counts leave out confidential items."),
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
    details = [("Workshop", workshop.info().title), ("Generated", f"{moment_words(moment)} by UPR Desktop"),
               ("Rows", str(len(rows)))]
    if flt.text.strip():
        details.append(("Search", flt.text.strip()))
    if flt.responses:
        details.append(("Response", ", ".join(sorted(flt.responses))))
    add_details_sheet(book, "About", details)
    return save_workbook(book, target)
