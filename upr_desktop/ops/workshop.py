"""The Workshop: an open workshop file and the operations on it."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from ..domain.errors import ImportCancelled, ImportRejected, ValidationError, WorkshopError
from ..domain.recommendation import Recommendation, cycle_for_session, validate_recommendation
from ..domain.workshop import ALL_COUNTRIES, WorkshopInfo
from ..store import backups, encryption, engine, in_use, queries, writes
from ..text import LANGUAGES, Documents
from ..store.database import (
    IntegrityCheck,
    WorkshopDB,
    clean_copy,
    create_workshop_db,
    is_sound,
    open_workshop_db,
    plain_error,
    stamped_at,
    unlock,
)
from ..text import translate
from ..store.queries import RecommendationFilter
from .changes import Change, ChangeEvent
from ..text import Context, translate

Recommendations = Context("Recommendations")  # plural sentences: lupdate takes the context from this name

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportSummary:
    source_file: str
    format: str
    rows_read: int
    added: int
    duplicates: int
    other_countries: int
    country: str | None
    import_id: int | None
    added_ids: tuple[int, ...] = ()

    def message(self) -> str:
        if self.rows_read and not self.added and self.duplicates == self.rows_read - self.other_countries:
            return Recommendations.tr("Nothing new: all %n recommendations from {file} are already in the workshop.", None,
                               self.duplicates).format(file=self.source_file)
        # Each sentence whole; the summary is the sentences side by side.
        parts = [Recommendations.tr("Read %n recommendation(s) from {file}.", None, self.rows_read).format(
            file=self.source_file),
                 translate("Workshop", "Added {count}.").format(count=self.added)]
        if self.duplicates == 1:
            parts.append(translate("Workshop", "1 was already in the workshop and was not added again."))
        elif self.duplicates:
            parts.append(Recommendations.tr("%n were already in the workshop and were not added again.", None,
                                            self.duplicates))
        if self.other_countries:
            parts.append(Recommendations.tr("%n for other States under review were left out.", None,
                                            self.other_countries))
        return " ".join(parts)


class NeedsCountryChoice(WorkshopError):
    """The source covers several States under review and the workshop's country isn't one of them."""

    def __init__(self, countries: list[tuple[str, int]]):
        names = ", ".join(name for name, _ in countries[:6]) + ("…" if len(countries) > 6 else "")
        super().__init__(
            Recommendations.tr("This file holds recommendations to %n States under review ({names}). Choose which "
                               "State to import, or “All countries”.", None, len(countries)).format(names=names)
        )
        self.countries = countries


def latest_good_backup(path: str | os.PathLike, key: engine.WorkshopKey | None = None, *,
                       passphrase: str | None = None) -> Path | None:
    """The newest backup of the workshop at `path` that passes SQLite's full check (None: none does).
    An encrypted workshop's backups are checked with its key, or with the key its `passphrase` (or recovery
    key) gives for each backup (for a workshop too damaged to open)."""
    newest_first = sorted(backups.list_backups(Path(path)), key=lambda b: b.stat().st_mtime_ns, reverse=True)
    for backup in newest_first:
        backup_key = key
        if backup_key is None and passphrase is not None and engine.is_encrypted_file(backup):
            try:
                backup_key = unlock(backup, passphrase)
            except WorkshopError:
                continue
        if is_sound(backup, backup_key):
            return backup
    return None


def _holds_changes(wal: Path) -> bool:
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def describe_failure(error: BaseException) -> WorkshopError | None:
    """Plain words for a failure that escaped the usual paths (a full disk, a damaged page), or None."""
    return plain_error(error)


@dataclass(frozen=True)
class EncryptionDone:
    """What encrypting a plain workshop did: the plain backups it deleted."""

    deleted_backups: list[Path]

    def message(self) -> str:
        done = translate("Encryption", "The workshop is now encrypted. It opens only with its passphrase or its "
                         "recovery key.")
        if self.deleted_backups:
            count = len(self.deleted_backups)  # a bare name: lupdate drops a call whose count is an expression
            removed = translate("Encryption", "%n unencrypted backup(s) of it were deleted. On SSDs and USB "
                                "sticks deleted data can sometimes still be recovered with special tools, "
                                "so deleting is not the same as securely erasing.", None, count)
        else:
            removed = translate("Encryption", "It had no unencrypted backups to delete.")
        elsewhere = translate("Encryption", "Copies of the workshop made elsewhere (on other disks, in e-mail, "
                              "on other computers) are not encrypted or removed: delete them yourself.")
        return " ".join((done, removed, elsewhere))


# The operations on participants and votes, clusters, the charter, follow-up and travel copies: each group in its
# own module, a mixin of Workshop's. They (and the domain and store modules under them) are taken in the first time
# one of their names is asked for, of a workshop or of the class: opening a workshop and showing its
# recommendations needs none of them, and importing them cost that a fifth of its time. Taken in as inheriting
# from them in this order would: Workshop's own attributes first, then each mixin's in turn.
_MIXINS = ((".participants", "ParticipantOps"), (".voting", "VotingOps"), (".clusters", "ClusterOps"),
           (".charter", "CharterOps"), (".followup", "FollowupOps"), (".travel", "TravelCopyOps"))
_taking_in = threading.Lock()


def _take_in_mixins() -> bool:
    """Put the mixins' attributes on Workshop (once; any thread). False when they were there already."""
    if "_mixins_taken_in" in Workshop.__dict__:
        return False
    from importlib import import_module

    with _taking_in:
        if "_mixins_taken_in" in Workshop.__dict__:
            return True  # another thread took them in meanwhile: look again
        for module, name in _MIXINS:
            for key, value in vars(getattr(import_module(module, __package__), name)).items():
                if not (key.startswith("__") and key.endswith("__")) and key not in Workshop.__dict__:
                    setattr(Workshop, key, value)
        Workshop._mixins_taken_in = True
    return True


class _TakesInMixins(type):
    def __getattr__(cls, name: str):  # only for a name the class does not have (yet)
        if name.startswith("__") or not _take_in_mixins():
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
        return getattr(cls, name)


class Workshop(metaclass=_TakesInMixins):
    """An open workshop. Reads are plain methods; every write returns a Change. The operations of ParticipantOps,
    VotingOps, ClusterOps, CharterOps, FollowupOps and TravelCopyOps are its own too (taken in when first asked
    for: see _MIXINS)."""

    def __init__(self, store: WorkshopDB):
        self._store = store
        self._listeners: list[Callable[[ChangeEvent], None]] = []

    def __getattr__(self, name: str):  # only for a name not found (a mixin's, before they are taken in)
        for klass in type(self).__mro__:
            if name in klass.__dict__ and hasattr(klass.__dict__[name], "__get__"):
                # A property of ours raised AttributeError: Python came here instead. Run it again, so its own
                # error (and traceback) shows, not a missing name; and load no mixins for it.
                return klass.__dict__[name].__get__(self, type(self))
        if name.startswith("__") or not _take_in_mixins():
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return getattr(self, name)

    # --- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike, *, passphrase: str | None = None, read_only: bool | None = None,
             command_line: bool = False) -> "Workshop":
        """Open a workshop file. Opening it for changes while another window has it open for changes
        raises WorkshopInUse (read_only=True still works then); read-only opens are never refused for it.
        `command_line`: a one-shot command, which waits a few seconds for another program to finish
        with the file and checks a large file fully before it starts.
        An encrypted workshop needs its `passphrase` or its recovery key: PassphraseNeeded without,
        WrongPassphrase when it does not open it (the file is untouched either way). A passphrase given
        for a plain workshop: WorkshopNotEncrypted."""
        workshop = cls(open_workshop_db(path, read_only=read_only, command_line=command_line,
                                        passphrase=passphrase))
        if _holds_changes(workshop.path.with_name(workshop.path.name + "-wal")):
            workshop.fold_in_leftover_wal()  # a closed workshop leaves an empty -wal, or none
        return workshop

    @staticmethod
    def save_cleaned_copy(source: str | os.PathLike, target: str | os.PathLike, *,
                          passphrase: str | None = None) -> Path:
        """A copy of a refused workshop (one holding triggers, views, tables or indexes this version did
        not put there) with the workshop's data and nothing else. The original is left as it is. The copy
        of an encrypted workshop is encrypted with the same key."""
        key = unlock(source, passphrase) if engine.is_encrypted_file(source) else None
        return clean_copy(source, target, key)

    @staticmethod
    def is_encrypted_file(path: str | os.PathLike) -> bool:
        """Whether the file looks like an encrypted workshop (from its first bytes; no key needed)."""
        return engine.is_encrypted_file(path)

    @property
    def encrypted(self) -> bool:
        return self._store.encrypted

    def recovery_key(self) -> str:
        """The key that opens this workshop in place of its passphrase ("UPR1-" and 13 groups of 4
        letters and digits). Changing the passphrase changes it."""
        if self._store.key is None:
            raise WorkshopError(translate("Encryption", "This workshop is not encrypted, so it has no recovery key."))
        return self._store.key.recovery_key()

    def change_passphrase(self, new: str) -> None:
        """Rekey the file in place, atomically (the old passphrase and recovery key stop working)."""
        if self._store.key is None:
            raise WorkshopError(translate("Encryption", "This workshop is not encrypted. Encrypt it first."))
        _check_passphrase(new)
        self._rewrite(engine.new_key(new), "workshop.rekey", "Passphrase changed")

    def encrypt(self, passphrase: str) -> EncryptionDone:
        """Encrypt this plain workshop in place and delete its plain backups; it stays open, encrypted."""
        if self._store.key is not None:
            raise WorkshopError(translate("Encryption", "This workshop is already encrypted. Use “Change "
                                          "passphrase…” to set a new passphrase."))
        _check_passphrase(passphrase)
        self._rewrite(engine.new_key(passphrase), "workshop.encrypt", "Workshop encrypted")
        deleted = encryption.remove_plain_backups(self.path)
        log.info("encrypted a workshop in place; %d plain backup(s) deleted", len(deleted))
        return EncryptionDone(deleted_backups=deleted)

    def _rewrite(self, key: engine.WorkshopKey, action: str, what: str) -> None:
        with self._store.transaction():
            writes.audit(self._store.conn, action, what)
        self._store = encryption.rewrite_with_key(self._store, key)
        self._announce("workshop")

    @property
    def integrity(self) -> IntegrityCheck | None:
        """The full check of a large file, running or done after it opened (None: checked on open)."""
        return self._store.integrity

    @staticmethod
    def open_elsewhere(path: str | os.PathLike) -> bool:
        """Whether another window has this workshop open for changes (right now; it may change)."""
        return in_use.held_elsewhere(path)

    def another_connection(self) -> "Workshop":
        """The same workshop on a connection of its own, for a worker thread (an SQLite connection
        can't cross threads). It works under this workshop's "in use" lock, which stays held when it
        closes. May be called from the worker thread."""
        return Workshop(open_workshop_db(self.path, read_only=self.read_only, under_lock=self._store.lock,
                                         integrity=self._store.integrity, key=self._store.key))

    @classmethod
    def create(cls, path: str | os.PathLike, info: WorkshopInfo, *, passphrase: str | None = None,
               command_line: bool = False) -> "Workshop":
        """A new workshop file; encrypted when a passphrase is given."""
        problems = validate_info(info)
        if problems:
            raise ValidationError(" ".join(problems))
        key = None
        if passphrase is not None:
            _check_passphrase(passphrase)
            key = engine.new_key(passphrase)
        return cls(create_workshop_db(path, _info_to_meta(info), command_line=command_line, key=key))

    def close(self) -> None:
        """Close the file and, when this opened it for changes, let other windows open it for changes.
        An encrypted workshop's key is let go (Python can't promise to wipe the bytes; nothing keeps them)."""
        self._store.close()
        self._store.key = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def migrated_from(self) -> int | None:
        return self._store.migrated_from

    @staticmethod
    def at(when):
        """Context manager: the changes made within it are recorded as of `when` (an aware datetime or ISO
        string), not now. For work that happened at another time: the demo's workshop days."""
        return stamped_at(when)

    def building(self):
        """Context manager for filling a brand-new file in bulk (the demo): one fsync at the end."""
        return self._store.unsynced()

    def schema_version(self) -> int:
        return self._store.schema_version()

    # --- notifications -------------------------------------------------------------------
    def subscribe(self, listener: Callable[[ChangeEvent], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[ChangeEvent], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _announce(self, topic: str, ids: Sequence[int] = ()) -> None:
        event = ChangeEvent(topic, tuple(ids))
        for listener in list(self._listeners):
            listener(event)

    # --- reads ---------------------------------------------------------------------------
    def info(self) -> WorkshopInfo:
        meta = self._store.meta()
        return WorkshopInfo(
            title=meta.get("title", ""), country=meta.get("country", ""), cycle=meta.get("cycle"),
            review_date=meta.get("review_date", ""), venue=meta.get("venue", ""),
            start_date=meta.get("start_date", ""), end_date=meta.get("end_date", ""),
            organisers=tuple(meta.get("organisers", ())),
            document_language=meta.get(DOCUMENT_LANGUAGE_KEY) or "en",  # files from before: English
        )

    def document_language(self) -> str:
        """The language the workshop's documents are written in (a code of text.LANGUAGES)."""
        lang = self._store.meta().get(DOCUMENT_LANGUAGE_KEY) or "en"
        return lang if lang in LANGUAGES else "en"

    def documents(self) -> Documents:
        """The translator for what this workshop writes: Documents(document language)."""
        return Documents(self.document_language())

    def meta(self) -> dict:
        return self._store.meta()

    def filtered_ids(self, flt: RecommendationFilter, sort: str | None = None, descending: bool = False) -> list[int]:
        return queries.filtered_ids(self._store.conn, flt, sort, descending)

    def page(self, flt: RecommendationFilter, sort: str | None = None, descending: bool = False, *,
             after: queries.PageCursor | None = None, limit: int = 200) -> queries.Page:
        """The next window of ids in display order (see store.queries.page); paging through all
        of them gives exactly ranked_ids()."""
        return queries.page(self._store.conn, flt, sort, descending, after=after, limit=limit)

    def page_at(self, flt: RecommendationFilter, sort: str | None = None, descending: bool = False, *,
                offset: int = 0, limit: int = 200) -> queries.Page:
        """The window starting at row `offset` (a scroll-bar jump); page on with page(after=...)."""
        return queries.page_at(self._store.conn, flt, sort, descending, offset=offset, limit=limit)

    def count_matching(self, flt: RecommendationFilter) -> int:
        """How many rows the filter and search show, without listing them."""
        return queries.count(self._store.conn, flt)

    def count_matching_elsewhere(self, flt: RecommendationFilter) -> int:
        """count_matching on a read-only connection of its own, opened and closed here: for a worker
        thread, so that a long count never holds up the window (a connection can't cross threads)."""
        conn = self._store.reader()
        try:
            return queries.count(conn, flt)
        finally:
            conn.close()

    def row_number(self, flt: RecommendationFilter, sort: str | None = None, descending: bool = False, *,
                   rec_id: int) -> int | None:
        """rec_id's row in that display order, or None when the filter hides it."""
        return queries.row_number(self._store.conn, flt, sort, descending, rec_id)

    def ranked_ids(self, flt: RecommendationFilter, sort: str | None = None,
                   descending: bool = False) -> tuple[list[int], bool]:
        """Ids in display order, and whether it is relevance order (a search with too many
        matches to rank in a frame comes in file order)."""
        return queries.ranked_ids(self._store.conn, flt, sort, descending)

    def recommendations(self, ids: list[int]) -> dict[int, Recommendation]:
        return queries.fetch_recommendations(self._store.conn, ids)

    def recommendation(self, rec_id: int) -> Recommendation | None:
        return queries.get_recommendation(self._store.conn, rec_id)

    def count(self) -> int:
        return queries.count_recommendations(self._store.conn)

    def response_counts(self) -> dict[str, int]:
        return queries.response_counts(self._store.conn)

    def facet_values(self, facet: str) -> list[tuple[str, int]]:
        return queries.facet_values(self._store.conn, facet)

    def facet_counts(self, facet: str, flt: RecommendationFilter) -> dict:
        """Each value's count within the search and the other filters (faceted search)."""
        return queries.facet_counts(self._store.conn, facet, flt)

    def session_values(self) -> list[tuple[int, int]]:
        return queries.session_values(self._store.conn)

    def country_values(self) -> list[tuple[str, int]]:
        return queries.country_values(self._store.conn)

    def search(self, text: str, limit: int = 20) -> list[queries.SearchHit]:
        return queries.search(self._store.conn, text, limit, self.path)

    def notes(self, rec_id: int) -> list[queries.Note]:
        return queries.notes_for(self._store.conn, rec_id)

    def note_counts(self, ids: list[int]) -> dict[int, int]:
        return queries.note_counts(self._store.conn, ids)

    def audit_entries(self, limit: int = 100) -> list[tuple]:
        return queries.audit_entries(self._store.conn, limit)

    def imports(self) -> list[dict]:
        return queries.imports(self._store.conn)

    def saved_mapping(self, columns: Sequence[str]) -> dict[str, str] | None:
        """The fields chosen ({field: column}) when a table with these same columns was last imported."""
        return queries.saved_mapping(self._store.conn, list(columns))

    # --- backups -------------------------------------------------------------------------
    def rolling_backup(self) -> Path | None:
        """None while a secret round is open: two copies taken minutes apart would show whose
        "has voted" record and which ballot arrived in between."""
        job = self.rolling_backup_job()
        return job() if job is not None else None

    def rolling_backup_job(self) -> Callable[..., Path] | None:
        """The rolling backup as a job for a worker thread, or None when none is to be taken.

        Decide on the GUI thread (cheap), run the job anywhere: it opens its own connection and
        copies in steps within one read snapshot, so the window never waits on it and edits made
        meanwhile neither block nor restart it. job(progress=callable(copied, total)) reports pages.
        """
        if self.secret_round_open():
            log.info("rolling backup skipped: a secret round is open")
            return None
        check = self._store.integrity
        if check is not None and not check.ok:
            # A copy of a damaged file would push the good backups out of the rolling set.
            log.info("rolling backup skipped: the file's full check has %s", "failed" if check.failed else "not finished")
            return None
        source, path, key = backups.database_file(self._store.conn), self.path, self._store.key

        def job(progress: Callable[[int, int], None] | None = None) -> Path:
            return backups.rolling_backup_of_file(source, path, progress=progress, key=key)

        return job

    def backups(self) -> list[Path]:
        return backups.list_backups(self.path)

    def latest_good_backup(self) -> Path | None:
        """The newest backup of this workshop that passes SQLite's full check."""
        return latest_good_backup(self.path, self._store.key)

    def save_copy(self, target: str | os.PathLike) -> Path:
        """Write a full copy elsewhere (how a read-only workshop becomes editable)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise WorkshopError(translate("Workshop", "Choose a different file name for the copy."))
        if not os.access(target.parent, os.W_OK):
            raise WorkshopError(translate("Workshop", "Can't write to “{parent}”: the folder is read-only. Choose "
                                                      "another folder.").format(
                parent=target.parent))
        try:
            return self._store.backup_to(target)
        except Exception as error:  # disk full, permissions: say so, keep the original
            plain = describe_failure(error)
            if plain is not None and not isinstance(error, WorkshopError):
                raise plain from error
            raise WorkshopError(translate("Workshop", "The copy could not be written to “{target}”: {error}. The "
                                                      "workshop is unchanged.").format(
                target=target, error=error)) \
                from error

    # --- workshop info -------------------------------------------------------------------
    def update_info(self, info: WorkshopInfo) -> Change:
        problems = validate_info(info)
        if problems:
            raise ValidationError(" ".join(problems))
        before = self.info()
        self._write_info(info)
        return Change(translate("Workshop", "Edit workshop details"), lambda: self._write_info(before), lambda: self._write_info(info))

    def _write_info(self, info: WorkshopInfo) -> None:
        with self._store.transaction():
            self._store.set_meta(_info_to_meta(info))
            if info.country and info.country != ALL_COUNTRIES:
                # Imported before the country was set: they are this country's, and must match a
                # re-import of the same file, which now fills the country in.
                writes.adopt_country(self._store.conn, info.country)
            writes.audit(self._store.conn, "workshop.edit", f"Workshop details edited: {info.title}")
        self._announce("workshop")

    def set_document_language(self, lang: str) -> Change:
        """Choose the language of the workshop's documents; undoable, audited, announced as "workshop"."""
        lang = (lang or "").strip().lower()
        if lang not in LANGUAGES:
            raise ValidationError(f"“{lang}” is not a document language; choose one of {', '.join(LANGUAGES)}.")
        before = self.document_language()
        self._write_document_language(lang)
        return Change("Change the documents' language", lambda: self._write_document_language(before),
                      lambda: self._write_document_language(lang))

    def _write_document_language(self, lang: str) -> None:
        with self._store.transaction():
            self._store.set_meta({DOCUMENT_LANGUAGE_KEY: lang})
            writes.audit(self._store.conn, "workshop.document_language", f"Documents' language set to {lang}")
        self._announce("workshop")

    # --- recommendations -----------------------------------------------------------------
    def _check(self, rec: Recommendation, except_id: int | None = None) -> Recommendation:
        problems = validate_recommendation(rec)
        if problems:
            raise ValidationError(" ".join(problems))
        if rec.cycle is None and rec.session:
            rec = rec.with_changes(cycle=cycle_for_session(rec.session))
        if rec.country is None:
            country = self.info().country
            rec = rec.with_changes(country=country if country and country != ALL_COUNTRIES else None)
        if writes.fingerprint_exists(self._store.conn, rec.fingerprint(), except_id):
            raise ValidationError(translate("Workshop", "The same recommendation, from the same State(s), is "
                                                        "already in the workshop."))
        return rec

    def add_recommendation(self, rec: Recommendation) -> tuple[int, Change]:
        rec = self._check(rec.with_changes(id=None))
        with self._store.transaction():
            rec_id = writes.insert_recommendation_with_id(self._store.conn, rec)
            writes.audit(self._store.conn, "recommendation.add", f"Added recommendation {rec.reference or rec_id}",
                         {"id": rec_id})
        self._announce("recommendations", [rec_id])
        stored = rec.with_changes(id=rec_id)
        return rec_id, Change(
            translate("Workshop", "Add recommendation {value}").format(value=rec.reference or '').strip(),
            lambda: self._delete([rec_id]),
            lambda: self._restore([stored], []),
        )

    def edit_recommendation(self, rec: Recommendation) -> Change:
        if rec.id is None:
            raise ValidationError(translate("Workshop", "This recommendation has not been saved yet."))
        before = self.recommendation(rec.id)
        if before is None:
            raise ValidationError(translate("Workshop", "This recommendation no longer exists (it may have been "
                                                        "deleted)."))
        rec = self._check(rec, except_id=rec.id)
        self._update(rec)
        return Change(translate("Workshop", "Edit recommendation {value}").format(value=rec.reference or rec.id),
                      lambda: self._update(before), lambda: self._update(rec))

    def _update(self, rec: Recommendation) -> None:
        with self._store.transaction():
            writes.update_recommendation(self._store.conn, rec)
            writes.audit(self._store.conn, "recommendation.edit", f"Edited recommendation {rec.reference or rec.id}",
                         {"id": rec.id})
        self._announce("recommendations", [rec.id])
        self._charter_follow_outside_change()

    def delete_recommendations(self, ids: list[int]) -> Change:
        recs, notes, links = self._delete(ids)
        return Change(
            Recommendations.tr("Delete %n recommendation(s)", None, len(recs)),
            lambda: self._restore(recs, notes, links=links),
            lambda: self._delete(ids),
        )

    def _delete(self, ids: list[int]):
        with self._store.transaction():
            links = writes.links_of(self._store.conn, list(ids))
            recs, notes = writes.delete_recommendations(self._store.conn, list(ids))
            writes.audit(self._store.conn, "recommendation.delete", f"Deleted {len(recs)} recommendation(s)",
                         {"ids": list(ids)})
        self._announce("recommendations", ids)
        self._charter_follow_outside_change()
        return recs, notes, links

    def _restore(self, recs: list[Recommendation], notes: list[queries.Note],
                 import_record: dict | None = None, links: dict | None = None) -> None:
        with self._store.transaction():
            if import_record:
                writes.restore_import(self._store.conn, import_record)
            writes.insert_recommendations(self._store.conn, recs, keep_ids=True,
                                          import_id=import_record["id"] if import_record else None)
            for note in notes:
                writes.insert_note(self._store.conn, note.recommendation_id, note.body, note.author,
                                   note_id=note.id, created_at=note.created_at)
            if links:
                writes.restore_links(self._store.conn, links)
            writes.audit(self._store.conn, "recommendation.restore", f"Restored {len(recs)} recommendation(s)",
                         {"ids": [r.id for r in recs]})
        self._announce("recommendations", [r.id for r in recs])

    # --- notes ---------------------------------------------------------------------------
    def add_note(self, rec_id: int, body: str, author: str | None = None) -> tuple[int, Change]:
        body = (body or "").strip()
        if not body:
            raise ValidationError(translate("Workshop", "The note is empty."))
        if self.recommendation(rec_id) is None:
            raise ValidationError(translate("Workshop", "This recommendation no longer exists."))
        with self._store.transaction():
            note_id = writes.insert_note(self._store.conn, rec_id, body, author or None)
            writes.audit(self._store.conn, "note.add", "Added a note", {"recommendation": rec_id, "note": note_id})
        self._announce("notes", [rec_id])
        note = queries.get_note(self._store.conn, note_id)
        return note_id, Change("Add note", lambda: self._delete_note(note_id, rec_id),
                               lambda: self._restore_note(note))

    def edit_note(self, note_id: int, body: str) -> Change:
        body = (body or "").strip()
        if not body:
            raise ValidationError(translate("Workshop", "The note is empty. Delete it instead."))
        before = queries.get_note(self._store.conn, note_id)
        if before is None:
            raise ValidationError(translate("Workshop", "This note no longer exists."))
        self._write_note(note_id, before.recommendation_id, body)
        return Change("Edit note", lambda: self._write_note(note_id, before.recommendation_id, before.body),
                      lambda: self._write_note(note_id, before.recommendation_id, body))

    def delete_note(self, note_id: int) -> Change:
        before = queries.get_note(self._store.conn, note_id)
        if before is None:
            raise ValidationError(translate("Workshop", "This note no longer exists."))
        self._delete_note(note_id, before.recommendation_id)
        return Change("Delete note", lambda: self._restore_note(before),
                      lambda: self._delete_note(note_id, before.recommendation_id))

    def _write_note(self, note_id: int, rec_id: int, body: str) -> None:
        with self._store.transaction():
            writes.update_note(self._store.conn, note_id, body)
            writes.audit(self._store.conn, "note.edit", "Edited a note", {"note": note_id})
        self._announce("notes", [rec_id])

    def _delete_note(self, note_id: int, rec_id: int) -> None:
        with self._store.transaction():
            writes.delete_note(self._store.conn, note_id)
            writes.audit(self._store.conn, "note.delete", "Deleted a note", {"note": note_id})
        self._announce("notes", [rec_id])

    def _restore_note(self, note: queries.Note) -> None:
        with self._store.transaction():
            writes.insert_note(self._store.conn, note.recommendation_id, note.body, note.author,
                               note_id=note.id, created_at=note.created_at)
            writes.audit(self._store.conn, "note.restore", "Restored a note", {"note": note.id})
        self._announce("notes", [note.recommendation_id])

    # --- import --------------------------------------------------------------------------
    def import_recommendations(
        self,
        recs: Sequence[Recommendation],
        *,
        source_file: str,
        format: str,
        country: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        mapping: dict | None = None,
    ) -> tuple[ImportSummary, Change | None]:
        """Add parsed recommendations in one transaction. Duplicates are skipped and counted.

        country: a State under review to keep, ALL_COUNTRIES, or None to use the workshop's
        own country when the source covers several (NeedsCountryChoice if that is ambiguous).
        mapping: for a plain table, {"columns": [...], "fields": {field: column}}, kept with the import so that
        the same layout is mapped the same way next time (saved_mapping).
        """
        if progress:
            progress(0, len(recs))  # preparing a million rows takes a while before the first is written
        own = self.info().country
        counts: dict[str, int] = {}
        for rec in recs:
            if rec.country:
                counts[rec.country] = counts.get(rec.country, 0) + 1
        chosen = country
        if chosen is None and len(counts) > 1:
            match = _match_country(own, counts) if own and own != ALL_COUNTRIES else None
            if own == ALL_COUNTRIES:
                chosen = ALL_COUNTRIES
            elif match:
                chosen = match
            else:
                raise NeedsCountryChoice(sorted(counts.items(), key=lambda kv: kv[0].casefold()))
        if chosen and chosen != ALL_COUNTRIES:
            chosen = _match_country(chosen, counts) or chosen
            if counts and chosen not in counts:
                raise ValidationError(translate("Workshop", "This file has no recommendations to {chosen}.").format(
                    chosen=chosen))
        keep = [r for r in recs if not chosen or chosen == ALL_COUNTRIES or r.country in (chosen, None)]
        other = len(recs) - len(keep)
        default_country = chosen if chosen and chosen != ALL_COUNTRIES else (own if own != ALL_COUNTRIES else None)
        prepared = []
        for rec in keep:
            if rec.country is None and default_country:
                rec = rec.with_changes(country=default_country)
            if rec.cycle is None and rec.session:
                rec = rec.with_changes(cycle=cycle_for_session(rec.session))
            problems = validate_recommendation(rec)
            if problems:
                raise ImportRejected(translate("Workshop", "{problems} Correct the file and import it again; "
                                                           "nothing was added.").format(
                    problems=problems[0]),
                                     row=rec.source_row)
            prepared.append(rec)
        total = len(prepared)

        def step(done: int) -> None:
            if cancelled and cancelled():
                raise ImportCancelled()
            if progress:
                progress(done, total)

        with self._store.transaction():
            import_id = writes.record_import(self._store.conn, source_file=source_file, format=format,
                                             country_filter=chosen, rows_read=len(recs), mapping=mapping)
            added, duplicates = writes.insert_recommendations(self._store.conn, prepared, import_id=import_id,
                                                              progress=step)
            if added:
                writes.finish_import(self._store.conn, import_id, len(added), duplicates, other)
                writes.audit(self._store.conn, "import", f"Imported {len(added)} recommendations from {source_file}",
                             {"import": import_id, "duplicates": duplicates})
            else:
                writes.delete_import(self._store.conn, import_id)  # an import that added nothing leaves no trace
        if progress:
            progress(total, total)
        summary = ImportSummary(source_file, format, len(recs), len(added), duplicates, other, chosen,
                                import_id if added else None, tuple(added))
        if not added:
            return summary, None
        self._announce("recommendations", added)
        return summary, self.change_for_import(summary)

    def change_for_import(self, summary: ImportSummary) -> Change:
        """The undo step for an import, also for one written by a worker thread on its own connection."""
        removed: dict = {}  # what undo took out, so redo puts back the same rows, ids and import record

        def undo() -> None:
            with self._store.transaction():
                removed["record"] = writes.delete_import(self._store.conn, summary.import_id)
                removed["links"] = writes.links_of(self._store.conn, list(summary.added_ids))
                removed["recs"], removed["notes"] = writes.delete_recommendations(
                    self._store.conn, list(summary.added_ids))
                writes.audit(self._store.conn, "import.undo", f"Took back the import of {summary.source_file}",
                             {"import": summary.import_id})
            self._announce("recommendations", summary.added_ids)

        def redo() -> None:
            self._restore(removed["recs"], removed["notes"], removed["record"], removed["links"])

        return Change(f"Import {summary.source_file}", undo, redo)

    def announce_external_change(self, topic: str, ids: Sequence[int] = ()) -> None:
        """Another connection (an import worker) changed the file: tell this workshop's listeners."""
        self._announce(topic, ids)


def _match_country(name: str, counts: dict[str, int]) -> str | None:
    folded = name.strip().casefold()
    for country in counts:
        if country.casefold() == folded:
            return country
    return None


DOCUMENT_LANGUAGE_KEY = "document_language"  # in the meta table, with the other WorkshopInfo fields

MIN_PASSPHRASE_LENGTH = 8


def validate_passphrase(passphrase: str | None) -> list[str]:
    """What is wrong with a new passphrase, in plain words (empty: nothing). For the dialogs to show as it is typed."""
    if passphrase is None or len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        return [translate(
            "Encryption", "The passphrase must be at least {count} characters long. A few unrelated words are "
            "easier to remember and harder to guess than one word.").format(count=MIN_PASSPHRASE_LENGTH)]
    if engine.recovery_key_bytes(passphrase) is not None:
        return [translate("Encryption", "A passphrase can't have the form of a recovery key (UPR1-…). Choose "
                          "another.")]
    return []


def _check_passphrase(passphrase: str) -> None:
    problems = validate_passphrase(passphrase)
    if problems:
        raise ValidationError(" ".join(problems))


def validate_info(info: WorkshopInfo) -> list[str]:
    problems = []
    if not info.title.strip():
        problems.append(translate("Workshop", "The workshop needs a title."))
    if info.cycle is not None and not 1 <= int(info.cycle) <= 10:
        problems.append(translate("Workshop", "The UPR cycle must be a number from 1 to 10."))
    if info.document_language not in LANGUAGES:
        problems.append(translate("Workshop", "“{code}” is not a document language; choose one of {codes}.").format(
            code=info.document_language, codes=", ".join(LANGUAGES)))
    return problems


def _info_to_meta(info: WorkshopInfo) -> dict:
    meta = {f.name: getattr(info, f.name) for f in fields(info)}
    meta["organisers"] = list(info.organisers)
    return meta
