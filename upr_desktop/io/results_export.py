"""A closed round's results as CSV or XLSX, for the workshop's report and its records. No Qt.

The file says how the result was reached (method, scheme, turnout and where the ballots came from) next to
the figures, so it can be read years later without the workshop file. Secret rounds never name anyone; an
open round's workbook may list who voted how, under the names the workshop allows in outputs.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from ..domain.errors import WorkshopError
from ..domain.rounds import BallotSource, RoundStatus, Turnout, VoterUnit, VotingRound
from ..domain.voting import Method, Moscow, ResultRow, Tally, ranking_positions, tie_statements
from .atomic import atomic_write
from .spreadsheet import cell_text, clean_text
from ..text import Documents, interface_language
from .wording import moment_words

SUFFIXES = (".csv", ".xlsx")

# The figure each method ranks by (the others explain it).
_SCORE_KEY = {
    Method.DOT: "points", Method.POINTS: "points", Method.APPROVAL: "approvals", Method.SCORE: "sum",
    Method.BORDA: "points", Method.SCHULZE: "wins", Method.MOSCOW: "points",
}


# --- wording shared with the Results page and the projector -------------------------------------------------


def score_figure(tally: Tally, lang: str | None = None) -> tuple[str, str]:
    """(key, column title) of the figure the ranking is by, in the interface language or `lang`."""
    key = _SCORE_KEY[tally.method]
    return key, dict(tally.figure_names(lang)).get(key, key)


def rank_label(row: ResultRow) -> str:
    """'3', or '=3' when the candidate shares the rank."""
    return f"={row.rank}" if row.tied else str(row.rank)


def statement_groups(tally: Tally) -> list[tuple[tuple[int, ...], float]]:
    """The candidates each tie/close-call sentence is about, in the order describe_ties() words them."""
    return [(statement.candidates, statement.score) for statement in tie_statements(tally, {})]


def number_text(value) -> str:
    """12 -> '12', 12.0 -> '12', 2.333 -> '2.33'."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def sources_sentence(turnout: Turnout, method: Method, lang: str | None = None) -> str:
    """'41 ballots: 31 at the laptop, 9 on paper; wall chart: 57 dots from 12 people', as whole sentences in
    `lang` (a document's) or, without it, in the interface language."""
    doc = Documents(lang or interface_language())
    ballots = turnout.kiosk + turnout.paper
    if ballots == 0:
        text = doc.translate("Results sources", "No ballots")
    elif turnout.kiosk and turnout.paper:
        text = doc.translate("Results sources", "%n ballot(s): {kiosk} at the laptop, {paper} on paper", None,
                             ballots).format(kiosk=turnout.kiosk, paper=turnout.paper)
    elif turnout.paper:
        text = doc.translate("Results sources", "1 ballot, on paper") if ballots == 1 else \
            doc.translate("Results sources", "%n ballots, all on paper", None, ballots)
    else:
        text = doc.translate("Results sources", "1 ballot, at the laptop") if ballots == 1 else \
            doc.translate("Results sources", "%n ballots, all at the laptop", None, ballots)
    if not (turnout.wall_voters or turnout.wall_points):
        return text
    voters, points = turnout.wall_voters, turnout.wall_points  # bare names: lupdate drops expression counts
    people = doc.translate("Results sources", "1 person") if voters == 1 else \
        doc.translate("Results sources", "%n people", None, voters)
    if method is Method.DOT:
        wall = doc.translate("Results sources", "wall chart: %n dot(s) from {people}", None, points)
    else:
        wall = doc.translate("Results sources", "wall chart: %n point(s) from {people}", None, points)
    return doc.translate("Results sources", "{ballots}; {wall_chart}").format(
        ballots=text, wall_chart=wall.format(people=people))


def when_text(iso: str | None) -> str:
    """A stored UTC time as local time, '3 May 2025, 14:32'."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return moment_words(moment)


# --- the export ---------------------------------------------------------------------------------------------


def export_results(results, path: str | os.PathLike, *, workshop_title: str, anonymise: bool,
                   names: Mapping | None = None, ballots: Sequence[Mapping] | None = None,
                   generated: datetime | None = None, doc: Documents | None = None) -> Path:
    """Write a closed round's results to path (.csv or .xlsx), whole or not at all.

    names: the names outputs may use (workshop.output_names(): participant id -> name; organisation
    ballots are looked up as "o<id>"). ballots: workshop.open_ballots() of a round that is not secret; an
    XLSX then gets a "Ballots" sheet. Secret rounds never name anyone, whatever is passed in.
    doc: the workshop's document language (workshop.documents()) for the labels, column titles and words;
    the method's description, figure names and tie sentences come worded by the domain.
    """
    doc = doc or Documents("en")
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        shown = target.suffix or "no ending"
        raise WorkshopError(f"Results can be saved as a CSV file (.csv) or an Excel workbook (.xlsx), not "
                            f"“{shown}”. Choose one of those.")
    rnd: VotingRound = results.round
    if rnd.status != RoundStatus.CLOSED:
        raise WorkshopError(f"“{rnd.title}” is still open: results can be saved once it closes.")
    header = _header_rows(results, workshop_title, generated or datetime.now().astimezone(), doc)
    columns, rows = _result_table(results, doc)
    statements = list(results.statements) or [doc.translate("Results document", "No ties or close calls.")]
    ballot_sheet = None
    if suffix == ".xlsx" and not rnd.secret and ballots:
        ballot_sheet = _ballot_table(results, ballots, names or {}, anonymise, doc)
    ties = doc.translate("Results document", "Ties and close calls")
    if suffix == ".csv":
        _write_csv(target, header, columns, rows, statements, ties)
    else:
        _write_xlsx(target, header, columns, rows, statements, ballot_sheet, ties)
    return target


def _header_rows(results, workshop_title: str, generated: datetime, doc: Documents | None = None
                 ) -> list[tuple[str, str]]:
    rnd: VotingRound = results.round
    turnout: Turnout = results.turnout
    _d = (doc or Documents("en"))
    closed = when_text(rnd.closed_at)
    rows = [
        (_d.translate("Spreadsheet export", "Workshop"), workshop_title),
        (_d.translate("Results export", "Round"), rnd.title),
        (_d.translate("Results export", "Method"), rnd.rules.describe()),
        (_d.translate("Spreadsheet export", "Status"),
         _d.translate("Results document", "Closed {moment}").format(moment=closed) if closed else _d.translate("Results document",
                                                                                        "Closed")),
        (_d.translate("Results export", "Ballot"), _d.translate("Results document", "Secret: ballots are not linked to anyone")
         if rnd.secret else _d.translate("Results export", "Open: who voted how is recorded")),
        (_d.translate("Results export", "Voters"), _d.translate("Results document", "One ballot per organisation")
         if rnd.voter_unit == VoterUnit.ORGANISATION else _d.translate("Results document", "Each participant")),
        (_d.translate("Results export", "Turnout"), turnout.sentence()),
        (_d.translate("Results export", "Ballots counted"), sources_sentence(turnout, rnd.rules.method, _d.lang)),
        (_d.translate("Spreadsheet export", "Generated"),
         _d.translate("Spreadsheet export", "{moment} by UPR Desktop").format(moment=moment_words(generated, doc))),
    ]
    return rows


def _result_table(results, doc: Documents | None = None) -> tuple[list[str], list[list]]:
    _d = (doc or Documents("en"))
    tally: Tally = results.tally
    figures = tally.figure_names(_d.lang)
    columns = [_d.translate("Results document", "Rank"), _d.translate("Results export", "Tied"), _d.translate("Monitoring matrix", "Reference"),
               _d.translate("Ballots document", "Recommendation")] + [label for _, label in figures]
    by_id = {c.id: c for c in results.candidates}
    rows = []
    for row in tally.results:
        candidate = by_id.get(row.candidate)
        reference = candidate.label if candidate else str(row.candidate)
        text = candidate.text if candidate else ""
        rows.append([row.rank, _d.translate("Results export", "tied") if row.tied else "", reference, text]
                    + [_figure(row.figures.get(key)) for key, _ in figures])
    return columns, rows


def _figure(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


_ANONYMOUS = re.compile(r"(Participant|Organisation) \d+")


def _voter_name(voter: str, names: Mapping, anonymise: bool, seq: int) -> str:
    is_org, number = voter[:1] == "o", voter[1:]
    name = None
    if number.isdigit():
        name = names.get(voter) if is_org else names.get(int(number), names.get(voter))
    fallback = f"{'Organisation' if is_org else 'Participant'} {seq}"
    if anonymise:
        # Only anonymous labels pass when names are anonymised, whatever was handed in.
        return name if name and _ANONYMOUS.fullmatch(name) else fallback
    return name or fallback


def _ballot_table(results, ballots: Sequence[Mapping], names: Mapping, anonymise: bool,
                  doc: Documents | None = None) -> tuple[list[str], list[list]]:
    _d = (doc or Documents("en"))
    method = results.round.rules.method
    candidates = results.candidates
    if anonymise:
        # Not even "Participant 7" and a time: numbers follow the sign-in sheet, so the pair would
        # lead back to a name. The ballots alone, in an order that says nothing (sorted), still
        # let anyone recount.
        columns = [_d.translate("Results export", "How")] + [c.label for c in candidates] + [_d.translate("Results export", "Note")]
        rows = [row[1:2] + row[3:] for row in _ballot_table(results, ballots, names, False, doc)[1]]
        return columns, sorted(rows, key=lambda row: [str(cell) for cell in row])
    columns = ([_d.translate("Results export", "Voter"), _d.translate("Results export", "How"), _d.translate("Results export", "Cast at")]
               + [c.label for c in candidates] + [_d.translate("Results export", "Note")])
    rows = []
    for seq, entry in enumerate(ballots, start=1):
        content = entry.get("content")
        cells = _ballot_cells(method, [c.id for c in candidates], content)
        try:
            how = BallotSource(entry.get("source", "kiosk")).label
        except ValueError:
            how = str(entry.get("source", ""))
        note = "" if any(cell != "" for cell in cells) else _d.translate("Results export", "Blank ballot (abstention)")
        rows.append([_voter_name(str(entry.get("voter", "")), names, anonymise, seq), how,
                     when_text(entry.get("at"))] + cells + [note])
    return columns, rows


def _ballot_cells(method: Method, order: list[int], content) -> list:
    if isinstance(content, Mapping):
        content = {int(k): v for k, v in content.items()}
    if method is Method.APPROVAL:
        ticked = set(content or [])
        return ["✓" if c in ticked else "" for c in order]
    if method.ranked:
        # Candidates ranked level share a number, as on a paper ballot: 1, 2, 2, 4.
        position = ranking_positions(content)
        return [position.get(c, "") for c in order]
    if method is Method.MOSCOW:
        return [Moscow(content[c]).label if content and c in content else "" for c in order]
    return [content.get(c, "") if content else "" for c in order]


# --- writing ------------------------------------------------------------------------------------------------



def _as_text(sheet) -> None:
    """XLSX: openpyxl stores any text starting with '=' as a formula; store it as the text it is."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def _write_csv(target: Path, header, columns, rows, statements, ties: str = "Ties and close calls") -> None:
    # utf-8-sig: the BOM makes Excel read Arabic and Cyrillic text as UTF-8
    with atomic_write(target, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        for label, value in header:
            writer.writerow([label, cell_text(value)])
        writer.writerow([])
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell_text(cell) for cell in row])
        writer.writerow([])
        writer.writerow([ties])
        for sentence in statements:
            writer.writerow([cell_text(sentence)])


def _write_xlsx(target: Path, header, columns, rows, statements, ballot_sheet,
                ties: str = "Ties and close calls") -> None:
    import pandas as pd  # slow to import: only when a workbook is written
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    title_font = Font(bold=True, size=14)
    heading_fill = PatternFill("solid", fgColor="E8F0FA")
    tied_fill = PatternFill("solid", fgColor="FFF5DC")
    wrap = Alignment(wrap_text=True, vertical="top")

    def frame(cells, names=None):  # openpyxl refuses control characters (a \v copied out of Word)
        return pd.DataFrame([[clean_text(v) if isinstance(v, str) else v for v in row] for row in cells],
                            columns=names, dtype=object)

    table_start = len(header) + 1  # 0-based row of the column titles, after one blank row
    with atomic_write(target, "wb") as out:
        with pd.ExcelWriter(out, engine="openpyxl") as writer:
            frame(header).to_excel(writer, sheet_name="Results", header=False, index=False)
            frame(rows, columns).to_excel(writer, sheet_name="Results", startrow=table_start, index=False)
            notes_start = table_start + len(rows) + 2
            frame([[ties]] + [[s] for s in statements]).to_excel(
                writer, sheet_name="Results", startrow=notes_start, header=False, index=False)
            sheet = writer.sheets["Results"]
            _as_text(sheet)
            for r in range(1, len(header) + 1):
                sheet.cell(r, 1).font = bold
                sheet.cell(r, 2).alignment = Alignment(wrap_text=False, vertical="top")
            sheet.cell(2, 2).font = title_font
            for c in range(1, len(columns) + 1):
                cell = sheet.cell(table_start + 1, c)
                cell.font = bold
                cell.fill = heading_fill
            tied_col = 1  # the "Tied" column, in any language
            for i, row in enumerate(rows):
                excel_row = table_start + 2 + i
                sheet.cell(excel_row, 4).alignment = wrap
                if row[tied_col]:
                    for c in range(1, len(columns) + 1):
                        sheet.cell(excel_row, c).fill = tied_fill
            sheet.cell(notes_start + 1, 1).font = bold
            widths = [16, 8, 12, 80] + [14] * (len(columns) - 4)
            for c, width in enumerate(widths, start=1):
                sheet.column_dimensions[sheet.cell(1, c).column_letter].width = width
            if ballot_sheet is not None:
                names, cells = ballot_sheet
                frame(cells, names).to_excel(writer, sheet_name="Ballots", index=False)
                ballots = writer.sheets["Ballots"]
                _as_text(ballots)
                for c in range(1, len(names) + 1):
                    ballots.cell(1, c).font = bold
                    ballots.cell(1, c).fill = heading_fill
                    ballots.column_dimensions[ballots.cell(1, c).column_letter].width = 22 if c <= 3 else 10
                ballots.freeze_panes = ballots.cell(2, 4)
