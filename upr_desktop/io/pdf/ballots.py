"""Paper ballots for a voting round: one sheet per voter (and some blank ones), and a tally sheet.

Secret rounds print no name anywhere: the sheets differ only by their ballot number, which follows
no list of people. Open rounds print each voter under the name the workshop allows in outputs, so the
facilitator can type each sheet in for the right person; when outputs are anonymised, an organisation is
"Organisation N", as a person is "Participant N".

A recommendation too long for a ballot (more than CANDIDATE_SHARE of a page) is shortened there, with a
note that the handout holds it whole: a candidate's row never splits, its marks stay beside its words.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ...domain.errors import ValidationError
from ...domain.rounds import VoterUnit
from ...domain.voting import SCORE_MAX, Method, RoundRules
from ...text import Documents, translate
from ..wording import method_word
from .fonts import LATIN
from .layout import ACCENT, INK, MARGIN, MUTED, RULE, SHADE, PageDecor, build, paper_size, styles
from .parts import grid
from .text import draw_line, has_cjk, has_rtl, markup, para, restyled, text_width

BLANK_MAX = 500
SHEETS_MAX = 3000  # beyond this the print run is a mistake (a zero too many), not a workshop
CIRCLES_MAX = 8  # more dots than this on one candidate: a box to write the number in instead of circles

CIRCLE = 7 * mm  # a circle or box big enough for a pen mark
CIRCLE_GAP = 2.4 * mm
LABELLED_CIRCLE = 6.4 * mm
LABELLED_GAP = 1.6 * mm
WRITE_BOX = (15 * mm, 8.5 * mm)
MARKS_MIN_HEIGHT = 8.5 * mm  # with the cell padding, a row at least 12 mm tall: room for a pen
# A recommendation taller than this share of a page is shortened on the ballot: its row must not split (the
# marks stay beside the words), and the whole text is in the handout.
CANDIDATE_SHARE = 0.4
SHORTENED_NOTE = "Shortened to fit the ballot: the full text is in the recommendation handout."  # English
LABEL_LINES = 4  # a candidate's reference (its paragraph number) is shortened past this many lines
CELL_PADDING = 10  # left and right padding of a table cell
PAPER_WHITE = colors.white
INK_LIGHT = colors.HexColor("#6b7480")  # printed scores and letters: readable, yet lighter than a pen mark


@dataclass(frozen=True)
class BallotSheet:
    number: int
    voter: str = ""  # open rounds: the name outputs may use, or the organisation; "" on secret and blank sheets
    blank: bool = False  # an extra sheet for someone who joins on the day


@dataclass(frozen=True)
class BallotsPrint:
    title: str  # the round's title
    workshop_title: str
    rules: RoundRules
    secret: bool
    by_organisation: bool
    candidates: tuple[tuple[str, str], ...]  # (label, text) in the round's order
    sheets: tuple[BallotSheet, ...]
    with_codes: bool = False  # an anonymous-code round: each sheet has a line for the code from a slip
    doc: Documents = field(default_factory=lambda: Documents("en"))  # the workshop's document language


# ---------------------------------------------------------------------------------------------------------------
# Gathering


def _natural(text: str) -> list:
    """'Participant 7' before 'Participant 10'."""
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text)]


def gather(workshop, round_id: int | None, blank: int = 0) -> BallotsPrint:
    if round_id is None:
        raise ValidationError("Choose the voting round to print ballots for.")
    rnd = workshop.voting_round(round_id)
    candidates = workshop.round_candidates(round_id)
    if not candidates:
        raise ValidationError(f"“{rnd.title}” has no candidates yet. Add candidates before printing its ballots.")
    if not isinstance(blank, int) or blank < 0:
        raise ValidationError("The number of blank ballots must be a whole number, 0 or more.")
    if blank > BLANK_MAX:
        raise ValidationError(f"{blank} blank ballots is more than a workshop needs; print at most {BLANK_MAX}.")
    by_org = rnd.voter_unit == VoterUnit.ORGANISATION
    if by_org:
        voters = [org.name for org in workshop.organisations() if org.participants > 0]
        if workshop.anonymise_outputs():
            # An organisation of one names its member: numbers instead, down the organisation list as the
            # Participants step shows it (by name), so the facilitator can hand the pile out from it.
            voters = [workshop.documents().translate("Ballots document", "Organisation {number}").format(number=n)
                      for n in range(1, len(voters) + 1)]
    else:
        names = workshop.output_names()
        voters = [names[p.id] for p in workshop.participants()]
    if not voters and not blank:
        if by_org:
            raise ValidationError(translate("Ballots document", "No organisations are registered yet, so there is "
                                            "nobody to print a ballot for. Register participants first, or ask for "
                                            "blank ballots."))
        raise ValidationError(translate("Ballots document", "No participants are registered yet, so there is nobody "
                                        "to print a ballot for. Register participants first, or ask for blank "
                                        "ballots."))
    sheets = len(voters) + blank  # named: lupdate drops a call whose count is an expression
    if sheets > SHEETS_MAX:
        raise ValidationError(translate("Ballots document", "%n ballot(s) is too many to print in one go (at most "
                                        "{most}). Lower the number of blank ballots.", None, sheets)
                              .format(most=SHEETS_MAX))
    if rnd.secret:
        # Nothing on a secret sheet may lead back to a person: no names, no participant numbers, and no
        # order that follows the register. The sheets are all alike but for their number.
        sheets = [BallotSheet(n) for n in range(1, len(voters) + 1)]
    else:
        ordered = sorted(voters, key=_natural)
        sheets = [BallotSheet(n, voter) for n, voter in enumerate(ordered, start=1)]
    sheets += [BallotSheet(n, blank=True) for n in range(len(sheets) + 1, len(sheets) + blank + 1)]
    info = workshop.info()
    return BallotsPrint(title=rnd.title, workshop_title=info.title or "", rules=rnd.rules, secret=rnd.secret,
                        by_organisation=by_org, candidates=tuple((c.label, c.text) for c in candidates),
                        sheets=tuple(sheets), with_codes=rnd.uses_codes, doc=workshop.documents())


# ---------------------------------------------------------------------------------------------------------------
# The method in plain words, and the marks each candidate gets


def _dots(n: int, doc: Documents | None = None) -> str:
    return (doc or Documents("en")).translate("Ballots document", "%n dot(s)", None, n)


def marks_per_candidate(rules: RoundRules) -> int:
    """Dot voting: how many circles each candidate gets (0: a box to write the number in)."""
    budget = rules.budget() or 0
    most = min(rules.max_per_candidate or budget, budget)
    return most if 0 < most <= CIRCLES_MAX else 0


def instructions(rules: RoundRules, doc: Documents | None = None) -> list[str]:
    """How to fill in the ballot, in plain words, for this method and its numbers, in the document's language."""
    _d = (doc or Documents("en"))
    m = rules.method
    if m is Method.DOT:
        budget = rules.budget() or 0
        cap = rules.max_per_candidate
        circles = marks_per_candidate(rules)
        if circles:
            first = _d.translate("Ballots document", "You have %n dot(s). Give them to the recommendations that matter most "
                      "to you: fill in one circle for each dot.", None, budget)
        else:
            first = _d.translate("Ballots document", "You have %n dot(s). Give them to the recommendations that matter most "
                      "to you: write in a recommendation's box how many dots you give it.", None, budget)
        lines = [first]
        if cap == 1:
            lines.append(_d.translate("Ballots document", "Put at most 1 dot on one recommendation."))
        elif cap is not None:
            lines.append(_d.translate("Ballots document", "You may put up to %n dot(s) on one recommendation.", None, cap))
        else:
            lines.append(_d.translate("Ballots document", "You may put several dots, or all of them, on one recommendation."))
        lines.append(_d.translate("Ballots document", "Use %n or fewer in all: a ballot with more dots than that cannot be "
                       "counted.", None, budget))
        return lines
    if m is Method.POINTS:
        budget = rules.budget() or 0
        cap = rules.max_per_candidate
        lines = [_d.translate("Ballots document", "You have %n point(s) to share out. Write in a recommendation's box how many "
                   "points you give it; leave the box empty to give none.", None, budget)]
        if cap is not None:
            lines.append(_d.translate("Ballots document", "Give at most %n point(s) to one recommendation.", None, cap))
        else:
            lines.append(_d.translate("Ballots document", "You may give all your points to one recommendation."))
        lines.append(_d.translate("Ballots document", "Your points must add up to %n or less: write your total at the bottom.",
                       None, budget))
        return lines
    if m is Method.APPROVAL:
        return [_d.translate("Ballots document", "Tick the box of every recommendation you support."),
                _d.translate("Ballots document", "Tick as many as you like, or none.")]
    if m is Method.SCORE:
        return [_d.translate("Ballots document", "Give each recommendation you want to rate one score from 0 (not a priority) "
                  "to {top} (top priority): cross or fill in the circle of that score. One score per "
                  "recommendation.").format(top=SCORE_MAX),
                _d.translate("Ballots document", "Leave a recommendation empty if you do not want to rate it: an empty row is "
                  "not a 0.")]
    if m.ranked:
        lines = [_d.translate("Ballots document", "Rank the recommendations: write 1 in the box of your first choice, 2 for "
                   "your second choice, and so on."),
                 _d.translate("Ballots document", "Rank as many as you like and leave the others empty."),
                 _d.translate("Ballots document", "You may rank recommendations level: give them the same number, then go on "
                   "from the number after the places they fill (1, 2, 2, 4).")]
        if m is Method.BORDA:
            lines.append(_d.translate("Ballots document", "The higher you rank a recommendation, the more points it gets: with "
                           "5 ranked, your first choice gets 5 points, the second 4, down to 1 for the fifth. "
                           "Recommendations ranked level share the points of their places."))
        else:
            lines.append(_d.translate("Ballots document", "A recommendation you leave empty counts as below every one you "
                           "rank."))
        return lines
    return [_d.translate("Ballots document", "For each recommendation, cross or fill in one letter: M = Must, S = Should, "
              "C = Could, W = Won't."),
            _d.translate("Ballots document", "Leave a recommendation empty if you have no view on it.")]


def _marks_title(rules: RoundRules, doc: Documents | None = None) -> str:
    _d = (doc or Documents("en"))
    m = rules.method
    if m is Method.DOT:
        return _d.translate("Ballots document", "Your dots")
    if m is Method.POINTS:
        return _d.translate("Ballots document", "Points")
    if m is Method.APPROVAL:
        return _d.translate("Ballots document", "Tick")
    if m is Method.SCORE:
        return _d.translate("Ballots document", "Your score (0–{top})").format(top=SCORE_MAX)
    if m.ranked:
        return _d.translate("Ballots document", "Your rank")
    return _d.translate("Ballots document", "Your choice")


def _closing_line(secret: bool, doc: Documents | None = None) -> str:
    _d = (doc or Documents("en"))
    return (_d.translate("Ballots document", "Fold the sheet with your marks inside and put it in the ballot box.") if secret
            else _d.translate("Ballots document", "Hand the sheet to the facilitator."))


class _Marks(Flowable):
    """What a voter fills in for one candidate: circles, a tick box or a box to write a number in."""

    def __init__(self, kind: str, count: int = 1, labels: tuple[str, ...] = ()):
        super().__init__()
        self.kind, self.count, self.labels = kind, count, labels
        # Circles with a printed score or letter sit closer together: there are up to six in a row.
        self.size, self.gap = (LABELLED_CIRCLE, LABELLED_GAP) if labels else (CIRCLE, CIRCLE_GAP)
        if kind == "circles":
            self.need, self.shape_h = count * self.size + (count - 1) * self.gap, self.size
        elif kind == "box":
            self.need, self.shape_h = CIRCLE, CIRCLE
        else:  # "write"
            self.need, self.shape_h = WRITE_BOX
        self.width, self.height = self.need, max(self.shape_h, MARKS_MIN_HEIGHT)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.width = max(availWidth, self.need)
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.9)
        c.setFillColor(PAPER_WHITE)
        left = (self.width - self.need) / 2
        bottom = (self.height - self.shape_h) / 2
        if self.kind == "circles":
            r = self.size / 2
            for n in range(self.count):
                cx = left + r + n * (self.size + self.gap)
                c.setFillColor(PAPER_WHITE)
                c.circle(cx, bottom + r, r, stroke=1, fill=1)
                if n < len(self.labels):
                    c.setFillColor(INK_LIGHT)
                    draw_line(c, self.labels[n], cx, bottom + r - 3, 8.5, align="centre")
        elif self.kind == "box":
            c.rect(left, bottom, CIRCLE, CIRCLE, stroke=1, fill=1)
        else:
            c.rect(left, bottom, self.need, self.shape_h, stroke=1, fill=1)
        c.restoreState()


def _marks(rules: RoundRules) -> _Marks:
    m = rules.method
    if m is Method.DOT:
        circles = marks_per_candidate(rules)
        return _Marks("circles", circles) if circles else _Marks("write")
    if m is Method.APPROVAL:
        return _Marks("box")
    if m is Method.SCORE:
        return _Marks("circles", SCORE_MAX + 1, tuple(str(n) for n in range(SCORE_MAX + 1)))
    if m is Method.MOSCOW:
        return _Marks("circles", 4, ("M", "S", "C", "W"))
    return _Marks("write")  # points and ranks: a number written in


# ---------------------------------------------------------------------------------------------------------------
# A sheet whose candidates run over a page: "Ballot 7 (continued)" on top of the next page


class _SheetTable(Flowable):
    """The candidate table of one sheet. Where it splits over pages, the first part says the ballot goes
    on and every later part is headed with the ballot's number, so a loose page can be put back."""

    BANNER = 9 * mm
    TRAILER = 7 * mm

    def __init__(self, table: Table, continued: str, goes_on: str, *, banner: bool = False,
                 trailer: bool = False):
        super().__init__()
        self.table, self.continued, self.goes_on = table, continued, goes_on
        self.banner, self.trailer = banner, trailer
        self._extra = (self.BANNER if banner else 0) + (self.TRAILER if trailer else 0)

    def wrap(self, availWidth, availHeight):  # noqa: N803
        width, height = self.table.wrap(availWidth, max(availHeight - self._extra, 0))
        self.width, self.height = width, height + self._extra
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        room = availHeight - (self.BANNER if self.banner else 0) - self.TRAILER
        if room <= 0:
            return []
        parts = self.table.split(availWidth, room)
        if len(parts) < 2:
            return []
        first = _SheetTable(parts[0], self.continued, self.goes_on, banner=self.banner, trailer=True)
        rest = [_SheetTable(part, self.continued, self.goes_on, banner=True) for part in parts[1:]]
        return [first, *rest]

    def draw(self):
        c = self.canv
        bottom = self.TRAILER if self.trailer else 0
        self.table.drawOn(c, 0, bottom)
        if self.banner:
            top = self.height
            c.saveState()
            c.setFillColor(SHADE)
            c.setStrokeColor(SHADE)
            c.rect(0, top - self.BANNER + 2 * mm, self.width, self.BANNER - 2 * mm, stroke=0, fill=1)
            c.setFillColor(ACCENT)
            draw_line(c, self.continued, 3 * mm, top - self.BANNER + 4.6 * mm, 10.5, bold=True,
                      max_width=self.width - 6 * mm)
            c.restoreState()
        if self.trailer:
            c.saveState()
            c.setFillColor(MUTED)
            draw_line(c, self.goes_on, self.width, 2 * mm, 9, bold=True, align="right")
            c.restoreState()


# ---------------------------------------------------------------------------------------------------------------
# Rendering


@dataclass(frozen=True)
class _Look:
    """Type sizes and spacing of a sheet. The compact look is used when it keeps a sheet on one page."""
    text: float = 9.2
    leading: float = 11.8
    pad: float = 4.5
    instructions: float = 9.5
    gap: float = 3 * mm


NORMAL = _Look()
COMPACT = _Look(text=8.4, leading=10.4, pad=3, instructions=8.8, gap=2 * mm)


def _table(rows, widths, commands, **kwargs) -> Table:
    # Our own font even in cells without text: reportlab would otherwise set (and list) Helvetica.
    return Table(rows, colWidths=widths, style=TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN.name)]
                                                          + commands), **kwargs)


def _number_box(sheet: BallotSheet, total: int, width: float, doc: Documents) -> Table:
    s = styles()
    white = colors.white
    of = doc.translate("Ballots document", "Ballot {number} of {total}").format(number=sheet.number, total=total)
    return _table([[para(doc.translate("Ballots document", "BALLOT"),
                         restyled(s["label"], alignment=TA_CENTER, textColor=white))],
                   [para(f"{sheet.number}", restyled(s["h1"], alignment=TA_CENTER, fontSize=22, leading=25,
                                                     spaceBefore=0, spaceAfter=0, textColor=white), bold=True)],
                   [para(of, restyled(s["small"], alignment=TA_CENTER, textColor=white))]],
                  [width], [("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                            ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, -1), (-1, -1), 6)])


def _voter_band(data: BallotsPrint, sheet: BallotSheet, width: float) -> Table:
    s = styles()
    _d = data.doc
    note_style = restyled(s["small"], textColor=INK)
    if data.secret:
        cells = [[para(_d.translate("Ballots document", "Secret ballot: do not write your name"),
                       restyled(s["h3"], spaceBefore=0, spaceAfter=0, textColor=ACCENT))],
                 [para(_d.translate("Ballots document", "Nothing on this sheet links it to you. Make your marks, then fold the "
                         "sheet."), note_style)]]
        if data.with_codes:
            line = _table([[""]], [min(70 * mm, width - 16)], [("LINEBELOW", (0, 0), (-1, -1), 0.8, INK)],
                          rowHeights=[10 * mm])
            cells += [[para(_d.translate("Ballots document", "BALLOT CODE"), s["label"])], [line],
                      [para(_d.translate("Ballots document", "Copy the code from the slip you took. A ballot without a valid, "
                              "unused code is not counted."), note_style)]]
    else:
        kind = _d.translate("Ballots document", "ORGANISATION") if data.by_organisation else _d.translate("Ballots document", "VOTER")
        if sheet.blank:
            who = (_d.translate("Ballots document", "Write the name of your organisation on the line, so that your vote is "
                     "counted for it.") if data.by_organisation else
                   _d.translate("Ballots document", "Write your name on the line, so that your vote is counted for you."))
            line = _table([[""]], [min(110 * mm, width - 16)], [("LINEBELOW", (0, 0), (-1, -1), 0.8, INK)],
                          rowHeights=[10 * mm])  # a line to write on, with room for a pen
            cells = [[para(kind, s["label"])], [line], [para(who, note_style)]]
        else:
            note = (_d.translate("Ballots document", "One ballot per organisation: agree on your marks together.")
                    if data.by_organisation else
                    _d.translate("Ballots document", "Open ballot: who voted how is recorded. Vote only on the ballot with your "
                      "name."))
            cells = [[para(kind, s["label"])],
                     [para(sheet.voter, restyled(s["h2"], spaceBefore=0, spaceAfter=1, textColor=INK))],
                     [para(note, note_style)]]
    commands = [("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5)]
    if not data.secret and sheet.blank:
        commands += [("BOTTOMPADDING", (0, 1), (0, 1), 3), ("TOPPADDING", (0, 2), (0, 2), 3)]
    return _table(cells, [width], commands)


def _sheet(data: BallotsPrint, sheet: BallotSheet, width: float, look: _Look,
           candidates: tuple[tuple[str, str, bool], ...]) -> list:
    s = styles()
    doc = data.doc
    _d = doc
    total = len(data.sheets)
    box_width = 30 * mm
    heading = [para(_d.translate("Ballots document", "PAPER BALLOT"), s["label"]),
               para(data.title, restyled(s["h1"], spaceBefore=1, spaceAfter=2)),
               para(data.workshop_title, s["small"])]
    cells, widths = [heading, _number_box(sheet, total, box_width, doc)], [width - box_width, box_width]
    gap = ("RIGHTPADDING", (0, 0), (0, 0), 8)
    if doc.rtl:  # the ballot's number on the left, where a right-to-left line ends
        cells.reverse()
        widths.reverse()
        gap = ("LEFTPADDING", (1, 0), (1, 0), 8)
    top = _table([cells], widths,
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), gap,
                  ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    how = [para(_d.translate("Ballots document", "How to vote: {method}").format(method=method_word(data.rules.method, doc)),
                restyled(s["h3"], spaceBefore=0, spaceAfter=2, textColor=ACCENT))]
    bullet = restyled(s["bullet"], fontSize=look.instructions, leading=look.instructions + 3, spaceAfter=1,
                      bulletFontName=LATIN.name)
    how += [_instruction(line, bullet) for line in instructions(data.rules, doc)]
    how_box = _table([[how]], [width], [("BOX", (0, 0), (-1, -1), 0.8, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
    continued = _d.translate("Ballots document", "Ballot {number} (continued)").format(number=sheet.number)
    if data.secret:
        continued = " · ".join((continued, _d.translate("Ballots document", "Secret ballot: do not write your name")))
    elif sheet.voter:
        continued = " · ".join((continued, sheet.voter))
    goes_on = _d.translate("Ballots document", "Ballot {number} continues on the next page").format(number=sheet.number)
    table = _SheetTable(_candidate_table(data, width, look, candidates), continued, goes_on)
    return [top, Spacer(1, look.gap), _voter_band(data, sheet, width), Spacer(1, look.gap), how_box,
            Spacer(1, look.gap), table]


def _instruction(line: str, style) -> Flowable:
    """One instruction with its bullet; right-to-left text (no bullets in reportlab) goes without."""
    if has_rtl(line):
        return para("• " + line, style)
    if has_cjk(line):  # Chinese lines break between characters
        style = restyled(style, wordWrap="CJK")
    return Paragraph(markup(line), style, bulletText="•")


def _columns(rules: RoundRules, width: float, doc: Documents | None = None) -> tuple[float, float, float]:
    """The widths of the candidate table's columns: label, recommendation, marks."""
    head = styles()["head"]
    title = _marks_title(rules, doc)
    longest = max(text_width(word, head.fontSize, bold=True) for word in title.split()) if title.split() else 0
    # the title may wrap at its spaces; a title without spaces (Chinese) wraps anywhere
    marks_width = max(_marks(rules).need + 12, min(text_width(title, head.fontSize, bold=True), max(longest, 24 * mm))
                      + 12, 24 * mm)
    label_width = 19 * mm
    return label_width, width - label_width - marks_width, marks_width


def _text_styles(look: _Look) -> tuple:
    s = styles()
    return (restyled(s["cell_bold"], fontSize=look.text + 0.3, leading=look.leading, textColor=ACCENT),
            restyled(s["cell"], fontSize=look.text, leading=look.leading))


def _candidate_text(text: str, style, shortened: bool, doc: Documents | None = None) -> list[Flowable]:
    """The candidate's words; a shortened text says where to read it whole, in a line of its own (so it reads
    in its own direction under a text in any script)."""
    if not shortened:
        return [para(text, style)]
    note = (doc or Documents("en")).translate(
        "Ballots document", "Shortened to fit the ballot: the full text is in the recommendation handout.")
    return [para(text, style), para(note, restyled(style, textColor=MUTED, spaceBefore=2), italic=True)]


def _shortened(text: str, fits) -> str:
    """The longest start of the text, cut at a word where one is near and ended with an ellipsis, that fits."""
    def cut(n: int) -> str:
        start = text[:n]
        space = start.rfind(" ")
        if space > n * 0.85:  # a word boundary near the cut (a CJK text or a long word has none)
            start = start[:space]
        return start.rstrip(" ,;:.-–—") + "…"

    low, high = 0, len(text)
    while low < high:  # the largest n whose cut fits
        middle = (low + high + 1) // 2
        if fits(cut(middle)):
            low = middle
        else:
            high = middle - 1
    return cut(low)


def _short_label(label: str, style, column: float) -> str:
    """A candidate's reference kept to a few lines of its column (it only has to say which one it is)."""
    def fits(text: str) -> bool:
        return para(text, style).wrap(column - CELL_PADDING, 1e6)[1] <= LABEL_LINES * style.leading

    return label if fits(label) else _shortened(label, fits)


def fitted_candidates(data: BallotsPrint, width: float, look: _Look, page_room: float
                      ) -> tuple[tuple[str, str, bool], ...]:
    """(label, text, shortened) per candidate: a text taller than CANDIDATE_SHARE of the page is shortened,
    with a note that the handout holds it whole; a label is kept to a few lines."""
    label_width, text_column, _ = _columns(data.rules, width, data.doc)
    label_style, text_style = _text_styles(look)
    most = page_room * CANDIDATE_SHARE

    def height(flowables: list[Flowable]) -> float:
        return sum(f.wrap(text_column - CELL_PADDING, 1e6)[1] + f.getSpaceBefore() for f in flowables)

    out = []
    for label, text in data.candidates:
        shortened = height([para(text, text_style)]) > most
        if shortened:
            text = _shortened(text, lambda t: height(_candidate_text(t, text_style, True, data.doc)) <= most)
        out.append((_short_label(label, label_style, label_width), text, shortened))
    return tuple(out)


def _candidate_table(data: BallotsPrint, width: float, look: _Look,
                     candidates: tuple[tuple[str, str, bool], ...]) -> Table:
    s = styles()
    rules = data.rules
    doc = data.doc
    _d = doc
    title = _marks_title(rules, doc)
    label_width, text_column, marks_width = _columns(rules, width, doc)
    rows = [[para(_d.translate("Ballots document", "Ref."), s["head"]), para(_d.translate("Ballots document", "Recommendation"), s["head"]),
             para(title, restyled(s["head"], alignment=TA_CENTER))]]
    label_style, text_style = _text_styles(look)
    for label, text, shortened in candidates:
        rows.append([para(label, label_style), _candidate_text(text, text_style, shortened, doc), _marks(rules)])
    foot = _closing_line(data.secret, doc)
    extra_rows = []
    if rules.method is Method.POINTS:
        total_cells = [para(_d.translate("Ballots document", "Total of your points (at most {budget})").format(
                           budget=rules.budget()), restyled(s["cell_bold"], alignment=TA_LEFT if doc.rtl else TA_RIGHT)),
                       _Marks("write")]
        total_widths = [label_width + text_column, marks_width]
        if doc.rtl:
            total_cells.reverse()
            total_widths.reverse()
        total = _table([total_cells], total_widths,
                       [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
        extra_rows.append([total, "", ""])
    elif rules.method is Method.DOT:
        budget = rules.budget() or 0  # a bare name: lupdate drops a call whose count is an expression
        foot = " ".join((_d.translate("Ballots document", "Check: no more than %n dot(s) in all.", None, budget),
                         foot))
    elif rules.method.ranked:
        foot = " ".join((_d.translate("Ballots document", "Check: numbers start from 1; the same number twice means ranked "
                           "level."), foot))
    rtl = doc.rtl  # a right-to-left ballot reads from the right: reference, text, then the marks on the left
    end = TA_LEFT if rtl else TA_RIGHT
    extra_rows.append([para(foot, restyled(s["small"], textColor=INK, alignment=end)), "", ""])
    first_extra = len(rows)
    widths = [label_width, text_column, marks_width]
    marks, texts = (0, (1, 2)) if rtl else (2, (0, 1))
    if rtl:
        rows = [list(reversed(row)) for row in rows]  # the spanning rows below keep their one cell first
        widths.reverse()
    rows += extra_rows
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (texts[0], 1), (texts[1], -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), look.pad), ("BOTTOMPADDING", (0, 0), (-1, -1), look.pad + 1),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 1), (-1, first_extra - 1), 0.5, RULE),
        ("LINEAFTER" if rtl else "LINEBEFORE", (marks, 1), (marks, first_extra - 1), 0.5, RULE),
        ("BACKGROUND", (marks, 1), (marks, first_extra - 1), SHADE),
        ("LINEBELOW", (0, first_extra - 1), (-1, first_extra - 1), 0.9, ACCENT),
        ("TOPPADDING", (0, first_extra), (-1, -1), 5),
    ]
    commands += [("SPAN", (0, n), (-1, n)) for n in range(first_extra, len(rows))]
    return _table(rows, widths, commands, repeatRows=1)


def _height(flowables: list, width: float) -> float:
    return sum(f.wrap(width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def _pages(flowables: list, width: float, room: float) -> int:
    """About how many pages a sheet takes (rows don't split, so it may take one more)."""
    height = _height(flowables, width)
    if height <= room:
        return 1
    # Each page loses about half a row at its foot (rows never split); later ones repeat the column titles.
    first = room - _SheetTable.TRAILER - 20
    later = room - _SheetTable.BANNER - _SheetTable.TRAILER - 40
    return 1 + math.ceil((height - first) / later)


def _tally_columns(rules: RoundRules, doc: Documents | None = None) -> list[tuple[str, float]]:
    """(title, width) of the count columns on the tally sheet."""
    _d = (doc or Documents("en"))
    m = rules.method
    if m is Method.DOT:
        return [(_d.translate("Tally sheet", "Tally of dots"), 52 * mm), (_d.translate("Tally sheet", "Total dots"), 20 * mm)]
    if m is Method.POINTS:
        return [(_d.translate("Tally sheet", "Points as read out"), 52 * mm), (_d.translate("Tally sheet", "Total points"), 20 * mm)]
    if m is Method.APPROVAL:
        return [(_d.translate("Tally sheet", "Tally of ticks"), 52 * mm), (_d.translate("Tally sheet", "Total ticks"), 20 * mm)]
    if m is Method.SCORE:
        return [(_d.translate("Tally sheet", "Scores as read out"), 44 * mm), (_d.translate("Tally sheet", "Sum"), 16 * mm),
                (_d.translate("Tally sheet", "Rated by"), 16 * mm)]
    if m.ranked:
        return [(_d.translate("Tally sheet", "Tally of first choices"), 52 * mm), (_d.translate("Tally sheet", "First choices"), 20 * mm)]
    return [(_d.translate("Tally sheet", "Must"), 19 * mm), (_d.translate("Tally sheet", "Should"), 19 * mm),
            (_d.translate("Tally sheet", "Could"), 19 * mm), (_d.translate("Tally sheet", "Won't"), 19 * mm)]


def _write_ins(labels: tuple[str, ...], shares: tuple[int, ...], width: float) -> Table:
    """Labelled lines to write on, side by side with a gap between them."""
    s = styles()
    gap = 6 * mm
    unit = (width - gap * (len(labels) - 1)) / sum(shares)
    widths, top, bottom = [], [], []
    for n, (label, share) in enumerate(zip(labels, shares)):
        if n:
            widths.append(gap)
            top.append("")
            bottom.append("")
        widths.append(unit * share)
        top.append(para(label, s["label"]))
        bottom.append("")
    commands = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    commands += [("LINEBELOW", (n, 1), (n, 1), 0.8, INK) for n in range(0, len(widths), 2)]
    return _table([top, bottom], widths, commands, rowHeights=[None, 10 * mm])


def _tally_sheet(data: BallotsPrint, width: float) -> list:
    s = styles()
    _d = data.doc
    intro = _d.translate("Tally sheet", "For the people who count the paper ballots; it is not a ballot. Read each ballot "
              "aloud, keep the count here, then total each row.")
    if data.rules.method.ranked:
        then = _d.translate("Tally sheet", "Ranked ballots are counted by UPR Desktop: type every paper ballot in on the Vote "
                 "step. This sheet keeps a check of first choices.")
    else:
        then = _d.translate("Tally sheet", "Type the paper ballots in on the Vote step as well: this sheet is the check.")
    intro = " ".join((intro, then))
    counts = _write_ins((_d.translate("Tally sheet", "Ballots handed out"), _d.translate("Tally sheet", "Ballots returned"),
                         _d.translate("Tally sheet", "Blank ballots"), _d.translate("Tally sheet", "Spoilt ballots")), (1, 1, 1, 1), width)
    columns = _tally_columns(data.rules, data.doc)
    label_width = 17 * mm
    text_column = width - label_width - sum(w for _, w in columns)
    rows = [[para(_d.translate("Ballots document", "Ref."), s["head"]), para(_d.translate("Ballots document", "Recommendation"), s["head"])]
            + [para(title, restyled(s["head"], alignment=TA_CENTER)) for title, _ in columns]]
    label_style = restyled(s["cell_bold"], textColor=ACCENT)
    for label, text in data.candidates:
        # The spacer gives each row room to write counts by hand.
        rows.append([para(_short_label(label, label_style, label_width), label_style), _OneLine(text, 8.5)] + [""] * (len(columns) - 1)
                    + [Spacer(1, 7 * mm)])
    table = grid(rows, [label_width, text_column] + [w for _, w in columns], zebra=True, extra=[
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LINEBEFORE", (2, 1), (-1, -1), 0.5, RULE)])
    sign = _write_ins((_d.translate("Tally sheet", "Counted by"), _d.translate("Tally sheet", "Checked by"), _d.translate("Signature page", "Date")),
                      (2, 2, 1), width)
    return [para(_d.translate("Tally sheet", "FOR THE FACILITATOR"), s["label"]),
            para(_d.translate("Tally sheet", "Tally sheet: {round}").format(round=data.title), restyled(s["h1"], spaceBefore=1)),
            para(intro, restyled(s["body"], fontSize=9.5, leading=13)),
            Spacer(1, 2 * mm), counts, Spacer(1, 5 * mm), table, Spacer(1, 8 * mm), sign]


class _OneLine(Flowable):
    """One line of any script, shortened with an ellipsis to the cell's width (the tally sheet only
    needs to say which recommendation a row is)."""

    def __init__(self, text: str, size: float):
        super().__init__()
        self.text, self.size = text, size
        self.width, self.height = 0, size * 1.3

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self):
        self.canv.setFillColor(INK)
        draw_line(self.canv, self.text, 0, self.size * 0.3, self.size, max_width=self.width)


def render(data: BallotsPrint, paper: str = "a4") -> bytes:
    page_width, page_height = paper_size(paper)
    width = page_width - 2 * MARGIN - 12  # the frame's own padding is 6 pt on each side
    room = page_height - 2 * MARGIN - 12 - 2
    story: list = []
    fitted: dict[_Look, tuple] = {}

    def candidates(look: _Look) -> tuple:
        if look not in fitted:  # the same for every sheet: fitted once
            fitted[look] = fitted_candidates(data, width, look, room)
        return fitted[look]

    for n, sheet in enumerate(data.sheets):
        if n:
            story.append(PageBreak())
        flowables = _sheet(data, sheet, width, NORMAL, candidates(NORMAL))
        pages = _pages(flowables, width, room)
        if pages > 1:
            compact = _sheet(data, sheet, width, COMPACT, candidates(COMPACT))
            if _pages(compact, width, room) < pages:
                flowables = compact  # a page less per voter is worth the smaller type
        story += flowables
    story.append(PageBreak())
    story += _tally_sheet(data, width)
    _d = data.doc
    decor = PageDecor(title=_d.translate("Ballots document", "Paper ballots: {round}").format(round=data.title),
                      status=_d.translate("Ballots document", "Secret ballot") if data.secret else _d.translate("Ballots document",
                                                                                          "Open ballot"),
                      footer=data.workshop_title, doc=data.doc)
    return build(story, decor, paper=paper, subject=_d.translate("Ballots document", "Paper ballots"))
