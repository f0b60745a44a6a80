"""The voting commands: participant, round, ballot, tally."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..domain.errors import WorkshopError
from .common import open_workshop, print_table, usage, writable
from ..text import Context, listing, translate

CommandLine = Context("CommandLine")  # plural sentences: lupdate takes the context from this name

METHODS = ("dot", "points", "approval", "score", "borda", "schulze", "moscow")


def add_parsers(sub) -> None:
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



def cmd_participant(args) -> int:
    from ..domain.participant import Participant

    if args.action == "add":
        if not (args.name or "").strip() and any((args.org, args.focus, args.contact, args.consent)):
            raise WorkshopError(translate("CommandLine", "A participant recorded without a name keeps no "
                                                         "organisation, focus, contact or consent. Give --name, or "
                                                         "leave out --org, --focus, --contact and --consent."))
        person = Participant(name=args.name, alias=args.alias, organisation=args.org, thematic_focus=args.focus,
                             contact=args.contact, consent_named=args.consent)
        with writable(args.file) as workshop:
            participant_id, _ = workshop.add_participant(person)
        print(participant_id)
        return 0
    if args.action == "import":
        from ..io.attendance import read_attendance

        attendance = read_attendance(args.source)
        with writable(args.file) as workshop:
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
            print(CommandLine.tr("The workshop now has %n participant(s).", None, total))
        return 0
    from ..ops import Workshop

    with open_workshop(args.file, read_only=True, command_line=True) as workshop:
        people = workshop.participants()
    if args.json:
        print(json.dumps([{"id": p.id, "number": p.number, "name": p.name, "alias": p.alias,
                           "organisation": p.organisation, "thematic_focus": p.thematic_focus, "contact": p.contact,
                           "consent_named": p.consent_named, "code": p.code} for p in people], ensure_ascii=False))
        return 0
    if not people:
        print(translate("CommandLine", "No participants are registered yet."))
        return 0
    rows = [(str(p.number), p.label(), p.organisation or "", "yes" if p.consent_named else "", p.code or "",
             str(p.id)) for p in people]
    print_table(("No.", "Participant", "Organisation", "Named", "Code", "Id"), rows, right=(0, 5))
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
        if len(unknown) > 1:
            text = translate("CommandLine", "No recommendation numbered {listed} in this workshop. Check the "
                                            "paragraph numbers (upr-desktop search FILE WORDS shows them).")
        else:
            text = translate("CommandLine", "No recommendation numbered {listed} in this workshop. Check the "
                                            "paragraph number (upr-desktop search FILE WORDS shows them).")
        raise WorkshopError(text.format(listed=listed))
    ambiguous = [r for r in references if len(by_reference[r]) > 1]
    if ambiguous:
        r = ambiguous[0]
        raise WorkshopError(translate("CommandLine", "{by_reference_count} recommendations are numbered {r} in "
                                                     "this workshop. Name each one by its id instead (#ID, as "
                                                     "upr-desktop search --json shows).").format(
            by_reference_count=len(by_reference[r]), r=r))
    return [by_reference[r][0] for r in references]


def _rules(args, n_candidates: int):
    from ..domain.voting import Method, RoundRules, suggested_dots

    method = Method(args.method)
    if args.dots is not None and method is not Method.DOT:
        raise WorkshopError(translate("CommandLine", "--dots is for dot voting only (for 100-point voting, the "
                                                     "budget is --points)."))
    if args.points is not None and method is not Method.POINTS:
        raise WorkshopError(translate("CommandLine", "--points is for 100-point voting only (for dot voting, use "
                                                     "--dots)."))
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


def cmd_round(args) -> int:
    from ..domain.rounds import VoterUnit

    if args.action == "create":
        if args.anonymous_codes is not None and not args.secret:
            return usage("round create", "--anonymous-codes goes with --secret")
        references = [r.strip() for r in args.candidates.split(",") if r.strip()]
        if len(set(references)) != len(references):
            twice = next(r for r in references if references.count(r) > 1)
            raise WorkshopError(translate("CommandLine", "{twice} is listed twice in --candidates. List each "
                                                         "recommendation once.").format(
                twice=twice))
        with writable(args.file) as workshop:
            rec_ids = _recommendation_ids(workshop, references)
            round_id, _ = workshop.create_round(
                args.title, _rules(args, len(rec_ids)), rec_ids, secret=args.secret,
                voter_unit=VoterUnit.ORGANISATION if args.per_organisation else VoterUnit.PARTICIPANT,
                ballot_codes=args.anonymous_codes)
        print(round_id)
        return 0
    if args.action in ("open", "close"):
        made: list[str] = []
        with writable(args.file) as workshop:
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
                print(translate("CommandLine", "“{title}” was already open. Its ballot codes were shown when it "
                                               "opened and are never shown again.").format(title=rnd.title),
                      file=sys.stderr)
            else:
                print(CommandLine.tr("“{title}” is open for voting with %n ballot code(s), printed above. They are not "
                                     "kept anywhere and will not be shown again: print the slips now with upr-desktop "
                                     "pdf {file} --ballot-codes {round} OUT.pdf < codes.txt", None, len(made)).format(
                    title=rnd.title, file=args.file, round=rnd.id), file=sys.stderr)
        elif args.action == "open":
            print(translate("CommandLine", "“{title}” is open for voting. {turnout}.").format(
                title=rnd.title, turnout=turnout.sentence()))
        else:
            print(translate("CommandLine", "“{title}” is closed. {turnout}. See the results with: upr-desktop tally "
                                           "{file} {round}").format(
                title=rnd.title, turnout=turnout.sentence(), file=args.file, round=rnd.id))
        return 0
    from ..ops import Workshop

    with open_workshop(args.file, read_only=True, command_line=True) as workshop:
        rounds = workshop.voting_rounds()
    if args.json:
        print(json.dumps([_round_json(r) for r in rounds], ensure_ascii=False))
        return 0
    if not rounds:
        print(translate("CommandLine", "No voting rounds yet."))
        return 0
    secrecy = {(True, True): ", secret, ballot codes", (True, False): ", secret"}
    rows = [(str(r.id), r.status.label, r.rules.method.label + secrecy.get((r.secret, r.uses_codes), ""), r.title,
             str(r.candidates), str(r.voted)) for r in rounds]
    print_table(("Id", "Status", "Method", "Title", "Candidates", "Voted"), rows, right=(0, 4, 5))
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
                raise WorkshopError(translate("CommandLine", "{key} appears twice in --votes. Give each candidate "
                                                             "once.").format(
                    key=key))
            seen.add(key)
        return dict(pairs)

    try:
        return json.loads(text, parse_float=str, parse_int=str, object_pairs_hook=no_repeats)
    except json.JSONDecodeError as error:
        what = error.msg.removesuffix(" at").rstrip()
        raise WorkshopError(translate("CommandLine", "--votes is not valid JSON ({what}, at character {number}). "
                                                     "For this round write it like {example}, with the references "
                                                     "in double quotes.").format(
            what=what.lower(), number=error.pos + 1, example=_example(method, labels))) from None


def _ballot_for(votes, candidates, title: str):
    """References on the ballot to the round's candidate ids."""
    from ..domain.errors import ValidationError

    by_label = {c.label: c.id for c in candidates}

    def candidate(reference):
        if not isinstance(reference, str):
            raise ValidationError(translate("CommandLine", "{dumps} is not a candidate reference. Give references "
                                                           "as text, such as \"121.4\".").format(
                dumps=json.dumps(reference)))
        found = by_label.get(reference.strip())
        if found is None:
            listed = listing([c.label for c in candidates[:12]], conjunction=len(candidates) <= 12) + (
                "…" if len(candidates) > 12 else "")
            raise ValidationError(translate("CommandLine", "{reference} is not a candidate in “{title}”. Its "
                                                           "candidates are {listed}.").format(
                reference=reference, title=title, listed=listed))
        return found

    if isinstance(votes, dict):
        return {candidate(k): v for k, v in votes.items()}
    if isinstance(votes, list):
        # A list inside the list is a group ranked level; the rules refuse it where it does not belong.
        return [[r if isinstance(r, list) else candidate(r) for r in v] if isinstance(v, list) else candidate(v)
                for v in votes]
    return votes  # null is a blank ballot; anything else is refused by the rules with an example


def _takes(method: str) -> str:
    """What a ballot of this method gives, to complete "give …, such as …"."""
    return {
        "dot": lambda: translate("CommandLine", "the number of dots on each candidate"),
        "points": lambda: translate("CommandLine", "the number of points on each candidate"),
        "approval": lambda: translate("CommandLine", "the list of candidates ticked"),
        "score": lambda: translate("CommandLine", "a score from 0 to 5 for each candidate rated"),
        "borda": lambda: translate("CommandLine", "the list of candidates in order, best first, any ranked level in "
                                                  "a list of their own"),
        "schulze": lambda: translate("CommandLine", "the list of candidates in order, best first, any ranked level "
                                                    "in a list of their own"),
        "moscow": lambda: translate("CommandLine", "Must, Should, Could or Won't for each candidate classified"),
    }[method]()


def _check_shape(votes, rnd, labels: list[str]) -> None:
    method = rnd.rules.method.value
    wants_list = method in ("approval", "borda", "schulze")
    if votes is None or (wants_list and isinstance(votes, list)) or (not wants_list and isinstance(votes, dict)):
        return
    raise WorkshopError(translate("CommandLine", "“{title}” uses {label}: give {takes}, such as {example}.").format(
        title=rnd.title, label=rnd.rules.method.label, takes=_takes(method), example=_example(method, labels)))


def _participant_for(workshop, given: str):
    from ..domain.errors import ValidationError

    given = given.strip()
    if given.isdigit() and (found := workshop.participant(int(given))) is not None:
        return found
    found = workshop.participant_by_code(given)
    if found is None:
        raise ValidationError(translate("CommandLine", "There is no participant {given} in this workshop (give "
                                                       "their id, as upr-desktop participant list shows, or their "
                                                       "personal code).").format(
            given=given))
    return found


def cmd_ballot(args) -> int:
    from ..domain.rounds import BallotSource

    with writable(args.file) as workshop:
        rnd = workshop.voting_round(args.round)
        if rnd.uses_codes and args.participant is not None:
            raise WorkshopError(translate("CommandLine", "“{title}” uses anonymous ballot codes: cast with --code, "
                                                         "never --participant.").format(
                title=rnd.title))
        if not rnd.uses_codes and args.code is not None:
            raise WorkshopError(translate("CommandLine", "“{title}” does not use ballot codes: cast with "
                                                         "--participant.").format(
                title=rnd.title))
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
    if args.paper:
        text = translate("CommandLine", "A paper ballot was recorded in “{title}”. {turnout}.")
    else:
        text = translate("CommandLine", "The ballot was recorded in “{title}”. {turnout}.")
    print(text.format(title=rnd.title, turnout=turnout.sentence()))
    return 0


def cmd_tally(args) -> int:
    from ..ops import Workshop

    with open_workshop(args.file, read_only=True, command_line=True) as workshop:
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
            "level_head_to_head": [[labels[a], labels[b]] for a, b in counted.level_pairs],
            "statements": results.statements,
        }, ensure_ascii=False, indent=2))
        return 0
    print(rnd.title)
    print(rnd.rules.describe())
    how = []
    if turnout.kiosk:
        how.append(translate("CommandLine", "{count} at the laptop").format(count=turnout.kiosk))
    if turnout.paper:
        how.append(translate("CommandLine", "{count} on paper").format(count=turnout.paper))
    if turnout.wall_voters:
        how.append(translate("CommandLine", "{count} on the wall chart").format(count=turnout.wall_voters))
    if how and rnd.secret:
        text = translate("CommandLine", "{turnout} ({how}). Secret ballot.")
    elif how:
        text = translate("CommandLine", "{turnout} ({how}).")
    elif rnd.secret:
        text = translate("CommandLine", "{turnout}. Secret ballot.")
    else:
        text = translate("CommandLine", "{turnout}.")
    print(text.format(turnout=turnout.sentence(), how=listing(how, conjunction=False)))
    print()
    names = counted.figure_names()
    rows = []
    for r in counted.results:
        text = " ".join(texts[r.candidate].split())
        rows.append((f"{r.rank}{'=' if r.tied else ''}", labels[r.candidate],
                     *(str(r.figures[key]) for key, _ in names), text[:60] + ("…" if len(text) > 60 else "")))
    print_table(("Rank", "Candidate", *(title for _, title in names), "Recommendation"), rows,
                 right=tuple(range(2, 2 + len(names))))
    if results.statements:
        print()
        for sentence in results.statements:
            print(sentence)
    return 0


# --- the charter ----------------------------------------------------------------------------------


COMMANDS = {"participant": cmd_participant, "round": cmd_round, "ballot": cmd_ballot, "tally": cmd_tally}
