"""Follow-up: the write path for evidence, assessments, milestone progress, indicators and links between
reviews, and the reads the Follow-up step shows (mixed into Workshop).

Each write validates, runs in one transaction with its audit entry, announces "followup" (or "evidence"),
and returns a Change whose undo and redo are writes of the same kind.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.followup import (
    COALITION, MAX_FILE_BYTES, MAX_TOTAL_BYTES, STALE_DAYS, STATUS_ORDER, Assessment, AssessmentStatus, Evidence,
    EvidenceKind, Indicator, IndicatorValue, MilestoneState, Subject, checked_date, priority, recommendation,
    size_words,
)
from ..store import followup as store
from ..store import writes
from .changes import Change
from ..text import translate

TOPIC = "followup"
DISPUTED_SHOWN = 500  # the dashboard names this many disagreements; all_disputed() has the rest
EVIDENCE = "evidence"


@dataclass(frozen=True)
class TimelineEntry:
    on: str  # ISO date (or partial, for a milestone's due date)
    kind: str  # 'assessment', 'evidence', 'milestone'
    text: str
    ref_id: int | None = None


@dataclass(frozen=True)
class FollowupDashboard:
    total: int  # recommendations in the workshop
    counts: dict[str, int]  # status -> recommendations whose latest assessment says so; 'none': never assessed
    priority_counts: dict[str, int]
    overdue: tuple[MilestoneState, ...]
    milestones: tuple[MilestoneState, ...]
    stale: int  # recommendations with no assessment in the last 12 months (never assessed included)
    disputed: tuple[str, ...]  # subject keys whose assessors' latest words differ (the first DISPUTED_SHOWN)
    disputed_count: int = 0
    today: str = ""
    history: tuple[tuple[str, dict[str, int]], ...] = field(default=())  # (date, counts) for the chart


class FollowupOps:
    """Needs self._store and self._announce (see Workshop)."""

    # --- reads ----------------------------------------------------------------------------------------
    def evidence_items(self, *, include_confidential: bool = True) -> list[Evidence]:
        """include_confidential=False for the projector and for anything printed or exported."""
        return store.evidence(self._store.conn, include_confidential)

    def evidence_item(self, evidence_id: int) -> Evidence | None:
        return store.get_evidence(self._store.conn, evidence_id)

    def evidence_file(self, evidence_id: int) -> tuple[str, bytes] | None:
        found = store.evidence_content(self._store.conn, evidence_id)
        return (found[0], found[1]) if found else None

    def attachment_intact(self, evidence_id: int) -> bool:
        """The stored file still has the SHA-256 recorded when it was attached."""
        import hashlib
        found = store.evidence_content(self._store.conn, evidence_id)
        return found is not None and hashlib.sha256(found[1]).hexdigest() == found[2]

    def assessments(self, subject: Subject | None = None) -> list[Assessment]:
        return store.assessments(self._store.conn, subject)

    def current_statuses(self, kind: str | None = "r") -> dict[str, tuple]:
        """Subject key ('r12', 'p3') -> (status, assessed_on, assessment_id, disputed)."""
        return store.current(self._store.conn, kind)

    def current_status(self, subject: Subject) -> AssessmentStatus | None:
        found = store.current_of(self._store.conn, subject)
        return AssessmentStatus(found[0]) if found else None

    def status_counts(self, kind: str = "r", total: int | None = None) -> dict[str, int]:
        counts = store.status_counts(self._store.conn, kind)
        out = {s.value: counts.get(s.value, 0) for s in STATUS_ORDER}
        if kind == "r":
            total = store.recommendation_count(self._store.conn) if total is None else total
            out["none"] = total - sum(counts.values())
        return out

    def all_disputed(self) -> list[str]:
        """Every subject key whose assessors' latest words differ."""
        return store.disputed_subjects(self._store.conn)

    def assessors(self) -> list[str]:
        """Who may assess: the coalition, then the participants' organisations."""
        return [COALITION, *(o.name for o in self.organisations())]

    def milestone_states(self) -> list[MilestoneState]:
        return store.milestones(self._store.conn)

    def overdue_milestones(self, today: date | None = None) -> list[MilestoneState]:
        today = today or date.today()
        return [m for m in store.milestones(self._store.conn) if m.state(today) == "late"]

    def indicators(self) -> list[Indicator]:
        return store.indicators(self._store.conn)

    def indicator_values(self, indicator_id: int | None = None) -> list[IndicatorValue]:
        return store.indicator_values(self._store.conn, indicator_id)

    def assessment_listing(self) -> tuple[dict[int, str | None], list[tuple], dict[int, list[int]]]:
        """For listing every assessment fast: recommendation id -> reference, the assessments as plain rows
        (id, subject key, status, date, assessor, justification), and assessment id -> evidence ids."""
        rows, links = store.assessment_rows(self._store.conn)
        return store.references(self._store.conn), rows, links

    def listing_json(self) -> tuple[str, str]:
        """(latest status of every subject, every assessment with who made it), each a JSON array as text."""
        return store.listing_json(self._store.conn)

    def evidence_counts(self, *, include_confidential: bool = False) -> dict[str, int]:
        return store.evidence_counts(self._store.conn, include_confidential)

    def dashboard(self, today: date | None = None, *, with_history: bool = False) -> FollowupDashboard:
        """What the Follow-up step shows at a glance. Reads the maintained current_status table, so it stays
        quick at 250,000 recommendations and 1,000,000 assessments."""
        today = today or date.today()
        conn = self._store.conn
        since = (today - timedelta(days=STALE_DAYS)).isoformat()
        total = store.recommendation_count(conn)
        counts = self.status_counts("r", total)
        steps = store.milestones(conn)
        return FollowupDashboard(
            total=total, counts=counts, priority_counts=self.status_counts("p"),
            overdue=tuple(m for m in steps if m.state(today) == "late"), milestones=tuple(steps),
            stale=total - store.assessed_since_count(conn, since),
            disputed=tuple(store.disputed_subjects(conn, DISPUTED_SHOWN)), disputed_count=store.disputed_count(conn),
            today=today.isoformat(), history=tuple(self.status_over_time()) if with_history else ())

    def stale_recommendation_ids(self, today: date | None = None, limit: int = 1000) -> list[int]:
        today = today or date.today()
        return store.stale_recommendation_ids(self._store.conn, (today - timedelta(days=STALE_DAYS)).isoformat(), limit)

    def status_over_time(self, kind: str = "r") -> list[tuple[str, dict[str, int]]]:
        """For each date on which something was assessed: how many subjects then stood at each status."""
        latest: dict[str, str] = {}
        points: list[tuple[str, dict[str, int]]] = []
        for subject, on, _assessor, status in store.status_history(self._store.conn, kind):
            latest[subject] = status
            tally = Counter(latest.values())
            snapshot = {s.value: tally.get(s.value, 0) for s in STATUS_ORDER}
            if points and points[-1][0] == on:
                points[-1] = (on, snapshot)
            else:
                points.append((on, snapshot))
        return points

    def subject_for_reference(self, ref: str) -> Subject:
        """A recommendation's paragraph number ("140.7"), or "P3" for the charter's third priority."""
        text = (ref or "").strip()
        if len(text) > 1 and text[0] in "pP" and text[1:].isdigit():
            order = store.priority_ids_in_order(self._store.conn)
            n = int(text[1:])
            if not 1 <= n <= len(order):
                raise ValidationError(translate("FollowUp", "The charter has no priority {text} (it has "
                                                            "{order_count}).").format(
                    text=text, order_count=len(order)))
            return priority(order[n - 1])
        found = store.recommendation_id_by_reference(self._store.conn, text)
        if not found:
            raise ValidationError(translate("FollowUp", "No recommendation has the paragraph number “{text}”.").format(
                text=text))
        return recommendation(found[0])

    def timeline(self, subject: Subject, *, include_confidential: bool = True) -> list[TimelineEntry]:
        """Assessments, the evidence they cite and (for a priority) its milestones, in date order."""
        entries: list[TimelineEntry] = []
        cited: set[int] = set()
        for a in self.assessments(subject):
            note = f" — {a.justification}" if a.justification else ""
            entries.append(TimelineEntry(a.assessed_on, "assessment", f"{a.assessor}: {a.status.label}{note}", a.id))
            cited.update(a.evidence_ids)
        for ev in self.evidence_items(include_confidential=include_confidential):
            if ev.id in cited:
                entries.append(TimelineEntry(ev.dated, "evidence", f"{ev.kind.label}: {ev.title}", ev.id))
        if subject.kind == "p":
            for m in self.milestone_states():
                if m.priority_id == subject.id:
                    done = f" (done {m.done_on})" if m.done_on else ""
                    entries.append(TimelineEntry(m.done_on or m.due, "milestone", f"{m.description}{done}"))
        order = {"milestone": 0, "evidence": 1, "assessment": 2}
        return sorted(entries, key=lambda e: (e.on, order[e.kind]))

    # --- evidence -------------------------------------------------------------------------------------
    def add_evidence(self, title: str, dated: str, kind: EvidenceKind | str, *, source: str = "", link: str = "",
                     file: str | os.PathLike | tuple[str, bytes] | None = None,
                     confidential: bool = False) -> tuple[int, Change]:
        """file: a path to attach, or (name, content). The file is stored inside the workshop with its SHA-256."""
        title = " ".join((title or "").split())
        if not title:
            raise ValidationError(translate("FollowUp", "The evidence needs a title."))
        item = Evidence(None, title, checked_date(dated, translate("FollowUp", "The evidence's date")), EvidenceKind.parse(kind)
                        if isinstance(kind, str) else kind, (source or "").strip(), (link or "").strip(),
                        bool(confidential))
        content = self._followup_file(file) if file is not None else None
        conn = self._store.conn
        with self._store.transaction():
            new_id = store.insert_evidence(conn, item, content)
            writes.audit(conn, "evidence.add", f"Added the evidence “{title}”", {"id": new_id})
        self._announce(EVIDENCE, [new_id])
        saved = store.evidence_row(conn, new_id)

        def undo() -> None:
            self._followup_write("evidence.undo", f"Undid: add the evidence “{title}”",
                                 lambda c: store.delete_evidence(c, new_id), EVIDENCE, [new_id])

        def redo() -> None:
            self._followup_write("evidence.redo", f"Redid: add the evidence “{title}”",
                                 lambda c: store.restore_evidence(c, saved), EVIDENCE, [new_id])

        return new_id, Change(translate("FollowUp", "Add the evidence “{title}”").format(title=title), undo, redo)

    def set_evidence_confidential(self, evidence_id: int, confidential: bool) -> Change:
        item = self._followup_evidence(evidence_id)
        before = item.confidential

        def write(value: bool) -> None:
            self._followup_write("evidence.confidential",
                                 f"Marked the evidence “{item.title}” {'confidential' if value else 'shareable'}",
                                 lambda c: store.set_confidential(c, evidence_id, value), EVIDENCE, [evidence_id])

        write(bool(confidential))
        return Change(translate("FollowUp", "Mark evidence confidential") if confidential else translate("FollowUp", "Mark "
                                                                                                                     "evidence "
                                                                                                                     "shareable"),
                      lambda: write(before), lambda: write(bool(confidential)))

    def delete_evidence(self, evidence_id: int) -> Change:
        item = self._followup_evidence(evidence_id)
        saved = store.evidence_row(self._store.conn, evidence_id)
        description = translate("FollowUp", "Delete the evidence “{title}”").format(title=item.title)

        def remove() -> None:
            self._followup_write("evidence.delete", description, lambda c: store.delete_evidence(c, evidence_id),
                                 EVIDENCE, [evidence_id])

        def put_back() -> None:
            self._followup_write("evidence.undo", f"Undid: {description}", lambda c: store.restore_evidence(c, saved),
                                 EVIDENCE, [evidence_id])

        remove()
        return Change(description, put_back, remove)

    # --- assessments ----------------------------------------------------------------------------------
    def assess(self, subject: Subject, status: AssessmentStatus | str, assessed_on: str, assessor: str = COALITION,
               justification: str = "", evidence_ids: Sequence[int] = ()) -> tuple[int, Change]:
        """A new assessment. Earlier ones are kept; the latest (by date) becomes the current status.
        assessor: "the coalition" or the name of an organisation on the participants list."""
        conn = self._store.conn
        status = AssessmentStatus.parse(status) if isinstance(status, str) else status
        on = checked_date(assessed_on, translate("FollowUp", "The assessment's date"))
        name, org_id = self._followup_assessor(assessor)
        self._followup_subject_exists(subject)
        missing = set(evidence_ids) - store.existing_evidence(conn, evidence_ids)
        if missing:
            raise ValidationError(translate("FollowUp", "No evidence item has the number {listed}.").format(
                listed=', '.join(str(i) for i in sorted(missing))))
        a = Assessment(None, subject, status, on, name, " ".join((justification or "").split()), org_id,
                       tuple(evidence_ids))
        description = self._followup_assess_words(subject, status.label)
        with self._store.transaction():
            new_id = store.insert_assessment(conn, a)
            writes.audit(conn, "assessment.add", f"{description} ({name}, {on})", {"id": new_id, "subject": subject.key})
        self._announce(TOPIC, [new_id])
        created = store.assessment_created_at(conn, new_id)

        def undo() -> None:
            self._followup_write("assessment.undo", f"Undid: {description}",
                                 lambda c: store.delete_assessment(c, new_id), TOPIC, [new_id])

        def redo() -> None:
            self._followup_write("assessment.redo", f"Redid: {description}",
                                 lambda c: store.insert_assessment(c, a, new_id, created), TOPIC, [new_id])

        return new_id, Change(description, undo, redo)

    def withdraw_assessment(self, assessment_id: int) -> Change:
        """Remove an assessment entered by mistake (undoable; the audit log keeps the record)."""
        conn = self._store.conn
        a = store.get_assessment(conn, assessment_id)
        if a is None:
            raise ValidationError(translate("FollowUp", "This assessment is no longer in the workshop."))
        created = store.assessment_created_at(conn, assessment_id)
        description = self._followup_withdraw_words(a.subject, a.assessor)

        def remove() -> None:
            self._followup_write("assessment.withdraw", description,
                                 lambda c: store.delete_assessment(c, assessment_id), TOPIC, [assessment_id])

        def put_back() -> None:
            kept = tuple(e for e in a.evidence_ids if e in store.existing_evidence(self._store.conn, a.evidence_ids))
            self._followup_write("assessment.undo", f"Undid: {description}",
                                 lambda c: store.insert_assessment(
                                     c, Assessment(a.id, a.subject, a.status, a.assessed_on, a.assessor,
                                                   a.justification, a.organisation_id, kept),
                                     assessment_id, created), TOPIC, [assessment_id])

        remove()
        return Change(description, put_back, remove)

    # --- milestones and indicators --------------------------------------------------------------------
    def set_milestone_done(self, priority_id: int, position: int, done_on: str | None) -> Change:
        """Mark a priority's milestone (by its place in the priority's timeline, from 0) done on a date, or
        not done (None)."""
        m = next((m for m in store.milestones(self._store.conn)
                  if m.priority_id == priority_id and m.position == position), None)
        if m is None:
            raise ValidationError(translate("FollowUp", "This milestone is no longer in the charter."))
        value = checked_date(done_on, translate("FollowUp", "The milestone's date")) if done_on else None
        before = store.milestone_done_on(self._store.conn, priority_id, m.due, m.description)

        def write(v: str | None) -> None:
            what = f"done on {v}" if v else "not done"  # the audit record, kept in English
            self._followup_write("milestone.done", f"Marked the milestone “{m.description}” {what}",
                                 lambda c: store.set_milestone_done(c, priority_id, m.due, m.description, v),
                                 TOPIC, [priority_id])

        write(value)
        return Change((translate("FollowUp", "Mark the milestone “{description}” done") if value
                       else translate("FollowUp", "Mark the milestone “{description}” not done")).format(
                           description=m.description),
                      lambda: write(before), lambda: write(value))

    def add_indicator(self, name: str, priority_id: int | None = None, unit: str = "") -> tuple[int, Change]:
        name = " ".join((name or "").split())
        if not name:
            raise ValidationError(translate("FollowUp", "The indicator needs a name, e.g. “Number of unpunished "
                                                        "attacks on journalists”."))
        if priority_id is not None:
            self._followup_subject_exists(priority(priority_id))
        item = Indicator(None, priority_id, name, (unit or "").strip())
        new_id = self._followup_write("indicator.add", f"Added the indicator “{name}”",
                                      lambda c: store.insert_indicator(c, item), TOPIC)
        return new_id, Change(
            translate("FollowUp", "Add the indicator “{name}”").format(name=name),
            lambda: self._followup_write("indicator.undo", f"Undid: add the indicator “{name}”",
                                         lambda c: store.delete_indicator(c, new_id), TOPIC),
            lambda: self._followup_write("indicator.redo", f"Redid: add the indicator “{name}”",
                                         lambda c: store.insert_indicator(c, item, new_id), TOPIC))

    def add_indicator_value(self, indicator_id: int, period: str, value: float, source: str) -> tuple[int, Change]:
        """A dated value ("41 in 2026"), with the source it comes from."""
        if not store.indicator_exists(self._store.conn, indicator_id):
            raise ValidationError(translate("FollowUp", "This indicator is no longer in the workshop."))
        period = (period or "").strip()
        from ..domain.followup import due_end
        if due_end(period) is None:
            raise ValidationError(translate("FollowUp", "“{period}” is not a year or a date. Write 2026, 2026-06 "
                                                        "or 2026-06-30.").format(
                period=period))
        if not (source or "").strip():
            raise ValidationError(translate("FollowUp", "Say where the value comes from: every indicator value "
                                                        "needs a source."))
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValidationError(translate("FollowUp", "“{value}” is not a number.").format(value=value)) from None
        item = IndicatorValue(None, indicator_id, period, number, source.strip())
        new_id = self._followup_write("indicator.value", f"Recorded {number:g} for {period}",
                                      lambda c: store.insert_indicator_value(c, item), TOPIC, [indicator_id])
        return new_id, Change(
            translate("FollowUp", "Record {number:g} for {period}").format(number=number, period=period),
            lambda: self._followup_write("indicator.undo", f"Undid: record {number:g} for {period}",
                                         lambda c: store.delete_indicator_value(c, new_id), TOPIC, [indicator_id]),
            lambda: self._followup_write("indicator.redo", f"Redid: record {number:g} for {period}",
                                         lambda c: store.insert_indicator_value(c, item, new_id), TOPIC,
                                         [indicator_id]))

    # --- links between reviews ------------------------------------------------------------------------
    def cycle_links(self) -> dict[int, tuple[int, float | None]]:
        """Later recommendation id -> (the earlier one it repeats or follows, the score it was suggested with)."""
        return store.links(self._store.conn)

    def link_to_earlier(self, rec_id: int, earlier_id: int | None, score: float | None = None) -> Change:
        """Confirm (or, with None, remove) that a recommendation repeats or follows an earlier one."""
        conn = self._store.conn
        known = set(self.recommendations([rec_id] + ([earlier_id] if earlier_id is not None else [])))
        if rec_id not in known or (earlier_id is not None and earlier_id not in known):
            raise ValidationError(translate("FollowUp", "This recommendation is no longer in the workshop."))
        if earlier_id == rec_id:
            raise ValidationError(translate("FollowUp", "A recommendation cannot follow itself."))
        before = store.links(conn).get(rec_id)

        def write(target, action: str) -> None:
            earlier, value = target if target else (None, None)
            self._followup_write(action, "Linked a recommendation to the earlier review" if earlier is not None
                                 else "Removed a link to the earlier review",
                                 lambda c: store.set_link(c, rec_id, earlier, value), TOPIC, [rec_id])

        after = (earlier_id, score) if earlier_id is not None else None
        write(after, "link.set")
        return Change(translate("FollowUp", "Link to the earlier recommendation") if after else translate("FollowUp", "Remove "
                                                                                                                      "the "
                                                                                                                      "link "
                                                                                                                      "to "
                                                                                                                      "the "
                                                                                                                      "earlier "
                                                                                                                      "one"),
                      lambda: write(before, "link.undo"), lambda: write(after, "link.redo"))

    def cycle_suggestions(self, later_session: int | None = None, *, top: int = 3,
                          min_score: float | None = None) -> dict[int, list]:
        """Later recommendation id -> its likely earlier counterparts (Suggestion, best first, with the score).
        Later: the latest session in the workshop (or later_session); earlier: every session before it."""
        import json as _json

        from ..domain import next_cycle

        conn = self._store.conn
        sessions = store.sessions(conn)
        if len(sessions) < 2 and later_session is None:
            return {}
        later_session = later_session if later_session is not None else sessions[-1]
        rows = store.recommendations_for_matching(conn)
        later, earlier = [], []
        for rec_id, _ref, text, states, themes, session, _cycle in rows:
            c = next_cycle.candidate(rec_id, text, _json.loads(states or "[]"), _json.loads(themes or "[]"))
            if session == later_session:
                later.append(c)
            elif session is not None and session < later_session:
                earlier.append(c)
        kwargs = {"top": top} if min_score is None else {"top": top, "min_score": min_score}
        return next_cycle.suggest(later, earlier, **kwargs)

    def recommended_again(self) -> dict[str, int]:
        """How many recommendations were made again (confirmed links), by the earlier one's current status."""
        links = store.links(self._store.conn)
        current = store.current(self._store.conn, "r")
        out = {"total": len(links), **{s.value: 0 for s in STATUS_ORDER}, "none": 0}
        for earlier_id, _score in links.values():
            status = current.get(f"r{earlier_id}")
            out[status[0] if status else "none"] += 1
        return out

    def carried_forward(self, rec_id: int) -> list[Assessment]:
        """The assessments of the earlier recommendation this one repeats: context, not its own status."""
        link = store.links(self._store.conn).get(rec_id)
        return self.assessments(recommendation(link[0])) if link else []

    # --- helpers ---------------------------------------------------------------------------------------
    def _followup_write(self, action: str, summary: str, write, topic: str = TOPIC, ids: Sequence[int] = ()):
        conn = self._store.conn
        with self._store.transaction():
            result = write(conn)
            writes.audit(conn, action, summary, {"ids": list(ids)} if ids else None)
        self._announce(topic, ids)
        return result

    def _followup_evidence(self, evidence_id: int) -> Evidence:
        item = store.get_evidence(self._store.conn, evidence_id)
        if item is None:
            raise ValidationError(translate("FollowUp", "No evidence item has the number {evidence_id}.").format(
                evidence_id=evidence_id))
        return item

    def _followup_file(self, file) -> tuple[str, bytes]:
        total = store.attachments_total(self._store.conn)
        if isinstance(file, tuple):
            name, content = file
        else:
            path = Path(file)
            if not path.is_file():
                raise ValidationError(translate("FollowUp", "There is no file at “{path}”. Check the name and try "
                                                            "again.").format(
                    path=path))
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ValidationError(
                    translate("FollowUp", "“{name}” is {size_words}; an attached file can be at most "
                                          "{size_words2}. Attach a smaller copy (a scan at lower resolution), or "
                                          "give a link to it instead.").format(
                        name=path.name, size_words=size_words(size), size_words2=size_words(MAX_FILE_BYTES)))
            name, content = path.name, path.read_bytes()
        if len(content) > MAX_FILE_BYTES:
            raise ValidationError(
                translate("FollowUp", "“{name}” is {size_words}; an attached file can be at most {size_words2}. "
                                      "Attach a smaller copy, or give a link to it instead.").format(
                    name=name, size_words=size_words(len(content)), size_words2=size_words(MAX_FILE_BYTES)))
        if total + len(content) > MAX_TOTAL_BYTES:
            raise ValidationError(
                translate("FollowUp", "The workshop already holds {size_words} of attached files and can hold at "
                                      "most {size_words2}, so “{name}” ({size_words3}) was not added. Give a link "
                                      "to it instead.").format(
                    size_words=size_words(total), size_words2=size_words(MAX_TOTAL_BYTES), name=name,
                    size_words3=size_words(len(content))))
        return name, content

    def _followup_assessor(self, assessor: str) -> tuple[str, int | None]:
        name = " ".join((assessor or "").split())
        if not name or name.casefold() == COALITION.casefold():
            return COALITION, None
        for org in self.organisations():
            if org.name.casefold() == name.casefold():
                return org.name, org.id
        raise ValidationError(translate("FollowUp", "“{name}” is not on the participants list. Assess as "
                                                    "“{coalition}” or as one of the organisations registered in "
                                                    "the Participants step.").format(
            name=name, coalition=COALITION))

    def _followup_subject_exists(self, subject: Subject) -> None:
        if subject.kind == "r":
            if not self.recommendations([subject.id]):
                raise ValidationError(translate("FollowUp", "This recommendation is no longer in the workshop."))
        elif subject.id not in store.priority_ids_in_order(self._store.conn):
            raise ValidationError(translate("FollowUp", "This priority is no longer in the charter."))

    def _followup_subject_name(self, subject: Subject) -> tuple[str, str]:
        """(case, name): "priority" with its number, "recommendation" with its reference, or the bare kind
        ("a_priority", "a_recommendation") when there is neither. Each case has its own whole sentence."""
        if subject.kind == "p":
            order = store.priority_ids_in_order(self._store.conn)
            return ("priority", str(order.index(subject.id) + 1)) if subject.id in order else ("a_priority", "")
        rec = self.recommendations([subject.id]).get(subject.id)
        return ("recommendation", rec.reference) if rec and rec.reference else ("a_recommendation", "")

    def _followup_assess_words(self, subject: Subject, label: str) -> str:
        case, name = self._followup_subject_name(subject)
        if case == "priority":
            text = translate("FollowUp", "Assess priority P{number} as “{label}”")
        elif case == "a_priority":
            text = translate("FollowUp", "Assess a priority as “{label}”")
        elif case == "recommendation":
            text = translate("FollowUp", "Assess recommendation {reference} as “{label}”")
        else:
            text = translate("FollowUp", "Assess a recommendation as “{label}”")
        return text.format(number=name, reference=name, label=label)

    def _followup_withdraw_words(self, subject: Subject, assessor: str) -> str:
        case, name = self._followup_subject_name(subject)
        if case == "priority":
            text = translate("FollowUp", "Withdraw {assessor}'s assessment of priority P{number}")
        elif case == "a_priority":
            text = translate("FollowUp", "Withdraw {assessor}'s assessment of a priority")
        elif case == "recommendation":
            text = translate("FollowUp", "Withdraw {assessor}'s assessment of recommendation {reference}")
        else:
            text = translate("FollowUp", "Withdraw {assessor}'s assessment of a recommendation")
        return text.format(assessor=assessor, number=name, reference=name)
