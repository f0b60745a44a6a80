"""The outcome charter: the write path (mixed into Workshop).

Typing is saved as it happens, so the edits made per keystroke (the charter's fields, a section, a
priority, an action point, an endorsement) write only the row that changed. Structural edits (add,
delete, move, restore) are undone by putting back the whole charter as it was, ids and all: a charter is
a few dozen rows, and that way an undo can never leave it half restored.

Adoption is a formal act and is not undone. After it, any edit starts a new draft; the adopted text
stays in charter_versions, where the schema's triggers refuse to change or delete it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..domain.charter import (
    ActionPoint, Charter, CharterSection, CharterStatus, CharterVersion, Comment, DiffPiece, Endorsement,
    ImplementationStatus, Level, Milestone, Priority, from_snapshot, is_partial_date, plain_text, printable_endorsements,
    short_title,
    to_snapshot, validate_for_adoption, word_diff,
)
from ..domain.errors import ValidationError
from ..store import charter as store
from ..store import writes
from .changes import Change
from ..text import listing, translate
from ..text import Context

OutcomeCharter = Context("OutcomeCharter")  # plural sentences: lupdate takes the context from this name

TOPIC = "charter"
COMMENTS = "comments"

_ORDERED = {"section": "charter_sections", "priority": "priorities", "action point": "action_points",
            "endorsement": "endorsements"}


class CharterOps:
    """Needs self._store, self._announce and self.info() (see Workshop)."""

    # --- reads ---------------------------------------------------------------------------------
    def has_charter(self) -> bool:
        return store.exists(self._store.conn)

    def charter(self) -> Charter:
        """The working charter; an empty Charter() if none was started."""
        return store.load(self._store.conn) or Charter()

    def charter_for_output(self) -> Charter:
        """The charter as printed and exported documents show it: no representative (nor their role) whom the
        privacy switch or a participant's own choice keeps unnamed."""
        charter = self.charter()
        return replace(charter, endorsements=printable_endorsements(
            charter.endorsements, self.participants(), self.anonymise_outputs()))

    def adopted_version(self) -> CharterVersion | None:
        version_id = store.adopted_version_id(self._store.conn)
        return store.get_version(self._store.conn, version_id) if version_id is not None else None

    def _charter_follow_outside_change(self) -> None:
        """A recommendation edited or deleted elsewhere may change what an adopted charter's priorities
        cite: then the working charter is a new draft (the adopted version itself never changes)."""
        if not store.exists(self._store.conn) or store.load(self._store.conn).status != CharterStatus.ADOPTED:
            return
        adopted = self.adopted_version()
        if adopted is None or all(piece.kind == "same" for piece in self.compare(adopted.id, None)):
            return
        with self._store.transaction():
            store.set_status(self._store.conn, CharterStatus.DRAFT)
            writes.audit(self._store.conn, "charter.draft", "The charter became a new draft: a recommendation it "
                                                            "cites was changed")
        self._announce("charter")

    def priorities_using_recommendations(self, rec_ids: Sequence[int]) -> list[str]:
        """Titles of the priorities citing any of these recommendations (to ask before deleting them)."""
        return store.priority_titles_citing(self._store.conn, list(rec_ids))

    def versions(self) -> list[CharterVersion]:
        return store.versions(self._store.conn)

    def version_charter(self, version_id: int) -> Charter:
        return from_snapshot(self._charter_snapshot_or_refuse(version_id))

    def compare(self, a: int | None, b: int | None) -> list[DiffPiece]:
        """Word-by-word differences from a to b (None: the working charter)."""
        return word_diff(self._charter_text_of(a), self._charter_text_of(b))

    def comments(self, part: str | None = None) -> list[Comment]:
        return store.comments(self._store.conn, part)

    # --- the charter as a whole ----------------------------------------------------------------
    def start_charter(self, template=None, *, replace: bool = False) -> Change:
        """A new charter from the workshop's details and, if given, a CharterTemplate."""
        before = store.load(self._store.conn)
        if before is not None and not replace:
            raise ValidationError(translate("OutcomeCharter", "This workshop already has a charter. Starting again from a "
                                                       "template replaces it (you can undo that)."))
        charter = self._charter_blank()
        if template is not None:
            fill = _filler(self.info())
            charter = dataclasses.replace(  # `replace` is this method's flag
                charter, title=fill(getattr(template, "charter_title", "") or "") or charter.title,
                preamble=fill(template.preamble), monitoring=fill(template.monitoring),
                template=template.name, labels=dict(template.labels),
                sections=tuple(CharterSection(None, n, fill(heading), fill(body))
                               for n, (heading, body) in enumerate(template.sections)),
                action_points=tuple(ActionPoint(None, n, Level(level), fill(text))
                                    for n, (level, text) in enumerate(template.action_points)))
        name = template.title if template is not None else translate("OutcomeCharter", "a blank charter")
        if before is None:
            description = translate("OutcomeCharter", "Start the charter from {name}").format(name=name)
        else:
            description = translate("OutcomeCharter", "Replace the charter with {name}").format(name=name)
        self._charter_put(charter, "charter.start", description)
        return self._charter_change(description, before, store.load(self._store.conn))

    def update_charter(self, **fields) -> Change:
        """title, place, start_date, end_date, organisers (a sequence), preamble, monitoring."""
        unknown = set(fields) - set(store.HEADER_FIELDS)
        if unknown:
            raise TypeError(f"update_charter() got unexpected fields: {', '.join(sorted(unknown))}")
        if "organisers" in fields:
            fields["organisers"] = tuple(o for o in (" ".join(str(x).split()) for x in fields["organisers"] or ()) if o)
        for name, value in fields.items():
            if name != "organisers" and not isinstance(value, str):
                raise TypeError(f"{name} must be text")
        conn = self._store.conn
        current = store.header(conn)
        if current is None:  # typing into a charter not yet started starts it
            before = None
            self._charter_put(replace(self._charter_blank(), **fields), "charter.start", "Started the charter")
            return self._charter_change(translate("OutcomeCharter", "Edit the charter"), before, store.load(conn))
        changed = {k: v for k, v in fields.items() if current[k] != v}
        if not changed:
            return Change(translate("OutcomeCharter", "Edit the charter"), lambda: None, lambda: None)
        old = {k: current[k] for k in changed}
        token = self._charter_status_token()
        what = _describe_fields(changed)  # English, for the audit log

        def write(values: dict, status=None) -> None:
            self._charter_edit("charter.edit", f"Edited the charter's {what}", lambda c: store.update_header(c, values),
                       status=status, coalesce={"fields": sorted(values)})

        write(changed)
        return Change(_edit_fields_words(changed), lambda: write(old, token), lambda: write(changed))

    # --- sections ------------------------------------------------------------------------------
    def add_section(self, heading: str = "", body: str = "", position: int | None = None) -> tuple[int, Change]:
        """position: where in the list, counted from 0 (None: at the end)."""
        def insert(conn) -> int:
            section_id = store.insert_section(conn, CharterSection(None, 0, heading or "", body or ""),
                                              store.next_position(conn, "charter_sections"))
            if position is not None:
                _move_in(conn, "charter_sections", section_id, position)
            return section_id

        return self._charter_add(translate("OutcomeCharter", "Add a section"), "section.add", insert)

    def update_section(self, section_id: int, *, heading: str | None = None, body: str | None = None) -> Change:
        before = store.get_section(self._store.conn, section_id)
        if before is None:
            raise ValidationError(translate("OutcomeCharter", "This section is no longer in the charter."))
        after = replace(before, heading=before.heading if heading is None else heading,
                        body=before.body if body is None else body)
        if after == before:
            return Change("Edit a section", lambda: None, lambda: None)
        token = self._charter_status_token()

        def write(s: CharterSection, status=None) -> None:
            self._charter_edit("section.edit", "Edited a section of the charter",
                       lambda c: store.update_section(c, s.id, s.heading, s.body), ids=[s.id], status=status,
                       coalesce={"section": s.id})

        write(after)
        heading = after.heading or before.heading
        return Change(translate("OutcomeCharter", "Edit “{heading}”").format(heading=heading) if heading
                      else translate("OutcomeCharter", "Edit a section"), lambda: write(before, token), lambda: write(after))

    def delete_section(self, section_id: int) -> Change:
        section = store.get_section(self._store.conn, section_id)
        if section is None:
            raise ValidationError(translate("OutcomeCharter", "This section is no longer in the charter."))
        if section.heading:
            description = translate("OutcomeCharter", "Delete the section “{heading}”").format(heading=section.heading)
        else:
            description = translate("OutcomeCharter", "Delete a section")
        return self._charter_delete(description, "section.delete", f"section:{section_id}",
                                 lambda c: store.delete_section(c, section_id))

    def move_section(self, section_id: int, new_position: int) -> Change:
        """new_position: the section's place in the list, counted from 0."""
        return self._charter_move("section", section_id, new_position)

    # --- priorities ----------------------------------------------------------------------------
    def add_priority(self, title: str, recommendation_ids: Sequence[int] = (),
                     cluster_id: int | None = None) -> tuple[int, Change]:
        title = " ".join((title or "").split())
        if not title:
            raise ValidationError(translate("OutcomeCharter", "The priority needs a title."))
        rec_ids = self._charter_recs(recommendation_ids)
        if cluster_id is not None and not store.cluster_exists(self._store.conn, cluster_id):
            raise ValidationError(translate("OutcomeCharter", "This cluster is no longer in the workshop."))
        priority = Priority(title=title, recommendation_ids=rec_ids, cluster_id=cluster_id)
        return self._charter_add(translate("OutcomeCharter", "Add the priority “{title}”").format(title=title), "priority.add",
                                lambda c: store.insert_priority(c, priority, store.next_position(c, "priorities")))

    def add_priority_from_cluster(self, cluster_id: int) -> tuple[int, Change]:
        found = store.cluster(self._store.conn, cluster_id)
        if found is None:
            raise ValidationError(translate("OutcomeCharter", "This cluster is no longer in the workshop."))
        name, members = found
        for n, p in enumerate(store.priorities(self._store.conn), 1):
            if p.cluster_id == cluster_id:
                raise ValidationError(translate("OutcomeCharter", "“{name}” is already priority {n} of the charter.").format(
                    name=name, n=n))
        return self.add_priority(name, members, cluster_id)

    def update_priority(self, priority: Priority) -> Change:
        """Every field, the order of its recommendations and its milestones included."""
        before = store.get_priority(self._store.conn, priority.id) if priority.id is not None else None
        if before is None:
            raise ValidationError(translate("OutcomeCharter", "This priority is no longer in the charter."))
        after = self._charter_priority_checked(priority, before)
        if after == before:
            return Change(translate("OutcomeCharter", "Edit the priority “{title}”").format(title=before.title), lambda: None, lambda: None)
        token = self._charter_status_token()

        def write(p: Priority, status=None) -> None:
            self._charter_edit("priority.edit", f"Edited the priority “{p.title}”", lambda c: store.update_priority(c, p),
                       ids=[p.id], status=status, coalesce={"priority": p.id})

        write(after)
        return Change(translate("OutcomeCharter", "Edit the priority “{title}”").format(title=after.title), lambda: write(before, token), lambda: write(after))

    def delete_priority(self, priority_id: int) -> Change:
        priority = store.get_priority(self._store.conn, priority_id)
        if priority is None:
            raise ValidationError(translate("OutcomeCharter", "This priority is no longer in the charter."))
        return self._charter_delete(translate("OutcomeCharter", "Delete the priority “{title}”").format(
            title=priority.title), "priority.delete",
                                 f"priority:{priority_id}", lambda c: store.delete_priority(c, priority_id))

    def move_priority(self, priority_id: int, new_position: int) -> Change:
        """new_position: the priority's place in the list, counted from 0."""
        return self._charter_move("priority", priority_id, new_position)

    def priorities_from_round(self, round_id: int, top: int | None = None) -> Change:
        """The order of a closed round's results becomes the priorities' order: a priority already citing a
        candidate's recommendation (or built from its cluster) moves into place, the others are added.
        top: only the first N ranks, with everyone tied at the cut."""
        results = self.results(round_id)  # refuses a round that is not closed, with its own message
        rows = list(results.tally.results)
        if top is not None:
            if top < 1:
                raise ValidationError(translate("OutcomeCharter", "Take at least the first priority: the number must be 1 "
                                                           "or more."))
            if top < len(rows):
                cut = rows[top - 1].rank
                rows = [r for r in rows if r.rank <= cut]
        if not rows:
            raise ValidationError(translate("OutcomeCharter", "“{title}” has no candidates to take as priorities.").format(
                title=results.round.title))
        conn = self._store.conn
        candidates = {c.id: c for c in results.candidates}
        before = store.load(conn)
        existing = list(before.priorities) if before else []
        alive = store.existing_recommendations(conn, (c.recommendation_id for c in results.candidates
                                                       if c.recommendation_id is not None))
        placed: list[Priority] = []
        taken: set[int] = set()
        for row in rows:
            cand = candidates[row.candidate]
            cluster = store.cluster(conn, cand.cluster_id) if cand.cluster_id is not None else None
            if cand.recommendation_id is None and cluster is not None:
                match = next((p for p in existing if p.id not in taken and p.cluster_id == cand.cluster_id), None)
                fresh = Priority(title=cluster[0], recommendation_ids=tuple(cluster[1]), cluster_id=cand.cluster_id)
            else:
                rec_id = cand.recommendation_id if cand.recommendation_id in alive else None
                match = next((p for p in existing if p.id not in taken and rec_id is not None
                              and rec_id in p.recommendation_ids), None)
                fresh = Priority(title=short_title(cand.text) or cand.label,
                                 recommendation_ids=(rec_id,) if rec_id is not None else ())
            if match is not None:
                taken.add(match.id)
                placed.append(match)
            elif not any(set(fresh.recommendation_ids) & set(p.recommendation_ids) for p in placed if p.id):
                placed.append(fresh)  # (a recommendation already in a priority placed above is not cited twice)
        placed += [p for p in existing if p.id not in taken]
        after = replace(before or self._charter_blank(), priorities=tuple(placed), status=CharterStatus.DRAFT)
        added = sum(1 for p in placed if p.id is None)
        description = translate("OutcomeCharter", "Priorities from “{title}”").format(title=results.round.title)
        self._charter_put(after, "priority.from_round",
                  translate("OutcomeCharter", "Took {rows_count} priorities from the voting round “{title}” ({added} new)").format(
                      rows_count=len(rows), title=results.round.title, added=added))
        return self._charter_change(description, before, store.load(conn))

    # --- action points -------------------------------------------------------------------------
    def add_action_point(self, level: Level | str, text: str) -> tuple[int, Change]:
        point = ActionPoint(level=_level(level), text=_text(text, translate("OutcomeCharter", "The action point is empty.")))
        return self._charter_add(translate("OutcomeCharter", "Add a {label} action point").format(
            label=point.level.label.lower()), "action_point.add",
                                lambda c: store.insert_action_point(c, point, store.next_position(c, "action_points")))

    def update_action_point(self, point: ActionPoint) -> Change:
        before = store.get_action_point(self._store.conn, point.id) if point.id is not None else None
        if before is None:
            raise ValidationError(translate("OutcomeCharter", "This action point is no longer in the charter."))
        # Kept as typed (saving as you type must not eat the space before the next word).
        _text(point.text, translate("OutcomeCharter", "The action point is empty. Delete it instead."))
        after = replace(before, level=_level(point.level), text=point.text)
        if after == before:
            return Change(translate("OutcomeCharter", "Edit an action point"), lambda: None, lambda: None)
        token = self._charter_status_token()

        def write(a: ActionPoint, status=None) -> None:
            self._charter_edit("action_point.edit", "Edited an action point", lambda c: store.update_action_point(c, a),
                       ids=[a.id], status=status, coalesce={"action_point": a.id})

        write(after)
        return Change(translate("OutcomeCharter", "Edit an action point"), lambda: write(before, token), lambda: write(after))

    def delete_action_point(self, point_id: int) -> Change:
        if store.get_action_point(self._store.conn, point_id) is None:
            raise ValidationError(translate("OutcomeCharter", "This action point is no longer in the charter."))
        return self._charter_delete(translate("OutcomeCharter", "Delete an action point"), "action_point.delete", f"action_point:{point_id}",
                                 lambda c: store.delete_action_point(c, point_id))

    def move_action_point(self, point_id: int, new_position: int) -> Change:
        return self._charter_move("action point", point_id, new_position)

    # --- endorsements --------------------------------------------------------------------------
    def add_endorsement(self, endorsement: Endorsement) -> tuple[int, Change]:
        e = self._charter_endorsement_checked(endorsement)
        return self._charter_add(translate("OutcomeCharter", "Add the endorsement of {organisation}").format(
            organisation=e.organisation), "endorsement.add",
                                lambda c: store.insert_endorsement(c, replace(e, id=None),
                                                                   store.next_position(c, "endorsements")))

    def update_endorsement(self, endorsement: Endorsement) -> Change:
        before = store.get_endorsement(self._store.conn, endorsement.id) if endorsement.id is not None else None
        if before is None:
            raise ValidationError(translate("OutcomeCharter", "This endorsement is no longer in the charter."))
        after = replace(self._charter_endorsement_checked(endorsement), position=before.position)
        if after == before:
            return Change(translate("OutcomeCharter", "Edit an endorsement"), lambda: None, lambda: None)
        token = self._charter_status_token()

        def write(e: Endorsement, status=None) -> None:
            self._charter_edit("endorsement.edit", f"Edited the endorsement of {e.organisation}",
                       lambda c: store.update_endorsement(c, e), ids=[e.id], status=status,
                       coalesce={"endorsement": e.id})

        write(after)
        return Change(translate("OutcomeCharter", "Edit the endorsement of {organisation}").format(
            organisation=after.organisation), lambda: write(before, token),
                      lambda: write(after))

    def delete_endorsement(self, endorsement_id: int) -> Change:
        e = store.get_endorsement(self._store.conn, endorsement_id)
        if e is None:
            raise ValidationError(translate("OutcomeCharter", "This endorsement is no longer in the charter."))
        return self._charter_delete(translate("OutcomeCharter", "Delete the endorsement of {organisation}").format(
            organisation=e.organisation), "endorsement.delete",
                                 f"endorsement:{endorsement_id}", lambda c: store.delete_endorsement(c, endorsement_id))

    def move_endorsement(self, endorsement_id: int, new_position: int) -> Change:
        return self._charter_move("endorsement", endorsement_id, new_position)

    def endorsements_from_organisations(self) -> Change:
        """One endorsement per registered organisation that does not endorse yet."""
        organisations = self.organisations()
        if not organisations:
            raise ValidationError(translate("OutcomeCharter", "No organisations are registered yet. Register the "
                                                       "participants with their organisations first, or add "
                                                       "endorsements one by one."))
        current = store.endorsements(self._store.conn)
        linked = {e.organisation_id for e in current}
        named = {e.organisation.casefold() for e in current}
        missing = [o for o in organisations if o.id not in linked and o.name.casefold() not in named]
        if not missing:
            raise ValidationError(translate("OutcomeCharter", "Every registered organisation is already in the list of "
                                                       "endorsements."))

        def insert(conn) -> int:
            position = store.next_position(conn, "endorsements")
            return [store.insert_endorsement(conn, Endorsement(organisation=o.name, organisation_id=o.id), position + n)
                    for n, o in enumerate(missing)][0]

        n = len(missing)
        _, change = self._charter_add(OutcomeCharter.tr("Add %n endorsement(s) from the registered organisations", None, n),
                                     "endorsement.add", insert)
        return change

    # --- comments (not part of the charter's text or its versions) ---------------------------------
    def add_comment(self, part: str, body: str, participant_id: int | None = None) -> tuple[int, Change]:
        part = (part or "").strip()
        if not part:
            raise ValidationError(translate("OutcomeCharter", "Say which part of the charter the comment is on."))
        body = _text(body, translate("OutcomeCharter", "The comment is empty."))
        if participant_id is not None and not store.participant_exists(self._store.conn, participant_id):
            raise ValidationError(translate("OutcomeCharter", "This participant is no longer registered. Leave the "
                                                       "comment anonymously instead."))
        with self._store.transaction():
            comment_id = store.insert_comment(self._store.conn, Comment(None, part, body, participant_id))
            writes.audit(self._store.conn, "comment.add", "Commented on the charter", {"comment": comment_id})
        self._announce(COMMENTS, [comment_id])
        stored = store.get_comment(self._store.conn, comment_id)
        return comment_id, Change(translate("OutcomeCharter", "Add a comment"), lambda: self._charter_remove_comments([stored]),
                                  lambda: self._charter_put_back_comments([stored]))

    def set_comment_resolved(self, comment_id: int, resolved: bool) -> Change:
        before = store.get_comment(self._store.conn, comment_id)
        if before is None:
            raise ValidationError(translate("OutcomeCharter", "This comment is no longer there."))

        def write(value: bool) -> None:
            with self._store.transaction():
                store.set_comment_resolved(self._store.conn, comment_id, value)
                writes.audit(self._store.conn, "comment.resolve",
                             "Marked a comment resolved" if value else "Reopened a comment", {"comment": comment_id})
            self._announce(COMMENTS, [comment_id])

        write(bool(resolved))
        return Change(translate("OutcomeCharter", "Resolve a comment") if resolved else translate("OutcomeCharter", "Reopen a comment"), lambda: write(before.resolved),
                      lambda: write(bool(resolved)))

    def delete_comment(self, comment_id: int) -> Change:
        before = store.get_comment(self._store.conn, comment_id)
        if before is None:
            raise ValidationError(translate("OutcomeCharter", "This comment is no longer there."))
        self._charter_remove_comments([before])
        return Change(translate("OutcomeCharter", "Delete a comment"), lambda: self._charter_put_back_comments([before]),
                      lambda: self._charter_remove_comments([before]))

    def _charter_remove_comments(self, comments: list[Comment]) -> None:
        with self._store.transaction():
            store.delete_comments(self._store.conn, [c.id for c in comments])
            writes.audit(self._store.conn, "comment.delete", f"Deleted {len(comments)} comment(s)",
                         {"comments": [c.id for c in comments]})
        self._announce(COMMENTS, [c.id for c in comments])

    def _charter_put_back_comments(self, comments: list[Comment]) -> None:
        with self._store.transaction():
            for c in comments:
                store.insert_comment(self._store.conn, c)
            writes.audit(self._store.conn, "comment.restore", f"Restored {len(comments)} comment(s)",
                         {"comments": [c.id for c in comments]})
        self._announce(COMMENTS, [c.id for c in comments])

    # --- versions and adoption -------------------------------------------------------------------
    def save_version(self, name: str) -> tuple[int, Change]:
        name = " ".join((name or "").split())
        if not name:
            raise ValidationError(translate("OutcomeCharter", "Give the version a name, such as “Draft after day 1”."))
        charter = store.load(self._store.conn)
        if charter is None:
            raise ValidationError(translate("OutcomeCharter", "There is no charter to save yet. Start one first."))
        snapshot = self._charter_snapshot(charter)
        with self._store.transaction():
            version_id = store.insert_version(self._store.conn, name=name, snapshot=snapshot)
            writes.audit(self._store.conn, "charter.version", f"Saved the charter version “{name}”",
                         {"version": version_id})
        self._announce(TOPIC, [version_id])
        created_at = store.get_version(self._store.conn, version_id).created_at

        def remove() -> None:
            with self._store.transaction():
                store.delete_version(self._store.conn, version_id)
                writes.audit(self._store.conn, "charter.version.delete", f"Removed the charter version “{name}”",
                             {"version": version_id})
            self._announce(TOPIC, [version_id])

        def put_back() -> None:
            with self._store.transaction():
                store.insert_version(self._store.conn, name=name, snapshot=snapshot, version_id=version_id,
                                     created_at=created_at)
                writes.audit(self._store.conn, "charter.version", f"Saved the charter version “{name}”",
                             {"version": version_id})
            self._announce(TOPIC, [version_id])

        return version_id, Change(translate("OutcomeCharter", "Save the version “{name}”").format(name=name), remove, put_back)

    def restore_version(self, version_id: int) -> Change:
        """The working charter becomes the saved one (as a draft). Recommendations deleted since are left out."""
        restored = self.version_charter(version_id)
        version = store.get_version(self._store.conn, version_id)
        before = store.load(self._store.conn)
        description = translate("OutcomeCharter", "Restore the version “{name}”").format(name=version.name)
        self._charter_put(replace(restored, status=CharterStatus.DRAFT), "charter.restore", description)
        return self._charter_change(description, before, store.load(self._store.conn))

    def adopt(self, adopted_on: str, place: str) -> int:
        """Freeze the charter as adopted, on a date and at a place. Not undoable: it is a formal act."""
        conn = self._store.conn
        charter = store.load(conn) or Charter()
        problems = validate_for_adoption(charter)
        adopted_on = (adopted_on or "").strip()
        place = " ".join((place or "").split())
        if not (len(adopted_on) == 10 and is_partial_date(adopted_on)):
            problems.append(translate("OutcomeCharter", "Give the date of adoption as a full date, such as 2025-03-14."))
        if not place:
            problems.append(translate("OutcomeCharter", "Say where the charter is adopted."))
        if problems:
            raise ValidationError(" ".join(problems))
        current = self.adopted_version()
        if charter.status == CharterStatus.ADOPTED and current is not None:
            raise ValidationError(translate("OutcomeCharter", "This charter was adopted on {adopted_on} in "
                                                       "{adopted_at_place} and has not changed since.").format(
                adopted_on=current.adopted_on, adopted_at_place=current.adopted_at_place))
        snapshot = self._charter_snapshot(replace(charter, status=CharterStatus.ADOPTED))
        with self._store.transaction():
            version_id = store.insert_version(conn, name=f"Adopted on {adopted_on} in {place}", snapshot=snapshot,
                                              kind="adopted", adopted_on=adopted_on, adopted_at_place=place)
            store.set_adopted(conn, version_id)
            writes.audit(conn, "charter.adopt", f"Adopted the charter on {adopted_on} in {place}",
                         {"version": version_id})
        self._announce(TOPIC, [version_id])
        return version_id

    # --- helpers ---------------------------------------------------------------------------------
    def _charter_blank(self) -> Charter:
        info = self.info()
        return Charter(title=info.title, place=info.venue, start_date=info.start_date, end_date=info.end_date,
                       organisers=tuple(info.organisers))

    def _charter_status_token(self) -> tuple:
        conn = self._store.conn
        return store.status(conn), store.adopted_version_id(conn)

    def _charter_status_for(self, token: tuple) -> CharterStatus:
        """Undo goes back to "adopted" only if that same adoption is still the latest: the text is then
        exactly the adopted one again."""
        status, version_id = token
        if status == CharterStatus.ADOPTED and store.adopted_version_id(self._store.conn) == version_id:
            return CharterStatus.ADOPTED
        return CharterStatus.DRAFT

    def _charter_edit(self, action: str, summary: str, write: Callable, *, ids: Sequence[int] = (),
              status: tuple | None = None, coalesce: dict | None = None):
        """One targeted write; status None: an edit (a new draft), else the token of the state to go back to."""
        conn = self._store.conn
        with self._store.transaction():
            result = write(conn)
            store.set_status(conn, CharterStatus.DRAFT if status is None else self._charter_status_for(status))
            store.audit_once(conn, action, summary, coalesce)
        self._announce(TOPIC, ids)
        return result

    def _charter_put(self, charter: Charter | None, action: str, summary: str) -> None:
        if charter is None and store.adopted_version_id(self._store.conn) is not None:
            charter = Charter()  # undoing the start of a charter adopted since: keep the record of adoption
        with self._store.transaction():
            store.put(self._store.conn, charter)
            writes.audit(self._store.conn, action, summary)
        self._announce(TOPIC)

    def _charter_change(self, description: str, before: Charter | None, after: Charter | None,
                      undo_extra: Callable | None = None, redo_extra: Callable | None = None) -> Change:
        token = (before.status, store.adopted_version_id(self._store.conn)) if before is not None else None

        def undo() -> None:
            charter = replace(before, status=self._charter_status_for(token)) if before is not None else None
            self._charter_put(charter, "charter.undo", f"Undid: {description}")
            if undo_extra:
                undo_extra()

        def redo() -> None:
            self._charter_put(after, "charter.redo", f"Redid: {description}")
            if redo_extra:
                redo_extra()

        return Change(description, undo, redo)

    def _charter_add(self, description: str, action: str, write: Callable) -> tuple[int, Change]:
        """Add a part (starting the charter if there is none yet); undo puts back the whole charter."""
        conn = self._store.conn
        before = store.load(conn)
        with self._store.transaction():
            if before is None:
                store.put(conn, self._charter_blank())
            new_id = write(conn)
            store.set_status(conn, CharterStatus.DRAFT)
            writes.audit(conn, action, description, {"id": new_id})
        self._announce(TOPIC, [new_id])
        return new_id, self._charter_change(description, before, store.load(conn))

    def _charter_delete(self, description: str, action: str, part: str, delete: Callable) -> Change:
        """Delete a part and the comments on it; undo puts both back."""
        conn = self._store.conn
        before = store.load(conn)
        comments = store.comments(conn, part)
        with self._store.transaction():
            delete(conn)
            for table in _ORDERED.values():  # positions stay 0, 1, 2... as after any rewrite
                store.renumber(conn, table, store.ordered_ids(conn, table))
            store.delete_comments(conn, [c.id for c in comments])
            store.set_status(conn, CharterStatus.DRAFT)
            writes.audit(conn, action, description)
        self._announce(TOPIC)
        if comments:
            self._announce(COMMENTS, [c.id for c in comments])
        return self._charter_change(
            description, before, store.load(conn),
            undo_extra=(lambda: self._charter_put_back_comments(comments)) if comments else None,
            redo_extra=(lambda: self._charter_remove_comments(comments)) if comments else None)

    def _charter_move(self, kind: str, part_id: int, new_position: int) -> Change:
        table = _ORDERED[kind]
        conn = self._store.conn
        order = store.ordered_ids(conn, table)
        if part_id not in order:
            raise ValidationError(_no_longer_there(kind))
        target = max(0, min(int(new_position), len(order) - 1))
        if order.index(part_id) == target:
            return Change(_move_words(kind), lambda: None, lambda: None)
        before = store.load(conn)
        with self._store.transaction():
            _move_in(conn, table, part_id, target)
            store.set_status(conn, CharterStatus.DRAFT)
            writes.audit(conn, f"{table}.move", f"Moved a {kind} to place {target + 1}", {"id": part_id})
        self._announce(TOPIC, [part_id])
        return self._charter_change(_move_words(kind), before, store.load(conn))

    def _charter_recs(self, rec_ids: Sequence[int]) -> tuple[int, ...]:
        ids = tuple(dict.fromkeys(int(r) for r in rec_ids))
        missing = [r for r in ids if r not in store.existing_recommendations(self._store.conn, ids)]
        if missing:
            if len(missing) == 1:
                raise ValidationError(translate("OutcomeCharter", "1 of the chosen recommendations is no longer in the "
                                                           "workshop (deleted since). Choose again."))
            raise ValidationError(OutcomeCharter.tr("%n of the chosen recommendations are no longer in the workshop "
                                             "(deleted since). Choose again.", None, len(missing)))
        return ids

    def _charter_priority_checked(self, p: Priority, before: Priority) -> Priority:
        problems = []
        title = p.title or ""  # kept as typed: saving as you type must not eat the space before the next word
        if not title.strip():
            problems.append(translate("OutcomeCharter", "The priority needs a title."))
        try:
            level = Level(p.level)
        except ValueError:
            problems.append(translate("OutcomeCharter", "“{level}” is not a level: choose national, regional or "
                                                 "international.").format(
                level=p.level))
            level = before.level
        try:
            status = ImplementationStatus(p.status)
        except ValueError:
            problems.append(translate("OutcomeCharter", "“{status}” is not an implementation status.").format(
                status=p.status))
            status = before.status
        milestones = []
        for n, m in enumerate(p.milestones, 1):
            due = (m.due or "").strip()
            if due and not is_partial_date(due):
                problems.append(translate("OutcomeCharter", "Milestone {n}: “{due}” is not a date. Write the year, the "
                                                     "year and month, or the full date: 2027, 2027-06 or "
                                                     "2027-06-30.").format(
                    n=n, due=due))
            milestones.append(Milestone(due, m.description or ""))
        cluster_id = p.cluster_id
        if cluster_id is not None and not store.cluster_exists(self._store.conn, cluster_id):
            cluster_id = None  # the cluster was deleted: the priority stands on its own
        if problems:
            raise ValidationError(" ".join(problems))
        rec_ids = self._charter_recs(p.recommendation_ids)
        return replace(p, position=before.position, title=title, level=level, status=status,
                       milestones=tuple(milestones), recommendation_ids=rec_ids, cluster_id=cluster_id,
                       **{k: getattr(p, k) or "" for k in ("government_action", "cso_actions", "lead_actor",
                                                           "partners", "indicators", "resources")})

    def _charter_endorsement_checked(self, e: Endorsement) -> Endorsement:
        organisation = e.organisation or ""  # kept as typed
        if not organisation.strip():
            raise ValidationError(translate("OutcomeCharter", "The endorsement needs the organisation's name, as it signs."))
        org_id = e.organisation_id
        if org_id is not None and not store.organisation_exists(self._store.conn, org_id):
            org_id = None
        return replace(e, organisation=organisation, organisation_id=org_id, representative=e.representative or "",
                       role=e.role or "", date=e.date or "", signed_on_paper=bool(e.signed_on_paper))

    def _charter_snapshot(self, charter: Charter) -> dict:
        """The charter frozen, with its recommendations' references as they read now."""
        data = to_snapshot(charter)
        refs = store.references(self._store.conn, charter.cited_recommendation_ids())
        data["references"] = {str(k): v for k, v in refs.items()}
        return data

    def _charter_snapshot_or_refuse(self, version_id: int) -> dict:
        snapshot = store.version_snapshot(self._store.conn, version_id)
        if snapshot is None:
            raise ValidationError(translate("OutcomeCharter", "There is no saved version {version_id} of the charter.").format(
                version_id=version_id))
        return snapshot

    def _charter_text_of(self, version_id: int | None) -> str:
        if version_id is None:
            charter = self.charter()
            refs = store.references(self._store.conn, charter.cited_recommendation_ids())
        else:
            snapshot = self._charter_snapshot_or_refuse(version_id)
            charter = from_snapshot(snapshot)
            refs = store.references(self._store.conn, charter.cited_recommendation_ids())
            refs.update({int(k): v for k, v in snapshot.get("references", {}).items()})
        return plain_text(charter, refs)


def _filler(info) -> Callable[[str], str]:
    """A template's {workshop}, {country}, {place} and {dates}, from the workshop's details (left as
    [country], [place]... for the facilitator when the details don't say)."""
    from ..domain.workshop import ALL_COUNTRIES

    from ..text import Documents

    days = [d for d in dict.fromkeys((info.start_date, info.end_date)) if d]
    dates = (Documents(info.document_language).translate("Charter template", "{start} to {end}").format(
        start=days[0], end=days[1]) if len(days) == 2 else "".join(days))  # in the charter's own language
    values = {"workshop": info.title, "country": info.country if info.country != ALL_COUNTRIES else "",
              "place": info.venue, "dates": dates}

    def fill(text: str) -> str:
        for key, value in values.items():
            text = text.replace("{" + key + "}", value or f"[{key}]")
        return text

    return fill


def _move_in(conn, table: str, part_id: int, position: int) -> None:
    order = [i for i in store.ordered_ids(conn, table) if i != part_id]
    order.insert(max(0, min(int(position), len(order))), part_id)
    store.renumber(conn, table, order)


def _level(value) -> Level:
    try:
        return Level(value)
    except ValueError:
        raise ValidationError(translate("OutcomeCharter", "“{value}” is not a level: choose national, regional or "
                                                   "international.").format(
            value=value)) from None


def _text(value: str, empty_message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(empty_message)
    return value


_FIELD_NAMES = {"title": "title", "place": "place", "start_date": "dates", "end_date": "dates",
                "organisers": "organisers", "preamble": "preamble", "monitoring": "monitoring arrangement"}


def _edit_fields_words(values: dict) -> str:
    """The undo step's name, a whole sentence per field (several fields: the charter's details)."""
    names = list(dict.fromkeys(_FIELD_NAMES[k] for k in values))
    if len(names) > 1:
        return translate("OutcomeCharter", "Edit the charter's details")
    return {"title": lambda: translate("OutcomeCharter", "Edit the charter's title"),
            "place": lambda: translate("OutcomeCharter", "Edit the charter's place"),
            "dates": lambda: translate("OutcomeCharter", "Edit the charter's dates"),
            "organisers": lambda: translate("OutcomeCharter", "Edit the charter's organisers"),
            "preamble": lambda: translate("OutcomeCharter", "Edit the charter's preamble"),
            "monitoring arrangement": lambda: translate("OutcomeCharter",
                                                        "Edit the charter's monitoring arrangement"),
            }[names[0]]()


def _describe_fields(values: dict) -> str:
    names = list(dict.fromkeys(_FIELD_NAMES[k] for k in values))
    return listing(names, "en")  # the audit log is English


def _no_longer_there(kind: str) -> str:
    if kind == "section":
        return translate("OutcomeCharter", "This section is no longer in the charter.")
    if kind == "priority":
        return translate("OutcomeCharter", "This priority is no longer in the charter.")
    if kind == "action point":
        return translate("OutcomeCharter", "This action point is no longer in the charter.")
    return translate("OutcomeCharter", "This endorsement is no longer in the charter.")


def _move_words(kind: str) -> str:
    """The undo step's name."""
    if kind == "section":
        return translate("OutcomeCharter", "Move a section")
    if kind == "priority":
        return translate("OutcomeCharter", "Move a priority")
    if kind == "action point":
        return translate("OutcomeCharter", "Move an action point")
    return translate("OutcomeCharter", "Move an endorsement")
