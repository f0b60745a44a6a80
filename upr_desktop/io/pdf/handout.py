"""The recommendation handout: what participants read before they vote, grouped by cluster or theme."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from ...domain.errors import ValidationError
from ...domain.recommendation import Recommendation
from ...store.queries import RecommendationFilter
from .layout import PageDecor, build, styles
from .parts import date_range_words, reference, source_line
from .text import para, restyled

NO_GROUP = "Not yet in a cluster"
NO_THEME = "No theme given"
HANDOUT_MAX = 5000  # beyond this a handout is a book, not something to read before a vote


@dataclass(frozen=True)
class HandoutPrint:
    title: str
    subtitle: str
    grouping: str  # "cluster" or "theme"
    groups: tuple[tuple[str, tuple[Recommendation, ...]], ...]


def gather(workshop, *, group_by: str = "cluster", recommendation_ids: list[int] | None = None) -> HandoutPrint:
    ids = recommendation_ids if recommendation_ids is not None else workshop.filtered_ids(RecommendationFilter())
    if not ids:
        raise ValidationError("There are no recommendations to print. Import the recommendations first.")
    if len(ids) > HANDOUT_MAX:
        raise ValidationError(f"{len(ids):,} recommendations would make a handout of thousands of pages. Filter the "
                              f"Review step down to the ones the room will discuss (at most {HANDOUT_MAX:,}).")
    recs = workshop.recommendations(ids)
    ordered = [recs[i] for i in ids if i in recs]
    groups: dict[str, list[Recommendation]] = {}
    if group_by == "cluster" and workshop.clusters():
        names = {c.id: c.name for c in workshop.clusters()}
        order = {c.id: c.position for c in workshop.clusters()}
        of = workshop.clusters_of([r.id for r in ordered])
        for cid in sorted({of.get(r.id) for r in ordered}, key=lambda c: (c is None, order.get(c, 0))):
            groups[names.get(cid, NO_GROUP)] = [r for r in ordered if of.get(r.id) == cid]
    else:
        group_by = "theme"
        for rec in ordered:
            groups.setdefault(rec.themes[0] if rec.themes else NO_THEME, []).append(rec)
        groups = dict(sorted(groups.items(), key=lambda kv: (kv[0] == NO_THEME, kv[0].casefold())))
    info = workshop.info()
    when = date_range_words(info.start_date, info.end_date)
    subtitle = " · ".join(filter(None, (info.country and f"Recommendations received by {info.country}",
                                        info.venue, when)))
    return HandoutPrint(title=info.title or "Recommendations", subtitle=subtitle, grouping=group_by,
                        groups=tuple((name, tuple(items)) for name, items in groups.items()))


def render(handout: HandoutPrint, paper: str = "a4") -> bytes:
    s = styles()
    total = sum(len(items) for _, items in handout.groups)
    by = "cluster" if handout.grouping == "cluster" else "theme"
    story = [para(handout.title, restyled(s["title"], alignment=0, fontSize=20, leading=25)),
             para(handout.subtitle, restyled(s["subtitle"], alignment=0)),
             para(f"{total} recommendations in {len(handout.groups)} groups, by {by}. The number above each "
                  "recommendation is the one on your ballot.", s["small"]),
             Spacer(1, 4 * mm)]
    number_style = restyled(s["cell_bold"], textColor=s["h1"].textColor)
    for name, items in handout.groups:
        story.append(CondPageBreak(40 * mm))
        story.append(para(f"{name} ({len(items)})", s["h2"]))
        for rec in items:
            story.append(KeepTogether([
                para(reference(rec), number_style),
                para(rec.text, restyled(s["body"], leftIndent=0, spaceAfter=1)),
                para(source_line(rec), restyled(s["small"], spaceAfter=7)),
            ]))
    decor = PageDecor(title=f"{handout.title}: recommendations", footer="Handout for participants")
    return build(story, decor, paper=paper, subject="Recommendation handout")
