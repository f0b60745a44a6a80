"""The follow-up documents in Word, no Qt: the mid-term report (.docx, the same content as the PDF) and the
draft stakeholder submission for the next review, with its word count against OHCHR's caps (2,815 words for
one organisation, 5,630 for a joint submission; annexes are not counted).

Confidential evidence never reaches here: both read the snapshot of io/followup_report.py.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.errors import WorkshopError
from ..domain.followup import AssessmentStatus, word_cap, word_count, word_count_warning
from .atomic import atomic_write
from .followup_report import FollowupReport, citations, gather, status_label
from .spreadsheet import clean_text
from ..text import Documents
from .wording import answer_word, date_words, is_rtl


def _who(name: str) -> str:
    """An assessor's name at the start of a sentence."""
    return name[:1].upper() + name[1:]


class _Doc:
    def __init__(self, title: str):
        import docx

        self.document = docx.Document()
        props = self.document.core_properties
        props.title = clean_text(title)
        props.author = props.last_modified_by = ""  # never a person's name
        self.counted: list[str] = []  # the text the word cap counts (not the annexes)
        self.counting = True

    def para(self, text: str, style: str | None = None, bold: bool = False):
        from docx.oxml import OxmlElement

        text = clean_text(text or "")
        p = self.document.add_paragraph(style=style)
        run = p.add_run(text)
        run.bold = bold or None
        if is_rtl(text):  # Word lays the paragraph out right to left
            p._p.get_or_add_pPr().insert(0, OxmlElement("w:bidi"))
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
        if self.counting:
            self.counted.append(text)
        return p

    def heading(self, text: str, level: int = 1):
        from docx.oxml import OxmlElement

        h = self.document.add_heading(clean_text(text), level)
        if is_rtl(text):
            h._p.get_or_add_pPr().insert(0, OxmlElement("w:bidi"))
            for run in h.runs:
                run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
        if self.counting:
            self.counted.append(text)
        return h

    def table(self, header: list[str], rows: list[list[str]], rtl: bool = False):
        from docx.oxml import OxmlElement

        table = self.document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        if rtl:  # a right-to-left document's table reads from the right
            table._tbl.tblPr.insert(0, OxmlElement("w:bidiVisual"))
        for cell, text in zip(table.rows[0].cells, header):
            cell.text = clean_text(text)
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row):
                cell.text = clean_text(str(text))
                if self.counting:
                    self.counted.append(str(text))
        return table

    def words(self) -> int:
        return sum(word_count(t) for t in self.counted)

    def save(self, target: Path) -> Path:
        with atomic_write(target, "wb") as out:
            self.document.save(out)
        return target


def _docx_target(path, what: str) -> Path:
    target = Path(path)
    if target.suffix.lower() != ".docx":
        raise WorkshopError(f"The {what} is saved as a Word document ending in .docx, not "
                            f"“{target.suffix or 'no ending'}”. Choose a name ending in .docx.")
    return target


# --- the mid-term report -----------------------------------------------------------------------------------
def export_midterm_docx(workshop, path: str | os.PathLike, *, group_by: str = "cluster",
                        today: date | None = None) -> Path:
    target = _docx_target(path, "mid-term report")
    report = gather(workshop, group_by=group_by, today=today)
    d = report.doc
    _d = d
    doc = _Doc(report.title)
    doc.heading(report.title, 0)
    if report.review:
        doc.para(report.review[0].upper() + report.review[1:])
    doc.para(_d.translate("Mid-term report", "Prepared on {date}").format(date=date_words(report.generated, d)))
    doc.heading(_d.translate("Mid-term report", "Summary"), 1)
    doc.table([status_label(AssessmentStatus(k) if k != "none" else None, d)
               for k in ("not", "partial", "full", "no_info", "none")],
              [[report.counts.get(k, 0) for k in ("not", "partial", "full", "no_info", "none")]], rtl=d.rtl)
    disputed = sum(1 for _, items in report.groups for a in items if a.disputed)
    if disputed:
        doc.para(_d.translate("Mid-term report", "Organisations disagree on %n recommendation(s); each organisation's "
                   "assessment is shown.", None, disputed))
    _methodology(doc, report)
    numbers = report.evidence_number()
    if report.priorities:
        doc.heading(_d.translate("Mid-term report", "The charter's priorities"), 1)
        for p in report.priorities:
            _priority(doc, p, d)
    for name, items in report.groups:
        doc.heading(name, 1)
        rows = []
        for a in items:
            lines = [status_label(a.status, d)] + ([_d.translate("Mid-term report", "Organisations disagree:")]
                                                   if a.disputed else [])
            for one in a.latest:
                cite = citations(one.evidence_ids, numbers)
                said = _d.translate("Mid-term report", "{assessor} ({date}): {status}.").format(
                    assessor=_who(one.assessor), date=one.assessed_on, status=status_label(one.status, d))
                lines.append(" ".join(filter(None, (said, one.justification, f"[{cite}]" if cite else ""))))
            rows.append([a.rec.reference or "", a.rec.text, ", ".join(a.rec.states), answer_word(a.rec, doc=d),
                         "\n".join(lines)])
        doc.table([_d.translate("Charter annex", "No."), _d.translate("Charter annex", "Recommendation"),
                   _d.translate("Mid-term report", "Recommended by"), _d.translate("Charter annex", "Response"),
                   _d.translate("Mid-term report", "Assessment")], rows, rtl=d.rtl)
    _evidence_annex(doc, report)
    return doc.save(target)


def _methodology(doc: _Doc, report: FollowupReport) -> None:
    d = report.doc
    _d = d
    doc.heading(_d.translate("Mid-term report", "Methodology"), 1)
    who = "; ".join(f"{name} ({n})" for name, n in report.assessors) or _d.translate("Mid-term report", "nobody yet")
    doc.para(_d.translate("Mid-term report", "Each recommendation was assessed as not implemented, partially implemented, fully "
               "implemented or with no information, with a short justification and the evidence it rests on."))
    if report.first_date:
        doc.para(_d.translate("Mid-term report", "Assessed by: {who}, between {first} and {last}.").format(
            who=who, first=date_words(report.first_date, d), last=date_words(report.last_date, d)))
    else:
        doc.para(_d.translate("Mid-term report", "Assessed by: {who}.").format(who=who))
    if report.sources:
        doc.para(_d.translate("Mid-term report", "Sources: {sources}.").format(sources="; ".join(report.sources)))


def _priority(doc: _Doc, p, d: Documents) -> None:
    _d = d
    doc.heading(f"P{p.number}. {p.title}", 2)
    status = _d.translate("Mid-term report", "Status: {status}").format(status=status_label(p.status, d))
    if p.recommendations:
        status = " ".join((status, _d.translate("Mid-term report", "(recommendations {references})").format(
            references=", ".join(p.recommendations))))
    doc.para(status)
    for a in p.latest:
        said = _d.translate("Mid-term report", "{assessor}, {date}: {status}.").format(
            assessor=_who(a.assessor), date=date_words(a.assessed_on, d), status=status_label(a.status, d))
        doc.para(" ".join(filter(None, (said, a.justification))))
    for due, text, state in p.milestones:
        doc.para(f"{due} — {text}: {state}", "List Bullet")
    for name, values in p.indicators:
        shown = "; ".join(_d.translate("Mid-term report", "{value} in {period} ({source})").format(
            value=f"{v:g}", period=period, source=source) for period, v, source in values) or _d.translate("Mid-term report", "no value yet")
        doc.para(_d.translate("Mid-term report", "Indicator — {name}: {values}").format(name=name, values=shown))


def _evidence_annex(doc: _Doc, report: FollowupReport) -> None:
    doc.counting = False
    if not report.evidence:
        return
    _d = report.doc
    doc.heading(_d.translate("Mid-term report", "Annex: evidence"), 1)
    doc.table([_d.translate("Charter annex", "No."), _d.translate("Mid-term report", "Evidence"), _d.translate("Mid-term report", "Kind"),
               _d.translate("Signature page", "Date"), _d.translate("Mid-term report", "Source"), _d.translate("Mid-term report", "Link or file")],
              [[f"E{n}", ev.title, ev.kind.label, ev.dated, ev.source,
                "\n".join(filter(None, [ev.link, f"{ev.attachment.name}, SHA-256 {ev.attachment.sha256}"
                                        if ev.attachment else ""]))]
               for n, ev in enumerate(report.evidence, 1)], rtl=report.doc.rtl)


# --- the stakeholder submission ----------------------------------------------------------------------------
@dataclass(frozen=True)
class WordCount:
    words: int
    cap: int
    joint: bool
    warning: str | None


def _is_joint(workshop, joint: bool | None) -> bool:
    if joint is not None:
        return joint
    charter = workshop.charter() if workshop.has_charter() else None
    organisations = {e.organisation for e in charter.endorsements} if charter else set()
    return len(organisations) > 1


def _submission(workshop, joint: bool | None, today: date | None) -> tuple[_Doc, WordCount]:
    report = gather(workshop, today=today)
    d = report.doc
    _d = d
    joint = _is_joint(workshop, joint)
    info = workshop.info()
    country = info.country or _d.translate("Stakeholder submission", "the State")
    title = (_d.translate("Stakeholder submission", "Joint stakeholder submission on {country} for the next Universal Periodic "
               "Review") if joint else
             _d.translate("Stakeholder submission", "Stakeholder submission on {country} for the next Universal Periodic "
               "Review")).format(country=country)
    doc = _Doc(title)
    doc.heading(title, 0)
    doc.para(_d.translate("Charter document", "DRAFT"), bold=True)
    counter = doc.para("")  # filled in below, once the text is complete
    doc.heading(_d.translate("Stakeholder submission", "Introduction and methodology"), 1)
    doc.para(_d.translate("Stakeholder submission", "This submission follows up the recommendations {country} received at its "
               "last review ({review}) and the priorities civil society set at the {workshop}.").format(
        country=country, review=report.review or _d.translate("Stakeholder submission", "the previous cycle"),
        workshop=info.title or _d.translate("Stakeholder submission", "workshop")))
    _methodology(doc, report)
    doc.heading(_d.translate("Stakeholder submission", "Follow-up of the priorities"), 1)
    for p in report.priorities:
        _priority(doc, p, d)
    if not report.priorities:
        doc.para(_d.translate("Stakeholder submission", "The charter has no priorities yet."))
    doc.heading(_d.translate("Stakeholder submission", "Recommendations for the next review"), 1)
    charter = workshop.charter() if workshop.has_charter() else None
    for n, p in enumerate(charter.priorities if charter else (), 1):
        action = " ".join((p.government_action or "").split())
        doc.para(f"{p.title}: {action}" if action else f"{p.title}.", "List Number")
    count = doc.words()
    doc.counting = False
    cap = word_cap(joint)
    warning = word_count_warning(count, joint)
    counter.add_run(clean_text(
        (_d.translate("Stakeholder submission", "Word count: {count} of {cap} (joint submission, annexes not counted).") if joint
         else _d.translate("Stakeholder submission", "Word count: {count} of {cap} (one organisation, annexes not counted)."))
        .format(count=f"{count:,}", cap=f"{cap:,}")))
    if warning:
        run = counter.add_run(" " + warning)
        run.bold = True
    doc.heading(_d.translate("Stakeholder submission", "Annex: assessment matrix"), 1)
    rows = []
    for _, items in report.groups:
        for a in items:
            if a.status is None:
                continue
            rows.append([a.rec.reference or "", status_label(a.status, d), a.assessed_on,
                         "; ".join(f"{one.assessor}: {status_label(one.status, d)}" for one in a.latest)])
    doc.table([_d.translate("Charter annex", "No."), _d.translate("Stakeholder submission", "Current status"),
               _d.translate("Stakeholder submission", "Assessed on"), _d.translate("Stakeholder submission", "By")], rows, rtl=d.rtl)
    _evidence_annex(doc, report)
    return doc, WordCount(count, cap, joint, warning)


def submission_word_count(workshop, joint: bool | None = None, today: date | None = None) -> WordCount:
    """The draft's word count against the cap, as the Follow-up step shows it live."""
    return _submission(workshop, joint, today)[1]


def export_submission_docx(workshop, path: str | os.PathLike, *, joint: bool | None = None,
                           today: date | None = None) -> WordCount:
    target = _docx_target(path, "stakeholder submission")
    doc, count = _submission(workshop, joint, today)
    doc.save(target)
    return count
