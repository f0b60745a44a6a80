"""The mid-term report as PDF: summary figures and a chart, the method, each recommendation by cluster or
theme with the State's response, the assessment, its justification and the evidence cited, the priorities'
milestones and indicators, and an annex listing the evidence. Any script, right to left included, through
the shared text layer; confidential evidence never reaches this module (see io/followup_report.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from ...domain.followup import STATUS_ORDER, AssessmentStatus
from ..followup_docx import _who
from ..followup_report import FollowupReport, citations, gather, status_label
from ..wording import date_words
from .fonts import LATIN
from .layout import ACCENT, MARGIN, MUTED, build, paper_size, styles, PageDecor
from .parts import grid, reference, response_word
from .text import has_rtl, para, restyled, runs, visual_line

FRAME_PADDING = 6
STATUS_COLOURS = {"not": colors.HexColor("#b03a2e"), "partial": colors.HexColor("#d68910"),
                  "full": colors.HexColor("#1e8449"), "no_info": colors.HexColor("#7f8c8d"),
                  "none": colors.HexColor("#c9d1dc")}


def midterm_pdf(workshop, *, group_by: str = "cluster", paper: str = "a4", today=None) -> bytes:
    return render(gather(workshop, group_by=group_by, today=today), paper)


def write_midterm_pdf(workshop, path: str | os.PathLike, **kwargs) -> Path:
    from . import save_pdf
    return save_pdf(midterm_pdf(workshop, **kwargs), path)


def _styles() -> dict:
    s = styles()
    s["group"] = restyled(s["h1"], spaceBefore=12)
    s["rec_head"] = restyled(s["cell_bold"], textColor=ACCENT)
    s["figure"] = restyled(s["h1"], fontSize=20, leading=24, spaceAfter=0, spaceBefore=0)
    s["muted"] = restyled(s["small"])
    return s


def _label(x: float, y: float, text: str, size: float, **kwargs) -> String:
    """A chart's label in any script: shaped and ordered when right to left, in the font that has its glyphs."""
    shown = visual_line(text, True) if has_rtl(text) else text
    pieces = runs(shown)
    face = pieces[0][0] if pieces else LATIN.name
    return String(x, y, shown, fontName=face, fontSize=size, **kwargs)


def _chart(report: FollowupReport, width: float) -> Drawing:
    keys = [s.value for s in STATUS_ORDER] + ["none"]
    labels = [status_label(AssessmentStatus(k) if k != "none" else None, report.doc) for k in keys]
    most = max([report.counts.get(k, 0) for k in keys] + [1])
    row, label_w = 16, 44 * mm
    drawing = Drawing(width, row * len(keys) + 4)
    for n, (key, label) in enumerate(zip(keys, labels)):
        y = drawing.height - (n + 1) * row
        value = report.counts.get(key, 0)
        bar = (width - label_w - 20 * mm) * value / most
        drawing.add(_label(0, y + 4, label, 9, fillColor=colors.black))
        drawing.add(Rect(label_w, y + 2, max(bar, 0.5), row - 5, fillColor=STATUS_COLOURS[key], strokeColor=None))
        drawing.add(String(label_w + bar + 4, y + 4, str(value), fontName=LATIN.name, fontSize=9))
    return drawing


def _history_chart(report: FollowupReport, width: float) -> Drawing | None:
    """How many recommendations stood at each status, date by date: one line per status."""
    from datetime import date as _date

    points = report.history
    if len(points) < 2:
        return None
    height, left, bottom, legend = 42 * mm, 10 * mm, 8 * mm, 40 * mm
    plot_w, plot_h = width - left - legend, height - bottom - 4 * mm
    drawing = Drawing(width, height)
    first, last = (_date.fromisoformat(points[0][0]).toordinal(), _date.fromisoformat(points[-1][0]).toordinal())
    span = max(last - first, 1)
    top = max(max(c.values()) for _, c in points) or 1
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=MUTED, strokeWidth=0.5))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=MUTED, strokeWidth=0.5))
    drawing.add(String(0, bottom + plot_h - 3, str(top), fontName=LATIN.name, fontSize=7, fillColor=MUTED))
    drawing.add(_label(left, 0, date_words(points[0][0], report.doc), 7, fillColor=MUTED))
    drawing.add(_label(left + plot_w, 0, date_words(points[-1][0], report.doc), 7, fillColor=MUTED,
                       textAnchor="end"))
    for n, status in enumerate(STATUS_ORDER):
        xy = []
        previous = 0
        for on, counts in points:
            x = left + plot_w * (_date.fromisoformat(on).toordinal() - first) / span
            xy += [x, bottom + plot_h * previous / top]  # a step: the count holds until the next assessment
            previous = counts.get(status.value, 0)
            xy += [x, bottom + plot_h * previous / top]
        drawing.add(PolyLine(xy, strokeColor=STATUS_COLOURS[status.value], strokeWidth=1.4))
        y = bottom + plot_h - n * 11
        drawing.add(Rect(left + plot_w + 6 * mm, y, 8, 3, fillColor=STATUS_COLOURS[status.value], strokeColor=None))
        drawing.add(_label(left + plot_w + 6 * mm + 11, y - 1, status_label(status, report.doc), 7))
    return drawing


def render(report: FollowupReport, paper: str = "a4") -> bytes:
    s = _styles()
    doc = report.doc
    _d = doc
    width = paper_size(paper)[0] - 2 * MARGIN - 2 * FRAME_PADDING
    numbers = report.evidence_number()
    story: list = [Spacer(1, 30 * mm), para(report.title, s["title"])]
    if report.workshop_title:
        story.append(para(_d.translate("Mid-term report", "Following up the {workshop}").format(workshop=report.workshop_title),
                          s["subtitle"]))
    if report.review:
        story.append(para(report.review[0].upper() + report.review[1:], s["subtitle"]))
    prepared = date_words(report.generated, doc)
    story.append(para(_d.translate("Mid-term report", "Prepared on {date}").format(date=prepared), s["subtitle"]))
    story.append(Spacer(1, 12 * mm))

    # --- summary figures and the chart
    story.append(para(_d.translate("Mid-term report", "Summary"), s["h1"]))
    total = report.total  # a bare name: lupdate drops a call whose count is an expression
    story.append(para(_d.translate("Mid-term report", "%n recommendation(s) followed up. Their current status is the latest "
                        "assessment of each; where organisations disagree, both assessments are shown.", None,
                        total), s["body"]))
    figures = [[para(status_label(AssessmentStatus(k) if k != "none" else None, doc), s["head"])
                for k in [*(x.value for x in STATUS_ORDER), "none"]],
               [para(str(report.counts.get(k, 0)), s["figure"]) for k in [*(x.value for x in STATUS_ORDER), "none"]]]
    story.append(grid(figures, [width / 5] * 5, zebra=False))
    story.append(Spacer(1, 5 * mm))
    story.append(_chart(report, width))
    history = _history_chart(report, width)
    if history is not None:
        story.append(Spacer(1, 4 * mm))
        story.append(para(_d.translate("Mid-term report", "Status over time"), s["h3"]))
        story.append(history)
        story.append(Spacer(1, 3 * mm))
    disputed = sum(1 for _, items in report.groups for a in items if a.disputed)
    if disputed:
        story.append(para(_d.translate("Mid-term report", "Organisations disagree on %n recommendation(s); each "
                            "organisation's assessment is shown below.", None, disputed), s["body"]))
    if report.recommended_again:
        again = report.recommended_again
        story.append(para(_d.translate("Mid-term report", "%n recommendation(s) were made again at the next review.", None,
                            again), s["body"]))

    # --- method
    story.append(para(_d.translate("Mid-term report", "Methodology"), s["h1"]))
    who = "; ".join(_d.translate("Mid-term report", "{name} (%n assessment(s))", None, n).format(name=name)
                    for name, n in report.assessors) or _d.translate("Mid-term report", "nobody yet")
    story.append(para(_d.translate("Mid-term report", "Each recommendation was assessed as not implemented, partially "
                        "implemented, fully implemented or with no information, with a short justification and the "
                        "evidence it rests on, following UPR Info's mid-term assessment method."), s["body"]))
    if report.first_date:
        assessed = _d.translate("Mid-term report", "Assessed by: {who}, between {first} and {last}.").format(
            who=who, first=date_words(report.first_date, doc), last=date_words(report.last_date, doc))
    else:
        assessed = _d.translate("Mid-term report", "Assessed by: {who}.").format(who=who)
    story.append(para(assessed, s["body"]))
    if report.sources:
        story.append(para(_d.translate("Mid-term report", "Sources: {sources}.").format(sources="; ".join(report.sources)),
                          s["body"]))
    items = len(report.evidence)
    story.append(para(_d.translate("Mid-term report", "%n evidence item(s) are listed in the annex and cited as E1, E2 …", None,
                        items), s["body"]))

    # --- priorities
    if report.priorities:
        story.append(para(_d.translate("Mid-term report", "The charter's priorities"), s["h1"]))
        for p in report.priorities:
            status = _d.translate("Mid-term report", "Status: {status}").format(status=status_label(p.status, doc))
            if p.recommendations:
                status = " · ".join((status, _d.translate("Mid-term report", "recommendations {references}").format(
                    references=", ".join(p.recommendations))))
            block = [para(f"P{p.number}. {p.title}", s["h2"]), para(status, s["body"])]
            for a in p.latest:
                said = _d.translate("Mid-term report", "{assessor}, {date}: {status}.").format(
                    assessor=_who(a.assessor), date=date_words(a.assessed_on, doc), status=status_label(a.status, doc))
                block.append(para(" ".join(filter(None, (said, a.justification))), s["body"]))
            if p.milestones:
                rows = [[para(_d.translate("Mid-term report", "Due"), s["head"]), para(_d.translate("Mid-term report", "Milestone"), s["head"]),
                         para(_d.translate("Mid-term report", "State"), s["head"])]]
                rows += [[para(due, s["cell"]), para(text, s["cell"]), para(state, s["cell_bold"] if state == "late"
                                                                              else s["cell"])]
                         for due, text, state in p.milestones]
                block.append(grid(rows, [22 * mm, width - 62 * mm, 40 * mm]))
                block.append(Spacer(1, 2 * mm))
            for name, values in p.indicators:
                shown = "; ".join(_d.translate("Mid-term report", "{value} in {period} ({source})").format(
                    value=f"{v:g}", period=period, source=source) for period, v, source in values) or _d.translate("Mid-term report", "no value yet")
                block.append(para(_d.translate("Mid-term report", "Indicator — {name}: {values}").format(name=name, values=shown),
                                  s["body"]))
            block.insert(len(block), Spacer(1, 2 * mm))
            story.append(KeepTogether(block) if len(block) < 6 else block[0])
            if len(block) >= 6:
                story += block[1:]

    # --- by cluster or theme
    for name, items in report.groups:
        story.append(CondPageBreak(40 * mm))
        story.append(para(name, s["group"]))
        rows = [[para(_d.translate("Charter annex", "No."), s["head"]),
                 para(_d.translate("Mid-term report", "Recommendation and response"), s["head"]),
                 para(_d.translate("Mid-term report", "Assessment"), s["head"])]]
        for a in items:
            rec = a.rec
            answer = response_word(rec, doc)
            by = (" · ".join((_d.translate("Mid-term report", "By {states}").format(states=", ".join(rec.states)), answer))
                  if rec.states else answer)
            left = [para(rec.text, s["cell"]), para(by, s["muted"])]
            if a.earlier is not None:
                left.append(para(_d.translate("Mid-term report", "Repeats {reference} of the previous review").format(
                    reference=a.earlier.reference or ""), s["muted"]))
            right = [para(status_label(a.status, doc), s["cell_bold"])]
            if a.disputed:
                right.append(para(_d.translate("Mid-term report", "Organisations disagree:"), s["muted"]))
            for one in a.latest:
                cite = citations(one.evidence_ids, numbers)
                said = _d.translate("Mid-term report", "{assessor} ({date}): {status}.").format(
                    assessor=_who(one.assessor), date=one.assessed_on, status=status_label(one.status, doc))
                right.append(para(" ".join(filter(None, (said, one.justification, f"[{cite}]" if cite else ""))),
                                  s["cell"]))
            rows.append([para(reference(rec), s["rec_head"]), left, right])
        story.append(grid(rows, [18 * mm, (width - 18 * mm) * 0.55, (width - 18 * mm) * 0.45], long_rows=False))  # a row moves whole: an assessment is read beside its recommendation

    # --- annex
    if report.evidence:
        story.append(PageBreak())
        story.append(para(_d.translate("Mid-term report", "Annex: evidence"), s["h1"]))
        rows = [[para(_d.translate("Charter annex", "No."), s["head"]), para(_d.translate("Mid-term report", "Evidence"), s["head"]),
                 para(_d.translate("Signature page", "Date"), s["head"]), para(_d.translate("Mid-term report", "Source"), s["head"])]]
        for n, ev in enumerate(report.evidence, 1):
            detail = [para(ev.title, s["cell_bold"]), para(ev.kind.label, s["muted"])]
            if ev.link:
                detail.append(para(ev.link, s["muted"]))
            if ev.attachment:
                detail.append(para(_d.translate("Mid-term report", "File {name}, SHA-256 {digest}").format(
                    name=ev.attachment.name, digest=ev.attachment.sha256), s["muted"]))
            rows.append([para(f"E{n}", s["cell_bold"]), detail, para(ev.dated, s["cell"]), para(ev.source, s["cell"])])
        story.append(grid(rows, [12 * mm, width - 80 * mm, 24 * mm, 44 * mm]))
    decor = PageDecor(title=report.title, status=_d.translate("Mid-term report", "Prepared {date}").format(date=prepared),
                      footer=report.workshop_title, title_page=True, doc=doc)
    return build(story, decor, paper=paper, subject=_d.translate("Mid-term report", "UPR mid-term report"))
