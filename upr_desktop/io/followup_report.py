"""What the mid-term report and the stakeholder submission say, gathered from the workshop as a plain
snapshot (no Qt, no SQL), following UPR Info's mid-term reporting guidance: summary figures, the method
(who assessed, when, from which sources), each recommendation by cluster or theme with the State's response,
our assessment, its justification and the evidence cited, and an annex of the evidence.

Confidential evidence is left out here, once, so no document built from this snapshot can show it: not in
the annex, not as a citation, not in a count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..domain.followup import (
    STATUS_ORDER, Assessment, AssessmentStatus, Evidence, latest_per_assessor, recommendation,
)
from ..domain.recommendation import Recommendation
from ..store.queries import RecommendationFilter
from ..text import Documents
from .wording import date_words

OTHER_GROUP = "Other recommendations"  # English; the document's language in gather()


@dataclass(frozen=True)
class AssessedRecommendation:
    rec: Recommendation
    status: AssessmentStatus | None  # the latest assessment's
    assessed_on: str
    latest: tuple[Assessment, ...]  # each assessor's latest word, newest first (two or more: they may disagree)
    disputed: bool
    evidence_ids: tuple[int, ...]  # shareable evidence cited by those assessments
    earlier: Recommendation | None = None  # the earlier review's recommendation it repeats


@dataclass(frozen=True)
class PriorityFollowup:
    number: int
    title: str
    status: AssessmentStatus | None
    latest: tuple[Assessment, ...]
    milestones: tuple[tuple[str, str, str], ...]  # (due, description, 'done on …' / 'late' / 'not yet due')
    indicators: tuple[tuple[str, tuple[tuple[str, float, str], ...]], ...]  # (name, ((period, value, source),))
    recommendations: tuple[str, ...]  # references


@dataclass(frozen=True)
class FollowupReport:
    title: str
    country: str
    workshop_title: str
    review: str  # "Cycle 4, review of 6 November 2024"
    generated: str  # ISO date
    counts: dict[str, int]  # status -> n; 'none': not assessed
    total: int
    groups: tuple[tuple[str, tuple[AssessedRecommendation, ...]], ...]
    evidence: tuple[Evidence, ...]  # shareable only, in annex order
    assessors: tuple[tuple[str, int], ...]
    first_date: str
    last_date: str
    sources: tuple[str, ...]
    priorities: tuple[PriorityFollowup, ...] = ()
    history: tuple[tuple[str, dict[str, int]], ...] = field(default=())
    recommended_again: int = 0
    doc: Documents = field(default_factory=lambda: Documents("en"))  # the workshop's document language

    def evidence_number(self) -> dict[int, int]:
        """Evidence id -> its number in the annex (E1, E2 ...)."""
        return {ev.id: n for n, ev in enumerate(self.evidence, 1)}


def gather(workshop, *, group_by: str = "cluster", today: date | None = None,
           flt: RecommendationFilter | None = None) -> FollowupReport:
    today = today or date.today()
    info = workshop.info()
    doc = workshop.documents()
    other_group = doc.translate("Mid-term report", "Other recommendations")
    ids = workshop.filtered_ids(flt or RecommendationFilter())
    recs = workshop.recommendations(ids)
    shareable = {ev.id: ev for ev in workshop.evidence_items(include_confidential=False)}
    all_assessments = workshop.assessments()
    by_subject: dict[str, list[Assessment]] = {}
    for a in all_assessments:
        by_subject.setdefault(a.subject.key, []).append(a)
    links = workshop.cycle_links()
    earlier = workshop.recommendations(sorted({e for e, _ in links.values()})) if links else {}

    def assessed(rec_id: int, rec: Recommendation) -> AssessedRecommendation:
        history = by_subject.get(recommendation(rec_id).key, [])
        latest = sorted(latest_per_assessor(history).values(), key=lambda a: (a.assessed_on, a.id), reverse=True)
        newest = max(history, key=lambda a: (a.assessed_on, a.id)) if history else None
        cited = tuple(dict.fromkeys(e for a in latest for e in a.evidence_ids if e in shareable))
        statuses = {a.status for a in latest if a.status != AssessmentStatus.NO_INFO}
        link = links.get(rec_id)
        return AssessedRecommendation(rec, newest.status if newest else None, newest.assessed_on if newest else "",
                                      tuple(latest), len(statuses) > 1, cited,
                                      earlier.get(link[0]) if link else None)

    grouped: dict[str, list[AssessedRecommendation]] = {}
    if group_by == "cluster":
        clusters = {c.id: c.name for c in workshop.clusters()}
        cluster_of = workshop.clusters_of(ids) if ids else {}
        order = [c.name for c in workshop.clusters()]
        key_of = lambda rec_id, rec: clusters.get(cluster_of.get(rec_id)) or other_group  # noqa: E731
    else:
        order = []
        key_of = lambda rec_id, rec: rec.themes[0] if rec.themes else other_group  # noqa: E731
    for rec_id in ids:
        rec = recs.get(rec_id)
        if rec is not None:
            grouped.setdefault(key_of(rec_id, rec), []).append(assessed(rec_id, rec))
    names = [n for n in order if n in grouped] + sorted(n for n in grouped if n not in order and n != other_group)
    if other_group in grouped:
        names.append(other_group)
    groups = tuple((n, tuple(grouped[n])) for n in names)

    counts = Counter(a.status.value if a.status else "none" for _, items in groups for a in items)
    cited_ids = {e for _, items in groups for a in items for e in a.evidence_ids}
    priorities = _priorities(workshop, by_subject, shareable, today)
    for p in priorities:
        cited_ids.update(e for a in p.latest for e in a.evidence_ids if e in shareable)
    evidence = tuple(ev for ev in shareable.values() if ev.id in cited_ids)
    in_scope = [a for a in all_assessments if a.subject.kind == "p" or a.subject.id in recs]
    assessors = Counter(a.assessor for a in in_scope)
    dates = sorted(a.assessed_on for a in in_scope)
    sources = tuple(sorted({ev.source for ev in evidence if ev.source}))
    reviewed = date_words(info.review_date, doc) if info.review_date else ""
    if info.cycle and reviewed:
        review = doc.translate("Mid-term report", "cycle {cycle}, review of {date}").format(cycle=info.cycle,
                                                                                            date=reviewed)
    elif info.cycle:
        review = doc.translate("Mid-term report", "cycle {cycle}").format(cycle=info.cycle)
    else:
        review = doc.translate("Mid-term report", "review of {date}").format(date=reviewed) if reviewed else ""
    again = sum(1 for rec_id in ids if rec_id in links)
    title = (doc.translate("Mid-term report", "Mid-term report on the implementation of the UPR recommendations "
                           "to {country}").format(country=info.country) if info.country and info.country != "*"
             else doc.translate("Mid-term report", "Mid-term report on the implementation of UPR recommendations"))
    return FollowupReport(
        title=title, doc=doc,
        country=info.country, workshop_title=info.title, review=review, generated=today.isoformat(),
        counts={**{s.value: counts.get(s.value, 0) for s in STATUS_ORDER}, "none": counts.get("none", 0)},
        total=sum(len(items) for _, items in groups), groups=groups, evidence=evidence,
        assessors=tuple(assessors.most_common()), first_date=dates[0] if dates else "",
        last_date=dates[-1] if dates else "", sources=sources, priorities=priorities,
        history=tuple(workshop.status_over_time()), recommended_again=again)


def _priorities(workshop, by_subject, shareable, today: date) -> tuple[PriorityFollowup, ...]:
    if not workshop.has_charter():
        return ()
    charter = workshop.charter()
    refs = {}
    cited = charter.cited_recommendation_ids()
    if cited:
        refs = {i: r.reference or f"#{i}" for i, r in workshop.recommendations(cited).items()}
    steps = workshop.milestone_states()
    indicators = workshop.indicators()
    values = workshop.indicator_values()
    out = []
    for n, p in enumerate(charter.priorities, 1):
        history = by_subject.get(f"p{p.id}", [])
        latest = sorted(latest_per_assessor(history).values(), key=lambda a: (a.assessed_on, a.id), reverse=True)
        newest = max(history, key=lambda a: (a.assessed_on, a.id)) if history else None
        ms = []
        for m in steps:
            if m.priority_id == p.id:
                state = m.state(today)
                ms.append((m.due, m.description, f"done on {m.done_on}" if state == "done"
                           else "late" if state == "late" else "not yet due"))
        inds = tuple((i.name + (f" ({i.unit})" if i.unit else ""),
                      tuple((v.period, v.value, v.source) for v in values if v.indicator_id == i.id))
                     for i in indicators if i.priority_id == p.id)
        out.append(PriorityFollowup(n, p.title, newest.status if newest else None, tuple(latest), tuple(ms), inds,
                                    tuple(refs.get(r, f"#{r}") for r in p.recommendation_ids)))
    return tuple(out)


def status_label(status: AssessmentStatus | None, doc: Documents | None = None) -> str:
    """An assessment's status in the document's language."""
    d = doc or Documents("en")
    if status is None:
        return d.translate("Assessment status", "Not assessed")
    return {
        "not": d.translate("Assessment status", "Not implemented"),
        "partial": d.translate("Assessment status", "Partially implemented"),
        "full": d.translate("Assessment status", "Fully implemented"),
        "no_info": d.translate("Assessment status", "No information"),
    }[status.value]


def citations(ids, numbers: dict[int, int]) -> str:
    return ", ".join(f"E{numbers[i]}" for i in ids if i in numbers)
