"""The recommendation handout: what participants read before they vote, grouped by cluster or theme."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from ...domain.errors import ValidationError
from ...domain.recommendation import Recommendation
from ...store.queries import RecommendationFilter
from ...text import Documents
from .layout import PageDecor, build, styles
from .parts import date_range_words, reference, source_line
from .text import para, restyled

NO_GROUP = "Not yet in a cluster"  # English; the document's language in gather()
NO_THEME = "No theme given"
HANDOUT_MAX = 5000  # beyond this a handout is a book, not something to read before a vote


@dataclass(frozen=True)
class HandoutPrint:
    title: str
    subtitle: str
    grouping: str  # "cluster" or "theme"
    groups: tuple[tuple[str, tuple[Recommendation, ...]], ...]
    doc: Documents = field(default_factory=lambda: Documents("en"))


def gather(workshop, *, group_by: str = "cluster", recommendation_ids: list[int] | None = None) -> HandoutPrint:
    ids = recommendation_ids if recommendation_ids is not None else workshop.filtered_ids(RecommendationFilter())
    if not ids:
        raise ValidationError("There are no recommendations to print. Import the recommendations first.")
    if len(ids) > HANDOUT_MAX:
        raise ValidationError(f"{len(ids):,} recommendations would make a handout of thousands of pages. Filter the "
                              f"Review step down to the ones the room will discuss (at most {HANDOUT_MAX:,}).")
    recs = workshop.recommendations(ids)
    ordered = [recs[i] for i in ids if i in recs]
    doc = workshop.documents()
    no_group = doc.translate("Handout document", "Not yet in a cluster")
    no_theme = doc.translate("Handout document", "No theme given")
    groups: dict[str, list[Recommendation]] = {}
    if group_by == "cluster" and workshop.clusters():
        names = {c.id: c.name for c in workshop.clusters()}
        order = {c.id: c.position for c in workshop.clusters()}
        of = workshop.clusters_of([r.id for r in ordered])
        for cid in sorted({of.get(r.id) for r in ordered}, key=lambda c: (c is None, order.get(c, 0))):
            groups[names.get(cid, no_group)] = [r for r in ordered if of.get(r.id) == cid]
    else:
        group_by = "theme"
        for rec in ordered:
            groups.setdefault(rec.themes[0] if rec.themes else no_theme, []).append(rec)
        groups = dict(sorted(groups.items(), key=lambda kv: (kv[0] == no_theme, kv[0].casefold())))
    info = workshop.info()
    when = date_range_words(info.start_date, info.end_date, doc)
    received = (doc.translate("Handout document", "Recommendations received by {country}").format(
        country=info.country) if info.country else "")
    subtitle = " · ".join(filter(None, (received, info.venue, when)))
    return HandoutPrint(title=info.title or doc.translate("Handout document", "Recommendations"), subtitle=subtitle,
                        grouping=group_by, groups=tuple((name, tuple(items)) for name, items in groups.items()),
                        doc=doc)


def render(handout: HandoutPrint, paper: str = "a4") -> bytes:
    s = styles()
    doc = handout.doc
    total = sum(len(items) for _, items in handout.groups)
    if handout.grouping == "cluster":
        summary = doc.translate("Handout document", "%n recommendation(s) in {groups} groups, by cluster.", None, total)
    else:
        summary = doc.translate("Handout document", "%n recommendation(s) in {groups} groups, by theme.", None, total)
    summary = " ".join((summary.format(groups=len(handout.groups)), doc.translate(
        "Handout document", "The number above each recommendation is the one on your ballot.")))
    start = 2 if doc.rtl else 0  # TA_RIGHT for a right-to-left document, TA_LEFT otherwise
    story = [para(handout.title, restyled(s["title"], alignment=start, fontSize=20, leading=25)),
             para(handout.subtitle, restyled(s["subtitle"], alignment=start)),
             para(summary, s["small"]),
             Spacer(1, 4 * mm)]
    number_style = restyled(s["cell_bold"], textColor=s["h1"].textColor)
    for name, items in handout.groups:
        story.append(CondPageBreak(40 * mm))
        story.append(para(f"{name} ({len(items)})", s["h2"]))
        for rec in items:
            story.append(KeepTogether([
                para(reference(rec), number_style),
                para(rec.text, restyled(s["body"], leftIndent=0, spaceAfter=1)),
                para(source_line(rec, doc), restyled(s["small"], spaceAfter=7)),
            ]))
    decor = PageDecor(title=doc.translate("Handout document", "{title}: recommendations").format(title=handout.title),
                      footer=doc.translate("Handout document", "Handout for participants"), doc=doc)
    return build(story, decor, paper=paper, subject=doc.translate("Handout document", "Recommendation handout"))
