"""Recommendations as a CSV that IMPACT OSS (the open-source recommendation tracker) imports. No Qt.

IMPACT OSS's recommendation import (impactoss-client, containers/RecommendationImport) reads a CSV with a
header row. A column is named after the database attribute it fills, either plainly ("reference") or as
its template writes it ("Reference [database:reference]"). Its template lists reference (text, required),
title (text, required), description ("full recommendation", Markdown), support_level (a number) and
response (Markdown). framework_id is passed through as an attribute; when it is empty IMPACT OSS files the
recommendation under framework 1. On the server (impactoss-server) framework_id is the id of a framework
row in that installation, not a document symbol, and reference must be unique (an index since 2024).
support_level takes IMPACT OSS's SUPPORT_LEVELS: 0 noted, 1 supported in part, 2 supported, empty for none.
Imported recommendations arrive as drafts, to be linked to clusters and published in IMPACT OSS.

So: reference is the paragraph number (made unique within the file), title a short title, description the
full text with the recommending State(s) and the source document, response the State's answer in words,
support_level the matching number, and framework_id whatever id the person gives for their installation
(empty otherwise).

The column names are IMPACT OSS's attribute names, a machine format: they stay as they are in every document
language. What people read in IMPACT OSS (the response in words, the description's "Recommending State(s)"
and "Source" lines) is in the workshop's document language; support_level stays a number.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from ..domain.charter import short_title
from ..domain.errors import WorkshopError
from ..domain.recommendation import Recommendation, RecommendationKind, Response
from ..domain.workshop import ALL_COUNTRIES
from ..text import Documents
from .spreadsheet import write_csv
from ..text import translate
from .wording import answer_word

COLUMNS = ("reference", "title", "description", "response", "support_level", "framework_id")

RESPONSE_WORDS = {Response.SUPPORTED: "Supported", Response.NOTED: "Noted"}
SUPPORT_LEVELS = {Response.SUPPORTED: 2, Response.NOTED: 0}  # IMPACT OSS: 0 noted, 1 in part, 2 supported


def _response(rec: Recommendation, doc: Documents | None = None) -> str:
    """The response in words (Supported, Noted, Voluntary pledge; nothing for pending or unknown)."""
    if rec.kind is not RecommendationKind.VOLUNTARY_PLEDGE and rec.response not in RESPONSE_WORDS:
        return ""
    return answer_word(rec, doc=doc)


def _source(rec: Recommendation, doc: Documents | None = None) -> str:
    _d = (doc or Documents("en"))
    if rec.session and rec.cycle:
        where = _d.translate("IMPACT OSS export", "UPR session {session}, cycle {cycle}").format(session=rec.session,
                                                                                      cycle=rec.cycle)
    elif rec.session:
        where = _d.translate("IMPACT OSS export", "UPR session {session}").format(session=rec.session)
    elif rec.cycle:
        where = _d.translate("IMPACT OSS export", "Cycle {cycle}").format(cycle=rec.cycle)
    else:
        where = ""
    if rec.document_symbol:
        return f"{rec.document_symbol} ({where})" if where else rec.document_symbol
    return where


def description(rec: Recommendation, *, name_country: bool = False, doc: Documents | None = None) -> str:
    """The full recommendation, then who made it and where it was published, one paragraph each (Markdown)."""
    _d = (doc or Documents("en"))
    parts = [rec.text.strip()]
    if rec.states:
        label = (_d.translate("IMPACT OSS export", "Recommending State: {states}") if len(rec.states) == 1
                 else _d.translate("IMPACT OSS export", "Recommending States: {states}"))
        parts.append(label.format(states=", ".join(rec.states)))
    if name_country and rec.country:
        parts.append(_d.translate("IMPACT OSS export", "State under review: {country}").format(country=rec.country))
    source = _source(rec, doc)
    if source:
        parts.append(_d.translate("IMPACT OSS export", "Source: {source}").format(source=source))
    return "\n\n".join(parts)


def _references(recs: list[Recommendation]) -> list[str]:
    """Paragraph numbers, unique within the file (IMPACT OSS refuses a reference it already holds)."""
    plain = [(rec.reference or "").strip() or f"#{rec.id}" for rec in recs]
    repeated = {ref for ref, n in Counter(plain).items() if n > 1}
    out = []
    for rec, ref in zip(recs, plain):
        if ref in repeated:
            qualifier = rec.document_symbol or rec.country or (f"session {rec.session}" if rec.session else "")
            ref = f"{ref} ({qualifier})" if qualifier else ref
        out.append(ref)
    still = {ref for ref, n in Counter(out).items() if n > 1}
    return [f"{ref} #{rec.id}" if ref in still else ref for rec, ref in zip(recs, out)]


def impactoss_rows(workshop, *, cited_only: bool = False, framework_id: int | None = None) -> list[list]:
    """The rows of the import file: every recommendation in the workshop, or only those the charter cites."""
    from ..store.queries import RecommendationFilter

    if cited_only:
        ids = workshop.charter().cited_recommendation_ids() if workshop.has_charter() else []
    else:
        ids = workshop.filtered_ids(RecommendationFilter())
    by_id = workshop.recommendations(ids) if ids else {}
    recs = [by_id[i] for i in ids if i in by_id]
    name_country = workshop.info().country == ALL_COUNTRIES or len({r.country for r in recs}) > 1
    framework = "" if framework_id is None else str(framework_id)
    doc = workshop.documents()
    rows = []
    for rec, reference in zip(recs, _references(recs)):
        level = SUPPORT_LEVELS.get(rec.response)
        rows.append([reference, short_title(rec.text), description(rec, name_country=name_country, doc=doc),
                     _response(rec, doc), "" if level is None else level, framework])
    return rows


def export_impactoss(workshop, path: str | os.PathLike, *, cited_only: bool = False,
                     framework_id: int | None = None) -> Path:
    """Write the IMPACT OSS import CSV (UTF-8 with BOM, as IMPACT OSS's manual has Excel save it), whole or not
    at all."""
    target = Path(path)
    if target.suffix.lower() != ".csv":
        raise WorkshopError(translate("Import", "IMPACT OSS imports a CSV file: choose a name ending in .csv, not "
                                                "“{value}”.").format(
            value=target.suffix or 'no ending'))
    if framework_id is not None and framework_id < 1:
        raise WorkshopError(translate("Import", "The IMPACT OSS framework id is a positive number (1 is the first "
                                                "framework in IMPACT OSS). Check it under Frameworks in your "
                                                "IMPACT OSS."))
    rows = impactoss_rows(workshop, cited_only=cited_only, framework_id=framework_id)
    if not rows:
        raise WorkshopError(translate("Import", "The charter cites no recommendations yet, so there is nothing to "
                                                "export. Leave out “cited only” to export every recommendation.")
                            if cited_only else
                            translate("Import", "This workshop holds no recommendations yet, so there is nothing to "
                                                "export."))
    return write_csv(target, COLUMNS, rows)
