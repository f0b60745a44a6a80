"""The results report of a closed round: how the vote was held, the ranking, a bar chart, and the ties
and close calls in words with what became of them.

A results report names no voter, secret round or not: it is about recommendations, not people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reportlab.graphics.renderPDF import draw as draw_drawing
from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ...domain.errors import ValidationError
from ...domain.rounds import RoundStatus, VoterUnit
from ...domain.voting import CLOSE_MARGIN, Method, Tally
from ..results_export import number_text, rank_label, score_figure, sources_sentence, statement_groups, when_text
from ...text import Documents, translate
from .fonts import LATIN
from .layout import ACCENT, INK, MARGIN, MUTED, RULE, SHADE, PageDecor, build, paper_size, styles
from ..wording import date_words
from .parts import LongRowTable, date_range_words, grid
from .text import draw_line, para, restyled, text_width

CHART_TOP = 20  # more bars than this stop being a chart and become a second table
TIED = colors.HexColor("#c27c0e")  # ties: the amber the Results page uses for them
TIED_SHADE = colors.HexColor("#fbf1dc")

# What each method ranks by, in a phrase ("Top 20 by sum of scores").
_BY = {
    Method.DOT: "dots", Method.POINTS: "points", Method.APPROVAL: "approvals", Method.SCORE: "sum of scores",
    Method.BORDA: "Borda points", Method.SCHULZE: "beatpath wins", Method.MOSCOW: "MoSCoW points",
}

# The unit each method's ranking figure is counted in, for sentences ("came first with 9 dots").
_UNIT = {
    Method.DOT: ("dot", "dots"), Method.POINTS: ("point", "points"), Method.APPROVAL: ("approval", "approvals"),
    Method.SCORE: ("point", "points"), Method.BORDA: ("Borda point", "Borda points"),
    Method.SCHULZE: ("beatpath win", "beatpath wins"), Method.MOSCOW: ("MoSCoW point", "MoSCoW points"),
}


@dataclass(frozen=True)
class ResultLine:
    rank: str  # "3", or "=3" for a shared rank
    label: str
    text: str
    figures: tuple[str, ...]  # in the order of ResultsPrint.figure_titles
    score: float  # the figure the ranking is by
    tied: bool


@dataclass(frozen=True)
class Statement:
    sentence: str  # the tie or close call, as the Results page words it
    outcome: str  # what became of it: a run-off held, open, set up, or nothing


@dataclass(frozen=True)
class ResultsPrint:
    title: str
    workshop_title: str
    workshop_line: str  # venue and dates
    method: Method
    rules: str  # the method and its numbers in words
    secret: bool
    by_organisation: bool
    closed: str  # "3 May 2025, 14:32"
    runoff_of: str  # the round this one is a run-off of, or ""
    turnout: str
    sources: str
    ballots: int
    figure_titles: tuple[str, ...]
    score_column: int  # which figure the ranking is by
    lines: tuple[ResultLine, ...]
    statements: tuple[Statement, ...]
    runoffs: tuple[str, ...]  # run-offs of this round not tied to any statement
    printed: str
    doc: Documents = field(default_factory=lambda: Documents("en"))  # the workshop's document language


# ---------------------------------------------------------------------------------------------------------------
# Gathering


def _count(value: float, method: Method, doc: Documents | None = None) -> str:
    """"9 dots", in the document's language (a whole number takes its plural form; a fraction the many form)."""
    _d = (doc or Documents("en"))
    if float(value).is_integer():
        n = int(value)
        return {
            Method.DOT: lambda: _d.translate("Results document", "%n dot(s)", None, n),
            Method.POINTS: lambda: _d.translate("Results document", "%n point(s)", None, n),
            Method.APPROVAL: lambda: _d.translate("Results document", "%n approval(s)", None, n),
            Method.SCORE: lambda: _d.translate("Results document", "%n point(s)", None, n),
            Method.BORDA: lambda: _d.translate("Results document", "%n Borda point(s)", None, n),
            Method.SCHULZE: lambda: _d.translate("Results document", "%n beatpath win(s)", None, n),
            Method.MOSCOW: lambda: _d.translate("Results document", "%n MoSCoW point(s)", None, n),
        }[method]()
    one, many = _UNIT[method]
    return f"{number_text(value)} {many}"


def _figure_text(key: str, value) -> str:
    """Means with two decimals and shares with one, so a column lines up; counts as whole numbers."""
    if value is not None and key == "mean":
        return f"{value:.2f}"
    if value is not None and key == "share":
        return f"{value:.1f}"
    return number_text(value)


def _list(names: list[str], doc: Documents | None = None) -> str:
    if len(names) == 1:
        return names[0]
    return (doc or Documents("en")).translate("Results document", "{names} and {last}", "a list of names").format(
        names=", ".join(names[:-1]), last=names[-1])


def _runoff_outcome(workshop, runoff, doc: Documents | None = None) -> str:
    """What a run-off came to, in one sentence, in the document's language."""
    doc = doc or Documents("en")
    _d = doc
    title = f"“{runoff.title}”"
    if runoff.status == RoundStatus.DRAFT:
        return _d.translate("Results document", "A run-off between them has been set up ({title}) and not yet held.").format(
            title=title)
    if runoff.status == RoundStatus.OPEN:
        return _d.translate("Results document", "A run-off between them ({title}) is open for voting.").format(title=title)
    held = workshop.results(runoff.id)
    labels = {c.id: c.label for c in held.candidates}
    rows = held.tally.results
    closed = date_words(runoff.closed_at, doc) if runoff.closed_at else ""
    if closed:
        was_held = _d.translate("Results document", "A run-off between them ({title}) was held and closed on {date}").format(
            title=title, date=closed)
    else:
        was_held = _d.translate("Results document", "A run-off between them ({title}) was held").format(title=title)
    if not rows or not held.tally.ballots:
        return _d.translate("Results document", "{held}; no ballots were cast.").format(held=was_held)
    top = [row for row in rows if row.rank == 1]
    if len(top) > 1:
        names = _list([labels[r.candidate] for r in top], doc)
        # Schulze: a shared place is no shared figure (see voting.tie_statements).
        if held.tally.method is Method.SCHULZE:
            return _d.translate("Results document", "{held}; {names} tied again.").format(held=was_held, names=names)
        return _d.translate("Results document", "{held}; {names} tied again with {count} each.").format(
            held=was_held, names=names, count=_count(top[0].score, held.tally.method, doc))
    places = [_d.translate("Results document", "{name} ({count})").format(
        name=labels[r.candidate], count=_count(r.score, held.tally.method, doc)) for r in rows[:4]]
    order = places[0]
    for place in places[1:]:
        order = _d.translate("Results document", "{before}, then {after}", "places in an order").format(
            before=order, after=place)
    return _d.translate("Results document", "{held}: {order}.").format(held=was_held, order=order)


def gather(workshop, round_id: int | None) -> ResultsPrint:
    if round_id is None:
        raise ValidationError(translate("Results document", "Choose the voting round whose results to print."))
    rnd = workshop.voting_round(round_id)
    if rnd.status == RoundStatus.DRAFT:
        raise ValidationError(translate("Results document", "“{title}” has not been opened for voting yet, so it has "
                                        "no results to print. Results are printed once the round has been held and "
                                        "closed.").format(title=rnd.title))
    if rnd.status != RoundStatus.CLOSED:
        raise ValidationError(translate("Results document", "“{title}” is still open for voting. Results are printed "
                                        "once the round closes: close it on the Vote step first.").format(
            title=rnd.title))
    doc = workshop.documents()
    results = workshop.results(round_id)
    tally: Tally = results.tally
    by_id = {c.id: c for c in results.candidates}
    figure_keys = [key for key, _ in tally.figure_names()]
    score_key, _title = score_figure(tally, doc.lang)
    lines = []
    for row in tally.results:
        candidate = by_id.get(row.candidate)
        lines.append(ResultLine(rank=rank_label(row), label=candidate.label if candidate else str(row.candidate),
                                text=candidate.text if candidate else "",
                                figures=tuple(_figure_text(key, row.figures.get(key)) for key in figure_keys),
                                score=float(row.score), tied=row.tied))

    # Each tie or close call, and what became of it: a run-off between the same candidates, if one was set up.
    labels = {c.id: c.label for c in results.candidates}
    runoffs = []
    for other in workshop.voting_rounds():
        if other.runoff_of == round_id:
            runoffs.append((frozenset(c.label for c in workshop.round_candidates(other.id)), other))
    used = set()
    groups = statement_groups(tally)
    tie_groups = {frozenset(group.candidates) for group in tally.ties}
    statements = []
    for n, sentence in enumerate(results.statements):
        candidates, score = groups[n] if len(groups) == len(results.statements) else ((), 0)
        names = frozenset(labels.get(c, str(c)) for c in candidates)
        match = next((r for names_, r in runoffs if names_ == names and names), None)
        if match is not None:
            used.add(match.id)
            outcome = _runoff_outcome(workshop, match, doc)
        elif len(candidates) >= 2 and score > 0 and frozenset(candidates) in tie_groups:
            outcome = doc.translate("Results document", "No run-off has been held: they stay tied in this result.")
        elif len(candidates) >= 2 and score > 0:
            outcome = doc.translate("Results document", "No run-off has been held: the order stands as counted.")
        else:
            outcome = ""
        statements.append(Statement(sentence, outcome))
    other_runoffs = tuple(
        doc.translate("Results document", "{names}: {outcome}").format(
            names=_list(sorted(names), doc), outcome=_runoff_outcome(workshop, r, doc))
        for names, r in runoffs if r.id not in used)

    runoff_of = ""
    if rnd.runoff_of is not None:
        try:
            runoff_of = workshop.voting_round(rnd.runoff_of).title
        except ValidationError:
            runoff_of = doc.translate("Results document", "an earlier round")
    turnout = results.turnout
    _d = doc
    eligible = turnout.eligible  # a bare name: lupdate drops a call whose count is an expression
    if rnd.voter_unit == VoterUnit.ORGANISATION:
        voted = _d.translate("Results document", "{voted} of %n organisation(s) voted", None, eligible)
    else:
        voted = _d.translate("Results document", "{voted} of %n participant(s) voted", None, eligible)
    voted = voted.format(voted=turnout.voted)
    if turnout.eligible:
        voted = _d.translate("Results document", "{turnout} ({share}%)").format(
            turnout=voted, share=round(100 * turnout.voted / turnout.eligible))
    info = workshop.info()
    now = datetime.now().astimezone()
    return ResultsPrint(
        doc=doc, title=rnd.title, workshop_title=info.title or "",
        workshop_line=" · ".join(filter(None, (info.venue, date_range_words(info.start_date, info.end_date, doc)))),
        method=rnd.rules.method, rules=rnd.rules.describe(), secret=rnd.secret,
        by_organisation=rnd.voter_unit == VoterUnit.ORGANISATION, closed=when_text(rnd.closed_at),
        runoff_of=runoff_of, turnout=voted,
        sources=sources_sentence(turnout, rnd.rules.method, doc.lang), ballots=tally.ballots,
        figure_titles=tuple(title for _, title in tally.figure_names(doc.lang)),
        score_column=figure_keys.index(score_key), lines=tuple(lines), statements=tuple(statements),
        runoffs=other_runoffs, printed=date_words(now.date().isoformat(), doc))


# ---------------------------------------------------------------------------------------------------------------
# The chart: bars drawn with reportlab.graphics, every label through the text layer (any script)


def _nice_ceiling(value: float) -> tuple[float, float]:
    """An axis end a little above the longest bar, and the step between its gridlines."""
    if value <= 0:
        return 1, 1
    value *= 1.08  # room after the longest bar for its figure
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000):
        if value / step <= 6:
            return step * -(-value // step), step
    return value, value


class BarChart(Flowable):
    """Horizontal bars, first place at the top; ties in amber."""

    ROW = 15.5
    BAR = 10
    AXIS = 16

    def __init__(self, rows: list[tuple[str, str, float, bool]]):
        super().__init__()
        self.rows = rows  # (rank, label, value, tied)
        self.height = len(rows) * self.ROW + self.AXIS + 4
        self.width = 0

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.width = availWidth
        return self.width, self.height

    def _geometry(self):
        size = 8.5
        self.rank_width = max((text_width(r[0], size) for r in self.rows), default=0) + 5
        label_width = min(self.rank_width + max((text_width(r[1], size, bold=True) for r in self.rows), default=0)
                          + 8, self.width * 0.32)
        top_value = max((r[2] for r in self.rows), default=0)
        end, step = _nice_ceiling(top_value)
        value_room = text_width(number_text(top_value), size, bold=True) + 8
        plot_left = label_width
        plot_width = self.width - plot_left - value_room
        return size, label_width, plot_left, plot_width, end, step

    def draw(self):
        size, label_width, plot_left, plot_width, end, step = self._geometry()
        axis_y = self.AXIS
        top = self.height - 2
        drawing = Drawing(self.width, self.height)
        drawing.initialFontName = LATIN.name  # else the renderer sets Helvetica, which is not embedded
        # gridlines and the axis
        tick = 0.0
        ticks = []
        while tick <= end + 1e-9:
            x = plot_left + plot_width * tick / end
            drawing.add(Line(x, axis_y, x, top, strokeColor=RULE, strokeWidth=0.4))
            ticks.append((x, tick))
            tick += step
        drawing.add(Line(plot_left, axis_y, plot_left, top, strokeColor=MUTED, strokeWidth=0.7))
        for n, (_rank, _label, value, tied) in enumerate(self.rows):
            y = top - (n + 1) * self.ROW + (self.ROW - self.BAR) / 2
            length = plot_width * value / end if end else 0
            if length > 0:
                drawing.add(Rect(plot_left, y, max(length, 0.8), self.BAR, fillColor=TIED if tied else ACCENT,
                                 strokeColor=None, strokeWidth=0))
        draw_drawing(drawing, self.canv, 0, 0)
        c = self.canv
        c.saveState()
        for n, (rank, label, value, tied) in enumerate(self.rows):
            y = top - (n + 1) * self.ROW + (self.ROW - self.BAR) / 2 + 2.6
            c.setFillColor(TIED if tied else MUTED)
            draw_line(c, rank, self.rank_width - 5, y, size, align="right")
            c.setFillColor(INK)
            draw_line(c, label, self.rank_width, y, size, bold=True, max_width=label_width - self.rank_width - 6)
            length = plot_width * value / end if end else 0
            c.setFillColor(TIED if tied else INK)
            draw_line(c, number_text(value), plot_left + length + 3, y, size, bold=True)
        c.setFillColor(MUTED)
        for x, value in ticks:
            draw_line(c, number_text(value), x, axis_y - 9, 7.5, align="centre")
        c.restoreState()


# ---------------------------------------------------------------------------------------------------------------
# Rendering


def _table(rows, widths, commands, *, long_rows: bool = False, **kwargs) -> Table:
    # Our own font even in cells without text: reportlab would otherwise set (and list) Helvetica.
    return (LongRowTable if long_rows else Table)(
        rows, colWidths=widths, style=TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN.name)] + commands), **kwargs)


def _facts(data: ResultsPrint, width: float) -> Table:
    s = styles()
    _d = data.doc
    ballot = (_d.translate("Results document", "Secret: ballots are not linked to anyone") if data.secret
              else _d.translate("Results document", "Open: who voted how is recorded, but this report names no one"))
    facts = [(_d.translate("Results document", "METHOD"), data.rules),
             (_d.translate("Results document", "BALLOT"), ballot),
             (_d.translate("Results document", "VOTERS"), _d.translate("Results document", "One ballot per organisation")
              if data.by_organisation else _d.translate("Results document", "Each participant")),
             (_d.translate("Results document", "CLOSED"), data.closed or _d.translate("Results document", "Closed")),
             (_d.translate("Results document", "TURNOUT"), data.turnout),
             (_d.translate("Results document", "BALLOTS COUNTED"), data.sources)]
    if data.runoff_of:
        facts.insert(0, (_d.translate("Results document", "RUN-OFF OF"), f"“{data.runoff_of}”"))
    rows = [[para(key, s["label"]), para(value, restyled(s["body"], spaceAfter=0, fontSize=9.5,
                                                                  leading=13))] for key, value in facts]
    return _table(rows, [32 * mm, width - 32 * mm], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (0, -1), 4.6), ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, ACCENT), ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT)])


def _headline(data: ResultsPrint, width: float) -> list:
    """The outcome in one sentence, before any table."""
    s = styles()
    doc = data.doc
    _d = doc
    if not data.lines or data.ballots == 0:
        return [para(_d.translate("Results document", "No ballots were cast in this round."),
                     restyled(s["body"], fontSize=11, leading=15))]
    top = [line for line in data.lines if line.rank in ("1", "=1")]
    unit = _count(top[0].score, data.method, doc)
    # Candidates sharing a Schulze place need not have as many beatpath wins: none beats another.
    schulze = data.method is Method.SCHULZE
    if len(top) > 1:
        names = _list([line.label for line in top], doc)
        text = (_d.translate("Results document", "{names} share first place: none of them beats another.").format(names=names)
                if schulze else
                _d.translate("Results document", "{names} are tied for first place with {count} each.").format(names=names,
                                                                                                   count=unit))
    else:
        text = _d.translate("Results document", "{name} came first with {count}.").format(name=top[0].label, count=unit)
        second = [line for line in data.lines if line.rank in ("2", "=2")]
        if len(second) > 1:
            names = _list([line.label for line in second], doc)
            more = (_d.translate("Results document", "{names} share second place.").format(names=names) if schulze else
                    _d.translate("Results document", "{names} share second place with {count} each.").format(
                        names=names, count=_count(second[0].score, data.method, doc)))
            text = " ".join((text, more))
        elif second:
            text = " ".join((text, _d.translate("Results document", "{name} came second with {count}.").format(
                name=second[0].label, count=_count(second[0].score, data.method, doc))))
    style = restyled(s["body"], fontSize=11.5, leading=16, textColor=INK, spaceAfter=0)
    box = _table([[para(text, style)]], [width], [
        ("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8)], long_rows=True)
    return [box]  # long_rows: a reference as long as a text (a column mixed up on import)


def _ranking(data: ResultsPrint, width: float) -> Table:
    s = styles()
    head = s["head"]
    # Each figure column as wide as its title (a long title wraps, but never inside a word) or its widest
    # figure, and at least 15 mm (12.5 when there are many).
    def title_width(title: str) -> float:
        whole = text_width(title, head.fontSize, bold=True)
        return whole if whole <= 18 * mm else max(text_width(word, head.fontSize, bold=True) for word in title.split())

    least = 15 * mm if len(data.figure_titles) <= 3 else 12.5 * mm
    figure_widths = [max(least, title_width(title) + 11,
                         max((text_width(line.figures[k], 9, bold=True) for line in data.lines), default=0) + 11)
                     for k, title in enumerate(data.figure_titles)]
    rank_width, label_width = 13 * mm, 17 * mm
    text_column = width - rank_width - label_width - sum(figure_widths)
    right_head = restyled(s["head"], alignment=TA_RIGHT)
    _d = data.doc
    rows = [[para(_d.translate("Results document", "Rank"), s["head"]), para(_d.translate("Ballots document", "Ref."), s["head"]),
             para(_d.translate("Ballots document", "Recommendation"), s["head"])]
            + [para(title, right_head) for title in data.figure_titles]]
    cell = restyled(s["cell"], fontSize=8.8, leading=11.4)
    figure = restyled(s["cell"], alignment=TA_RIGHT)
    figure_bold = restyled(s["cell_bold"], alignment=TA_RIGHT)
    rank_style = restyled(s["cell_bold"], textColor=ACCENT)
    rank_tied = restyled(s["cell_bold"], textColor=TIED)
    extra = [("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
    for n, line in enumerate(data.lines, start=1):
        # A tie at nothing (a row of candidates nobody chose) is no contest: no amber for it.
        tied = line.tied and line.score > 0
        rows.append([para(line.rank, rank_tied if tied else rank_style), para(line.label, s["cell_bold"]),
                     para(line.text, cell)]
                    + [para(value, figure_bold if k == data.score_column else figure)
                       for k, value in enumerate(line.figures)])
        if tied:
            extra.append(("BACKGROUND", (0, n), (-1, n), TIED_SHADE))
    # A recommendation longer than what is left of the page goes on over it.
    return grid(rows, [rank_width, label_width, text_column] + figure_widths, zebra=True, extra=extra,
                long_rows=True)


def _statements(data: ResultsPrint, width: float) -> list:
    s = styles()
    _d = data.doc
    out = [para(_d.translate("Results document", "Ties and close calls"), s["h2"])]
    margin = f"{CLOSE_MARGIN:.0%}"
    how = _d.translate("Results document", "UPR Desktop applies no tie-break: candidates with the same figure share a rank "
            "(shown as =5), and results within {margin} of each other among the top places are reported as close "
            "calls. The room decides what to do about them, usually with a run-off between just those "
            "candidates.").format(margin=margin)
    if not data.statements:
        out.append(para(_d.translate("Results document", "There are no ties and no close calls: every place at the top of the "
                          "table was decided by more than {margin}.").format(margin=margin), s["body"]))
    for statement in data.statements:
        parts = [para(statement.sentence, restyled(s["body"], spaceAfter=1 if statement.outcome else 5))]
        if statement.outcome:
            parts.append(para(statement.outcome, restyled(s["body"], textColor=MUTED, fontSize=9.5, leading=13,
                                                          spaceAfter=6), bold=False))
        mark = _table([[parts]], [width], [
            ("LINEBEFORE", (0, 0), (0, -1), 2, TIED), ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)], long_rows=True)
        out += [mark, Spacer(1, 2 * mm)]
    if data.runoffs:
        out.append(para(_d.translate("Results document", "Run-offs of this round"), s["h3"]))
        out += [para(sentence, s["body"]) for sentence in data.runoffs]
    note = para(how, restyled(s["small"], spaceBefore=4))
    return out[:-2] + [KeepTogether(out[-2:] + [note])] if len(out) > 2 else out + [note]


def render(data: ResultsPrint, paper: str = "a4") -> bytes:
    s = styles()
    doc = data.doc
    _d = doc
    start = TA_RIGHT if doc.rtl else 0
    page_width, _ = paper_size(paper)
    width = page_width - 2 * MARGIN - 12  # the frame's own padding is 6 pt on each side
    story = [para(_d.translate("Results document", "RESULTS OF A VOTE"), s["label"]),
             para(data.title, restyled(s["title"], alignment=start, fontSize=21, leading=26, spaceAfter=3)),
             para(data.workshop_title, restyled(s["subtitle"], alignment=start, fontSize=11, leading=15,
                                                spaceAfter=1))]
    if data.workshop_line:
        story.append(para(data.workshop_line, s["small"]))
    story += [Spacer(1, 5 * mm), *_headline(data, width), Spacer(1, 5 * mm), _facts(data, width)]

    by = _by_words(data.method, doc)
    scored = [line for line in data.lines if line.score > 0]
    if scored:
        # Recommendations with nothing are left out of the chart: a row of empty bars says nothing.
        shown = scored[:CHART_TOP]
        if data.method is Method.SCHULZE:  # ranked by who beats whom, not by the count of wins
            heading = (_d.translate("Results document", "Beatpath wins of the top {number}").format(number=len(shown))
                       if len(shown) < len(data.lines) else
                       _d.translate("Results document", "Beatpath wins per recommendation, in rank order"))
        else:
            heading = (_d.translate("Results document", "Top {number} by {figure}").format(number=len(shown), figure=by)
                       if len(shown) < len(data.lines) else
                       _d.translate("Results document", "{figure} per recommendation").format(figure=by))
            heading = heading[:1].upper() + heading[1:]
        notes = []
        if any(line.tied for line in shown):
            notes.append(_d.translate("Results document", "Amber bars share their rank with another recommendation (a tie)."))
        left_out = len(data.lines) - len(scored)
        if left_out:
            notes.append(_d.translate("Results document", "Not shown: %n recommendation(s) with no {figure}.", None,
                           left_out).format(figure=by))
        chart = BarChart([(line.rank, line.label, line.score, line.tied) for line in shown])
        legend = para(" ".join(notes), restyled(s["small"], spaceBefore=2)) if notes else Spacer(1, 1)
        story += [CondPageBreak(60 * mm), KeepTogether([para(heading, s["h2"]), chart, legend])]

    story += [CondPageBreak(40 * mm), *_statements(data, width)]
    count = len(data.lines)  # a bare name: lupdate drops a call whose count is an expression
    if data.method is Method.SCHULZE:
        ranked = _d.translate("Results document", "%n recommendation(s), ranked by the Schulze method, as the rule above says.",
                   None, count)
    else:
        ranked = _d.translate("Results document", "%n recommendation(s), ranked by {figure}.", None,
                   count).format(figure=by)
    story += [CondPageBreak(45 * mm), para(_d.translate("Results document", "Full ranking"), s["h2"]),
              para(" ".join((ranked, _d.translate("Results document", "A rank with = is shared with another recommendation."))),
                   restyled(s["small"], spaceAfter=4)),
              _ranking(data, width)]
    privacy = [_d.translate("Results document", "This report names no voter.")]
    if data.secret:
        privacy.append(_d.translate("Results document", "The ballots of this round were secret."))
    privacy.append(_d.translate("Results document", "Printed {date} by UPR Desktop.").format(date=data.printed))
    story.append(para(" ".join(privacy), restyled(s["small"], spaceBefore=8, alignment=TA_CENTER)))
    decor = PageDecor(title=_d.translate("Results document", "Results: {round}").format(round=data.title),
                      status=(_d.translate("Results document", "Closed {moment}").format(moment=data.closed) if data.closed
                              else _d.translate("Results document", "Closed")),
                      footer=data.workshop_title, doc=doc)
    return build(story, decor, paper=paper, subject=_d.translate("Results document", "Results of a vote"))


def _by_words(method: Method, doc: Documents) -> str:
    """What the method ranks by, as a phrase ("sum of scores"), in the document's language."""
    _d = doc
    return {
        Method.DOT: lambda: _d.translate("Results document", "dots", "ranked by"),
        Method.POINTS: lambda: _d.translate("Results document", "points", "ranked by"),
        Method.APPROVAL: lambda: _d.translate("Results document", "approvals", "ranked by"),
        Method.SCORE: lambda: _d.translate("Results document", "sum of scores", "ranked by"),
        Method.BORDA: lambda: _d.translate("Results document", "Borda points", "ranked by"),
        Method.SCHULZE: lambda: _d.translate("Results document", "beatpath wins", "ranked by"),
        Method.MOSCOW: lambda: _d.translate("Results document", "MoSCoW points", "ranked by"),
    }[method]()
