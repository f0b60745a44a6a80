"""The print and export commands: pdf (charter, handout, ballots, code slips, results), export (XLSX, CSV,
DOCX, IMPACT OSS)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..domain.errors import WorkshopError
from .common import open_workshop, usage
from ..text import Context, translate

CommandLine = Context("CommandLine")  # plural sentences: lupdate takes the context from this name


# --- printed documents ---------------------------------------------------------------------------

def add_parsers(sub) -> None:
    _pdf_parser(sub)
    _export_parser(sub)


def _pdf_parser(sub) -> None:
    p = sub.add_parser("pdf", help="print the charter, the handout, paper ballots, ballot code slips or a results "
                                   "report to PDF")
    p.add_argument("file", type=Path, help="the workshop (.uprw)")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--charter", type=Path, metavar="OUT.pdf", help="the outcome charter, for signing")
    out.add_argument("--handout", type=Path, metavar="OUT.pdf", help="the recommendations, grouped, to read before voting")
    out.add_argument("--ballots", nargs=2, metavar=("ROUND", "OUT.pdf"), help="one paper ballot per voter")
    out.add_argument("--results", nargs=2, metavar=("ROUND", "OUT.pdf"), help="the results report of a closed round")
    out.add_argument("--ballot-codes", nargs=2, metavar=("ROUND", "OUT.pdf"),
                     help="slips to cut up, one per ballot code read from standard input (one per line)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--by-theme", action="store_true", help="with --handout: group by theme, not by cluster")
    p.add_argument("--blank", type=int, default=0, metavar="N",
                   help="with --ballots: N extra unnamed ballots for people who join on the day")


def cmd_pdf(args) -> int:
    from ..io.pdf import DocumentKind, DocumentRequest, write_pdf
    from ..ops import Workshop

    if args.by_theme and not args.handout:
        return usage("pdf", "--by-theme goes with --handout OUT.pdf")
    if args.blank and not args.ballots:
        return usage("pdf", "--blank goes with --ballots ROUND OUT.pdf")
    if not 0 <= args.blank <= 500:
        return usage("pdf", "--blank must be between 0 and 500")
    round_id = None
    given: tuple[str, ...] = ()
    if args.ballots or args.results or args.ballot_codes:
        number, target = args.ballots or args.results or args.ballot_codes
        try:
            round_id = int(number)
        except ValueError:
            return usage("pdf", f"ROUND is a round's number (see `upr-desktop round list FILE`), not “{number}”")
        kind = DocumentKind.BALLOTS if args.ballots else DocumentKind.RESULTS if args.results else None
        target = Path(target)
        if args.ballot_codes:
            if sys.stdin is None or sys.stdin.isatty():
                return usage("pdf", "--ballot-codes reads the codes from standard input, one per line, as "
                                     "`round open` printed them: … --ballot-codes ROUND OUT.pdf < codes.txt")
            given = tuple(line.strip() for line in sys.stdin.read().splitlines() if line.strip())
            if not given:
                raise WorkshopError(translate("CommandLine", "No ballot codes came in on standard input. Give the "
                                                             "codes `round open` printed, one per line."))
    else:
        kind = DocumentKind.CHARTER if args.charter else DocumentKind.HANDOUT
        target = args.charter or args.handout
    if kind is None:  # the ballot code slips
        from ..io.pdf import save_pdf
        from ..io.pdf.ballot_codes import slips_pdf

        with open_workshop(args.file, read_only=True) as workshop:
            workshop.voting_round(round_id)
            written = save_pdf(slips_pdf(workshop, round_id, given, args.paper), target)
        print(CommandLine.tr("Wrote %n ballot code slip(s) ({size} KB) to {file}. Print them, then delete the file "
                             "and the list of codes: they are as good as ballot papers.", None, len(given)).format(
            size=written.stat().st_size // 1024 + 1, file=written))
        return 0
    request = DocumentRequest(kind, round_id, args.paper, "theme" if args.by_theme else "cluster", args.blank)
    with open_workshop(args.file, read_only=True, command_line=True) as workshop:
        if kind in (DocumentKind.BALLOTS, DocumentKind.RESULTS):
            workshop.voting_round(round_id)  # an unknown round is refused in words before anything is drawn
        written = write_pdf(workshop, request, target)
        if kind is DocumentKind.CHARTER:
            from ..domain.charter import describe_placeholders, placeholders

            found = placeholders(workshop.charter_for_output())
            if found:
                print(translate("CommandLine", "upr-desktop: warning: {problem}").format(
                    problem=describe_placeholders(found)), file=sys.stderr)
    size = written.stat().st_size // 1024 + 1
    if kind is DocumentKind.CHARTER:
        text = translate("CommandLine", "Wrote the charter PDF ({size} KB) to {file}")
    elif kind is DocumentKind.BALLOTS:
        text = translate("CommandLine", "Wrote the ballots PDF ({size} KB) to {file}")
    elif kind is DocumentKind.RESULTS:
        text = translate("CommandLine", "Wrote the results PDF ({size} KB) to {file}")
    elif kind is DocumentKind.HANDOUT:
        text = translate("CommandLine", "Wrote the handout PDF ({size} KB) to {file}")
    elif kind is DocumentKind.MIDTERM:
        text = translate("CommandLine", "Wrote the mid-term report PDF ({size} KB) to {file}")
    else:  # a kind added later, before its own sentence
        text = translate("CommandLine", "Wrote the PDF ({size} KB) to {file}")
    print(text.format(size=size, file=written))
    return 0


# --- exports ------------------------------------------------------------------------------------

def _export_parser(sub) -> None:
    p = sub.add_parser("export", help="save the implementation matrix, the charter as Word, or an IMPACT OSS import")
    p.add_argument("file", type=Path, help="the workshop (.uprw)")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="the implementation matrix as an Excel workbook")
    out.add_argument("--csv", type=Path, metavar="OUT.csv", help="the implementation matrix as CSV (UTF-8)")
    out.add_argument("--docx", type=Path, metavar="OUT.docx", help="the charter as a Word document")
    out.add_argument("--impactoss", type=Path, metavar="OUT.csv",
                     help="the recommendations as an IMPACT OSS import CSV")
    out.add_argument("--recommendations", type=Path, metavar="OUT.xlsx|OUT.csv",
                     help="the recommendations as the Review page lists them (with --query and --response)")
    p.add_argument("--cited-only", action="store_true",
                   help="with --impactoss: only the recommendations the charter cites")
    p.add_argument("--framework-id", type=int, metavar="N",
                   help="with --impactoss: the id of the framework in your IMPACT OSS (default: its first)")
    p.add_argument("--query", default="", help="with --recommendations: the search, as typed on the Review page")
    p.add_argument("--response", action="append", default=[],
                   help="with --recommendations: supported, noted, pending or unknown (repeat for several)")


def cmd_export(args) -> int:
    from ..ops import Workshop

    if (args.cited_only or args.framework_id is not None) and args.impactoss is None:
        return usage("export", "--cited-only and --framework-id go with --impactoss OUT.csv")
    if (args.query or args.response) and args.recommendations is None:
        return usage("export", "--query and --response go with --recommendations OUT.xlsx|OUT.csv")
    if args.recommendations is not None:
        from .followup import run_export_recommendations

        return run_export_recommendations(args)
    with open_workshop(args.file, read_only=True, command_line=True) as workshop:
        if args.xlsx or args.csv:
            from ..io.matrix_export import export_matrix, matrix_rows

            target = args.xlsx or args.csv
            export_matrix(workshop, target, "xlsx" if args.xlsx else "csv")
            rows = len(matrix_rows(workshop))
            priorities = len(workshop.charter().priorities)
            counted = (translate("CommandLine", "1 priority") if priorities == 1
                       else CommandLine.tr("%n priorities", None, priorities))
            message = translate("CommandLine", "Wrote the implementation matrix ({priorities}, {rows}) to {file}").format(
                priorities=counted, rows=CommandLine.tr("%n row(s)", None, rows), file=target)
        elif args.docx:
            from ..io.docx_export import export_docx

            target = args.docx
            export_docx(workshop, target)
            if workshop.anonymise_outputs():
                message = translate("CommandLine", "Wrote the charter “{title}” as a Word document to {file} (no "
                                                   "representatives named: this workshop anonymises its outputs)")
            else:
                message = translate("CommandLine", "Wrote the charter “{title}” as a Word document to {file}")
            message = message.format(title=workshop.charter().title, file=target)
        else:
            from ..io.impactoss import export_impactoss, impactoss_rows

            target = args.impactoss
            export_impactoss(workshop, target, cited_only=args.cited_only, framework_id=args.framework_id)
            count = len(impactoss_rows(workshop, cited_only=args.cited_only))
            if args.cited_only:
                message = CommandLine.tr("Wrote %n recommendation(s) cited by the charter as an IMPACT OSS import to "
                                         "{file}. IMPACT OSS imports them as drafts: link and publish them there.",
                                         None, count)
            else:
                message = CommandLine.tr("Wrote %n recommendation(s) in the workshop as an IMPACT OSS import to "
                                         "{file}. IMPACT OSS imports them as drafts: link and publish them there.",
                                         None, count)
            message = message.format(file=target)
    print(message)
    return 0


COMMANDS = {"pdf": cmd_pdf, "export": cmd_export}
