"""A small workshop for the voting tests: 8 recommendations, 12 participants in 4 organisations."""

from __future__ import annotations

from upr_desktop.domain.participant import Participant
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop


def make_workshop(path, participants: int = 12) -> Workshop:
    w = Workshop.create(path, WorkshopInfo(title="Voting test", country="Demoland"))
    for n in range(1, 9):
        w.add_recommendation(Recommendation(text=f"Recommendation number {n} on a distinct subject",
                                            reference=f"100.{n}", states=("Utopia",)))
    for n in range(participants):
        w.add_participant(Participant(name=f"Person {n:02d}", organisation=f"Org {n % 4}", consent_named=n % 2 == 0))
    return w


def rec_ids(w: Workshop) -> list[int]:
    by_ref = {r.reference: r.id for r in w.recommendations(w.filtered_ids(_all())).values()}
    return [by_ref[f"100.{n}"] for n in range(1, 9)]


def _all():
    from upr_desktop.store.queries import RecommendationFilter
    return RecommendationFilter()


def people(w: Workshop) -> list[int]:
    return [p.id for p in w.participants()]
