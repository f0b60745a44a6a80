"""The charter command: print the outcome charter's structure, or start one from a template."""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.errors import WorkshopError
from .common import open_workshop, print_table, usage, writable
from ..text import translate


def add_parsers(sub) -> None:
    p = sub.add_parser("charter", help="the outcome charter: print its structure, or start one from a template")
    p.add_argument("file", type=Path, nargs="?", help="the workshop (.uprw); not needed with --templates")
    p.add_argument("--json", action="store_true", help="print the structure as JSON")
    p.add_argument("--from-template", metavar="NAME", help="start the charter from a template (see --templates)")
    p.add_argument("--replace", action="store_true", help="with --from-template: replace the charter already there")
    p.add_argument("--templates", action="store_true", help="list the charter templates")



def cmd_charter(args) -> int:
    from ..io.charter_templates import list_templates, load_template

    if args.templates:
        language = None
        if args.file is not None:  # the templates in that workshop's document language
            from ..ops import Workshop

            with Workshop.open(args.file, read_only=True, command_line=True) as workshop:
                language = workshop.document_language()
        templates = list_templates(language=language)
        if args.json:
            print(json.dumps([{"name": t.name, "title": t.title, "description": t.description} for t in templates],
                             ensure_ascii=False, indent=2))
        else:
            width = max((len(t.name) for t in templates), default=0)
            for t in templates:
                print(f"{t.name.ljust(width)}  {t.title}")
        return 0
    if args.file is None:
        return usage("charter", "give the workshop FILE (or --templates to list the templates)")
    if args.replace and not args.from_template:
        return usage("charter", "--replace goes with --from-template NAME")
    if args.from_template:
        with writable(args.file) as workshop:
            # the template in the workshop's document language (English where it has no translation)
            template = load_template(args.from_template, language=workshop.document_language())
            if workshop.has_charter() and not args.replace:
                raise WorkshopError(translate("CommandLine", "“{name}” already has a charter (“{title}”). Add "
                                                             "--replace to start again from the template.").format(
                    name=args.file.name, title=workshop.charter().title))
            workshop.start_charter(template, replace=args.replace)
            data = _charter_json(workshop)
        if args.json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(translate("CommandLine", "Started the charter “{title}” from the template “{template}” "
                                           "({template_title}).").format(
                title=data["title"], template=template.name, template_title=template.title))
        return 0
    from ..ops import Workshop

    with open_workshop(args.file, read_only=True, command_line=True) as workshop:
        data = _charter_json(workshop)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif not data["has_charter"]:
        names = ", ".join(t.name for t in list_templates())
        print(translate("CommandLine", "This workshop has no charter yet. Start one with: upr-desktop charter "
                                       "{file} --from-template NAME ({names}).").format(file=args.file, names=names))
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
    state = translate("CommandLine", "Draft")
    if data["status"] == "adopted" and data["adopted"]:
        state = translate("CommandLine", "Adopted on {date} in {place}").format(
            date=data["adopted"]["on"], place=data["adopted"]["place"])
    elif data["adopted"]:
        state = translate("CommandLine", "Draft (changed since its adoption on {date} in {place}; the adopted text "
                                         "is kept)").format(date=data["adopted"]["on"], place=data["adopted"]["place"])
    print(data["title"] or "(no title)")
    when = " to ".join(d for d in dict.fromkeys((data["start_date"], data["end_date"])) if d)
    print(", ".join(filter(None, (data["place"], when))) or translate("CommandLine", "No place or dates yet"))
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
        print_table(("Id", "Kind", "Version", "Saved"), rows, right=(0,))


COMMANDS = {"charter": cmd_charter}
