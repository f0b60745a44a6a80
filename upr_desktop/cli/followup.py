"""Follow-up on the command line: evidence, assess, followup, report; and `export --recommendations`, which the
export command (documents.py) hands to run_export_recommendations here.

Every refusal is one plain line on stderr and exit code 1, with the workshop unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ..domain.errors import WorkshopError
from ..domain.followup import COALITION, AssessmentStatus, EvidenceKind
from .common import open_workshop, writable
from ..i18n import format_number  # digits grouped as the --lang language does
from ..text import Context, translate

CommandLine = Context("CommandLine")  # plural sentences: lupdate takes the context from this name



def add_parsers(sub) -> None:
    p = sub.add_parser("evidence", help="add or list the evidence behind assessments")
    esub = p.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    a = esub.add_parser("add", help="add an evidence item; prints its id as the last word")
    a.add_argument("file", type=Path, help="the workshop (.uprw)")
    a.add_argument("--title", required=True)
    a.add_argument("--kind", required=True, help=", ".join(k.value for k in EvidenceKind))
    a.add_argument("--date", required=True, help="YYYY-MM-DD")
    a.add_argument("--source", default="")
    a.add_argument("--link", default="")
    a.add_argument("--file", dest="attach", type=Path, help="a file to store inside the workshop")
    a.add_argument("--confidential", action="store_true", help="never printed, exported or projected")
    lst = esub.add_parser("list", help="list the evidence, with each attached file's sha256")
    lst.add_argument("file", type=Path)
    lst.add_argument("--json", action="store_true")

    p = sub.add_parser("assess", help="record an assessment of a recommendation or a priority")
    p.add_argument("file", type=Path)
    p.add_argument("ref", help="a recommendation's paragraph number, or P3 for the charter's third priority")
    p.add_argument("--status", required=True, choices=["not", "partial", "full", "no-info"])
    p.add_argument("--by", required=True, help=f"an organisation on the participants list, or “{COALITION}”")
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--note", default="", help="the justification")
    p.add_argument("--evidence", default="", help="evidence ids, comma-separated")

    p = sub.add_parser("followup", help="the follow-up at a glance")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", help="YYYY-MM-DD (default: today), for what is overdue")

    p = sub.add_parser("report", help="write the mid-term report or the stakeholder submission")
    p.add_argument("file", type=Path)
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--midterm", type=Path, metavar="OUT.pdf|OUT.docx")
    out.add_argument("--submission", type=Path, metavar="OUT.docx")
    p.add_argument("--group-by", choices=["cluster", "theme"], default="cluster")
    p.add_argument("--joint", action=argparse.BooleanOptionalAction, default=None,
                   help="a joint submission (5,630 words) or one organisation's (2,815); default: joint when the "
                        "charter has several endorsing organisations")


def run(args) -> int:
    command = args.command
    if command == "evidence":
        return _evidence_add(args) if args.evidence_command == "add" else _evidence_list(args)
    return {"assess": _assess, "followup": _followup, "report": _report}[command](args)


def _reading(path: Path):
    from ..ops import Workshop

    return open_workshop(path, read_only=True, command_line=True)


def _evidence_add(args) -> int:
    with writable(args.file) as workshop:
        new_id, _ = workshop.add_evidence(args.title, args.date, args.kind, source=args.source, link=args.link,
                                          file=args.attach, confidential=args.confidential)
        item = workshop.evidence_item(new_id)
    # The id stays the last word, for scripts.
    if item.attachment and item.confidential:
        text = translate("CommandLine", "Added the evidence “{title}” (file {file}, sha256 {sha256}) — confidential: {id}")
    elif item.attachment:
        text = translate("CommandLine", "Added the evidence “{title}” (file {file}, sha256 {sha256}): {id}")
    elif item.confidential:
        text = translate("CommandLine", "Added the evidence “{title}” — confidential: {id}")
    else:
        text = translate("CommandLine", "Added the evidence “{title}”: {id}")
    attachment = item.attachment
    print(text.format(title=item.title, file=attachment.name if attachment else "",
                      sha256=attachment.sha256 if attachment else "", id=new_id))
    return 0


def _evidence_json(item) -> dict:
    data = {"id": item.id, "title": item.title, "date": item.dated, "kind": item.kind.value, "source": item.source,
            "link": item.link, "confidential": item.confidential}
    if item.attachment:
        data.update(file=item.attachment.name, size=item.attachment.size, sha256=item.attachment.sha256)
    return data


def _evidence_list(args) -> int:
    with _reading(args.file) as workshop:
        items = [_evidence_json(e) for e in workshop.evidence_items()]
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    for e in items:
        line = f"{e['id']:>4}  {e['date']}  {e['kind']:<9}  {e['title']}"
        if e["confidential"]:
            line += "  [confidential]"
        if "sha256" in e:
            line += f"  file {e['file']} sha256 {e['sha256']}"
        print(line)
    return 0


def _evidence_ids(text: str) -> list[int]:
    ids = []
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        if not part.isdigit():
            raise WorkshopError(translate("CommandLine", "--evidence: “{part}” is not an evidence id; give numbers "
                                                         "separated by commas.").format(
                part=part))
        ids.append(int(part))
    return ids


def _assess(args) -> int:
    with writable(args.file) as workshop:
        subject = workshop.subject_for_reference(args.ref)
        new_id, change = workshop.assess(subject, AssessmentStatus.parse(args.status), args.date, args.by, args.note,
                                         _evidence_ids(args.evidence))
        disputed = workshop.current_statuses(None).get(subject.key, (None, None, None, False))[3]
    if disputed:  # the id stays the last word, for scripts
        text = translate("CommandLine", "{change} ({by}, {date}). Assessors disagree on it. {id}")
    else:
        text = translate("CommandLine", "{change} ({by}, {date}). {id}")
    print(text.format(change=change.description, by=args.by, date=args.date, id=new_id))
    return 0


def followup_json(workshop, today: date | None = None) -> dict:
    today = today or date.today()
    board = workshop.dashboard(today)
    current = workshop.current_statuses(None)
    refs, rows, links = workshop.assessment_listing()
    priority_numbers = {}
    if workshop.has_charter():
        priority_numbers = {p.id: n for n, p in enumerate(workshop.charter().priorities, 1)}

    def ref_of(key: str) -> str | None:
        kind, number = key[0], int(key[1:])
        if kind == "p":
            return f"P{priority_numbers[number]}" if number in priority_numbers else None
        if number not in refs:
            return None  # deleted since
        return refs[number] or f"#{number}"

    latest = []
    for key, (status, on, _assessment_id, disputed) in current.items():
        ref = ref_of(key)
        if ref is not None:
            latest.append({"ref": ref, "status": status, "date": on, "disputed": disputed})
    assessments = []
    for aid, key, status, on, by, note in rows:
        ref = ref_of(key)
        if ref is not None:
            assessments.append({"id": aid, "ref": ref, "status": status, "date": on, "by": by, "note": note,
                                "evidence": links.get(aid, [])})
    titles = {p.id: p.title for p in workshop.charter().priorities} if workshop.has_charter() else {}
    return {
        "today": today.isoformat(),
        "counts": board.counts,
        "priority_counts": board.priority_counts,
        "no_assessment_in_12_months": board.stale,
        "disagreements": [r for r in (ref_of(k) for k in workshop.all_disputed()) if r],
        "latest": latest,
        "assessments": assessments,
        "overdue_milestones": [{"priority": f"P{priority_numbers.get(m.priority_id, '?')}",
                                "priority_title": titles.get(m.priority_id, ""), "due": m.due,
                                "milestone": m.description} for m in board.overdue],
    }


def followup_json_text(workshop, today: date | None = None) -> str:
    """The same content as followup_json, with the two long lists written by SQLite (fast at a million)."""
    today = today or date.today()
    board = workshop.dashboard(today)
    latest, every = workshop.listing_json()
    numbers = {}
    titles = {}
    if workshop.has_charter():
        priorities = workshop.charter().priorities
        numbers = {p.id: n for n, p in enumerate(priorities, 1)}
        titles = {p.id: p.title for p in priorities}
    refs = {}
    disputed = workshop.all_disputed() if board.disputed_count > len(board.disputed) else list(board.disputed)
    if disputed:
        rec_ids = [int(k[1:]) for k in disputed if k[0] == "r"]
        refs = {f"r{i}": r.reference or f"#{i}" for i, r in workshop.recommendations(rec_ids).items()}
        refs.update({f"p{i}": f"P{n}" for i, n in numbers.items()})
    head = {
        "today": today.isoformat(),
        "counts": board.counts,
        "priority_counts": board.priority_counts,
        "no_assessment_in_12_months": board.stale,
        "disagreements": [refs[k] for k in disputed if k in refs],
        "overdue_milestones": [{"priority": f"P{numbers.get(m.priority_id, '?')}",
                                "priority_title": titles.get(m.priority_id, ""), "due": m.due,
                                "milestone": m.description} for m in board.overdue],
    }
    body = json.dumps(head, ensure_ascii=False, indent=2)
    return body[:-2] + f',\n  "latest": {latest},\n  "assessments": {every}\n}}'


def _followup(args) -> int:
    from ..domain.followup import checked_date

    today = date.fromisoformat(checked_date(args.today, "--today")) if args.today else None
    with _reading(args.file) as workshop:
        if args.json:
            print(followup_json_text(workshop, today))
            return 0
        data = followup_json(workshop, today)
    counts = data["counts"]
    print(translate("CommandLine", "Not implemented {not_} · partially {partial} · fully {full} · no information "
                                   "{no_info} · not assessed {none}").format(
        not_=counts["not"], partial=counts["partial"], full=counts["full"], no_info=counts["no_info"],
        none=counts["none"]))
    if data["disagreements"]:
        print(translate("CommandLine", "Assessors disagree on: {references}").format(
            references=", ".join(data["disagreements"])))
    for m in data["overdue_milestones"]:
        print(translate("CommandLine", "Overdue: {priority} {milestone} (due {due})").format(
            priority=m["priority"], milestone=m["milestone"], due=m["due"]))
    print(translate("CommandLine", "No assessment in the last 12 months: {count}").format(
        count=data["no_assessment_in_12_months"]))
    return 0


def _report(args) -> int:
    with _reading(args.file) as workshop:
        if args.midterm is not None:
            suffix = args.midterm.suffix.lower()
            if suffix == ".pdf":
                from ..io.pdf.midterm import write_midterm_pdf
                write_midterm_pdf(workshop, args.midterm, group_by=args.group_by)
            elif suffix == ".docx":
                from ..io.followup_docx import export_midterm_docx
                export_midterm_docx(workshop, args.midterm, group_by=args.group_by)
            else:
                raise WorkshopError(translate("CommandLine", "The mid-term report is saved as .pdf or .docx, not "
                                                             "“{value}”.").format(
                    value=suffix or translate("CommandLine", "no ending")))
            print(translate("CommandLine", "Wrote the mid-term report to {file}").format(file=args.midterm))
            return 0
        from ..io.followup_docx import export_submission_docx
        count = export_submission_docx(workshop, args.submission, joint=args.joint)
    print(translate("CommandLine", "Wrote the stakeholder submission draft to {file}: {words} of {cap} words.").format(
        file=args.submission, words=format_number(count.words), cap=format_number(count.cap)))
    if count.warning:
        print(translate("CommandLine", "Warning: {warning}").format(warning=count.warning), file=sys.stderr)
    return 0


def run_export_recommendations(args) -> int:
    """`export FILE --recommendations OUT.xlsx|OUT.csv [--query Q] [--response R]`."""
    from ..domain.recommendation import normalise_response
    from ..io.followup_export import export_recommendations
    from ..store.queries import RecommendationFilter

    responses = set()
    for given in args.response or ():
        value = getattr(normalise_response(given), "value", None)
        if value is None or (value == "unknown" and given.strip().lower() != "unknown"):
            raise WorkshopError(translate("CommandLine", "--response: “{given}” is not a response; use supported, "
                                                         "noted, pending or unknown.").format(
                given=given))
        responses.add(value)
    flt = RecommendationFilter(text=args.query or "", responses=frozenset(responses))
    with _reading(args.file) as workshop:
        target = export_recommendations(workshop, args.recommendations, flt)
        n = len(workshop.filtered_ids(flt))
    print(CommandLine.tr("Wrote %n recommendation(s) to {file}", None, n).format(file=target))
    return 0


COMMANDS = {"evidence": run, "assess": run, "followup": run, "report": run}
