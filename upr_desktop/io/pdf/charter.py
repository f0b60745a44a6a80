"""The outcome charter: the workshop's one deliverable, printed on site and signed by the organisations.

A title page with the status (draft, or adopted on a date at a place), the preamble and sections, the
priorities with their implementation plans, the action points by level, monitoring, a signature page and
an annex of the recommendations cited.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable, HRFlowable

from ...domain.charter import PLAN_FIELDS, Charter, CharterStatus, CharterVersion, Level, Priority, folded
from ...domain.errors import ValidationError
from ...domain.recommendation import Recommendation
from ...domain.workshop import ALL_COUNTRIES, WorkshopInfo
from ..markdown_blocks import parse_blocks
from ...text import Documents
from ..wording import adopted_words, charter_label, date_words, implementation_word, level_word
from .fonts import LATIN
from .layout import ACCENT, DRAFT_RED, INK, MARGIN, MUTED, RULE, SHADE, PageDecor, build, page_words, paper_size, styles
from .parts import WHITE, LongRowTable, date_range_words, grid, mirrored, reference, response_word
from .text import has_rtl, is_rtl, para, restyled, rich_para, text_width

BLANK_SIGNATURE_ROWS = 6  # for organisations that join on the day
DRAFT_STATUS = "Draft — not yet adopted"  # the English; draft_status() gives it in the document's language


def draft_status(doc: Documents) -> str:
    return doc.translate("Charter document", "Draft — not yet adopted")


def cycle_words(doc: Documents, n: int) -> str:
    """"Third cycle": an ordinal is a word of its own in each language, so each cycle is a whole phrase."""
    named = {1: doc.translate("Charter document", "First cycle"), 2: doc.translate("Charter document", "Second cycle"),
             3: doc.translate("Charter document", "Third cycle"), 4: doc.translate("Charter document", "Fourth cycle"),
             5: doc.translate("Charter document", "Fifth cycle")}
    return named.get(n) or doc.translate("Charter document", "Cycle {number}").format(number=n)


@dataclass(frozen=True)
class CharterPrint:
    charter: Charter  # endorsements already hold only the representatives that may be printed
    recommendations: tuple[Recommendation, ...]  # the annex, in order of first citation
    adoption: CharterVersion | None  # the latest adopted version, if any
    info: WorkshopInfo
    anonymised: bool
    doc: Documents = Documents("en")  # the workshop's document language

    @property
    def adopted(self) -> bool:
        """The text printed is the adopted one (an edit after adoption makes it a new draft)."""
        return self.adoption is not None and self.charter.status == CharterStatus.ADOPTED

    @property
    def title(self) -> str:
        return (self.charter.title.strip() or self.info.title.strip()
                or self.doc.translate("Charter document", "Outcome charter"))

    @property
    def status(self) -> str:
        if self.adopted:
            return adopted_words(self.adoption, self.doc)
        return draft_status(self.doc)

    def label(self, key: str) -> str:
        return charter_label(self.charter, key, self.doc)


def gather(workshop) -> CharterPrint:
    if not workshop.has_charter():
        raise ValidationError("There is no charter to print yet. Start the charter in the Charter step first.")
    charter = workshop.charter_for_output()
    anonymised = workshop.anonymise_outputs()
    ids = charter.cited_recommendation_ids()
    recs = workshop.recommendations(ids) if ids else {}
    return CharterPrint(charter=replace(charter, labels=dict(charter.labels)),
                        recommendations=tuple(recs[i] for i in ids if i in recs),
                        adoption=workshop.adopted_version(), info=workshop.info(), anonymised=anonymised,
                        doc=workshop.documents())




# --- rendering ---------------------------------------------------------------------------------------
FRAME_PADDING = 6  # reportlab's frames keep 6 pt inside each margin
# Tables set empty cells in Helvetica, which is not embedded; ours is.
OUR_FONT = ("FONTNAME", (0, 0), (-1, -1), LATIN.name)
# A priority's heading and first rows, or its last rows, are kept on one page up to this height.
KEEP_TOGETHER_MOST = 90 * mm


def render(data: CharterPrint, paper: str = "a4") -> bytes:
    doc = data.doc
    s = _styles(doc.rtl)
    width = paper_size(paper)[0] - 2 * MARGIN - 2 * FRAME_PADDING
    charter = data.charter
    story: list = _title_page(data, s, width)
    story.append(PageBreak())
    body: list = []
    if charter.preamble.strip():
        body += _part(data.label("preamble"), _markdown(charter.preamble, s, width), s)
    for section in charter.sections:
        if section.heading.strip():
            body += _part(section.heading.strip(), _markdown(section.body, s, width), s)
        else:
            body += _markdown(section.body, s, width)
    if charter.priorities:
        body += _priorities(data, s, width)
    if charter.action_points:
        body += _action_points(data, s, width)
    if charter.monitoring.strip():
        body += _part(data.label("monitoring"), _markdown(charter.monitoring, s, width), s)
    story += body
    if body:
        story.append(PageBreak())
    story += _endorsements(data, s, width)
    if data.recommendations:
        story.append(PageBreak())
        story += _annex(data, s, width)
    decor = PageDecor(title=data.title,
                      status=doc.translate("Charter document", "DRAFT") if not data.adopted else data.status,
                      footer=_footer(data, width), title_page=True, draft=not data.adopted, doc=doc)
    return build(story, decor, paper=paper, subject=doc.translate("Charter document", "Outcome charter"))


def _styles(rtl: bool = False) -> dict:
    s = styles()
    s["rtl"] = rtl
    start, end = (TA_RIGHT, TA_LEFT) if rtl else (TA_LEFT, TA_RIGHT)
    s["cover_kicker"] = restyled(s["subtitle"], fontName=s["h3"].fontName, fontSize=11, leading=15,
                                 textColor=ACCENT, spaceAfter=2)
    s["cover_title"] = restyled(s["title"], fontSize=23, leading=30, spaceAfter=0)
    s["cover_line"] = restyled(s["subtitle"], fontSize=12, leading=17, textColor=INK, spaceAfter=0)
    s["cover_small"] = restyled(s["small"], alignment=TA_CENTER, fontSize=9.5, leading=13)
    s["cover_label"] = restyled(s["label"], alignment=TA_CENTER, spaceAfter=3)
    s["cover_organiser"] = restyled(s["body"], alignment=TA_CENTER, fontSize=10.5, leading=15, spaceAfter=0)
    s["status"] = restyled(s["h2"], alignment=TA_CENTER, spaceBefore=0, spaceAfter=0, textColor=DRAFT_RED)
    s["status_adopted"] = restyled(s["h2"], alignment=TA_CENTER, spaceBefore=0, spaceAfter=0)
    s["part"] = restyled(s["h1"], spaceBefore=14, spaceAfter=2)
    s["priority"] = restyled(s["h2"], spaceBefore=12, spaceAfter=5, leftIndent=0)
    s["level"] = restyled(s["h3"], textColor=ACCENT, spaceBefore=8, spaceAfter=4)
    s["md_h1"] = restyled(s["h2"], spaceBefore=8)
    s["md_h2"] = restyled(s["h3"], spaceBefore=6)
    s["body"] = restyled(s["body"], fontSize=10.5, leading=15, spaceAfter=6)
    s["item"] = restyled(s["body"], spaceAfter=0)
    s["marker"] = restyled(s["body"], alignment=end, spaceAfter=0)
    s["marker_bullet"] = restyled(s["body"], alignment=end, spaceAfter=0, textColor=ACCENT)
    s["plan_label"] = restyled(s["label"], fontSize=8.5, leading=12, textColor=ACCENT)
    s["plan_text"] = restyled(s["cell"], fontSize=9.5, leading=13)
    s["plan_date"] = restyled(s["cell_bold"], fontSize=9.5, leading=13)
    s["intro"] = restyled(s["body"], textColor=MUTED, spaceAfter=8)
    s["sign_cell"] = restyled(s["cell"], fontSize=9.5, leading=13)
    s["sign_role"] = restyled(s["small"], fontSize=8.5, leading=11)
    s["annex_ref"] = restyled(s["cell_bold"], textColor=ACCENT)
    if rtl:  # a right-to-left charter's title page lines up on the right, where its lines begin
        for name in ("cover_kicker", "cover_title", "cover_line", "cover_small", "cover_label", "cover_organiser",
                     "status", "status_adopted"):
            s[name] = restyled(s[name], alignment=TA_RIGHT)
    return s


def _footer(data: CharterPrint, width: float) -> str:
    """The workshop and its place, as much of it as fits beside "Page X of Y"."""
    place = data.charter.place.strip() or data.info.venue.strip()
    room = width - text_width(page_words(data.doc, 999, 999), 8) - 6 * mm
    for text in (" · ".join(filter(None, (data.info.title.strip(), place))), data.info.title.strip(), place):
        if text and text_width(text, 8) <= room:
            return text
    return data.info.title.strip() or place


# --- title page ------------------------------------------------------------------------------------

def _title_page(data: CharterPrint, s: dict, width: float) -> list:
    charter, info, doc = data.charter, data.info, data.doc
    out: list = [Spacer(1, 34 * mm)]
    review = _review_line(info, doc)
    if review:
        out.append(para(review[0], s["cover_kicker"]))
        if review[1]:
            out.append(para(review[1], s["cover_small"]))
    out += [Spacer(1, 5 * mm), HRFlowable(width=28 * mm, thickness=1.6, color=ACCENT,
                                            hAlign="RIGHT" if s["rtl"] else "CENTER",
                                            spaceBefore=0, spaceAfter=9 * mm),
            para(data.title, s["cover_title"]), Spacer(1, 9 * mm)]
    if info.title.strip() and folded(info.title) != folded(data.title):
        out.append(para(info.title.strip(), restyled(s["cover_line"], textColor=MUTED), italic=True))
        out.append(Spacer(1, 3 * mm))
    place = charter.place.strip() or info.venue.strip()
    when = date_range_words(charter.start_date or info.start_date, charter.end_date or info.end_date, doc)
    for line in (place, when):
        if line:
            out.append(para(line, s["cover_line"]))

    foot: list = []
    organisers = [o.strip() for o in (charter.organisers or info.organisers) if o.strip()]
    if organisers:
        foot.append(para(doc.translate("Charter document", "Organised by"), s["cover_label"]))
        foot += [para(o, s["cover_organiser"]) for o in organisers]
        foot.append(Spacer(1, 10 * mm))
    foot.append(_status_box(data, s, width))
    out.append(_AtFoot(foot))
    return out


def _review_line(info: WorkshopInfo, doc: Documents) -> tuple[str, str] | None:
    country = (info.country or "").strip()
    if not country or country == ALL_COUNTRIES:
        return None
    cycle = cycle_words(doc, int(info.cycle)) if info.cycle else ""
    reviewed = date_words(info.review_date, doc) if info.review_date else ""
    if cycle and reviewed:
        details = doc.translate("Charter document", "{cycle}, reviewed on {date}").format(cycle=cycle, date=reviewed)
    elif reviewed:
        details = doc.translate("Charter document", "Reviewed on {date}").format(date=reviewed)
    else:
        details = cycle
    return doc.translate("Charter document", "Universal Periodic Review of {country}").format(country=country), details


def _status_box(data: CharterPrint, s: dict, width: float) -> Table:
    colour = ACCENT if data.adopted else DRAFT_RED
    cells = [para(data.status, s["status_adopted"] if data.adopted else s["status"])]
    doc = data.doc
    if not data.adopted and data.adoption is not None:
        earlier = data.adoption
        when = date_words(earlier.adopted_on, doc) if earlier.adopted_on else ""
        where = earlier.adopted_at_place or ""
        if when and where:
            line = doc.translate("Charter document", "A new draft of the charter adopted on {date} at {place}.")
        elif when:
            line = doc.translate("Charter document", "A new draft of the charter adopted on {date}.")
        elif where:
            line = doc.translate("Charter document", "A new draft of the charter adopted at {place}.")
        else:
            line = doc.translate("Charter document", "A new draft of the charter adopted earlier.")
        cells.append(para(line.format(date=when, place=where), s["cover_small"]))
    elif not data.adopted:
        cells.append(para(doc.translate("Charter document",
                                        "This text may still change until the organisations adopt it."),
                          s["cover_small"]))
    box = Table([[cells]], colWidths=[min(width, 120 * mm)], hAlign="RIGHT" if s["rtl"] else "CENTER")
    box.setStyle(TableStyle([OUR_FONT, ("BOX", (0, 0), (-1, -1), 1.2, colour), ("TOPPADDING", (0, 0), (-1, -1), 9),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    return box


class _AtFoot(Flowable):
    """Flowables set at the foot of the frame (the title page's organisers and status)."""

    def __init__(self, flowables: list):
        super().__init__()
        self.flowables = flowables
        self._sizes: list[tuple[float, float]] = []
        self._content = 0.0

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self._sizes = [f.wrap(availWidth, availHeight) for f in self.flowables]
        self._content = sum(h for _, h in self._sizes)
        self.width, self.height = availWidth, max(self._content, availHeight - 1)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        # Too much for what is left of the page (a long list of organisers): let it flow on.
        self.wrap(availWidth, availHeight)
        return list(self.flowables) if self._content > availHeight else []

    def draw(self):
        y = self._content
        for f, (w, h) in zip(self.flowables, self._sizes):
            y -= h
            align = getattr(f, "hAlign", "LEFT")
            x = (self.width - w) / 2 if align == "CENTER" else self.width - w if align == "RIGHT" else 0
            f.drawOn(self.canv, x, y)


# --- the text parts ------------------------------------------------------------------------------

def _part(heading: str, content: list, s: dict) -> list:
    """A part of the charter under its heading, which never stays alone at the foot of a page."""
    head = [para(heading, s["part"]), HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=1,
                                                 spaceAfter=7)]
    if not content:
        return [CondPageBreak(30 * mm), *head]
    return [CondPageBreak(30 * mm), KeepTogether([*head, content[0]]), *content[1:]]


def _markdown(text: str, s: dict, width: float) -> list:
    """The charter's light Markdown: headings, paragraphs with bold and italic, bullets, numbered lists."""
    out: list = []
    blocks = parse_blocks(text)
    for n, block in enumerate(blocks):
        spans = [(r.text, r.bold, r.italic) for r in block.runs]
        if block.kind == "heading":
            style = s["md_h1"] if block.level <= 1 else s["md_h2"]
            heading = rich_para([(t, True, i) for t, _, i in spans], style)
            nxt = blocks[n + 1] if n + 1 < len(blocks) else None
            out.append(heading if nxt is None else _KeepNext(heading))
        elif block.kind in ("bullet", "numbered"):
            marker = "•" if block.kind == "bullet" else f"{block.number}."
            last = n + 1 >= len(blocks) or blocks[n + 1].kind not in ("bullet", "numbered")
            out.append(_item(marker, spans, s["item"], s, width, indent=block.level, bullet=block.kind == "bullet",
                             after=6 if last else 2.5))
        else:
            out.append(rich_para(spans, s["body"]))
    return out


def _KeepNext(flowable: Flowable) -> Flowable:  # noqa: N802 (reads as a wrapper)
    flowable.keepWithNext = 1
    return flowable


def _item(marker: str, spans: list, style, s: dict, width: float, *, indent: int = 0, bullet: bool = True,
          after: float = 2.5) -> Flowable:
    """One list item: the marker hanging in the margin, the text wrapping beside it.

    The marker is our own text (a bullet or a number), set as the paragraph's bullet so it reads before
    the text when copied out of the PDF. Right-to-left text has no bullets in reportlab: a narrow table
    then holds the marker beside it."""
    lead, gutter = indent * 6 * mm, 8 * mm
    marker_style = s["marker_bullet"] if bullet else s["marker"]
    colour = marker_style.textColor if bullet else style.textColor
    # Numbers end in line: "9." under "10.".
    hanging = restyled(style, leftIndent=lead + gutter, bulletIndent=lead + gutter - 5, bulletAnchor="end",
                       bulletText=marker, bulletFontName=LATIN.face(bold=style.fontName.endswith("-Bold")),
                       bulletFontSize=style.fontSize, bulletColor=colour, spaceAfter=after)
    flowable = rich_para(spans, hanging)
    if isinstance(flowable, Paragraph):
        return flowable
    content = rich_para(spans, restyled(style, spaceAfter=0))
    rtl = is_rtl("".join(span[0] for span in spans))
    number = para(marker, restyled(marker_style, fontName=style.fontName, fontSize=style.fontSize,
                                 leading=style.leading, textColor=colour, alignment=TA_LEFT if rtl else TA_RIGHT))
    row, widths = ["", number, content], [lead, gutter, width - lead - gutter]
    if rtl:  # the marker on the right, where a right-to-left line begins
        row, widths = row[::-1], widths[::-1]
    table = LongRowTable([row], colWidths=widths, hAlign="LEFT")  # a list item longer than a page goes on
    gap = ("LEFTPADDING", (1, 0), (1, 0), 5) if rtl else ("RIGHTPADDING", (1, 0), (1, 0), 5)
    table.setStyle(TableStyle([OUR_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), gap,
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), after)]))
    return table


# --- priorities ------------------------------------------------------------------------------------

def _priorities(data: CharterPrint, s: dict, width: float) -> list:
    charter = data.charter
    refs = {rec.id: reference(rec) for rec in data.recommendations}
    out: list = [CondPageBreak(45 * mm), para(data.label("priorities"), s["part"]),
                 HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=1, spaceAfter=2)]
    for n, priority in enumerate(charter.priorities, 1):
        out += _priority(n, priority, data, refs, s, width)
    return out


def _priority(n: int, p: Priority, data: CharterPrint, refs: dict[int, str], s: dict, width: float) -> list:
    doc = data.doc
    label_width = min(48 * mm, width * 0.28)
    text_width_ = width - label_width
    rows: list[tuple[str, list]] = []
    cited = [refs.get(r, f"#{r}") for r in p.recommendation_ids]
    if cited:
        rows.append((doc.translate("Charter document", "Recommendations") if len(cited) > 1
                     else doc.translate("Charter document", "Recommendation"),
                     [para(", ".join(cited), s["plan_text"])]))
    for key, _ in PLAN_FIELDS:
        value = (getattr(p, key) or "").strip()
        if value:
            rows.append((data.label(key), _plain_lines(value, s["plan_text"])))
    rows.append((doc.translate("Charter document", "Level"), [para(level_word(p.level, doc), s["plan_text"])]))
    rows.append((doc.translate("Charter document", "Implementation status"),
                 [para(implementation_word(p.status, doc), s["plan_text"])]))
    milestones = [m for m in p.milestones if m.due.strip() or m.description.strip()]
    if milestones:
        rows.append((data.label("timeline"), [_milestones(milestones, s, text_width_, doc)]))
    title = p.title.strip() or doc.translate("Charter document", "Priority {number}").format(number=n)
    heading = _numbered_heading(n, title, s["priority"])
    # The heading stays with the first two rows and the last two rows stay together: no heading or
    # single row alone at the foot or head of a page.
    first, middle, last = rows[:2], rows[2:-2], rows[2:][-2:]
    table = lambda part, top=False: _plan_table(part, s, label_width, text_width_, top=top,  # noqa: E731
                                                bottom=part is last or not last)
    out = [CondPageBreak(35 * mm), *_together([heading, table(first, top=True)], width)]
    if middle:
        out.append(table(middle))
    if last:
        out += _together([table(last)], width)
    return out


def _together(flowables: list, width: float) -> list:
    """Kept on one page when short. A long block (a plan field of pages) flows on instead, split where the
    page ends: kept together, it would leave the page before it all but empty."""
    height = sum(f.wrap(width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)
    return [KeepTogether(flowables)] if height <= KEEP_TOGETHER_MOST else flowables


def _plain_lines(text: str, style) -> list:
    """A plan field as typed (it is plain text, not Markdown): each line a paragraph of its own, so a list of
    partners stays a list in any script, and a blank line between two stays as a gap."""
    out: list = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").split("\n"):
        if line.strip():
            out.append(para(line.rstrip(), style))
        elif out and not isinstance(out[-1], Spacer):
            out.append(Spacer(1, style.leading / 2))
    return out


def _numbered_heading(n: int, title: str, style) -> Flowable:
    """"3. Title" as one line of text (so it copies out of the PDF as one), wrapped lines hanging under the
    title rather than under the number."""
    number = f"{n}.\u00a0\u00a0"
    if has_rtl(title) or style.alignment == TA_RIGHT:  # right to left: no hanging indent on the left
        return rich_para([(number + title, True, False)], style)
    hang = text_width(number, style.fontSize, bold=True)
    return rich_para([(number + title, True, False)],
                     restyled(style, leftIndent=hang, firstLineIndent=-hang, spaceAfter=4))


def _plan_table(rows: list[tuple[str, list]], s: dict, label_width: float, text_width_: float, *, top: bool,
                bottom: bool) -> Table:
    rtl = s["rtl"]
    cells, widths = mirrored([[para(label, s["plan_label"]), content] for label, content in rows],
                             [label_width, text_width_], rtl)
    table = LongRowTable(cells, colWidths=widths, hAlign="RIGHT" if rtl else "LEFT")
    lab, txt = (-1, 0) if rtl else (0, 1)  # the label column, and the text column, mirrored for right to left
    style = [OUR_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 7),
             ("RIGHTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("BACKGROUND", (lab, 0), (lab, -1), SHADE),
             ("LINEBELOW", (txt, 0), (txt, -1), 0.4, RULE), ("LINEBELOW", (lab, 0), (lab, -1), 1.2, WHITE),
             ("TOPPADDING", (lab, 0), (lab, -1), 6)]  # the smaller label on the baseline of the text beside it
    if top:
        style.append(("LINEABOVE", (0, 0), (-1, 0), 1, ACCENT))
    if bottom:
        style.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE))
    table.setStyle(TableStyle(style))
    return table


def _milestones(milestones, s: dict, width: float, doc: Documents) -> Table:
    date_col = 30 * mm
    rows = [[para(date_words(m.due, doc) or "—", s["plan_date"]), para(m.description, s["plan_text"])]
            for m in milestones]
    rows, widths = mirrored(rows, [date_col, width - date_col - 14], s["rtl"])
    table = LongRowTable(rows, colWidths=widths, hAlign="RIGHT" if s["rtl"] else "LEFT")
    table.setStyle(TableStyle([OUR_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table  # a milestone longer than a page goes on over the page


# --- action points, endorsements, annex ---------------------------------------------------------------

def _action_points(data: CharterPrint, s: dict, width: float) -> list:
    charter = data.charter
    out: list = []
    number = 0
    for level in Level:
        points = [a for a in charter.action_points if a.level == level and a.text.strip()]
        if not points:
            continue
        out.append(_KeepNext(para(level_word(level, data.doc), s["level"])))
        for point in points:
            number += 1
            out.append(_item(f"{number}.", [(point.text.strip(), False, False)], s["item"], s, width,
                             bullet=False,
                             after=4))
    return _part(data.label("action_points"), out, s) if out else []


def _endorsements(data: CharterPrint, s: dict, width: float) -> list:
    charter, doc = data.charter, data.doc
    head = [doc.translate("Signature page", "No."), doc.translate("Signature page", "Organisation"),
            doc.translate("Signature page", "Representative"), doc.translate("Signature page", "Signature"),
            doc.translate("Signature page", "Date")]
    # The number column as wide as its heading needs ("الرقم" is wider than "No."); the others share the rest.
    first = max(0.06 * width, text_width(head[0], s["head"].fontSize, bold=True) + 12)
    widths = [first] + [w * (width - first) / 0.94 for w in (0.29, 0.27, 0.22, 0.16)]
    rows: list[list] = [[para(h, s["head"]) for h in head]]
    number = restyled(s["sign_cell"], alignment=TA_RIGHT) if s["rtl"] else s["sign_cell"]  # digits start the row
    for n, e in enumerate(charter.endorsements, 1):
        representative: list = []
        if e.representative.strip() and not data.anonymised:
            representative.append(para(e.representative.strip(), s["sign_cell"]))
        if e.role.strip() and not data.anonymised:
            representative.append(para(e.role.strip(), s["sign_role"]))
        date = date_words(e.date, doc) if e.date.strip() else ""
        rows.append([para(str(n), number), para(e.organisation.strip(), s["sign_cell"]),
                     representative or "", _SignatureLine(widths[3] - 12),
                     para(date, s["sign_cell"]) if date else _SignatureLine(widths[4] - 12)])
    for n in range(len(charter.endorsements) + 1, len(charter.endorsements) + 1 + BLANK_SIGNATURE_ROWS):
        rows.append([para(str(n), number), "", "", _SignatureLine(widths[3] - 12),
                     _SignatureLine(widths[4] - 12)])
    # an organisation's name or role longer than a page goes on over the page
    number_col = -1 if s["rtl"] else 0
    table = grid(rows, widths, zebra=False, long_rows=True, rtl=s["rtl"], extra=[
        OUR_FONT,
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE), ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TEXTCOLOR", (number_col, 1), (number_col, -1), MUTED),
    ])
    intro = (doc.translate("Signature page", "The organisations below adopted this charter.") if data.adopted
             else doc.translate("Signature page", "The organisations below endorse this charter."))
    heading = [para(data.label("endorsements"), s["part"]),
               HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=1, spaceAfter=7),
               para(intro, s["intro"])]
    return [*heading, table]


class _SignatureLine(Flowable):
    """Room to sign, with a line to sign on."""

    def __init__(self, length: float, height: float = 11 * mm):
        super().__init__()
        self.length, self.height_ = length, height

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width, self.height = min(self.length, availWidth), self.height_
        return self.width, self.height

    def draw(self):
        self.canv.setStrokeColor(MUTED)
        self.canv.setLineWidth(0.5)
        self.canv.setDash(1, 2)
        self.canv.line(0, 1.5 * mm, self.width, 1.5 * mm)


def _annex(data: CharterPrint, s: dict, width: float) -> list:
    widths = [w * width for w in (0.1, 0.56, 0.2, 0.14)]
    doc = data.doc
    rows: list[list] = [[para(h, s["head"]) for h in (
        doc.translate("Charter annex", "No."), doc.translate("Charter annex", "Recommendation"),
        doc.translate("Charter annex", "Recommending State(s)"), doc.translate("Charter annex", "Response"))]]
    ref_style = restyled(s["annex_ref"], alignment=TA_RIGHT) if s["rtl"] else s["annex_ref"]
    for rec in data.recommendations:
        rows.append([para(reference(rec), ref_style), para(rec.text, s["cell"]),
                     para(", ".join(rec.states) or "—", s["cell"]), para(response_word(rec, doc), s["cell"])])
    table = grid(rows, widths, extra=[OUR_FONT], long_rows=True, rtl=s["rtl"])
    heading = [para(data.label("annex"), s["part"]),
               HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=1, spaceAfter=7)]
    return [*heading, table]
