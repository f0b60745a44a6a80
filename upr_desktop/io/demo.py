"""The bundled demo workshop, built from resources/demo/demo_workshop.json.

The source is illustrative text we wrote; the demo file is created in the data folder the first time it is
opened and then kept as the person leaves it, until they start it afresh. Everything goes through the ops
layer, as a facilitator's own work would, stamped on the workshop's own days: recommendations, 40 made-up
participants from Demoland CSOs, a closed secret dot-voting round whose ballots were cast at the laptop and
on paper (its results hold one tie and one close call, so the demo shows how both are reported), a draft
round, and a charter written out in full.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from .. import paths
from ..domain.charter import Level, Milestone
from ..domain.participant import Participant
from ..domain.recommendation import Recommendation, normalise_response, normalise_sdg
from ..domain.rounds import BallotSource, RoundStatus, VoterUnit
from ..domain.voting import Method, RoundRules
from ..domain.workshop import WorkshopInfo
from ..store.queries import RecommendationFilter
from ..ops import Workshop
from .charter_templates import load_template

DEMO_SOURCE = paths.resource("demo", "demo_workshop.json")
DEMO_FILE_NAME = paths.DEMO_FILE_NAME


def load_demo_source() -> dict:
    return json.loads(DEMO_SOURCE.read_text(encoding="utf-8"))


STAGES = ("recommendations", "rounds", "charter", "followup")


def create_demo_workshop(path: str | Path, *, until: str = "followup", passphrase: str | None = None) -> Workshop:
    """Create a new workshop file holding the demo content: up to the closed vote ("rounds"), on to clusters
    and the draft charter ("charter"), or on to a year and a half of follow-up after the workshop ("followup",
    the default: the demo people see). With a passphrase the file is encrypted from its first byte."""
    if until not in STAGES:
        raise ValueError(f"until must be one of {STAGES}")
    source = load_demo_source()
    info = source["workshop"]
    day = _WorkshopDays(info["start_date"], info["end_date"])
    with Workshop.at(day(1, "08:30")):
        workshop = Workshop.create(path, WorkshopInfo(
            title=info["title"], country=info["country"], cycle=info.get("cycle"),
            review_date=info.get("review_date", ""), venue=info.get("venue", ""),
            start_date=info.get("start_date", ""), end_date=info.get("end_date", ""),
            organisers=tuple(info.get("organisers", ())),
        ), passphrase=passphrase)
    recs = [
        Recommendation(
            text=r["text"], reference=r.get("reference"), country=info["country"],
            states=tuple(r.get("states", ())), response=normalise_response(r.get("response")),
            themes=tuple(r.get("themes", ())), affected_persons=tuple(r.get("affected_persons", ())),
            sdgs=tuple(s for s in (normalise_sdg(x) for x in r.get("sdgs", ())) if s),
            session=r.get("session"), action_category=r.get("action_category"),
            document_symbol=r.get("document_symbol"), source_file=DEMO_SOURCE.name, source_row=n,
        )
        for n, r in enumerate(source["recommendations"], 1)
    ]
    # Each step is recorded at the time of the workshop it belongs to: recommendations and the people in the
    # room on day one, the vote on day two, the charter on the last day.
    with workshop.building():
        with Workshop.at(day(1, "08:45")):
            workshop.import_recommendations(recs, source_file=DEMO_SOURCE.name, format="demo",
                                            country=info["country"])
        if until == "recommendations":
            return workshop
        with Workshop.at(day(1, "09:15")):
            _add_participants(workshop, source.get("participants", ()))
        if until != "rounds" and source.get("clusters") == "from_themes":
            with Workshop.at(day(1, "15:30")):
                workshop.propose_clusters_from_themes()
        _add_rounds(workshop, source.get("rounds", ()), day)
        if until == "rounds":
            return workshop
        _add_charter(workshop, source.get("charter"), day)
        if until == "charter":
            return workshop
        _add_followup(workshop, source.get("followup"))
    return workshop


class _WorkshopDays:
    """Times on the demo workshop's days (UTC): day(1, "09:00") is its first morning."""

    def __init__(self, start: str, end: str):
        self.start, self.end = date.fromisoformat(start), date.fromisoformat(end)

    def __call__(self, number: int, clock: str, *, minutes: int = 0) -> datetime:
        when = datetime.combine(self.start + timedelta(days=number - 1), time.fromisoformat(clock), timezone.utc)
        when += timedelta(minutes=minutes)
        if when.date() > self.end:
            raise ValueError(f"day {number} is after the demo workshop's last day")
        return when

    @property
    def last(self) -> int:
        return (self.end - self.start).days + 1


def _add_participants(workshop: Workshop, people) -> None:
    """An entry with no name is someone recorded by alias or number only."""
    if people:
        workshop.import_participants([
            Participant(name=p.get("name"), alias=p.get("alias"), organisation=p.get("organisation"),
                        thematic_focus=p.get("thematic_focus"), contact=p.get("contact"),
                        consent_named=bool(p.get("consent_named")))
            for p in people
        ], source_file=DEMO_SOURCE.name)


def _add_rounds(workshop: Workshop, rounds, day: _WorkshopDays) -> None:
    """Rounds name candidates by paragraph number and voters by participant number. A secret round lists its
    voters and its ballots apart, in no matching order, as the ballot box itself keeps them. The closed round
    is held on the morning of day two; a draft round is set up that afternoon."""
    if not rounds:
        return
    ids = workshop.filtered_ids(RecommendationFilter())
    by_reference = {rec.reference: rec_id for rec_id, rec in workshop.recommendations(ids).items()}
    by_number = {p.number: p.id for p in workshop.participants()}
    for n, r in enumerate(rounds):
        rules = RoundRules(Method(r["method"]), r.get("dots"), r.get("max_per_candidate"))
        draft = r.get("status", RoundStatus.DRAFT.value) == RoundStatus.DRAFT.value
        with Workshop.at(day(2, "16:00" if draft else "10:00", minutes=n)):
            round_id, _ = workshop.create_round(
                r["title"], rules, [by_reference[ref] for ref in r["candidates"]], secret=bool(r.get("secret")),
                voter_unit=VoterUnit(r.get("voter_unit", VoterUnit.PARTICIPANT.value)))
        if draft:
            continue
        with Workshop.at(day(2, "10:30")):
            workshop.open_round(round_id)
        candidate = {c.label: c.id for c in workshop.round_candidates(round_id)}
        for k, (number, ballot) in enumerate(zip(r.get("voters", ()), r.get("ballots", ()))):
            votes = ballot["votes"]
            content = ({candidate[ref]: v for ref, v in votes.items()} if isinstance(votes, dict)
                       else [candidate[ref] for ref in votes])
            with Workshop.at(day(2, "10:32", minutes=k)):
                workshop.cast_ballot(round_id, by_number[number], content, source=BallotSource(ballot["source"]))
        if r["status"] == RoundStatus.CLOSED.value:
            with Workshop.at(day(2, "11:15")):
                workshop.close_round(round_id)


def fresh_demo_copy() -> Path:
    """A new copy of the demo in the data folder, replacing any earlier (possibly edited) copy: only when the
    person asks for it ("Start the demo afresh")."""
    target = paths.demo_file()
    for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
    create_demo_workshop(target).close()
    return target


def _add_charter(workshop: Workshop, charter: dict | None, day: _WorkshopDays) -> None:
    """The charter as a workshop leaves it on its last afternoon: priorities from the closed round (taken on day
    two), its parts written, three priorities with full plans, action points, and endorsements half signed."""
    if not charter:
        return
    last = day.last
    with Workshop.at(day(2, "14:00")):
        workshop.start_charter(load_template(charter["template"]))
        workshop.update_charter(preamble=charter.get("preamble", ""), monitoring=charter.get("monitoring", ""))
        round_id = next(r.id for r in workshop.voting_rounds() if r.title == charter["from_round"])
        workshop.priorities_from_round(round_id, top=charter.get("top"))
    with Workshop.at(day(last, "09:00")):
        sections = {s.heading: s for s in workshop.charter().sections}
        for written in charter.get("sections", ()):
            if written["heading"] in sections:
                workshop.update_section(sections[written["heading"]].id, body=written["body"])
            else:
                workshop.add_section(written["heading"], written["body"])
    plans = charter.get("priorities", {})
    by_rec = {rec_id: ref for rec_id, ref in _references(workshop).items()}
    for n, priority in enumerate(workshop.charter().priorities):
        refs = [by_rec.get(r) for r in priority.recommendation_ids]
        plan = next((plans[ref] for ref in refs if ref in plans), None)
        if plan:
            fields = {k: v for k, v in plan.items() if k not in ("milestones", "level")}
            with Workshop.at(day(last, "10:00", minutes=10 * n)):
                workshop.update_priority(priority.with_changes(
                    **fields, level=Level(plan.get("level", "national")),
                    milestones=tuple(Milestone(due, text) for due, text in plan.get("milestones", ()))))
    with Workshop.at(day(last, "14:00")):
        existing = {(a.level, a.text) for a in workshop.charter().action_points}
        for level, text in charter.get("action_points", ()):
            if (Level(level), text) not in existing:
                workshop.add_action_point(Level(level), text)
    with Workshop.at(day(last, "15:30")):
        workshop.endorsements_from_organisations()
        signed = set(charter.get("endorsements_signed", ()))
        for e in workshop.charter().endorsements:
            if e.organisation in signed:
                workshop.update_endorsement(replace(e, signed_on_paper=True, date=workshop.info().end_date))


def _references(workshop: Workshop) -> dict[int, str]:
    ids = workshop.filtered_ids(RecommendationFilter())
    return {rec_id: rec.reference for rec_id, rec in workshop.recommendations(ids).items()}



def _followup_moment(day: str | None) -> datetime:
    """When a follow-up entry dated `day` (a date, or a year alone) was recorded: that day, in office hours."""
    text = str(day or "2025-06-02")
    if len(text) == 4:
        text += "-11-30"  # a yearly figure, recorded once the year's numbers are in
    elif len(text) == 7:
        text += "-28"
    return datetime.combine(date.fromisoformat(text[:10]), time(10, 0), timezone.utc)


def _add_followup(workshop: Workshop, followup: dict | None) -> None:
    """The coalition's follow-up since the workshop (27–29 May 2025): evidence (one confidential testimony),
    assessments by several organisations over two rounds (Nov 2025, Nov 2026) of every recommendation the charter's
    priorities cite and of a dozen more (two organisations disagree on 121.56), milestones done and indicators."""
    if not followup:
        return
    evidence = {}
    # Each entry is recorded on its own day after the workshop, as the coalition would have kept it.
    for e in followup.get("evidence", ()):
        file = (e["file"][0], e["file"][1].encode("utf-8")) if e.get("file") else None
        with Workshop.at(_followup_moment(e["dated"])):
            evidence[e["key"]], _ = workshop.add_evidence(
                e["title"], e["dated"], e["kind"], source=e.get("source", ""), link=e.get("link", ""), file=file,
                confidential=bool(e.get("confidential")))
    for ref, status, on, by, why, cited in followup.get("assessments", ()):
        with Workshop.at(_followup_moment(on)):
            workshop.assess(workshop.subject_for_reference(ref), status, on, by, why, [evidence[k] for k in cited])
    for ref, position, on in followup.get("milestones_done", ()):
        with Workshop.at(_followup_moment(on)):
            workshop.set_milestone_done(workshop.subject_for_reference(ref).id, position, on)
    for ind in followup.get("indicators", ()):
        values = ind.get("values", ())
        with Workshop.at(_followup_moment(values[0][0] if values else None)):
            indicator_id, _ = workshop.add_indicator(ind["name"], workshop.subject_for_reference(ind["priority"]).id,
                                                     ind.get("unit", ""))
        for period, value, source in values:
            with Workshop.at(_followup_moment(period)):
                workshop.add_indicator_value(indicator_id, period, value, source)
