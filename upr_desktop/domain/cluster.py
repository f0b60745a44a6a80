"""Thematic clusters: the dozen themes a workshop discusses instead of hundreds of items."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from ..text import translate

NAME_MAX = 120


@dataclass(frozen=True)
class Cluster:
    id: int
    name: str
    description: str = ""
    position: int = 0
    size: int = 0  # recommendations in it


def clean_name(name: str | None) -> str:
    return " ".join((name or "").split())


def validate_cluster_name(name: str, taken: Sequence[str] = ()) -> list[str]:
    if not name:
        return [translate("Clusters", "The cluster needs a name.")]
    if len(name) > NAME_MAX:
        return [translate("Clusters", "The name is too long ({length} characters; at most {most}).").format(
            length=len(name), most=NAME_MAX)]
    if name.casefold() in {t.casefold() for t in taken}:
        return [translate("Clusters", "There is already a cluster called “{name}”.").format(name=name)]
    return []


def propose_clusters(themes: Mapping[int, Sequence[str]], *, smallest: int = 2,
                     largest_share: float = 0.6) -> list[tuple[str, list[int]]]:
    """A starting set of clusters from the imported themes, for people to edit.

    Each recommendation goes to the most common of its own themes, so it lands in one cluster;
    themes that would hold fewer than `smallest` recommendations are left out (their
    recommendations stay unassigned), and so is a theme so broad it would swallow most of them.
    Largest clusters first.
    """
    counts = Counter(theme for values in themes.values() for theme in dict.fromkeys(values) if theme)
    too_broad = {t for t, n in counts.items() if len(themes) >= 10 and n > largest_share * len(themes)}
    chosen: dict[str, list[int]] = {}
    for rec_id, values in themes.items():
        candidates = [t for t in dict.fromkeys(values) if t and t not in too_broad]
        if not candidates:
            continue
        best = max(candidates, key=lambda t: (counts[t], -candidates.index(t)))
        chosen.setdefault(best, []).append(rec_id)
    proposal = [(name, ids) for name, ids in chosen.items() if len(ids) >= smallest]
    return sorted(proposal, key=lambda item: (-len(item[1]), item[0].casefold()))
