"""Headless commands over the same operations as the GUI, for preparing files, scripted checks, and running
a vote from a terminal:

    upr-desktop participant add|import|list      register the people in the room
    upr-desktop round create|open|close|list     set up a voting round over recommendations (by paragraph number)
                                                 (--secret --anonymous-codes N: one-time ballot codes, printed
                                                 once by `round open`, one per line)
    upr-desktop ballot cast FILE ROUND ...       one ballot, by --participant or --code, typed at the laptop or from paper
    upr-desktop tally FILE ROUND [--json]        the results of a closed round
    upr-desktop charter FILE [--json]            the outcome charter's structure (--from-template NAME starts one)
    upr-desktop pdf FILE --charter|--handout OUT.pdf | --ballots|--results ROUND OUT.pdf [--paper letter]
    upr-desktop pdf FILE --ballot-codes ROUND OUT.pdf < codes.txt   the ballot code slips, to cut up
    upr-desktop export FILE --xlsx|--csv|--docx|--impactoss OUT   the matrix, the charter, or IMPACT OSS import
    upr-desktop clean FILE COPY                  a copy of a refused workshop without what UPR Desktop didn't put there

Exit codes: 0 done, 1 refused (a plain one-line message on stderr; the workshop is unchanged),
2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import __version__
from ..domain.errors import WorkshopError
from ..domain.workshop import ALL_COUNTRIES, WorkshopInfo

SUBCOMMANDS = ("new", "import", "info", "search", "demo", "participant", "round", "ballot", "tally", "charter",
               "pdf", "export", "clean")
METHODS = ("dot", "points", "approval", "score", "borda", "schulze", "moscow")


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
    p.add_argument("--map", metavar="FIELD=COLUMN,…",
                   help="for a table made by hand: which column holds each field, with the field names of the "
                        "app's mapping step, e.g. text=Recommendation,states=Recommended by,response=Position. "
                        "Fields: text, reference, states, response, themes, affected_persons, sdgs, session, cycle, "
                        "action_category, document_symbol, country. Without it, the mapping saved with an earlier "
                        "import of the same columns is used")
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

    p = sub.add_parser("clean", help="copy a workshop that was refused for holding foreign triggers, views, "
                                     "tables or indexes, keeping only the workshop's own data")
    p.add_argument("file", type=Path)
    p.add_argument("copy", type=Path, help="the new file to write (never overwritten)")

    _voting_parsers(sub)
    _charter_parser(sub)
    _pdf_parser(sub)
    _export_parser(sub)
    return parser


def _voting_parsers(sub) -> None:
    people = sub.add_parser("participant", help="register participants (add, import an attendance list, list)")
    actions = people.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="register one participant; prints their id")
    p.add_argument("file", type=Path)
    p.add_argument("--name", help="leave out to record the person by number or --alias only")
    p.add_argument("--org", help="organisation")
    p.add_argument("--focus", help="thematic focus")
    p.add_argument("--contact", help="e-mail or phone")
    p.add_argument("--consent", action="store_true", help="may be named in printed and exported outputs")
    p.add_argument("--alias", help="the name used instead of theirs")
    p = actions.add_parser("import", help="add everyone on an attendance list (CSV, XLSX or XLS)")
    p.add_argument("file", type=Path)
    p.add_argument("source", type=Path)
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("list", help="list the registered participants")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")

    rounds = sub.add_parser("round", help="voting rounds (create, open, close, list)")
    actions = rounds.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("create", help="create a draft round over recommendations; prints its id")
    p.add_argument("file", type=Path)
    p.add_argument("--title", required=True)
    p.add_argument("--method", required=True, choices=METHODS)
    p.add_argument("--candidates", required=True, metavar="REF,REF,...",
                   help="the recommendations' paragraph numbers, e.g. 121.4,121.7")
    p.add_argument("--dots", type=int, help="dot voting: dots per person (default: a third of the candidates)")
    p.add_argument("--max-per-candidate", type=int, help="dot or 100-point voting: most on one candidate")
    p.add_argument("--points", type=int, help="100-point voting: the budget (default 100)")
    p.add_argument("--secret", action="store_true", help="ballots keep no link to the person who cast them")
    p.add_argument("--per-organisation", action="store_true", help="one ballot per organisation")
    p.add_argument("--anonymous-codes", type=int, metavar="N",
                   help="with --secret: N one-time ballot codes (one per voter plus spares), printed once when "
                        "the round opens; the file never learns who held which")
    for action, text in (("open", "open a round for voting"), ("close", "close a round; results show after this")):
        p = actions.add_parser(action, help=text)
        p.add_argument("file", type=Path)
        p.add_argument("round", type=int)
    p = actions.add_parser("list", help="list the voting rounds")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")

    ballots = sub.add_parser("ballot", help="cast a ballot")
    actions = ballots.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("cast", help="record one participant's ballot in an open round")
    p.add_argument("file", type=Path)
    p.add_argument("round", type=int)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--participant", metavar="ID", help="participant id, or their personal code")
    who.add_argument("--code", metavar="CODE", help="a one-time ballot code, in a round that uses them")
    p.add_argument("--votes", required=True, metavar="JSON",
                   help='dot/points: {"121.4": 3}; approval: ["121.4", "121.7"]; ranked: the list best first, '
                        'candidates ranked level in a list of their own: ["121.4", ["121.7", "121.12"], '
                        '"121.31"] puts 121.7 and 121.12 level in second place; '
                        'score: {"121.4": 5}; moscow: {"121.4": "must"}')
    p.add_argument("--paper", action="store_true", help="a paper ballot typed in by the facilitator")

    p = sub.add_parser("tally", help="the results of a closed round")
    p.add_argument("file", type=Path)
    p.add_argument("round", type=int)
    p.add_argument("--json", action="store_true")


def _charter_parser(sub) -> None:
    p = sub.add_parser("charter", help="the outcome charter: print its structure, or start one from a template")
    p.add_argument("file", type=Path, nargs="?", help="the workshop (.uprw); not needed with --templates")
    p.add_argument("--json", action="store_true", help="print the structure as JSON")
    p.add_argument("--from-template", metavar="NAME", help="start the charter from a template (see --templates)")
    p.add_argument("--replace", action="store_true", help="with --from-template: replace the charter already there")
    p.add_argument("--templates", action="store_true", help="list the charter templates")


def _country(value: str | None) -> str | None:
    if value is None:
        return None
    return ALL_COUNTRIES if value.strip().lower() in {"all", "*", "all countries"} else value.strip()


def _cmd_new(args) -> int:
    from ..ops import Workshop

    info = WorkshopInfo(title=args.title, country=_country(args.country) or "", cycle=args.cycle,
                        review_date=args.review_date, venue=args.venue)
    Workshop.create(args.file, info, command_line=True).close()
    print(f"Created {args.file}")
    return 0


def _column_mapping(text: str):
    """"text=Recommendation,states=Recommended by" → ColumnMapping. A comma followed by "name=" starts the
    next field, so column names may hold commas."""
    import re

    from ..io.importers import ColumnMapping

    fields = list(ColumnMapping.__dataclass_fields__)
    chosen: dict[str, str] = {}
    for part in re.split(r",(?=\s*[A-Za-z_]+\s*=)", text):
        name, equals, column = part.partition("=")
        name = name.strip().lower()
        if not equals or name not in fields or not column.strip():
            raise WorkshopError(f"--map: “{part.strip()}” is not FIELD=COLUMN with a known field; the fields are "
                                f"{', '.join(fields)}.")
        if name in chosen:
            raise WorkshopError(f"--map: the field “{name}” is given twice.")
        chosen[name] = column.strip()
    if "text" not in chosen:
        raise WorkshopError("--map: say which column holds the recommendation text, e.g. text=Recommendation.")
    return ColumnMapping(**chosen)


def _cmd_import(args) -> int:
    from ..io.importers import ColumnMapping, NeedsColumnMapping, read_source
    from ..ops import NeedsCountryChoice, Workshop

    mapping = _column_mapping(args.map) if args.map else None
    with Workshop.open(args.file, command_line=True) as workshop:
        if workshop.read_only:
            raise WorkshopError(f"“{args.file.name}” is read-only; copy it to a writable folder first.")
        try:
            parsed = read_source(args.source, args.format, mapping=mapping)
        except NeedsColumnMapping as error:
            saved = workshop.saved_mapping(error.preview.columns)
            if saved is None:
                raise WorkshopError(
                    f"{error.message} Give the columns with --map, e.g. --map "
                    f"text={error.preview.columns[0]},states=…,response=…") from None
            parsed = read_source(args.source, args.format, mapping=ColumnMapping(**saved))
            parsed.notes.append("Columns were mapped as at the last import of a table with the same columns.")
        try:
            summary, _ = workshop.import_recommendations(
                parsed.recommendations, source_file=args.source.name, format=parsed.format,
                country=_country(args.country), mapping=parsed.saved_mapping())
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
    from ..ops import Workshop

    with Workshop.open(args.file, read_only=True, command_line=True) as workshop:
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
              f"{r['pending']} pending, {r['unknown']} unknown"
              + (f", {r['voluntary_pledge']} voluntary pledges" if r.get("voluntary_pledge") else "")
              + f"; {data['themes']} themes, "
              f"{data['recommending_states']} recommending States.")
    return 0


def _cmd_search(args) -> int:
    from ..ops import Workshop

    with Workshop.open(args.file, read_only=True, command_line=True) as workshop:
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
    from ..io.demo import create_demo_workshop

    with create_demo_workshop(args.file) as workshop:
        print(f"Wrote the demo workshop ({workshop.count()} illustrative recommendations) to {args.file}")
    return 0


def _cmd_clean(args) -> int:
    from ..ops import Workshop

    Workshop.save_cleaned_copy(args.file, args.copy)
    print(f"Wrote a cleaned copy of {args.file.name} to {args.copy}. {args.file.name} is unchanged.")
    return 0


# --- participants -------------------------------------------------------------------------------

def _writable(path: Path):
    from ..ops import Workshop

    workshop = Workshop.open(path, command_line=True)
    if workshop.read_only:
        workshop.close()
        raise WorkshopError(f"“{path.name}” is read-only; copy it to a writable folder first.")
    return workshop


def _cmd_participant(args) -> int:
    from ..domain.participant import Participant

    if args.action == "add":
        if not (args.name or "").strip() and any((args.org, args.focus, args.contact, args.consent)):
            raise WorkshopError("A participant recorded without a name keeps no organisation, focus, contact or "
                                "consent. Give --name, or leave out --org, --focus, --contact and --consent.")
        person = Participant(name=args.name, alias=args.alias, organisation=args.org, thematic_focus=args.focus,
                             contact=args.contact, consent_named=args.consent)
        with _writable(args.file) as workshop:
            participant_id, _ = workshop.add_participant(person)
        print(participant_id)
        return 0
    if args.action == "import":
        from ..io.attendance import read_attendance

        attendance = read_attendance(args.source)
        with _writable(args.file) as workshop:
            summary, _ = workshop.import_participants(attendance.participants, source_file=args.source.name)
            total = workshop.participant_count()
        if args.json:
            print(json.dumps({"source": args.source.name, "rows_read": attendance.rows_read,
                              "added": summary.added, "already_registered": summary.already_registered,
                              "skipped": attendance.skipped, "duplicates": attendance.duplicates,
                              "added_ids": list(summary.added_ids), "total": total}, ensure_ascii=False))
        else:
            print(summary.message())
            for line in (*attendance.duplicates, *attendance.skipped, *attendance.notes):
                print(line)
            print(f"The workshop now has {total} participant{'s' if total != 1 else ''}.")
        return 0
    from ..ops import Workshop

    with Workshop.open(args.file, read_only=True, command_line=True) as workshop:
        people = workshop.participants()
    if args.json:
        print(json.dumps([{"id": p.id, "number": p.number, "name": p.name, "alias": p.alias,
                           "organisation": p.organisation, "thematic_focus": p.thematic_focus, "contact": p.contact,
                           "consent_named": p.consent_named, "code": p.code} for p in people], ensure_ascii=False))
        return 0
    if not people:
        print("No participants are registered yet.")
        return 0
    rows = [(str(p.number), p.label(), p.organisation or "", "yes" if p.consent_named else "", p.code or "",
             str(p.id)) for p in people]
    _print_table(("No.", "Participant", "Organisation", "Named", "Code", "Id"), rows, right=(0, 5))
    return 0


# --- rounds ---------------------------------------------------------------------------------------

def _recommendation_ids(workshop, references: list[str]) -> list[int]:
    """Paragraph numbers ("121.4") to recommendation ids; "#12" names a recommendation without a number."""
    from ..store.queries import RecommendationFilter

    ids = workshop.filtered_ids(RecommendationFilter())
    by_reference: dict[str, list[int]] = {}
    for rec_id, rec in workshop.recommendations(ids).items():
        by_reference.setdefault((rec.reference or f"#{rec_id}").strip(), []).append(rec_id)
        by_reference.setdefault(f"#{rec_id}", [rec_id])
    unknown = [r for r in references if r not in by_reference]
    if unknown:
        listed = ", ".join(unknown)
        raise WorkshopError(f"No recommendation numbered {listed} in this workshop. Check the paragraph "
                            f"number{'s' if len(unknown) > 1 else ''} (upr-desktop search FILE WORDS shows them).")
    ambiguous = [r for r in references if len(by_reference[r]) > 1]
    if ambiguous:
        r = ambiguous[0]
        raise WorkshopError(f"{len(by_reference[r])} recommendations are numbered {r} in this workshop. Name each "
                            "one by its id instead (#ID, as upr-desktop search --json shows).")
    return [by_reference[r][0] for r in references]


def _rules(args, n_candidates: int):
    from ..domain.voting import Method, RoundRules, suggested_dots

    method = Method(args.method)
    if args.dots is not None and method is not Method.DOT:
        raise WorkshopError("--dots is for dot voting only (for 100-point voting, the budget is --points).")
    if args.points is not None and method is not Method.POINTS:
        raise WorkshopError("--points is for 100-point voting only (for dot voting, use --dots).")
    if method is Method.DOT:
        return RoundRules(method, dots=args.dots if args.dots is not None else suggested_dots(n_candidates),
                          max_per_candidate=args.max_per_candidate)
    if method is Method.POINTS:
        return RoundRules(method, dots=args.points, max_per_candidate=args.max_per_candidate)
    return RoundRules(method, max_per_candidate=args.max_per_candidate)


def _round_json(rnd) -> dict:
    return {"id": rnd.id, "title": rnd.title, "method": rnd.rules.method.value, "rules": rnd.rules.describe(),
            "status": rnd.status.value, "secret": rnd.secret, "voter_unit": rnd.voter_unit.value,
            "candidates": rnd.candidates, "voted": rnd.voted, "runoff_of": rnd.runoff_of,
            "ballot_codes": rnd.ballot_codes}


def _cmd_round(args) -> int:
    from ..domain.rounds import VoterUnit

    if args.action == "create":
        if args.anonymous_codes is not None and not args.secret:
            return _usage("round create", "--anonymous-codes goes with --secret")
        references = [r.strip() for r in args.candidates.split(",") if r.strip()]
        if len(set(references)) != len(references):
            twice = next(r for r in references if references.count(r) > 1)
            raise WorkshopError(f"{twice} is listed twice in --candidates. List each recommendation once.")
        with _writable(args.file) as workshop:
            rec_ids = _recommendation_ids(workshop, references)
            round_id, _ = workshop.create_round(
                args.title, _rules(args, len(rec_ids)), rec_ids, secret=args.secret,
                voter_unit=VoterUnit.ORGANISATION if args.per_organisation else VoterUnit.PARTICIPANT,
                ballot_codes=args.anonymous_codes)
        print(round_id)
        return 0
    if args.action in ("open", "close"):
        made: list[str] = []
        with _writable(args.file) as workshop:
            if args.action == "open":
                already = workshop.voting_round(args.round).status.value == "open"
                made = workshop.open_round(args.round)
            else:
                workshop.close_round(args.round)
            rnd = workshop.voting_round(args.round)
            turnout = workshop.turnout(args.round)
        if args.action == "open" and rnd.uses_codes:
            # The codes alone on stdout, so they pipe into `pdf --ballot-codes`; they exist nowhere else.
            for code in made:
                print(code)
            if already:
                print(f"“{rnd.title}” was already open. Its ballot codes were shown when it opened and are never "
                      "shown again.", file=sys.stderr)
            else:
                print(f"“{rnd.title}” is open for voting with {len(made)} ballot codes, printed above. They are "
                      f"not kept anywhere and will not be shown again: print the slips now with "
                      f"upr-desktop pdf {args.file} --ballot-codes {rnd.id} OUT.pdf < codes.txt", file=sys.stderr)
        elif args.action == "open":
            print(f"“{rnd.title}” is open for voting. {turnout.sentence()}.")
        else:
            print(f"“{rnd.title}” is closed. {turnout.sentence()}. "
                  f"See the results with: upr-desktop tally {args.file} {rnd.id}")
        return 0
    from ..ops import Workshop

    with Workshop.open(args.file, read_only=True, command_line=True) as workshop:
        rounds = workshop.voting_rounds()
    if args.json:
        print(json.dumps([_round_json(r) for r in rounds], ensure_ascii=False))
        return 0
    if not rounds:
        print("No voting rounds yet.")
        return 0
    secrecy = {(True, True): ", secret, ballot codes", (True, False): ", secret"}
    rows = [(str(r.id), r.status.label, r.rules.method.label + secrecy.get((r.secret, r.uses_codes), ""), r.title,
             str(r.candidates), str(r.voted)) for r in rounds]
    _print_table(("Id", "Status", "Method", "Title", "Candidates", "Voted"), rows, right=(0, 4, 5))
    return 0


# --- ballots and results --------------------------------------------------------------------------

def _example(method: str, labels: list[str]) -> str:
    """How --votes is written for this round, with its own references."""
    a, b, c = (labels + ["121.4", "121.7", "121.9"])[:3] if len(labels) < 3 else labels[:3]
    return {
        "dot": f'{{"{a}": 3, "{b}": 2}}', "points": f'{{"{a}": 60, "{b}": 40}}', "approval": f'["{a}", "{b}"]',
        "score": f'{{"{a}": 5, "{b}": 3}}', "borda": f'["{b}", ["{a}", "{c}"]]', "schulze": f'["{b}", ["{a}", "{c}"]]',
        "moscow": f'{{"{a}": "must", "{b}": "could"}}',
    }[method]


def _parse_votes(text: str, method: str, labels: list[str]):
    """The ballot as typed. Numbers are kept as they were written, so reference 121.10 stays "121.10"."""

    def no_repeats(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise WorkshopError(f"{key} appears twice in --votes. Give each candidate once.")
            seen.add(key)
        return dict(pairs)

    try:
        return json.loads(text, parse_float=str, parse_int=str, object_pairs_hook=no_repeats)
    except json.JSONDecodeError as error:
        what = error.msg.removesuffix(" at").rstrip()
        raise WorkshopError(f"--votes is not valid JSON ({what.lower()}, at character {error.pos + 1}). For this "
                            f"round write it like {_example(method, labels)}, with the references in double "
                            "quotes.") from None


def _ballot_for(votes, candidates, title: str):
    """References on the ballot to the round's candidate ids."""
    from ..domain.errors import ValidationError

    by_label = {c.label: c.id for c in candidates}

    def candidate(reference):
        if not isinstance(reference, str):
            raise ValidationError(f"{json.dumps(reference)} is not a candidate reference. Give references as "
                                  "text, such as \"121.4\".")
        found = by_label.get(reference.strip())
        if found is None:
            listed = ", ".join(c.label for c in candidates[:12]) + (", …" if len(candidates) > 12 else "")
            raise ValidationError(f"{reference} is not a candidate in “{title}”. Its candidates are {listed}.")
        return found

    if isinstance(votes, dict):
        return {candidate(k): v for k, v in votes.items()}
    if isinstance(votes, list):
        # A list inside the list is a group ranked level; the rules refuse it where it does not belong.
        return [[r if isinstance(r, list) else candidate(r) for r in v] if isinstance(v, list) else candidate(v)
                for v in votes]
    return votes  # null is a blank ballot; anything else is refused by the rules with an example


_TAKES = {
    "dot": "the number of dots on each candidate", "points": "the number of points on each candidate",
    "approval": "the list of candidates ticked", "score": "a score from 0 to 5 for each candidate rated",
    "borda": "the list of candidates in order, best first, any ranked level in a list of their own",
    "schulze": "the list of candidates in order, best first, any ranked level in a list of their own",
    "moscow": "Must, Should, Could or Won't for each candidate classified",
}


def _check_shape(votes, rnd, labels: list[str]) -> None:
    method = rnd.rules.method.value
    wants_list = method in ("approval", "borda", "schulze")
    if votes is None or (wants_list and isinstance(votes, list)) or (not wants_list and isinstance(votes, dict)):
        return
    raise WorkshopError(f"“{rnd.title}” uses {rnd.rules.method.label}: give {_TAKES[method]}, such as "
                        f"{_example(method, labels)}.")


def _participant_for(workshop, given: str):
    from ..domain.errors import ValidationError

    given = given.strip()
    if given.isdigit() and (found := workshop.participant(int(given))) is not None:
        return found
    found = workshop.participant_by_code(given)
    if found is None:
        raise ValidationError(f"There is no participant {given} in this workshop (give their id, as "
                              "upr-desktop participant list shows, or their personal code).")
    return found


def _cmd_ballot(args) -> int:
    from ..domain.rounds import BallotSource

    with _writable(args.file) as workshop:
        rnd = workshop.voting_round(args.round)
        if rnd.uses_codes and args.participant is not None:
            raise WorkshopError(f"“{rnd.title}” uses anonymous ballot codes: cast with --code, never --participant.")
        if not rnd.uses_codes and args.code is not None:
            raise WorkshopError(f"“{rnd.title}” does not use ballot codes: cast with --participant.")
        candidates = workshop.round_candidates(args.round)
        votes = _parse_votes(args.votes, rnd.rules.method.value, [c.label for c in candidates])
        person = _participant_for(workshop, args.participant) if args.participant is not None else None
        _check_shape(votes, rnd, [c.label for c in candidates])
        ballot = _ballot_for(votes, candidates, rnd.title)
        source = BallotSource.PAPER if args.paper else BallotSource.KIOSK
        if person is None:
            turnout = workshop.cast_ballot_with_code(args.round, args.code, ballot, source=source)
        else:
            turnout = workshop.cast_ballot(args.round, person.id, ballot, source=source)
    who = "A paper ballot" if args.paper else "The ballot"
    print(f"{who} was recorded in “{rnd.title}”. {turnout.sentence()}.")
    return 0


def _cmd_tally(args) -> int:
    from ..ops import Workshop

    with Workshop.open(args.file, read_only=True, command_line=True) as workshop:
        results = workshop.results(args.round)
    rnd, counted, turnout = results.round, results.tally, results.turnout
    labels = {c.id: c.label for c in results.candidates}
    texts = {c.id: c.text for c in results.candidates}
    if args.json:
        print(json.dumps({
            "round": rnd.id, "title": rnd.title, "method": rnd.rules.method.value, "rules": rnd.rules.describe(),
            "status": rnd.status.value, "secret": rnd.secret, "voter_unit": rnd.voter_unit.value,
            "ballots": counted.ballots,
            "turnout": {"voted": turnout.voted, "eligible": turnout.eligible, "kiosk": turnout.kiosk,
                        "paper": turnout.paper, "wall_voters": turnout.wall_voters,
                        "wall_points": turnout.wall_points},
            "results": [{"candidate": labels[r.candidate], "rank": r.rank, "score": r.score, **r.figures,
                         "tied": r.tied, "text": texts[r.candidate]} for r in counted.results],
            "ties": [[labels[c] for c in group.candidates] for group in counted.ties],
            "close_calls": [[labels[a], labels[b]] for a, b in counted.close_calls],
            "statements": results.statements,
        }, ensure_ascii=False, indent=2))
        return 0
    print(rnd.title)
    print(rnd.rules.describe())
    how = []
    if turnout.kiosk:
        how.append(f"{turnout.kiosk} at the laptop")
    if turnout.paper:
        how.append(f"{turnout.paper} on paper")
    if turnout.wall_voters:
        how.append(f"{turnout.wall_voters} on the wall chart")
    print(f"{turnout.sentence()}" + (f" ({', '.join(how)})" if how else "") +
          (". Secret ballot." if rnd.secret else "."))
    print()
    names = counted.figure_names()
    rows = []
    for r in counted.results:
        text = " ".join(texts[r.candidate].split())
        rows.append((f"{r.rank}{'=' if r.tied else ''}", labels[r.candidate],
                     *(str(r.figures[key]) for key, _ in names), text[:60] + ("…" if len(text) > 60 else "")))
    _print_table(("Rank", "Candidate", *(title for _, title in names), "Recommendation"), rows,
                 right=tuple(range(2, 2 + len(names))))
    if results.statements:
        print()
        for sentence in results.statements:
            print(sentence)
    return 0


# --- the charter ----------------------------------------------------------------------------------

def _usage(command: str, message: str) -> int:
    print(f"usage: upr-desktop {command} FILE [options]\nupr-desktop {command}: error: {message}", file=sys.stderr)
    return 2


def _cmd_charter(args) -> int:
    from ..io.charter_templates import list_templates, load_template

    if args.templates:
        templates = list_templates()
        if args.json:
            print(json.dumps([{"name": t.name, "title": t.title, "description": t.description} for t in templates],
                             ensure_ascii=False, indent=2))
        else:
            width = max((len(t.name) for t in templates), default=0)
            for t in templates:
                print(f"{t.name.ljust(width)}  {t.title}")
        return 0
    if args.file is None:
        return _usage("charter", "give the workshop FILE (or --templates to list the templates)")
    if args.replace and not args.from_template:
        return _usage("charter", "--replace goes with --from-template NAME")
    if args.from_template:
        template = load_template(args.from_template)
        with _writable(args.file) as workshop:
            if workshop.has_charter() and not args.replace:
                raise WorkshopError(f"“{args.file.name}” already has a charter (“{workshop.charter().title}”). "
                                    "Add --replace to start again from the template.")
            workshop.start_charter(template, replace=args.replace)
            data = _charter_json(workshop)
        if args.json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(f"Started the charter “{data['title']}” from the template “{template.name}” ({template.title}).")
        return 0
    from ..ops import Workshop

    with Workshop.open(args.file, read_only=True, command_line=True) as workshop:
        data = _charter_json(workshop)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif not data["has_charter"]:
        names = ", ".join(t.name for t in list_templates())
        print(f"This workshop has no charter yet. Start one with: upr-desktop charter {args.file} "
              f"--from-template NAME ({names}).")
    else:
        _print_charter(data)
    return 0


def _charter_json(workshop) -> dict:
    from ..domain.charter import DEFAULT_LABELS, PLAN_FIELDS

    charter = workshop.charter()
    recs = workshop.recommendations(charter.cited_recommendation_ids())
    reference = {i: (r.reference or f"#{i}") for i, r in recs.items()}
    clusters = {c.id: c.name for c in workshop.clusters()} if hasattr(workshop, "clusters") else {}
    adopted = workshop.adopted_version()
    comments = workshop.comments()
    return {
        "has_charter": workshop.has_charter(),
        "title": charter.title, "place": charter.place, "start_date": charter.start_date,
        "end_date": charter.end_date, "organisers": list(charter.organisers), "template": charter.template,
        "status": charter.status.value,
        "adopted": {"version": adopted.id, "on": adopted.adopted_on, "place": adopted.adopted_at_place}
        if adopted else None,
        "labels": {key: charter.label(key) for key in DEFAULT_LABELS},
        "preamble": charter.preamble,
        "sections": [{"id": s.id, "heading": s.heading, "body": s.body} for s in charter.sections],
        "priorities": [{
            "id": p.id, "number": n, "title": p.title,
            "cluster": clusters.get(p.cluster_id) if p.cluster_id is not None else None,
            "recommendations": [{"id": r, "reference": reference.get(r, f"#{r}")} for r in p.recommendation_ids],
            **{key: getattr(p, key) for key, _ in PLAN_FIELDS},
            "milestones": [{"due": m.due, "description": m.description} for m in p.milestones],
            "level": p.level.value, "status": p.status.value,
        } for n, p in enumerate(charter.priorities, 1)],
        "action_points": [{"id": a.id, "level": a.level.value, "text": a.text} for a in charter.action_points],
        "monitoring": charter.monitoring,
        "endorsements": [{"id": e.id, "organisation": e.organisation, "organisation_id": e.organisation_id,
                          "representative": e.representative, "role": e.role, "date": e.date,
                          "signed_on_paper": e.signed_on_paper} for e in charter.endorsements],
        "annex": [reference.get(r, f"#{r}") for r in charter.cited_recommendation_ids()],
        "versions": [{"id": v.id, "name": v.name, "kind": v.kind, "created_at": v.created_at,
                      "adopted_on": v.adopted_on, "adopted_at_place": v.adopted_at_place}
                     for v in workshop.versions()],
        "comments": {"open": sum(not c.resolved for c in comments), "resolved": sum(c.resolved for c in comments)},
    }


def _first_line(text: str, width: int = 90) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= width else line[:width - 1].rstrip() + "…"


def _print_charter(data: dict) -> None:
    from ..domain.charter import PLAN_FIELDS, ImplementationStatus, Level

    labels = data["labels"]
    state = "Draft"
    if data["status"] == "adopted" and data["adopted"]:
        state = f"Adopted on {data['adopted']['on']} in {data['adopted']['place']}"
    elif data["adopted"]:
        state = (f"Draft (changed since its adoption on {data['adopted']['on']} in {data['adopted']['place']}; "
                 "the adopted text is kept)")
    print(data["title"] or "(no title)")
    when = " to ".join(d for d in dict.fromkeys((data["start_date"], data["end_date"])) if d)
    print(", ".join(filter(None, (data["place"], when))) or "No place or dates yet")
    if data["organisers"]:
        print("Organisers: " + ", ".join(data["organisers"]))
    print(f"Status: {state}" + (f"   Template: {data['template']}" if data["template"] else ""))
    print()
    if data["preamble"]:
        print(f"{labels['preamble']}: {_first_line(data['preamble'])}")
    for s in data["sections"]:
        print(f"Section: {s['heading'] or '(no heading)'}")
    print()
    print(f"{labels['priorities']} ({len(data['priorities'])}):")
    if not data["priorities"]:
        print("  none yet")
    for p in data["priorities"]:
        status = ImplementationStatus(p["status"]).label.lower()
        print(f"  {p['number']}. {p['title']}  [{Level(p['level']).label}, {status}]")
        if p["recommendations"]:
            print("     Recommendations: " + ", ".join(r["reference"] for r in p["recommendations"]))
        for key, _ in PLAN_FIELDS:
            if p[key].strip():
                print(f"     {labels[key]}: {_first_line(p[key], 70)}")
        for m in p["milestones"]:
            print(f"     {labels['timeline']}: {m['due'] or 'no date'}  {_first_line(m['description'], 60)}")
    if data["action_points"]:
        print()
        print(f"{labels['action_points']}:")
        for level in Level:
            for a in (a for a in data["action_points"] if a["level"] == level.value):
                print(f"  {level.label}: {_first_line(a['text'], 80)}")
    if data["monitoring"]:
        print()
        print(f"{labels['monitoring']}: {_first_line(data['monitoring'])}")
    print()
    print(f"{labels['endorsements']} ({len(data['endorsements'])}):")
    for e in data["endorsements"]:
        who = ", ".join(filter(None, (e["representative"], e["role"], e["date"])))
        print(f"  {e['organisation']}" + (f" ({who})" if who else "") + ("  signed on paper" if e["signed_on_paper"]
                                                                         else ""))
    if data["versions"]:
        print()
        rows = [(str(v["id"]), v["kind"], v["name"], v["created_at"][:16].replace("T", " ")) for v in data["versions"]]
        _print_table(("Id", "Kind", "Version", "Saved"), rows, right=(0,))


def _print_table(headings, rows, right=()) -> None:
    widths = [max(len(str(h)), *(len(str(row[i])) for row in rows)) for i, h in enumerate(headings)]

    def line(cells) -> str:
        out = [str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(cells, widths))]
        return "  ".join(out).rstrip()

    print(line(headings))
    print(line("-" * w for w in widths))
    for row in rows:
        print(line(row))


# --- printed documents ---------------------------------------------------------------------------

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


def _cmd_pdf(args) -> int:
    from ..io.pdf import DocumentKind, DocumentRequest, write_pdf
    from ..ops import Workshop

    if args.by_theme and not args.handout:
        return _usage("pdf", "--by-theme goes with --handout OUT.pdf")
    if args.blank and not args.ballots:
        return _usage("pdf", "--blank goes with --ballots ROUND OUT.pdf")
    if not 0 <= args.blank <= 500:
        return _usage("pdf", "--blank must be between 0 and 500")
    round_id = None
    given: tuple[str, ...] = ()
    if args.ballots or args.results or args.ballot_codes:
        number, target = args.ballots or args.results or args.ballot_codes
        try:
            round_id = int(number)
        except ValueError:
            return _usage("pdf", f"ROUND is a round's number (see `upr-desktop round list FILE`), not “{number}”")
        kind = DocumentKind.BALLOTS if args.ballots else DocumentKind.RESULTS if args.results else None
        target = Path(target)
        if args.ballot_codes:
            if sys.stdin is None or sys.stdin.isatty():
                return _usage("pdf", "--ballot-codes reads the codes from standard input, one per line, as "
                                     "`round open` printed them: … --ballot-codes ROUND OUT.pdf < codes.txt")
            given = tuple(line.strip() for line in sys.stdin.read().splitlines() if line.strip())
            if not given:
                raise WorkshopError("No ballot codes came in on standard input. Give the codes `round open` "
                                    "printed, one per line.")
    else:
        kind = DocumentKind.CHARTER if args.charter else DocumentKind.HANDOUT
        target = args.charter or args.handout
    if kind is None:  # the ballot code slips
        from ..io.pdf import save_pdf
        from ..io.pdf.ballot_codes import slips_pdf

        with Workshop.open(args.file, read_only=True) as workshop:
            workshop.voting_round(round_id)
            written = save_pdf(slips_pdf(workshop, round_id, given, args.paper), target)
        print(f"Wrote {len(given)} ballot code slips ({written.stat().st_size // 1024 + 1} KB) to {written}. Print "
              "them, then delete the file and the list of codes: they are as good as ballot papers.")
        return 0
    request = DocumentRequest(kind, round_id, args.paper, "theme" if args.by_theme else "cluster", args.blank)
    with Workshop.open(args.file, read_only=True, command_line=True) as workshop:
        if kind in (DocumentKind.BALLOTS, DocumentKind.RESULTS):
            workshop.voting_round(round_id)  # an unknown round is refused in words before anything is drawn
        written = write_pdf(workshop, request, target)
        if kind is DocumentKind.CHARTER:
            from ..domain.charter import describe_placeholders, placeholders

            found = placeholders(workshop.charter_for_output())
            if found:
                print(f"upr-desktop: warning: {describe_placeholders(found)}", file=sys.stderr)
    print(f"Wrote the {kind.value} PDF ({written.stat().st_size // 1024 + 1} KB) to {written}")
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
    p.add_argument("--cited-only", action="store_true",
                   help="with --impactoss: only the recommendations the charter cites")
    p.add_argument("--framework-id", type=int, metavar="N",
                   help="with --impactoss: the id of the framework in your IMPACT OSS (default: its first)")


def _cmd_export(args) -> int:
    from ..ops import Workshop

    if (args.cited_only or args.framework_id is not None) and args.impactoss is None:
        return _usage("export", "--cited-only and --framework-id go with --impactoss OUT.csv")
    with Workshop.open(args.file, read_only=True, command_line=True) as workshop:
        if args.xlsx or args.csv:
            from ..io.matrix_export import export_matrix, matrix_rows

            target = args.xlsx or args.csv
            export_matrix(workshop, target, "xlsx" if args.xlsx else "csv")
            rows = len(matrix_rows(workshop))
            priorities = len(workshop.charter().priorities)
            message = (f"Wrote the implementation matrix ({priorities} priorit{'y' if priorities == 1 else 'ies'}, "
                       f"{rows} row{'' if rows == 1 else 's'}) to {target}")
        elif args.docx:
            from ..io.docx_export import export_docx

            target = args.docx
            export_docx(workshop, target)
            message = f"Wrote the charter “{workshop.charter().title}” as a Word document to {target}"
            if workshop.anonymise_outputs():
                message += " (no representatives named: this workshop anonymises its outputs)"
        else:
            from ..io.impactoss import export_impactoss, impactoss_rows

            target = args.impactoss
            export_impactoss(workshop, target, cited_only=args.cited_only, framework_id=args.framework_id)
            count = len(impactoss_rows(workshop, cited_only=args.cited_only))
            which = "cited by the charter" if args.cited_only else "in the workshop"
            message = (f"Wrote {count} recommendation{'' if count == 1 else 's'} {which} as an IMPACT OSS import "
                       f"to {target}. IMPACT OSS imports them as drafts: link and publish them there.")
    print(message)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-") and Path(argv[0]).is_file()):
        from ..ui.shell.app import main as gui_main  # no command, or a file to open: the app

        return gui_main(argv)
    if argv[0] not in SUBCOMMANDS and not argv[0].startswith("-"):
        return _usage_error(f"there is no command or file called “{argv[0]}”")
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # --help, --version, or wrong usage (argparse has printed why)
        return stop.code if isinstance(stop.code, int) else 2
    if args.command is None:
        _parser().print_help()
        return 2
    try:
        return {"new": _cmd_new, "import": _cmd_import, "info": _cmd_info, "search": _cmd_search,
                "demo": _cmd_demo, "participant": _cmd_participant, "round": _cmd_round, "ballot": _cmd_ballot,
                "tally": _cmd_tally, "charter": _cmd_charter, "pdf": _cmd_pdf,
                "export": _cmd_export, "clean": _cmd_clean}[args.command](args)
    except WorkshopError as error:
        print(f"upr-desktop: {_cli_message(error, args)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like, which stopped reading: not an error
        import os

        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit flush does not fail again
        except (OSError, ValueError, AttributeError):
            pass
        return 0
    except Exception as error:  # never a traceback: one plain line, the details in the log
        from ..store.database import plain_error

        plain = plain_error(error, getattr(args, "file", None))
        if plain is not None:  # a full disk, a damaged file: words that say what to do
            _log_unexpected(error)
            print(f"upr-desktop: {plain.message}", file=sys.stderr)
            return 1
        log_file = _log_unexpected(error)
        print(f"upr-desktop: something went wrong ({type(error).__name__}: {error}). Nothing was changed; "
              f"the details are in {log_file}.", file=sys.stderr)
        return 1


def _cli_message(error: WorkshopError, args) -> str:
    from ..domain.errors import ForeignSchemaObjects

    if isinstance(error, ForeignSchemaObjects):
        return f"{error.message} To make one: upr-desktop clean \"{args.file}\" COPY.uprw"
    return error.message


def cli_main(argv: list[str] | None = None) -> int:
    """`upr-desktop-cli`: commands only; with none, the usage (never the app, which needs a display)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    return main(argv or ["--help"])  # as the frozen launcher does (installers/pyinstaller/launcher.py)


def _usage_error(problem: str) -> int:
    """A typo is not a file to open: say so, list the commands, exit 2 (and never start Qt)."""
    parser = _parser()
    parser.print_usage(sys.stderr)
    print(f"upr-desktop: {problem}.", file=sys.stderr)
    print("The commands are: " + ", ".join(SUBCOMMANDS) + ". Run with no arguments, or with a workshop file, "
          "to open the app; `upr-desktop COMMAND --help` describes a command.", file=sys.stderr)
    return 2


def _log_unexpected(error: Exception) -> str:
    import logging

    from ..paths import logs_dir

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
