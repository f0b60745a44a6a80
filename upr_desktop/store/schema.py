"""Schema migrations. Each runs in one transaction with the record that it ran (sqlite-utils).

Never edit a migration that has shipped: add a new one. SCHEMA_VERSION is the number of
migrations this build knows; a file that has applied a migration we do not know comes
from a newer version and is refused untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._sqlite_utils import sqlite_utils

MIGRATION_SET = "upr_desktop"
APPLICATION_ID = 0x55505257  # "UPRW": marks a SQLite file as one of our workshops


class _Migrations:
    """The migrations in their order, handed to sqlite-utils' Migrations (which runs and records them) only when
    one is to run or be replayed. Opening a workshop only reads which ran (applied_names), so it does not import
    sqlite-utils, which costs about a tenth of a second of the app's start."""

    def __init__(self, name: str):
        self.name = name
        self._functions: list = []
        self._runner = None

    def __call__(self):
        def register(fn):
            self._functions.append(fn)
            self._runner = None
            return fn

        return register

    @property
    def names(self) -> list[str]:
        return [fn.__name__ for fn in self._functions]

    def applied_names(self, conn) -> list[str]:
        """The names of the migrations the file records, in the order they ran: what sqlite-utils'
        `applied()` reads (its _sqlite_migrations table), read with plain SQL."""
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
                        ).fetchone() is None:
            return []
        return [row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", (self.name,))]

    def _sqlite_utils_migrations(self):
        if self._runner is None:
            from ._sqlite_utils import sqlite_utils

            runner = sqlite_utils.Migrations(self.name)
            for fn in self._functions:
                runner()(fn)
            self._runner = runner
        return self._runner

    @property
    def _migrations(self) -> list:  # sqlite-utils' list of what it runs (tests run a file up to an old version)
        return self._sqlite_utils_migrations()._migrations

    @_migrations.setter
    def _migrations(self, value: list) -> None:
        self._sqlite_utils_migrations()._migrations = value

    def __getattr__(self, attribute: str):  # apply, applied, pending: sqlite-utils' own
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(self._sqlite_utils_migrations(), attribute)


migrations = _Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT            -- JSON
        );
        CREATE TABLE recommendations (
            id INTEGER PRIMARY KEY,
            reference TEXT,
            reference_key TEXT,                           -- "140.7" sorts before "140.10"
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            country TEXT,
            states TEXT NOT NULL DEFAULT '[]',            -- JSON list of recommending States
            response TEXT NOT NULL DEFAULT 'unknown'
                CHECK (response IN ('supported', 'noted', 'pending', 'unknown')),
            themes TEXT NOT NULL DEFAULT '[]',
            affected_persons TEXT NOT NULL DEFAULT '[]',
            sdgs TEXT NOT NULL DEFAULT '[]',
            session INTEGER,
            cycle INTEGER,
            action_category INTEGER CHECK (action_category BETWEEN 1 AND 5),
            document_symbol TEXT,
            source_file TEXT,
            source_row INTEGER,
            import_id INTEGER REFERENCES imports(id),
            fingerprint TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX recommendations_reference_key ON recommendations(reference_key);
        CREATE INDEX recommendations_response ON recommendations(response);
        CREATE INDEX recommendations_session ON recommendations(session);
        CREATE INDEX recommendations_country ON recommendations(country);

        -- One row per value of a multi-valued field, so filters and counts use an index.
        -- Integer keys: inserting 1.3M facet rows is 40% faster than with text keys.
        CREATE TABLE facet_values (
            id INTEGER PRIMARY KEY,
            facet TEXT NOT NULL CHECK (facet IN ('state', 'theme', 'sdg', 'affected')),
            value TEXT NOT NULL,
            UNIQUE (facet, value)
        );
        CREATE TABLE recommendation_facets (
            value_id INTEGER NOT NULL REFERENCES facet_values(id),
            recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
            PRIMARY KEY (value_id, recommendation_id)
        ) WITHOUT ROWID;
        CREATE INDEX recommendation_facets_rec ON recommendation_facets(recommendation_id);

        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            author TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX notes_rec ON notes(recommendation_id);

        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            source_file TEXT NOT NULL,
            format TEXT NOT NULL,
            country_filter TEXT,
            rows_read INTEGER NOT NULL,
            added INTEGER NOT NULL,
            duplicates INTEGER NOT NULL,
            other_countries INTEGER NOT NULL
        );

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            summary TEXT NOT NULL,
            details TEXT                 -- JSON
        );
        """
    )
    db["recommendations"].enable_fts(
        ["text", "reference", "states", "themes"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@migrations()
def m002_participants_and_voting(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- AUTOINCREMENT: an id is never given to someone else, so a "has voted" record can't pass
        -- to a person or organisation registered after one was removed.
        CREATE TABLE organisations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
            created_at TEXT NOT NULL
        );
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            number INTEGER NOT NULL UNIQUE,
            name TEXT,                     -- NULL: recorded by number or alias only
            alias TEXT,
            organisation_id INTEGER REFERENCES organisations(id),
            thematic_focus TEXT,
            contact TEXT,
            consent_named INTEGER NOT NULL DEFAULT 0 CHECK (consent_named IN (0, 1)),
            code TEXT NOT NULL UNIQUE,     -- personal code typed at the kiosk
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (name IS NOT NULL OR (organisation_id IS NULL AND contact IS NULL AND thematic_focus IS NULL))
        );
        CREATE INDEX participants_org ON participants(organisation_id);

        CREATE TABLE voting_rounds (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            method TEXT NOT NULL
                CHECK (method IN ('dot', 'points', 'approval', 'score', 'borda', 'schulze', 'moscow')),
            rules TEXT NOT NULL,           -- JSON RoundRules
            secret INTEGER NOT NULL CHECK (secret IN (0, 1)),
            voter_unit TEXT NOT NULL DEFAULT 'participant' CHECK (voter_unit IN ('participant', 'organisation')),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
            runoff_of INTEGER REFERENCES voting_rounds(id) ON DELETE SET NULL,
            wall_voters INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            opened_at TEXT,
            closed_at TEXT
        );
        CREATE TABLE round_candidates (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            recommendation_id INTEGER REFERENCES recommendations(id) ON DELETE SET NULL,
            cluster_id INTEGER,            -- thematic clusters arrive in a later migration
            label TEXT NOT NULL,           -- as shown on the ballot, kept if the source is edited later
            text TEXT NOT NULL,
            UNIQUE (round_id, position)
        );
        CREATE INDEX round_candidates_round ON round_candidates(round_id);

        -- "Has voted": one row per voter (participant, or organisation) per round. This primary
        -- key is what enforces one ballot each. No time and no order: nothing here lines up
        -- with a ballot.
        CREATE TABLE round_voters (
            round_id INTEGER NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
            voter TEXT NOT NULL,           -- 'p12' (participant) or 'o3' (organisation)
            PRIMARY KEY (round_id, voter)
        ) WITHOUT ROWID;

        -- A round's ballots as one JSON list, rewritten whole at each ballot. For a secret round
        -- it is shuffled each time and carries no voter or time, so neither the list's order nor
        -- the file's page layout tells which ballot came when (see ops/voting.py).
        CREATE TABLE ballot_boxes (
            round_id INTEGER PRIMARY KEY REFERENCES voting_rounds(id) ON DELETE CASCADE,
            ballots TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE wall_counts (
            round_id INTEGER NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
            candidate_id INTEGER NOT NULL REFERENCES round_candidates(id) ON DELETE CASCADE,
            dots INTEGER NOT NULL CHECK (dots >= 0),
            PRIMARY KEY (round_id, candidate_id)
        ) WITHOUT ROWID;

        -- The integrity rules hold for every writer, not only the GUI.
        CREATE TRIGGER round_voters_when_open BEFORE INSERT ON round_voters
        WHEN (SELECT status FROM voting_rounds WHERE id = NEW.round_id) IS NOT 'open'
        BEGIN SELECT RAISE(ABORT, 'This round is not open for voting.'); END;

        CREATE TRIGGER ballot_boxes_when_open BEFORE UPDATE OF ballots ON ballot_boxes
        WHEN (SELECT status FROM voting_rounds WHERE id = NEW.round_id) IS NOT 'open'
        BEGIN SELECT RAISE(ABORT, 'This round is not open for voting.'); END;

        CREATE TRIGGER wall_counts_when_open_insert BEFORE INSERT ON wall_counts
        WHEN (SELECT status FROM voting_rounds WHERE id = NEW.round_id) IS NOT 'open'
        BEGIN SELECT RAISE(ABORT, 'This round is not open for voting.'); END;

        CREATE TRIGGER wall_counts_when_open_update BEFORE UPDATE ON wall_counts
        WHEN (SELECT status FROM voting_rounds WHERE id = NEW.round_id) IS NOT 'open'
        BEGIN SELECT RAISE(ABORT, 'This round is not open for voting.'); END;

        CREATE TRIGGER round_status_forward BEFORE UPDATE OF status ON voting_rounds
        WHEN NOT (NEW.status = OLD.status
                  OR (OLD.status = 'draft' AND NEW.status = 'open')
                  OR (OLD.status = 'open' AND NEW.status = 'closed'))
        BEGIN SELECT RAISE(ABORT, 'A round goes from draft to open to closed, and a closed round never reopens.'); END;

        CREATE TRIGGER round_rules_locked BEFORE UPDATE OF method, rules, secret, voter_unit ON voting_rounds
        WHEN OLD.status = 'closed' OR EXISTS (SELECT 1 FROM round_voters WHERE round_id = OLD.id)
             OR EXISTS (SELECT 1 FROM wall_counts WHERE round_id = OLD.id AND dots > 0)
        BEGIN SELECT RAISE(ABORT, 'The rules of this round are locked: ballots are in.'); END;

        CREATE TRIGGER round_candidates_locked_insert BEFORE INSERT ON round_candidates
        WHEN (SELECT status FROM voting_rounds WHERE id = NEW.round_id) = 'closed'
             OR EXISTS (SELECT 1 FROM round_voters WHERE round_id = NEW.round_id)
             OR EXISTS (SELECT 1 FROM wall_counts WHERE round_id = NEW.round_id AND dots > 0)
        BEGIN SELECT RAISE(ABORT, 'The candidates of this round are locked: ballots are in.'); END;

        CREATE TRIGGER round_candidates_locked_delete BEFORE DELETE ON round_candidates
        WHEN (SELECT status FROM voting_rounds WHERE id = OLD.round_id) = 'closed'
             OR EXISTS (SELECT 1 FROM round_voters WHERE round_id = OLD.round_id)
             OR EXISTS (SELECT 1 FROM wall_counts WHERE round_id = OLD.round_id AND dots > 0)
        BEGIN SELECT RAISE(ABORT, 'The candidates of this round are locked: ballots are in.'); END;

        CREATE TRIGGER round_candidates_locked_update BEFORE UPDATE OF round_id, position, label, text
            ON round_candidates
        WHEN (SELECT status FROM voting_rounds WHERE id = OLD.round_id) = 'closed'
             OR EXISTS (SELECT 1 FROM round_voters WHERE round_id = OLD.round_id)
             OR EXISTS (SELECT 1 FROM wall_counts WHERE round_id = OLD.round_id AND dots > 0)
        BEGIN SELECT RAISE(ABORT, 'The candidates of this round are locked: ballots are in.'); END;
        """
    )


@migrations()
def m003_clusters_and_charter(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- A recommendation sits in at most one cluster; the unassigned are those with no row here.
        CREATE TABLE cluster_members (
            recommendation_id INTEGER PRIMARY KEY REFERENCES recommendations(id) ON DELETE CASCADE,
            cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE
        );
        CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);

        -- The working charter: one per workshop (id = 1). Adopted texts are frozen in charter_versions.
        CREATE TABLE charter (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL DEFAULT '',
            end_date TEXT NOT NULL DEFAULT '',
            organisers TEXT NOT NULL DEFAULT '[]',     -- JSON list
            preamble TEXT NOT NULL DEFAULT '',         -- light Markdown: headings, bold, italic, lists
            monitoring TEXT NOT NULL DEFAULT '',
            template TEXT,
            labels TEXT NOT NULL DEFAULT '{}',         -- the template's headings for the fixed parts (JSON)
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adopted')),
            adopted_version_id INTEGER REFERENCES charter_versions(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE charter_sections (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            heading TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT ''              -- light Markdown
        );
        CREATE TABLE priorities (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
            government_action TEXT NOT NULL DEFAULT '',
            cso_actions TEXT NOT NULL DEFAULT '',
            lead_actor TEXT NOT NULL DEFAULT '',
            partners TEXT NOT NULL DEFAULT '',
            indicators TEXT NOT NULL DEFAULT '',
            resources TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT 'national' CHECK (level IN ('national', 'regional', 'international')),
            status TEXT NOT NULL DEFAULT 'not_started'
                CHECK (status IN ('not_started', 'in_progress', 'partially', 'fully')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE priority_recommendations (
            priority_id INTEGER NOT NULL REFERENCES priorities(id) ON DELETE CASCADE,
            recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (priority_id, recommendation_id)
        ) WITHOUT ROWID;
        CREATE INDEX priority_recommendations_rec ON priority_recommendations(recommendation_id);
        CREATE TABLE milestones (
            id INTEGER PRIMARY KEY,
            priority_id INTEGER NOT NULL REFERENCES priorities(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            due TEXT NOT NULL DEFAULT '',              -- ISO date, or a partial one ("2027-06")
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX milestones_priority ON milestones(priority_id);
        CREATE TABLE action_points (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('national', 'regional', 'international')),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0)
        );
        CREATE TABLE endorsements (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
            organisation TEXT NOT NULL CHECK (length(trim(organisation)) > 0),   -- as it signs
            representative TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            signed_on_paper INTEGER NOT NULL DEFAULT 0 CHECK (signed_on_paper IN (0, 1))
        );
        CREATE TABLE charter_comments (
            id INTEGER PRIMARY KEY,
            part TEXT NOT NULL,                        -- 'preamble', 'monitoring', 'section:3', 'priority:5', ...
            participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,  -- NULL: anonymous
            body TEXT NOT NULL CHECK (length(trim(body)) > 0),
            resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
            created_at TEXT NOT NULL
        );
        CREATE TABLE charter_versions (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'named' CHECK (kind IN ('named', 'adopted')),
            snapshot TEXT NOT NULL,                    -- the whole charter as JSON, frozen
            created_at TEXT NOT NULL,
            adopted_on TEXT,
            adopted_at_place TEXT
        );
        -- An adopted text is never changed.
        CREATE TRIGGER charter_versions_frozen BEFORE UPDATE ON charter_versions
        BEGIN SELECT RAISE(ABORT, 'A saved version of the charter never changes.'); END;
        CREATE TRIGGER charter_adopted_kept BEFORE DELETE ON charter_versions WHEN OLD.kind = 'adopted'
        BEGIN SELECT RAISE(ABORT, 'An adopted charter is kept for the record and cannot be deleted.'); END;
        """
    )


# Triggers of m002 that m004 recreates: they name round_voters and must count only real marks and ballots.
_M004_LOCK = """
        WHEN {old_status} = 'closed'
             OR EXISTS (SELECT 1 FROM round_voters WHERE round_id = {rid} AND voted = 1)
             OR EXISTS (SELECT 1 FROM ballots WHERE round_id = {rid} AND source <> 'empty')
             OR EXISTS (SELECT 1 FROM wall_counts WHERE round_id = {rid} AND dots > 0)"""


@migrations()
def m004_ballots_as_rows(db: sqlite_utils.Database) -> None:
    """Ballots as rows, "has voted" marks that keep no order, and anonymous ballot codes.

    Why (issue 12): the ballot box was one JSON list rewritten whole at each ballot, so every
    earlier version of it sat in the WAL and freed disk blocks next to the "has voted" row added
    in cast order. Now every row gets a random 63-bit id (from `secrets`), nothing carries a time
    in a secret round, and secret rounds write into rows made in advance (in random order) by an
    UPDATE of the same size, which SQLite does in place: the cell layout of a page is fixed before
    anyone votes. The database can't stop someone diffing old page versions on the disk; the
    ballot-code mode is the answer to that, because there the file never learns who took which code.
    """
    import json
    import secrets

    conn = db.conn
    boxes = conn.execute(
        "SELECT b.round_id, b.ballots, r.secret FROM ballot_boxes b JOIN voting_rounds r ON r.id = b.round_id"
    ).fetchall()
    marks = conn.execute("SELECT round_id, voter FROM round_voters").fetchall()
    db.executescript(
        """
        DROP TRIGGER round_rules_locked;
        DROP TRIGGER round_candidates_locked_insert;
        DROP TRIGGER round_candidates_locked_delete;
        DROP TRIGGER round_candidates_locked_update;
        DROP TABLE ballot_boxes;
        DROP TABLE round_voters;

        -- NULL: voters pick their name at the kiosk. A number: the round takes anonymous ballot
        -- codes (that many were made when it opened); code_salt salts their hashes.
        ALTER TABLE voting_rounds ADD COLUMN ballot_codes INTEGER
            CHECK (ballot_codes IS NULL OR (secret = 1 AND ballot_codes BETWEEN 1 AND 5000));
        ALTER TABLE voting_rounds ADD COLUMN code_salt BLOB;

        -- "Has voted". id is random, never the next number. In a secret round every eligible
        -- voter gets a row (voted = 0) in random order before the first ballot, and voting sets
        -- voted = 1: same size, so SQLite overwrites the cell where it is and the page layout
        -- says nothing about who voted when.
        CREATE TABLE round_voters (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
            voter TEXT NOT NULL,           -- 'p12' (participant) or 'o3' (organisation)
            voted INTEGER NOT NULL DEFAULT 1 CHECK (voted IN (0, 1)),
            UNIQUE (round_id, voter)
        );

        -- One row per ballot, random id. Secret rounds fill empty slots ('empty', spaces) made in
        -- advance, picked at random, with the ballot padded to the slot's width (an in-place
        -- overwrite, as above). voter and at: open rounds only.
        CREATE TABLE ballots (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
            source TEXT NOT NULL CHECK (source IN ('empty', 'kiosk', 'paper')),  -- all 5 letters long
            content TEXT NOT NULL,         -- JSON, space-padded in secret rounds
            voter TEXT,
            at TEXT
        );
        CREATE INDEX ballots_round ON ballots(round_id);

        -- Salted hashes of the unused ballot codes, random ids, made all at once when the round
        -- opens. A code is spent by deleting its row in the ballot's own transaction.
        CREATE TABLE round_codes (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
            hash BLOB NOT NULL UNIQUE
        );
        """
    )
    rand = secrets.SystemRandom()
    rows = []
    for round_id, box, secret in boxes:
        entries = json.loads(box)
        if secret:
            rand.shuffle(entries)
        for e in entries:
            # Open rounds keep their cast order (SQLite's next id); secret ones get random ids.
            rows.append((secrets.randbits(63) if secret else None, round_id, e["source"],
                         json.dumps(e["content"], ensure_ascii=False, separators=(",", ":")),
                         None if secret else e.get("voter"), None if secret else e.get("at")))
    conn.executemany("INSERT INTO ballots (id, round_id, source, content, voter, at) VALUES (?, ?, ?, ?, ?, ?)",
                     rows)
    marks = list(marks)
    rand.shuffle(marks)
    conn.executemany("INSERT INTO round_voters (id, round_id, voter, voted) VALUES (?, ?, ?, 1)",
                     [(secrets.randbits(63), r, v) for r, v in marks])
    lock_old = _M004_LOCK.format(old_status="OLD.status", rid="OLD.id")
    cand = _M004_LOCK.format(old_status="(SELECT status FROM voting_rounds WHERE id = {r})", rid="{r}")
    db.executescript(
        f"""
        CREATE TRIGGER round_voters_when_open BEFORE INSERT ON round_voters
        WHEN (SELECT status FROM voting_rounds WHERE id = NEW.round_id) IS NOT 'open'
        BEGIN SELECT RAISE(ABORT, 'This round is not open for voting.'); END;
        CREATE TRIGGER round_voters_when_open_update BEFORE UPDATE ON round_voters
        WHEN (SELECT status FROM voting_rounds WHERE id = NEW.round_id) IS NOT 'open'
        BEGIN SELECT RAISE(ABORT, 'This round is not open for voting.'); END;
        CREATE TRIGGER round_voters_kept BEFORE UPDATE ON round_voters WHEN OLD.voted = 1
        BEGIN SELECT RAISE(ABORT, 'A vote, once cast, is never taken back.'); END;

        CREATE TRIGGER ballots_when_open BEFORE INSERT ON ballots
        WHEN (SELECT status FROM voting_rounds WHERE id = NEW.round_id) IS NOT 'open'
        BEGIN SELECT RAISE(ABORT, 'This round is not open for voting.'); END;
        CREATE TRIGGER ballots_when_open_update BEFORE UPDATE ON ballots
        WHEN (SELECT status FROM voting_rounds WHERE id = NEW.round_id) IS NOT 'open'
        BEGIN SELECT RAISE(ABORT, 'This round is not open for voting.'); END;
        CREATE TRIGGER ballots_kept BEFORE UPDATE ON ballots WHEN OLD.source <> 'empty'
        BEGIN SELECT RAISE(ABORT, 'A ballot, once cast, never changes.'); END;
        CREATE TRIGGER ballots_never_deleted BEFORE DELETE ON ballots WHEN OLD.source <> 'empty'
        BEGIN SELECT RAISE(ABORT, 'A ballot, once cast, is never thrown away.'); END;
        CREATE TRIGGER ballots_secret_insert BEFORE INSERT ON ballots
        WHEN (NEW.voter IS NOT NULL OR NEW.at IS NOT NULL)
             AND (SELECT secret FROM voting_rounds WHERE id = NEW.round_id) = 1
        BEGIN SELECT RAISE(ABORT, 'A secret ballot carries no voter and no time.'); END;
        CREATE TRIGGER ballots_secret_update BEFORE UPDATE ON ballots
        WHEN (NEW.voter IS NOT NULL OR NEW.at IS NOT NULL)
             AND (SELECT secret FROM voting_rounds WHERE id = NEW.round_id) = 1
        BEGIN SELECT RAISE(ABORT, 'A secret ballot carries no voter and no time.'); END;

        CREATE TRIGGER round_codes_when_open BEFORE INSERT ON round_codes
        WHEN (SELECT status FROM voting_rounds WHERE id = NEW.round_id) IS NOT 'open'
        BEGIN SELECT RAISE(ABORT, 'This round is not open for voting.'); END;

        CREATE TRIGGER round_rules_locked BEFORE UPDATE OF method, rules, secret, voter_unit, ballot_codes
            ON voting_rounds
        {lock_old}
        BEGIN SELECT RAISE(ABORT, 'The rules of this round are locked: ballots are in.'); END;

        CREATE TRIGGER round_candidates_locked_insert BEFORE INSERT ON round_candidates
        {cand.format(r="NEW.round_id")}
        BEGIN SELECT RAISE(ABORT, 'The candidates of this round are locked: ballots are in.'); END;

        CREATE TRIGGER round_candidates_locked_delete BEFORE DELETE ON round_candidates
        {cand.format(r="OLD.round_id")}
        BEGIN SELECT RAISE(ABORT, 'The candidates of this round are locked: ballots are in.'); END;

        CREATE TRIGGER round_candidates_locked_update BEFORE UPDATE OF round_id, position, label, text
            ON round_candidates
        {cand.format(r="OLD.round_id")}
        BEGIN SELECT RAISE(ABORT, 'The candidates of this round are locked: ballots are in.'); END;
        """
    )


@migrations()
def m005_pledges_and_saved_mappings(db: sqlite_utils.Database) -> None:
    # ADD COLUMN keeps the table (and its FTS triggers) as it is; the default makes every existing row a
    # recommendation.
    db.executescript(
        """
        ALTER TABLE recommendations ADD COLUMN kind TEXT NOT NULL DEFAULT 'recommendation'
            CHECK (kind IN ('recommendation', 'voluntary_pledge'));
        -- For a plain table: JSON {"columns": [...], "fields": {"text": "Col A", ...}}, the mapping chosen.
        ALTER TABLE imports ADD COLUMN mapping TEXT;
        -- Response counts (shown at every open) read this index alone, not 250,000 rows of text.
        CREATE INDEX recommendations_kind_response ON recommendations(kind, response);
        """
    )


# The latest assessment of one subject, and whether its assessors' latest words differ, recomputed from the
# subject's own rows (an index range) whenever one is added or removed. Kept by triggers so every writer keeps it.
_M006_CURRENT = """
        DELETE FROM current_status WHERE subject = {s};
        INSERT INTO current_status (subject, assessment_id, status, assessed_on, disputed)
            SELECT a.subject, a.id, a.status, a.assessed_on,
                   (SELECT count(DISTINCT l.status) > 1 FROM assessments l
                    WHERE l.subject = a.subject AND l.status <> 'no_info'
                      AND NOT EXISTS (SELECT 1 FROM assessments n WHERE n.subject = l.subject
                                      AND n.assessor = l.assessor
                                      AND (n.assessed_on > l.assessed_on
                                           OR (n.assessed_on = l.assessed_on AND n.id > l.id))))
            FROM assessments a WHERE a.subject = {s}
            ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1;"""


@migrations()
def m006_followup(db: sqlite_utils.Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            dated TEXT NOT NULL,                       -- ISO date
            kind TEXT NOT NULL CHECK (kind IN ('law', 'budget', 'court', 'statement', 'media', 'own',
                                               'testimony', 'other')),
            source TEXT NOT NULL DEFAULT '',
            link TEXT NOT NULL DEFAULT '',
            confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
            created_at TEXT NOT NULL
        );
        -- The attached file itself, apart, so listing evidence never reads megabytes.
        CREATE TABLE evidence_files (
            evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            content BLOB NOT NULL
        );
        -- subject: 'r12' (recommendation 12) or 'p3' (priority 3). No foreign key: a recommendation's
        -- deletion and a charter rewrite both put rows back with the same ids on undo, and the history stays.
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            subject TEXT NOT NULL CHECK (substr(subject, 1, 1) IN ('r', 'p')),
            status TEXT NOT NULL CHECK (status IN ('not', 'partial', 'full', 'no_info')),
            assessed_on TEXT NOT NULL,
            assessor TEXT NOT NULL CHECK (length(trim(assessor)) > 0),   -- as named then
            organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
            justification TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX assessments_subject ON assessments(subject, assessed_on, id);
        CREATE INDEX assessments_assessor ON assessments(subject, assessor, assessed_on, id);
        CREATE INDEX assessments_on ON assessments(assessed_on);
        CREATE TRIGGER assessments_kept BEFORE UPDATE OF subject, status, assessed_on, assessor, justification
            ON assessments
        BEGIN SELECT RAISE(ABORT, 'An assessment is kept as it was made: add a new one instead.'); END;
        CREATE TABLE assessment_evidence (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            PRIMARY KEY (assessment_id, evidence_id)
        ) WITHOUT ROWID;
        CREATE INDEX assessment_evidence_evidence ON assessment_evidence(evidence_id);

        CREATE TABLE current_status (
            subject TEXT PRIMARY KEY,
            assessment_id INTEGER NOT NULL,
            status TEXT NOT NULL,
            assessed_on TEXT NOT NULL,
            disputed INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE INDEX current_status_status ON current_status(status, subject);
        CREATE INDEX current_status_on ON current_status(assessed_on);
        CREATE INDEX current_status_disputed ON current_status(subject) WHERE disputed = 1;
        CREATE TRIGGER assessments_current_insert AFTER INSERT ON assessments
        BEGIN {_M006_CURRENT.format(s="NEW.subject")}
        END;
        CREATE TRIGGER assessments_current_delete AFTER DELETE ON assessments
        BEGIN {_M006_CURRENT.format(s="OLD.subject")}
        END;

        -- Milestones are rewritten with the charter; their progress is kept apart, by what they say.
        CREATE TABLE milestone_progress (
            priority_id INTEGER NOT NULL,
            due TEXT NOT NULL,
            description TEXT NOT NULL,
            done_on TEXT NOT NULL,
            PRIMARY KEY (priority_id, due, description)
        ) WITHOUT ROWID;

        CREATE TABLE indicators (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            priority_id INTEGER,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            unit TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE indicator_values (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            value REAL NOT NULL,
            source TEXT NOT NULL CHECK (length(trim(source)) > 0)
        );
        CREATE INDEX indicator_values_indicator ON indicator_values(indicator_id, period);

        -- A recommendation of a later review confirmed as repeating or following an earlier one.
        CREATE TABLE recommendation_links (
            recommendation_id INTEGER PRIMARY KEY,
            earlier_id INTEGER NOT NULL,
            score REAL,
            confirmed_at TEXT NOT NULL
        );
        CREATE INDEX recommendation_links_earlier ON recommendation_links(earlier_id);
        """
    )


@migrations()
def m007_sort_keys(db: sqlite_utils.Database) -> None:
    """Folded sort keys (see sort_keys.py), indexed, for the columns a person sorts by.

    Descending order walks the same index backwards, so no second index is needed. The keys are
    filled here in Python (SQLite has no accent folding) and by every write from now on.
    """
    import json

    from .sort_keys import fold, fold_list

    db.executescript(
        """
        ALTER TABLE recommendations ADD COLUMN text_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE recommendations ADD COLUMN states_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE recommendations ADD COLUMN themes_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE recommendations ADD COLUMN country_key TEXT;
        """
    )
    conn = db.conn
    conn.create_function("upr_fold", 1, fold, deterministic=True)
    conn.create_function("upr_fold_list", 1, lambda js: fold_list(json.loads(js or "[]")), deterministic=True)
    conn.execute("UPDATE recommendations SET text_key = upr_fold(text), states_key = upr_fold_list(states), "
                 "themes_key = upr_fold_list(themes), country_key = upr_fold(country)")
    db.executescript(
        """
        CREATE INDEX recommendations_text_key ON recommendations(text_key);
        CREATE INDEX recommendations_states_key ON recommendations(states_key);
        CREATE INDEX recommendations_themes_key ON recommendations(themes_key);
        CREATE INDEX recommendations_country_key ON recommendations(country_key);
        -- The planner's statistics: a filtered page then walks the sort index (see writes.py).
        ANALYZE recommendations;
        """
    )


@migrations()
def m008_round_attendance(db: sqlite_utils.Database) -> None:
    """Attendance ticked in the app for a ballot-code round (issue 12): who was present and took a slip.

    Kept apart from the ballots and the codes, and never at the same moment or in the same order as
    the vote: the whole list is saved at once, rewritten in random order with random ids, and
    carries no time. Nothing here says who voted, only who was in the room.
    """
    db.executescript(
        """
        CREATE TABLE round_attendance (
            id INTEGER PRIMARY KEY,        -- random, never the next number
            round_id INTEGER NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
            voter TEXT NOT NULL,           -- 'p12' (participant) or 'o3' (organisation)
            UNIQUE (round_id, voter)
        );
        CREATE TRIGGER round_attendance_codes_only BEFORE INSERT ON round_attendance
        WHEN (SELECT ballot_codes FROM voting_rounds WHERE id = NEW.round_id) IS NULL
        BEGIN SELECT RAISE(ABORT, 'Attendance is ticked in the app only in rounds that take ballot codes.'); END;
        """
    )


@migrations()
def m009_search_prefixes(db: sqlite_utils.Database) -> None:
    """Prefix indexes of two and three letters in the full-text index (issue 17).

    Search as you type asks for what has been typed so far as a prefix: "in*", "co*", "the*". Without
    these, FTS5 merges the postings of every word such a prefix begins: 23 ms for "in" at 250,000
    rows, twice per search (rank or not, then the page). With them, 1 ms. They cost about 15 % of
    the file's size; building them costs no more time than the index alone (3 s at 250,000 rows).
    FTS5 takes its options only when the table is made, so the table is made again and rebuilt
    from the recommendations (an external-content index: nothing else is stored in it).
    """
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'recommendations_fts'").fetchone()
    if "prefix=" in sql.replace(" ", ""):
        return
    db.execute("DROP TABLE recommendations_fts")
    db.execute(sql.rstrip().rstrip(")") + ", prefix='2 3')")
    db.execute("INSERT INTO recommendations_fts(recommendations_fts) VALUES ('rebuild')")


KNOWN_MIGRATIONS = migrations.names
SCHEMA_VERSION = len(KNOWN_MIGRATIONS)
