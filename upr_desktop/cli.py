"""Headless commands over the same operations as the GUI, for preparing files and scripted checks.

Exit codes: 0 done, 1 refused (a plain one-line message on stderr; the workshop is unchanged),
2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .domain.errors import WorkshopError
from .domain.workshop import ALL_COUNTRIES, WorkshopInfo

SUBCOMMANDS = ("new", "import", "info", "search", "demo")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="upr-desktop",
        description="UPR Desktop: offline UPR follow-up workshops. Run with no command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"UPR Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("new", help="create an empty workshop file")
    p.add_argument("file", type=Path)
    p.add_argument("--title", required=True)
    p.add_argument("--country", default="", help="State under review, or 'all' for a coalition database")
    p.add_argument("--cycle", type=int)
    p.add_argument("--review-date", default="")
    p.add_argument("--venue", default="")

    p = sub.add_parser("import", help="import recommendations from a file into a workshop")
    p.add_argument("file", type=Path, help="the workshop (.uprw)")
    p.add_argument("source", type=Path, help="UPR Info CSV/XLS, UHRI XLSX/JSON, OHCHR DOCX, or any CSV/XLSX")
    p.add_argument("--format", default="auto", choices=["auto", "uprinfo", "uhri", "ohchr-docx", "table"])
    p.add_argument("--country", help="State under review to keep, or 'all'")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")

    p = sub.add_parser("info", help="describe a workshop")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help="full-text search, best matches first")
    p.add_argument("file", type=Path)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("demo", help="write the illustrative demo workshop to FILE")
    p.add_argument("file", type=Path)
    return parser


def _country(value: str | None) -> str | None:
    if value is None:
        return None
    return ALL_COUNTRIES if value.strip().lower() in {"all", "*", "all countries"} else value.strip()


def _cmd_new(args) -> int:
    from .ops import Workshop

    info = WorkshopInfo(title=args.title, country=_country(args.country) or "", cycle=args.cycle,
                        review_date=args.review_date, venue=args.venue)
    Workshop.create(args.file, info).close()
    print(f"Created {args.file}")
    return 0


def _cmd_import(args) -> int:
    from .io.importers import read_source
    from .ops import NeedsCountryChoice, Workshop

    with Workshop.open(args.file) as workshop:
        if workshop.read_only:
            raise WorkshopError(f"“{args.file.name}” is read-only; copy it to a writable folder first.")
        parsed = read_source(args.source, args.format)
        try:
            summary, _ = workshop.import_recommendations(
                parsed.recommendations, source_file=args.source.name, format=parsed.format,
                country=_country(args.country))
        except NeedsCountryChoice as error:
            names = ", ".join(f"{name} ({n})" for name, n in error.countries[:8])
            more = f" and {len(error.countries) - 8} more" if len(error.countries) > 8 else ""
            raise WorkshopError(
                f"{args.source.name} holds recommendations to {len(error.countries)} States under review "
                f"({names}{more}). Choose one with --country NAME, or --country all."
            ) from None
        result = {
            "source": args.source.name, "format": parsed.format, "rows_read": parsed.rows_read,
            "skipped": len(parsed.skipped), "added": summary.added, "duplicates": summary.duplicates,
            "other_countries": summary.other_countries, "country": summary.country,
            "total": workshop.count(),
        }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(summary.message())
        if parsed.skipped:
            print(f"{len(parsed.skipped)} rows had no recommendation text and were skipped "
                  f"(first: row {parsed.skipped[0][0]}).")
        for note in parsed.notes:
            print(note)
        print(f"The workshop now holds {result['total']} recommendations.")
    return 0


def _cmd_info(args) -> int:
    from .ops import Workshop

    with Workshop.open(args.file, read_only=True) as workshop:
        info = workshop.info()
        data = {
            "schema_version": workshop.schema_version(),
            "title": info.title,
            "country": "all" if info.country == ALL_COUNTRIES else info.country,
            "cycle": info.cycle,
            "review_date": info.review_date,
            "venue": info.venue,
            "start_date": info.start_date,
            "end_date": info.end_date,
            "organisers": list(info.organisers),
            "recommendations": workshop.count(),
            "responses": workshop.response_counts(),
            "themes": len(workshop.facet_values("theme")),
            "recommending_states": len(workshop.facet_values("state")),
            "imports": [{k: v for k, v in row.items() if k != "id"} for row in workshop.imports()],
        }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(f"{data['title']}  ({args.file})")
        print(f"Country under review: {data['country'] or '—'}   Cycle: {data['cycle'] or '—'}")
        r = data["responses"]
        print(f"{data['recommendations']} recommendations: {r['supported']} supported, {r['noted']} noted, "
              f"{r['pending']} pending, {r['unknown']} unknown; {data['themes']} themes, "
              f"{data['recommending_states']} recommending States.")
    return 0


def _cmd_search(args) -> int:
    from .ops import Workshop

    with Workshop.open(args.file, read_only=True) as workshop:
        hits = workshop.search(args.query, args.limit)
    if args.json:
        print(json.dumps([{"id": h.id, "reference": h.reference, "text": h.text, "response": h.response,
                           "states": list(h.states), "snippet": h.snippet} for h in hits], ensure_ascii=False))
    else:
        if not hits:
            print("No recommendations match.")
        for h in hits:
            print(f"{h.reference or '#' + str(h.id):>8}  {h.response:<9}  {h.snippet}  ({', '.join(h.states)})")
    return 0


def _cmd_demo(args) -> int:
    from .io.demo import create_demo_workshop

    with create_demo_workshop(args.file) as workshop:
        print(f"Wrote the demo workshop ({workshop.count()} illustrative recommendations) to {args.file}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-")):
        from .ui.app import main as gui_main  # no command: the app, optionally on a file

        return gui_main(argv)
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return 2
    try:
        return {"new": _cmd_new, "import": _cmd_import, "info": _cmd_info,
                "search": _cmd_search, "demo": _cmd_demo}[args.command](args)
    except WorkshopError as error:
        print(f"upr-desktop: {error.message}", file=sys.stderr)
        return 1
    except Exception as error:  # never a traceback: one plain line, the details in the log
        log_file = _log_unexpected(error)
        print(f"upr-desktop: something went wrong ({type(error).__name__}: {error}). Nothing was changed; "
              f"the details are in {log_file}.", file=sys.stderr)
        return 1


def _log_unexpected(error: Exception) -> str:
    import logging

    from .paths import logs_dir

    log_file = logs_dir() / "upr-desktop-cli.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logger = logging.getLogger("upr_desktop.cli")
    logger.addHandler(handler)
    logger.error("command failed", exc_info=error)
    logger.removeHandler(handler)
    handler.close()
    return str(log_file)


if __name__ == "__main__":
    sys.exit(main())
