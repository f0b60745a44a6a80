"""Participants and organisations: the write path (mixed into Workshop)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..domain.errors import ValidationError
from ..domain.participant import Organisation, Participant, identity_key, normalise_code, validate_participant
from ..store import participants as store
from ..store import voting as voting_store
from ..store import writes
from .changes import Change
from ..text import Context, listing, translate

Participants = Context("Participants")  # plural sentences: lupdate takes the context from this name

ANONYMISE_KEY = "anonymise_outputs"


@dataclass(frozen=True)
class ParticipantImportSummary:
    source_file: str
    rows_read: int
    added: int
    already_registered: int
    added_ids: tuple[int, ...] = ()

    def message(self) -> str:
        added = Participants.tr("Added %n participant(s) from {file}.", None, self.added).format(
            file=self.source_file)
        if not self.already_registered:
            return added
        return Participants.tr("{added} %n already registered (same name and organisation) were not added again.",
                               None, self.already_registered).format(added=added)


class ParticipantOps:
    """Needs self._store and self._announce (see Workshop)."""

    # --- reads ---------------------------------------------------------------------------
    def participants(self) -> list[Participant]:
        return store.list_participants(self._store.conn)

    def participant(self, participant_id: int) -> Participant | None:
        return store.get_participant(self._store.conn, participant_id)

    def participant_by_code(self, code: str) -> Participant | None:
        code = normalise_code(code)
        return store.find_by_code(self._store.conn, code) if code else None

    def participant_count(self) -> int:
        return store.participant_count(self._store.conn)

    def organisations(self) -> list[Organisation]:
        return store.organisations(self._store.conn)

    def anonymise_outputs(self) -> bool:
        return bool(self._store.meta().get(ANONYMISE_KEY, False))

    def output_names(self) -> dict[int, str]:
        """Participant id -> the name every export and PDF uses (consent and the privacy switch applied)."""
        anonymise = self.anonymise_outputs()
        return {p.id: p.output_name(anonymise) for p in self.participants()}

    # --- participants --------------------------------------------------------------------
    def _checked(self, p: Participant, except_id: int | None = None) -> Participant:
        p = p.cleaned()
        problems = validate_participant(p)
        if problems:
            raise ValidationError(" ".join(problems))
        key = identity_key(p.name, p.organisation)
        if key:
            for other in self.participants():
                if other.id != except_id and identity_key(other.name, other.organisation) == key:
                    # names in “…”: what a person reads, and what the log leaves out (log_privacy.py)
                    if other.organisation:
                        message = translate("Participants", "“{name}” of “{organisation}” is already registered "
                                                            "(participant {number}).")
                    else:
                        message = translate("Participants", "“{name}” is already registered (participant "
                                                            "{number}).")
                    raise ValidationError(message.format(name=other.name, organisation=other.organisation,
                                                         number=other.number))
        return p

    def add_participant(self, p: Participant) -> tuple[int, Change]:
        p = self._checked(replace(p, id=None, number=None, code=None))
        new_org = p.organisation if p.organisation and store.organisation_id(
            self._store.conn, p.organisation, create=False) is None else None
        with self._store.transaction():
            pid = store.insert_participant(self._store.conn, p)
            # By number only: the log must not keep a name the person may later ask to have removed.
            number = store.get_participant(self._store.conn, pid).number
            writes.audit(self._store.conn, "participant.add", f"Registered participant {number}", {"id": pid})
        self._announce("participants", [pid])
        stored = self.participant(pid)
        return pid, Change(translate("Participants", "Add participant {label}").format(label=stored.label()), lambda: self._remove_participants([pid], new_org),
                           lambda: self._put_back_participants([stored]))

    def edit_participant(self, p: Participant) -> Change:
        before = self.participant(p.id) if p.id is not None else None
        if before is None:
            raise ValidationError(translate("Participants", "This participant is no longer registered."))
        p = self._checked(replace(p, number=before.number, code=before.code), except_id=p.id)
        self._write_participant(p)
        return Change(translate("Participants", "Edit participant {label}").format(label=p.label()), lambda: self._write_participant(before),
                      lambda: self._write_participant(p))

    def _write_participant(self, p: Participant) -> None:
        with self._store.transaction():
            store.update_participant(self._store.conn, p)
            writes.audit(self._store.conn, "participant.edit", "Edited a participant", {"id": p.id})
        self._announce("participants", [p.id])

    def delete_participants(self, ids: Sequence[int]) -> Change:
        removed = self._remove_participants(list(ids))
        return Change(Participants.tr("Remove %n participant(s)", None, len(removed)),
                      lambda: self._put_back_participants(removed), lambda: self._remove_participants(list(ids)))

    def _has_any_vote(self, p: Participant) -> bool:
        return voting_store.voted_anywhere(self._store.conn, f"p{p.id}")

    def _remove_participants(self, ids: list[int], created_org: str | None = None) -> list[Participant]:
        """created_org: an organisation the add being undone brought in; it goes too if now empty.
        Also the undo of an add or an import: someone who has voted since stays registered."""
        voted = [p.label() for p in map(self.participant, ids) if p and self._has_any_vote(p)]
        if voted:
            named = listing(f"“{label}”" for label in voted)
            raise ValidationError(translate("Participants", "{listed} took part in a vote, so the record of who "
                                                            "voted would break. Participants who voted stay "
                                                            "registered.").format(listed=named))
        with self._store.transaction():
            removed = store.delete_participants(self._store.conn, ids)
            org_id = store.organisation_id(self._store.conn, created_org, create=False)
            if org_id is not None and not store.get_organisation(self._store.conn, org_id).participants:
                store.delete_organisation(self._store.conn, org_id)
            writes.audit(self._store.conn, "participant.delete", f"Removed {len(removed)} participant(s)",
                         {"ids": ids})
        self._announce("participants", ids)
        return removed

    def _put_back_participants(self, people: list[Participant]) -> None:
        with self._store.transaction():
            for p in people:
                store.insert_participant(self._store.conn, p)
            writes.audit(self._store.conn, "participant.restore", f"Restored {len(people)} participant(s)",
                         {"ids": [p.id for p in people]})
        self._announce("participants", [p.id for p in people])

    def import_participants(self, people: Sequence[Participant], *, source_file: str) -> tuple[
            ParticipantImportSummary, Change | None]:
        """Add an attendance list in one transaction; people already registered are counted, not added."""
        known = {identity_key(p.name, p.organisation) for p in self.participants()}
        fresh: list[Participant] = []
        for p in people:
            p = p.cleaned()
            problems = validate_participant(p)
            if problems:
                raise ValidationError(translate("Participants", "“{label}”: {problems} Nothing was added.").format(
                    label=p.label(), problems=problems[0]))
            key = identity_key(p.name, p.organisation)
            if key and key in known:
                continue
            known.add(key)
            fresh.append(replace(p, id=None, number=None, code=None))
        with self._store.transaction():
            ids = [store.insert_participant(self._store.conn, p) for p in fresh]
            if ids:
                writes.audit(self._store.conn, "participant.import",
                             f"Imported {len(ids)} participants from {source_file}", {"ids": ids})
        summary = ParticipantImportSummary(source_file, len(people), len(ids), len(people) - len(ids), tuple(ids))
        if not ids:
            return summary, None
        self._announce("participants", ids)
        stored = [self.participant(i) for i in ids]
        return summary, Change(translate("Participants", "Import participants from {source_file}").format(
            source_file=source_file), lambda: self._remove_participants(ids),
                               lambda: self._put_back_participants(stored))

    # --- organisations -------------------------------------------------------------------
    def add_organisation(self, name: str) -> tuple[int, Change]:
        name = " ".join((name or "").split())
        if not name:
            raise ValidationError(translate("Participants", "The organisation needs a name."))
        if any(o.name.casefold() == name.casefold() for o in self.organisations()):
            raise ValidationError(translate("Participants", "“{name}” is already in the list.").format(name=name))
        with self._store.transaction():
            org_id = store.insert_organisation(self._store.conn, name)
            writes.audit(self._store.conn, "organisation.add", f"Added organisation {name}", {"id": org_id})
        self._announce("participants")
        return org_id, Change(translate("Participants", "Add organisation {name}").format(name=name), lambda: self._delete_organisation(org_id),
                              lambda: self._insert_organisation(org_id, name))

    def rename_organisation(self, org_id: int, name: str) -> Change:
        name = " ".join((name or "").split())
        before = store.get_organisation(self._store.conn, org_id)
        if before is None:
            raise ValidationError(translate("Participants", "This organisation is no longer in the list."))
        if not name:
            raise ValidationError(translate("Participants", "The organisation needs a name."))
        if any(o.id != org_id and o.name.casefold() == name.casefold() for o in self.organisations()):
            raise ValidationError(translate("Participants", "“{name}” is already in the list.").format(name=name))
        self._rename_organisation(org_id, name)
        return Change(translate("Participants", "Rename organisation {name}").format(name=before.name), lambda: self._rename_organisation(org_id, before.name),
                      lambda: self._rename_organisation(org_id, name))

    def delete_organisation(self, org_id: int) -> Change:
        org = store.get_organisation(self._store.conn, org_id)
        if org is None:
            raise ValidationError(translate("Participants", "This organisation is no longer in the list."))
        if voting_store.voted_anywhere(self._store.conn, f"o{org_id}"):
            raise ValidationError(translate("Participants", "{name} voted in a round as an organisation, so it "
                                                            "stays in the list.").format(
                name=org.name))
        if org.participants:
            raise ValidationError(Participants.tr("{name} has %n registered participant(s). Move or remove them "
                                                  "first.", None, org.participants).format(name=org.name))
        self._delete_organisation(org_id)
        return Change(translate("Participants", "Remove organisation {name}").format(name=org.name),
                      lambda: self._insert_organisation(org_id, org.name),
                      lambda: self._delete_organisation(org_id))

    def _insert_organisation(self, org_id: int, name: str) -> None:
        with self._store.transaction():
            store.insert_organisation(self._store.conn, name, org_id)
        self._announce("participants")

    def _rename_organisation(self, org_id: int, name: str) -> None:
        with self._store.transaction():
            store.rename_organisation(self._store.conn, org_id, name)
            writes.audit(self._store.conn, "organisation.rename", f"Renamed organisation to {name}", {"id": org_id})
        self._announce("participants")

    def _delete_organisation(self, org_id: int) -> None:
        with self._store.transaction():
            store.delete_organisation(self._store.conn, org_id)
            writes.audit(self._store.conn, "organisation.delete", "Removed an organisation", {"id": org_id})
        self._announce("participants")

    # --- privacy -------------------------------------------------------------------------
    def set_anonymise_outputs(self, on: bool) -> Change:
        before = self.anonymise_outputs()
        self._write_anonymise(on)
        return Change(translate("Participants", "Anonymise names in outputs") if on
                      else translate("Participants", "Name consenting participants in outputs"),
                      lambda: self._write_anonymise(before), lambda: self._write_anonymise(on))

    def _write_anonymise(self, on: bool) -> None:
        with self._store.transaction():
            self._store.set_meta({ANONYMISE_KEY: bool(on)})
            writes.audit(self._store.conn, "privacy", "Names anonymised in every output" if on
                         else "Consenting participants named in outputs")
        self._announce("workshop")


