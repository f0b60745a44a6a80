"""The travel copy: a workshop file to carry across a border, without what identifies people."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import DiskFull, WorkshopError
from ..store import engine, travel
from ..text import translate

log = logging.getLogger(__name__)


def _label(item: str) -> str:
    return {
        "participants": translate("Travel copy", "participants' names, contacts and personal codes"),
        "comment_authors": translate("Travel copy", "authors of comments"),
        "evidence": translate("Travel copy", "confidential evidence and testimony"),
        "organisations": translate("Travel copy", "organisations that did not consent to be named"),
        "history": translate("Travel copy", "the history of changes (it names people)"),
    }[item]


def _kept() -> list[str]:
    return [
        translate("Travel copy", "recommendations, with their notes (without their authors)"),
        translate("Travel copy", "clusters"),
        translate("Travel copy", "voting rounds and their results"),
        translate("Travel copy", "the charter (signatories shown as “Organisation 1”, “Organisation 2”…)"),
        translate("Travel copy", "follow-up assessments and evidence that is neither confidential nor testimony"),
        translate("Travel copy", "the workshop's title, country, dates, venue and organisers"),
    ]


@dataclass(frozen=True)
class TravelCopySummary:
    """What a travel copy leaves out (item, count) and what it keeps."""

    removed: list[tuple[str, int]]
    kept: list[str] = field(default_factory=_kept)
    path: Path | None = None  # the file written (None for a preview)

    def message(self) -> str:
        lines = [translate("Travel copy", "Left out of the travel copy:")]
        lines += [f"• {item}: {count}" for item, count in self.removed]
        lines.append(translate("Travel copy", "Kept:"))
        lines += [f"• {item}" for item in self.kept]
        lines.append(translate("Travel copy", "No organisation has recorded consent to be named in this workshop, so "
                               "every organisation is shown by number."))
        return "\n".join(lines)


class TravelCopyOps:
    def travel_copy_preview(self) -> TravelCopySummary:
        """What a travel copy would leave out, counted on the workshop as it stands (nothing is written)."""
        found = travel.counts(self._store.conn)
        return TravelCopySummary(removed=[(_label(item), count) for item, count in found.items()])

    def save_travel_copy(self, target: str | os.PathLike, *, passphrase: str | None = None) -> TravelCopySummary:
        """Write a new workshop file at `target` without participants' names, contacts and codes, comment
        authors, confidential evidence and testimony, organisation names or the change history; encrypted
        with `passphrase` when given. The workshop itself is unchanged."""
        target = Path(target)
        if target.exists():
            raise WorkshopError(translate("Travel copy", "“{name}” already exists. Choose another name for the "
                                          "travel copy.").format(name=target.name))
        if target.resolve() == self.path.resolve():
            raise WorkshopError(translate("Travel copy", "The travel copy must be a new file."))
        if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
            raise WorkshopError(translate("Travel copy", "Can't write to “{folder}”. Choose another folder.")
                                .format(folder=target.parent))
        key = None
        if passphrase is not None:
            from .workshop import _check_passphrase

            _check_passphrase(passphrase)
            key = engine.new_key(passphrase)
        try:
            found = travel.write(self._store, target, key)
        except FileExistsError:
            raise WorkshopError(translate("Travel copy", "“{name}” already exists. Choose another name for the "
                                          "travel copy.").format(name=target.name)) from None
        except (engine.Error, OSError) as error:
            if "full" in str(error).lower():
                raise DiskFull() from error
            raise WorkshopError(translate("Travel copy", "The travel copy could not be written ({error}). The "
                                          "workshop is unchanged.").format(error=error)) from error
        return TravelCopySummary(removed=[(_label(item), count) for item, count in found.items()], path=target)
