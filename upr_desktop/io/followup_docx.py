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
from ..domain.followup import word_cap, word_count, word_count_warning
from .atomic import atomic_write
from .followup_report import FollowupReport, citations, gather, status_label
from .spreadsheet import clean_text
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
        h = self.document.add_heading(clean_text(text), level)
        if self.counting:
            self.counted.append(text)
        return h

    def table(self, header: list[str], rows: list[list[str]]):
        table = self.document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
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
    doc = _Doc(report.title)
    doc.heading(report.title, 0)
    if report.review:
        doc.para(report.review[0].upper() + report.review[1:])
    doc.para(f"Prepared on {date_words(report.generated)}")
    doc.heading("Summary", 1)
    doc.table(["Not implemented", "Partially implemented", "Fully implemented", "No information", "Not assessed"],
              [[report.counts.get(k, 0) for k in ("not", "partial", "full", "no_info", "none")]])
    disputed = sum(1 for _, items in report.groups for a in items if a.disputed)
    if disputed:
        doc.para(f"Organisations disagree on {disputed} recommendation{'s' if disputed != 1 else ''}; each "
                 "organisation's assessment is shown.")
    _methodology(doc, report)
    numbers = report.evidence_number()
    if report.priorities:
        doc.heading("The charter's priorities", 1)
        for p in report.priorities:
            _priority(doc, p)
    for name, items in report.groups:
        doc.heading(name, 1)
        rows = []
        for a in items:
            lines = [status_label(a.status)] + (["Organisations disagree:"] if a.disputed else [])
            for one in a.latest:
                cite = citations(one.evidence_ids, numbers)
                lines.append(f"{_who(one.assessor)} ({one.assessed_on}): {one.status.label}."
                             + (f" {one.justification}" if one.justification else "") + (f" [{cite}]" if cite else ""))
            rows.append([a.rec.reference or "", a.rec.text, ", ".join(a.rec.states), answer_word(a.rec),
                         "\n".join(lines)])
        doc.table(["No.", "Recommendation", "Recommended by", "Response", "Assessment"], rows)
    _evidence_annex(doc, report)
    return doc.save(target)


def _methodology(doc: _Doc, report: FollowupReport) -> None:
    doc.heading("Methodology", 1)
    who = "; ".join(f"{name} ({n})" for name, n in report.assessors) or "nobody yet"
    doc.para("Each recommendation was assessed as not implemented, partially implemented, fully implemented or with "
             "no information, with a short justification and the evidence it rests on.")
    span = f", between {date_words(report.first_date)} and {date_words(report.last_date)}" if report.first_date else ""
    doc.para(f"Assessed by: {who}{span}.")
    if report.sources:
        doc.para("Sources: " + "; ".join(report.sources) + ".")


def _priority(doc: _Doc, p) -> None:
    doc.heading(f"P{p.number}. {p.title}", 2)
    doc.para(f"Status: {status_label(p.status)}" + (f" (recommendations {', '.join(p.recommendations)})"
                                                     if p.recommendations else ""))
    for a in p.latest:
        doc.para(f"{_who(a.assessor)}, {date_words(a.assessed_on)}: {a.status.label}."
                 + (f" {a.justification}" if a.justification else ""))
    for due, text, state in p.milestones:
        doc.para(f"{due} — {text}: {state}", "List Bullet")
    for name, values in p.indicators:
        shown = "; ".join(f"{v:g} in {period} ({source})" for period, v, source in values) or "no value yet"
        doc.para(f"Indicator — {name}: {shown}")


def _evidence_annex(doc: _Doc, report: FollowupReport) -> None:
    doc.counting = False
    if not report.evidence:
        return
    doc.heading("Annex: evidence", 1)
    doc.table(["No.", "Evidence", "Kind", "Date", "Source", "Link or file"],
              [[f"E{n}", ev.title, ev.kind.label, ev.dated, ev.source,
                "\n".join(filter(None, [ev.link, f"{ev.attachment.name}, SHA-256 {ev.attachment.sha256}"
                                        if ev.attachment else ""]))]
               for n, ev in enumerate(report.evidence, 1)])


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
    joint = _is_joint(workshop, joint)
    info = workshop.info()
    title = f"{'Joint stakeholder' if joint else 'Stakeholder'} submission on {info.country or 'the State'} " \
            "for the next Universal Periodic Review"
    doc = _Doc(title)
    doc.heading(title, 0)
    doc.para("DRAFT", bold=True)
    counter = doc.para("")  # filled in below, once the text is complete
    doc.heading("Introduction and methodology", 1)
    doc.para(f"This submission follows up the recommendations {info.country or 'the State'} received at its last "
             f"review ({report.review or 'the previous cycle'}) and the priorities civil society set at the "
             f"{info.title or 'workshop'}.")
    _methodology(doc, report)
    doc.heading("Follow-up of the priorities", 1)
    for p in report.priorities:
        _priority(doc, p)
    if not report.priorities:
        doc.para("The charter has no priorities yet.")
    doc.heading("Recommendations for the next review", 1)
    charter = workshop.charter() if workshop.has_charter() else None
    for n, p in enumerate(charter.priorities if charter else (), 1):
        action = " ".join((p.government_action or "").split())
        doc.para(f"{p.title}: {action}" if action else f"{p.title}.", "List Number")
    count = doc.words()
    doc.counting = False
    cap = word_cap(joint)
    warning = word_count_warning(count, joint)
    counter.add_run(clean_text(f"Word count: {count:,} of {cap:,} ({'joint submission' if joint else 'one organisation'}"
                               ", annexes not counted)."))
    if warning:
        run = counter.add_run(" " + warning)
        run.bold = True
    doc.heading("Annex: assessment matrix", 1)
    rows = []
    for _, items in report.groups:
        for a in items:
            if a.status is None:
                continue
            rows.append([a.rec.reference or "", status_label(a.status), a.assessed_on,
                         "; ".join(f"{one.assessor}: {one.status.label}" for one in a.latest)])
    doc.table(["No.", "Current status", "Assessed on", "By"], rows)
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
