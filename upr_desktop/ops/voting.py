"""Voting rounds and ballots: the write path (mixed into Workshop).

Secret ballots come in two modes (issue 12):
- anonymous ballot codes: people take a printed one-time code at random; the file holds only
  salted hashes of the unused codes, and a ballot spends its code in its own transaction. Nobody
  is marked at the laptop, so nothing in the file, its WAL or freed disk blocks ties a ballot to a
  person: the file never knew.
- pick your name: a "has voted" mark and the ballot are written into rows made in advance in
  random order, in place (see store/schema.py m004), and the WAL is emptied after each ballot.
  Someone opening the file with this app or SQLite can't tell who cast which ballot or in what
  order; forensic recovery of old disk blocks can, because each commit writes both pages at once.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..domain import ballot_codes as codes
from ..domain.errors import ValidationError, WorkshopError
from ..domain.participant import Participant
from ..domain.rounds import (
    TITLE_MAX, BallotSource, Candidate, RoundStatus, Turnout, VoterUnit, VotingRound, runoff_title,
)
from ..domain.voting import (
    TOTALLED, Method, RoundRules, Tally, describe_ties, longest_ballot, normalise_ballot, tally, validate_rules,
)
from ..store import participants as people_store
from ..store import queries, writes
from ..store import voting as store
from ..store.readers import other_programs
from ..store.database import now_iso
from .changes import Change
from ..text import Context, translate

Voting = Context("Voting")  # plural sentences: lupdate takes the context from this name

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class RoundResults:
    round: VotingRound
    candidates: list[Candidate]
    tally: Tally
    turnout: Turnout
    statements: list[str]  # ties and close calls in words


class VotingOps:
    """Needs self._store and self._announce (see Workshop)."""

    # --- reads ---------------------------------------------------------------------------
    def voting_rounds(self) -> list[VotingRound]:
        return store.list_rounds(self._store.conn)

    def voting_round(self, round_id: int) -> VotingRound:
        found = store.get_round(self._store.conn, round_id)
        if found is None:
            raise ValidationError(translate("Voting", "There is no voting round {round_id} in this workshop.").format(
                round_id=round_id))
        return found

    def round_candidates(self, round_id: int) -> list[Candidate]:
        return store.candidates(self._store.conn, round_id)

    def secret_round_open(self) -> bool:
        return store.any_open_secret_round(self._store.conn)

    def voter_keys(self, rnd: VotingRound, participant: Participant) -> list[str]:
        """The "has voted" records a ballot writes: the person, and in one-ballot-per-organisation
        rounds their organisation first (so nobody votes twice by changing organisation)."""
        person = f"p{participant.id}"
        if rnd.voter_unit == VoterUnit.ORGANISATION:
            org_id = people_store.organisation_id(self._store.conn, participant.organisation, create=False)
            if org_id is None:
                raise ValidationError(translate("Voting", "{label} is not registered with an organisation, and "
                                                          "this round takes one ballot per organisation.").format(
                    label=participant.label()))
            return [f"o{org_id}", person]
        return [person]

    def _already_voted(self, rnd: VotingRound, participant: Participant, keys: list[str]) -> str | None:
        """Why this person can't vote in this round (again), or None."""
        voted = store.voted_among(self._store.conn, rnd.id, {f"p{participant.id}", keys[0]})
        if f"p{participant.id}" in voted:
            return translate("Voting", "{label} has already voted in “{title}”. Each person votes once.").format(
                label=participant.label(), title=rnd.title)
        if keys[0] in voted:
            return (translate("Voting", "{organisation} has already voted in “{title}”. Each organisation votes "
                                        "once.").format(
                organisation=participant.organisation, title=rnd.title))
        return None

    def has_voted(self, round_id: int, participant_id: int) -> bool:
        rnd = self.voting_round(round_id)
        participant = self._participant_or_refuse(participant_id)
        try:
            keys = self.voter_keys(rnd, participant)
        except ValidationError:
            return bool(store.voted_among(self._store.conn, round_id, [f"p{participant.id}"]))
        return self._already_voted(rnd, participant, keys) is not None

    def turnout(self, round_id: int) -> Turnout:
        return self._turnout(self.voting_round(round_id))

    def _turnout(self, rnd: VotingRound, sources: dict[str, int] | None = None) -> Turnout:
        """sources: ballots per source when already counted (results() counts them with the ballots)."""
        conn = self._store.conn
        round_id = rnd.id
        if sources is None:
            sources = store.ballot_sources(conn, round_id)
        return Turnout(voted=rnd.voted, eligible=store.eligible_voters(conn, rnd.voter_unit),
                       kiosk=sources.get(BallotSource.KIOSK.value, 0), paper=sources.get(BallotSource.PAPER.value, 0),
                       wall_voters=store.wall_voters(conn, round_id),
                       wall_points=sum(store.wall_counts(conn, round_id).values()),
                       present=len(store.attendance(conn, round_id)) if rnd.uses_codes else None)

    def results(self, round_id: int) -> RoundResults:
        """Only for a closed round: results stay hidden while people are still voting."""
        rnd = self.voting_round(round_id)
        # One read of the box gives the ballots and their sources; ballots are read only once closed.
        # Dot, 100-point, score and approval boxes come summed per candidate (no object per mark); the
        # others, and any box the bulk reading does not vouch for, as stored: the tally counts JSON's "12"
        # as candidate 12 (converting 145,000 keys one by one took 30 ms of a score count).
        contents = sources = candidates = None
        if rnd.status == RoundStatus.CLOSED:
            candidates = self.round_candidates(round_id)
            if rnd.rules.method in TOTALLED:
                contents, sources = store.ballot_totals(self._store.conn, round_id, [c.id for c in candidates],
                                                        ticks=rnd.rules.method == Method.APPROVAL)
            if contents is None:
                contents, sources = store.ballot_contents(self._store.conn, round_id)
        turnout = self._turnout(rnd, sources)
        if rnd.status == RoundStatus.DRAFT:
            raise ValidationError(translate("Voting", "“{title}” has not been opened for voting yet. Results show "
                                                      "once it has been opened and closed.").format(
                title=rnd.title))
        if rnd.status != RoundStatus.CLOSED:
            raise ValidationError(translate("Voting", "Results of “{title}” show when the round closes. So far "
                                                      "{sentence}.").format(
                title=rnd.title, sentence=turnout.sentence()))
        counted = tally(rnd.rules, [c.id for c in candidates], contents,
                        store.wall_counts(self._store.conn, round_id) or None, json_keys=True)
        labels = {c.id: c.label for c in candidates}
        return RoundResults(rnd, candidates, counted, turnout, describe_ties(counted, labels))

    def open_ballots(self, round_id: int) -> list[dict]:
        """Who voted how, for rounds that are not secret (and only once closed)."""
        rnd = self.voting_round(round_id)
        if rnd.secret:
            raise ValidationError(translate("Voting", "This round is secret: ballots are not linked to anyone."))
        if rnd.status != RoundStatus.CLOSED:
            raise ValidationError(translate("Voting", "Ballots show when the round closes."))
        return store.ballots(self._store.conn, round_id)

    # --- setting up rounds ----------------------------------------------------------------
    def _candidates_for(self, recommendation_ids: Sequence[int]) -> list[Candidate]:
        ids = list(dict.fromkeys(recommendation_ids))
        recs = queries.fetch_recommendations(self._store.conn, ids)
        missing = [i for i in ids if i not in recs]
        if missing:
            raise ValidationError(translate("Voting", "{missing_count} of the chosen recommendations are no longer "
                                                      "in the workshop.").format(
                missing_count=len(missing)))
        return [Candidate(id=None, position=n, label=recs[i].reference or f"#{i}", text=recs[i].text,
                          recommendation_id=i) for n, i in enumerate(ids, start=1)]

    def _check_round(self, title: str, rules: RoundRules, n_candidates: int) -> str:
        title = " ".join((title or "").split())
        problems = [] if title else [translate("Voting", "The round needs a title.")]
        if len(title) > TITLE_MAX:
            problems.append(translate("Voting", "The title is too long (at most {title_max} characters).").format(
                title_max=TITLE_MAX))
        problems += validate_rules(rules, n_candidates)
        if problems:
            raise ValidationError(" ".join(problems))
        return title

    def create_round(self, title: str, rules: RoundRules, recommendation_ids: Sequence[int] = (), *,
                     secret: bool = False, voter_unit: VoterUnit = VoterUnit.PARTICIPANT,
                     candidates: Sequence[Candidate] | None = None, runoff_of: int | None = None,
                     ballot_codes: int | None = None) -> tuple[int, Change]:
        entries = list(candidates) if candidates is not None else self._candidates_for(recommendation_ids)
        title = self._check_round(title, rules, len(entries))
        self._check_codes_mode(secret, voter_unit, ballot_codes)
        with self._store.transaction():
            round_id = store.insert_round(self._store.conn, title=title, rules=rules, secret=secret,
                                          voter_unit=voter_unit, runoff_of=runoff_of, ballot_codes=ballot_codes)
            store.set_candidates(self._store.conn, round_id, entries)
            writes.audit(self._store.conn, "round.create", f"Created voting round “{title}”",
                         {"round": round_id, "method": rules.method.value, "candidates": len(entries)})
        self._announce("rounds", [round_id])
        snapshot = self._snapshot(round_id)
        return round_id, Change(translate("Voting", "Create voting round “{title}”").format(title=title), lambda: self._delete_round(round_id),
                                lambda: self._restore_round(snapshot))

    @staticmethod
    def _check_codes_mode(secret: bool, voter_unit: VoterUnit, ballot_codes: int | None) -> None:
        if ballot_codes is None:
            return
        if not secret:
            raise ValidationError(translate("Voting", "Anonymous ballot codes are for secret rounds. Make the "
                                                      "round secret."))
        if voter_unit == VoterUnit.ORGANISATION:
            raise ValidationError(translate("Voting", "Anonymous ballot codes can't tell organisations apart: a "
                                                      "round with one ballot per organisation uses secret ballots "
                                                      "by name."))
        if not 1 <= ballot_codes <= codes.MAX_CODES:
            raise ValidationError(translate("Voting", "The number of ballot codes must be between 1 and "
                                                      "{max_codes}.").format(
                max_codes=codes.MAX_CODES))

    _KEEP = object()

    def update_round(self, round_id: int, *, title: str | None = None, rules: RoundRules | None = None,
                     secret: bool | None = None, voter_unit: VoterUnit | None = None,
                     recommendation_ids: Sequence[int] | None = None, ballot_codes=_KEEP) -> Change:
        """ballot_codes: a number switches the round to anonymous codes, None to names."""
        rnd = self.voting_round(round_id)
        rule_change = any(x is not None for x in (rules, secret, voter_unit, recommendation_ids)) or (
            ballot_codes is not self._KEEP and ballot_codes != rnd.ballot_codes)
        if rule_change and rnd.locked:
            raise ValidationError(translate("Voting", "The rules of “{title}” are locked: ballots are in. Method, "
                                                      "candidates and budget can no longer change. Create a new "
                                                      "round instead.").format(
                title=rnd.title))
        if rule_change and rnd.status != RoundStatus.DRAFT and (
                rnd.uses_codes or (ballot_codes is not self._KEEP and ballot_codes is not None)):
            raise ValidationError(translate("Voting", "“{title}” is open: its ballot codes were made when it "
                                                      "opened, so whether it uses codes, and how many, can no "
                                                      "longer change. Create a new round instead.").format(
                title=rnd.title))
        before = self._snapshot(round_id)
        entries = self._candidates_for(recommendation_ids) if recommendation_ids is not None else before["candidates"]
        new_rules = rules or rnd.rules
        new_title = self._check_round(title if title is not None else rnd.title, new_rules, len(entries))
        after = dict(before, title=new_title, rules=new_rules,
                     secret=rnd.secret if secret is None else secret,
                     voter_unit=voter_unit or rnd.voter_unit, candidates=entries,
                     ballot_codes=rnd.ballot_codes if ballot_codes is self._KEEP else ballot_codes)
        if after["ballot_codes"] is not None and not after["secret"]:
            after["ballot_codes"] = None  # a round made open drops its codes
        self._check_codes_mode(after["secret"], after["voter_unit"], after["ballot_codes"])
        self._write_round(after, recommendation_ids is not None)
        return Change(translate("Voting", "Edit voting round “{new_title}”").format(new_title=new_title), lambda: self._write_round(before, True),
                      lambda: self._write_round(after, True))

    def _snapshot(self, round_id: int) -> dict:
        rnd = self.voting_round(round_id)
        return {"id": rnd.id, "title": rnd.title, "rules": rnd.rules, "secret": rnd.secret,
                "voter_unit": rnd.voter_unit, "runoff_of": rnd.runoff_of, "created_at": rnd.created_at,
                "candidates": self.round_candidates(round_id), "ballot_codes": rnd.ballot_codes}

    def _write_round(self, snap: dict, candidates_too: bool) -> None:
        rnd = self.voting_round(snap["id"])
        same_rules = (rnd.rules, rnd.secret, rnd.voter_unit, rnd.ballot_codes) == (
            snap["rules"], snap["secret"], snap["voter_unit"], snap["ballot_codes"])
        same_candidates = [(c.label, c.recommendation_id) for c in self.round_candidates(rnd.id)] == [
            (c.label, c.recommendation_id) for c in snap["candidates"]]
        if rnd.locked and not (same_rules and same_candidates):
            # An undo or redo must not get round the lock either.
            raise ValidationError(translate("Voting", "The rules of “{title}” are locked: ballots are in, so this "
                                                      "step can no longer be undone.").format(
                title=rnd.title))
        candidates_too = candidates_too and not same_candidates
        with self._store.transaction():
            store.update_round(self._store.conn, snap["id"], title=snap["title"], rules=snap["rules"],
                               secret=snap["secret"], voter_unit=snap["voter_unit"],
                               ballot_codes=snap["ballot_codes"])
            if candidates_too:
                store.set_candidates(self._store.conn, snap["id"], snap["candidates"])
            writes.audit(self._store.conn, "round.edit", f"Edited voting round “{snap['title']}”",
                         {"round": snap["id"]})
        self._announce("rounds", [snap["id"]])

    def delete_round(self, round_id: int) -> Change:
        rnd = self.voting_round(round_id)
        snapshot = self._snapshot(round_id)
        self._delete_round(round_id)
        return Change(translate("Voting", "Delete voting round “{title}”").format(title=rnd.title), lambda: self._restore_round(snapshot),
                      lambda: self._delete_round(round_id))

    def _delete_round(self, round_id: int) -> None:
        rnd = self.voting_round(round_id)
        if rnd.voted or rnd.status != RoundStatus.DRAFT:
            # Also when undoing its creation: ballots, once cast, are never thrown away.
            raise ValidationError(translate("Voting", "“{title}” has been opened for voting, so it stays in the "
                                                      "workshop's record.").format(
                title=rnd.title))
        with self._store.transaction():
            store.delete_round(self._store.conn, round_id)
            writes.audit(self._store.conn, "round.delete", "Deleted a voting round", {"round": round_id})
        self._announce("rounds", [round_id])

    def _restore_round(self, snap: dict) -> None:
        with self._store.transaction():
            store.insert_round(self._store.conn, title=snap["title"], rules=snap["rules"], secret=snap["secret"],
                               voter_unit=snap["voter_unit"], runoff_of=snap["runoff_of"], round_id=snap["id"],
                               created_at=snap["created_at"], ballot_codes=snap["ballot_codes"])
            store.set_candidates(self._store.conn, snap["id"], snap["candidates"])
            writes.audit(self._store.conn, "round.restore", f"Restored voting round “{snap['title']}”",
                         {"round": snap["id"]})
        self._announce("rounds", [snap["id"]])

    def create_runoff(self, round_id: int, candidate_ids: Sequence[int]) -> tuple[int, Change]:
        """A new draft round between tied candidates, with the same method and secrecy."""
        rnd = self.voting_round(round_id)
        if rnd.status != RoundStatus.CLOSED:
            raise ValidationError(translate("Voting", "A run-off follows a closed round; “{title}” is not closed "
                                                      "yet.").format(
                title=rnd.title))
        chosen = [c for c in self.round_candidates(round_id) if c.id in set(candidate_ids)]
        if len(chosen) < 2:
            raise ValidationError(translate("Voting", "A run-off needs at least two of this round's candidates."))
        rules = rnd.rules
        if rules.method == Method.DOT:
            rules = RoundRules(Method.DOT, dots=1)  # one dot each: a straight choice between the tied
        return self.create_round(runoff_title(rnd.title), rules, secret=rnd.secret, voter_unit=rnd.voter_unit,
                                 candidates=[Candidate(None, n, c.label, c.text, c.recommendation_id, c.cluster_id)
                                             for n, c in enumerate(chosen, start=1)],
                                 runoff_of=round_id, ballot_codes=rnd.ballot_codes)

    # --- attendance in ballot-code rounds (issue 12) ----------------------------------------
    def attendance_list(self, round_id: int) -> list[tuple[str, str, bool]]:
        """Who can be ticked present in a ballot-code round: (key, name, ticked), by name. Keys are
        'p12' for participants, 'o3' for organisations in one-ballot-per-organisation rounds."""
        rnd = self._codes_round_or_refuse(round_id)
        conn = self._store.conn
        ticked = store.attendance(conn, round_id)
        if rnd.voter_unit == VoterUnit.ORGANISATION:
            named = [(f"o{oid}", name) for oid, name in store.organisation_names(conn).items()]
        else:
            named = sorted(((f"p{p.id}", p.label()) for p in people_store.list_participants(conn)),
                           key=lambda kn: kn[1].casefold())
        return [(key, name, key in ticked) for key, name in named]

    def record_attendance(self, round_id: int, present: Sequence[str]) -> Change:
        """Save the whole attendance list of a ballot-code round at once. It touches no ballot and no
        code, keeps no time and no order, and its audit entry names nobody."""
        rnd = self._codes_round_or_refuse(round_id)
        known = {key for key, _, _ in self.attendance_list(round_id)}
        chosen = set(present)
        if chosen - known:
            raise ValidationError(translate("Voting", "Someone ticked present is not registered for this round. "
                                                      "Refresh the list and tick again."))
        before = store.attendance(self._store.conn, round_id)
        self._write_attendance(rnd, chosen)
        return Change(translate("Voting", "Attendance for “{title}”").format(title=rnd.title), lambda: self._write_attendance(rnd, before),
                      lambda: self._write_attendance(rnd, chosen))

    def _write_attendance(self, rnd: VotingRound, keys: set[str]) -> None:
        with self._store.transaction():
            store.set_attendance(self._store.conn, rnd.id, keys)
            writes.audit(self._store.conn, "round.attendance", f"Attendance saved for “{rnd.title}”: "
                         f"{len(keys)} present", {"round": rnd.id, "present": len(keys)})
        self._announce("rounds", [rnd.id])

    def _codes_round_or_refuse(self, round_id: int) -> VotingRound:
        rnd = self.voting_round(round_id)
        if not rnd.uses_codes:
            raise ValidationError(translate("Voting", "“{title}” does not use anonymous ballot codes: the “has "
                                                      "voted” record already says who took part.").format(
                title=rnd.title))
        return rnd

    # --- opening and closing (not undoable: people act on them) ---------------------------
    def open_round(self, round_id: int) -> list[str]:
        """Open the round. For a ballot-code round: the codes, made now, in random order. They are
        returned this once and never stored: print or save the slips at once."""
        rnd = self.voting_round(round_id)
        if rnd.status == RoundStatus.OPEN:
            return []
        if rnd.status == RoundStatus.CLOSED:
            raise ValidationError(translate("Voting", "“{title}” is closed. A closed round never reopens; create a "
                                                      "run-off or a new round instead.").format(
                title=rnd.title))
        self._check_round(rnd.title, rnd.rules, rnd.candidates)
        if rnd.rules.method in TOTALLED:
            store.prepare_totals()  # ready long before the round is counted
        if not store.eligible_voters(self._store.conn, rnd.voter_unit):
            if rnd.voter_unit == VoterUnit.ORGANISATION:
                raise ValidationError(translate("Voting", "No organisations are registered yet. Register "
                                                          "participants first."))
            raise ValidationError(translate("Voting", "No participants are registered yet. Register participants "
                                                      "first."))
        if not rnd.uses_codes:
            self._set_status(rnd, RoundStatus.OPEN, "opened")
            if rnd.secret:
                # Everyone's unmarked "has voted" row, in random order, before anyone votes (people
                # registered later get theirs at their first ballot, all of them at once).
                with self._store.transaction():
                    store.add_voters(self._store.conn, rnd.id, [], secret=True, unit=rnd.voter_unit, top_up=True)
                    self._make_slots(rnd)
                # Copy the new rows out of the WAL now: left there, the first ballot's checkpoint copied
                # them (2,000 score slots: 6 MB), and that ballot took 13-22 ms.
                self._empty_wal()
            return []
        made = codes.new_codes(rnd.ballot_codes)
        salt = codes.new_salt()
        hashes = [codes.digest(code, salt) for code in made]
        with self._store.transaction():
            store.set_status(self._store.conn, rnd.id, RoundStatus.OPEN)
            store.set_code_salt(self._store.conn, rnd.id, salt)
            store.add_code_hashes(self._store.conn, rnd.id, hashes)
            self._make_slots(rnd)
            writes.audit(self._store.conn, "round.opened", f"Voting round “{rnd.title}” opened with "
                         f"{len(made)} ballot codes", {"round": rnd.id, "codes": len(made)})
        self._empty_wal()  # as above: not at the first ballot
        self._announce("rounds", [rnd.id])
        return made

    def close_round(self, round_id: int) -> None:
        rnd = self.voting_round(round_id)
        if rnd.status == RoundStatus.CLOSED:
            return
        if rnd.status == RoundStatus.DRAFT:
            raise ValidationError(translate("Voting", "“{title}” has not been opened for voting yet.").format(
                title=rnd.title))
        if rnd.rules.method in TOTALLED:
            store.prepare_totals()  # the round may have been opened in an earlier session
        self._set_status(rnd, RoundStatus.CLOSED, "closed")
        if rnd.secret:
            self._empty_wal()

    def _set_status(self, rnd: VotingRound, status: RoundStatus, verb: str) -> None:
        with self._store.transaction():
            if status == RoundStatus.CLOSED:
                # Unused code hashes would only invite guessing; empty slots count for nothing.
                store.drop_unused_codes(self._store.conn, rnd.id)
                store.drop_empty_slots(self._store.conn, rnd.id)
            store.set_status(self._store.conn, rnd.id, status)
            writes.audit(self._store.conn, f"round.{verb}", f"Voting round “{rnd.title}” {verb}", {"round": rnd.id})
        self._announce("rounds", [rnd.id])

    # --- ballots ---------------------------------------------------------------------------
    def _participant_or_refuse(self, participant_id: int) -> Participant:
        participant = people_store.get_participant(self._store.conn, participant_id)
        if participant is None:
            raise ValidationError(translate("Voting", "There is no participant {participant_id} in this workshop.").format(
                participant_id=participant_id))
        return participant

    def _open_round_or_refuse(self, round_id: int) -> VotingRound:
        rnd = self.voting_round(round_id)
        if rnd.status == RoundStatus.CLOSED:
            raise ValidationError(translate("Voting", "“{title}” is closed: it takes no more ballots.").format(
                title=rnd.title))
        if rnd.status == RoundStatus.DRAFT:
            raise ValidationError(translate("Voting", "“{title}” is not open for voting yet.").format(
                title=rnd.title))
        return rnd

    def check_ballot(self, round_id: int, votes) -> object:
        """The ballot as it would be stored, or a ValidationError saying what is wrong with it."""
        return self._normalised(self.voting_round(round_id), store.candidate_labels(self._store.conn, round_id),
                                votes)

    @staticmethod
    def _normalised(rnd: VotingRound, labels: dict[int, str], votes) -> object:
        """labels: the round's candidates, {id: label} (ids and labels only: a ballot never needs the texts,
        which took 0.8 ms of each ballot to read at 400 candidates)."""
        return normalise_ballot(rnd.rules, labels.keys(), votes, labels)

    def cast_ballot(self, round_id: int, participant_id: int, votes,
                    source: BallotSource = BallotSource.KIOSK) -> Turnout:
        """Store one ballot and its "has voted" record in one transaction. Returns the new turnout:
        once this returns, the ballot is on disk (synchronous=FULL)."""
        rnd = self._open_round_or_refuse(round_id)
        if rnd.uses_codes:
            raise ValidationError(translate("Voting", "“{title}” uses anonymous ballot codes: a ballot is cast "
                                                      "with a code, never under a name.").format(
                title=rnd.title))
        participant = self._participant_or_refuse(participant_id)
        keys = self.voter_keys(rnd, participant)
        voter = keys[0]
        labels = store.candidate_labels(self._store.conn, round_id)
        content = self._normalised(rnd, labels, votes)
        conn = self._store.conn
        if rnd.secret:
            self._refuse_while_read_elsewhere()
        with self._secret_write(rnd.secret), self._store.transaction():
            refusal = self._already_voted(rnd, participant, keys)
            if refusal:
                raise ValidationError(refusal)
            if rnd.secret:
                store.add_voters(conn, round_id, keys, secret=True, unit=rnd.voter_unit)
                self._add_secret_ballot(rnd, BallotSource(source).value, content, list(labels))
            else:
                store.add_voters(conn, round_id, keys)
                store.add_open_ballot(conn, round_id, BallotSource(source).value, content, voter, now_iso())
                writes.audit(conn, "ballot.cast", f"Participant {participant.number} voted in “{rnd.title}” "
                             f"({BallotSource(source).label})", {"round": round_id, "voter": voter})
        if rnd.secret:
            self._empty_wal()
        self._announce("ballots", [round_id])
        return self.turnout(round_id)

    def cast_ballot_with_code(self, round_id: int, code: str, votes,
                              source: BallotSource = BallotSource.KIOSK) -> Turnout:
        """A ballot in an anonymous-code round: the code is spent in the ballot's own transaction.
        Nobody is marked and nothing is logged, so there is nothing to tie the ballot to a person."""
        rnd = self._open_round_or_refuse(round_id)
        if not rnd.uses_codes:
            raise ValidationError(translate("Voting", "“{title}” does not use ballot codes: voters pick their name.").format(
                title=rnd.title))
        labels = store.candidate_labels(self._store.conn, round_id)
        content = self._normalised(rnd, labels, votes)
        digest = self._code_digest(rnd, code)
        self._refuse_while_read_elsewhere()
        with self._secret_write(True), self._store.transaction():
            if not store.spend_code(self._store.conn, round_id, digest):
                raise ValidationError(_unknown_code())
            self._add_secret_ballot(rnd, BallotSource(source).value, content, list(labels))
        self._empty_wal()
        self._announce("ballots", [round_id])
        return self.turnout(round_id)

    def code_is_unused(self, round_id: int, code: str) -> bool:
        """For the kiosk's code screen, before the ballot: a mistyped or spent code is caught early.
        The cast checks again (and spends it) in its own transaction."""
        rnd = self._open_round_or_refuse(round_id)
        if not rnd.uses_codes:
            return False
        try:
            return store.code_unused(self._store.conn, round_id, self._code_digest(rnd, code))
        except ValidationError:
            return False

    def check_codes(self, round_id: int, given: Sequence[str]) -> list[str]:
        """The codes, grouped for print, if each is an unused code of this open round (for printing slips
        after the round opened); a ValidationError naming the first that is not."""
        rnd = self.voting_round(round_id)
        if not rnd.uses_codes:
            raise ValidationError(translate("Voting", "“{title}” does not use ballot codes.").format(title=rnd.title))
        if rnd.status != RoundStatus.OPEN:
            raise ValidationError(translate("Voting", "“{title}” is not open: its ballot codes are made when it "
                                                      "opens.").format(
                title=rnd.title))
        out = []
        for n, code in enumerate(given, start=1):
            if not store.code_unused(self._store.conn, round_id, self._code_digest(rnd, code)):
                raise ValidationError(translate("Voting", "Code {n} ({code}) is not an unused ballot code of "
                                                          "“{title}”.").format(
                    n=n, code=code.strip(), title=rnd.title))
            out.append(codes.display(code))
        return out

    def unused_codes(self, round_id: int) -> int:
        return store.unused_codes(self._store.conn, round_id)

    def _code_digest(self, rnd: VotingRound, code: str) -> bytes:
        salt = store.code_salt(self._store.conn, rnd.id)
        digest = codes.digest(code, salt) if salt else None
        if digest is None:
            raise ValidationError(_unknown_code())
        return digest

    def _make_slots(self, rnd: VotingRound) -> None:
        """A secret round's empty ballot slots, made when it opens (inside its transaction) rather than at
        the first ballot: 2,000 slots of 7 KB took that ballot 300 ms. Later ballots make more if needed."""
        if store.has_slots(self._store.conn, rnd.id):
            return
        conn = self._store.conn
        slots = rnd.ballot_codes if rnd.uses_codes else store.eligible_voters(conn, rnd.voter_unit)
        # Each slot has room for the longest ballot the rules allow, so every ballot pads to the same size; and
        # no more (a 400-candidate score slot is one 3 KB page): closed boxes are read whole when counted.
        width = longest_ballot(rnd.rules, [c.id for c in self.round_candidates(rnd.id)])
        store.make_slots(conn, rnd.id, width=width, slots=slots)

    def _add_secret_ballot(self, rnd: VotingRound, source: str, content, cands: list[int]) -> None:
        conn = self._store.conn
        slots = rnd.ballot_codes if rnd.uses_codes else store.eligible_voters(conn, rnd.voter_unit)
        store.add_secret_ballot(conn, rnd.id, source, content, width=longest_ballot(rnd.rules, cands), slots=slots)

    def _refuse_while_read_elsewhere(self) -> None:
        """A reader elsewhere stops the WAL being emptied after the ballot, which would leave the
        ballot beside its mark in the -wal. Refuse before writing anything, within a second."""
        if not store.checkpoint(self._store.conn):
            names = other_programs(self._store.path)
            who = f" ({', '.join(names)})" if names else ""
            raise WorkshopError(translate("Voting", "Another program has this workshop open{who}. A secret ballot "
                                                    "is recorded only when no other program is reading the file. "
                                                    "Close it there and cast the ballot again; nothing was "
                                                    "recorded.").format(
                who=who))

    @contextlib.contextmanager
    def _secret_write(self, secret: bool):
        """At most a second's wait for another writer, not the usual five."""
        if not secret:
            yield
            return
        conn = self._store.conn
        old = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute(f"PRAGMA busy_timeout = {store.BALLOT_BUSY_MS}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(old)}")

    def _check_wall_counts(self, rnd: VotingRound, counts: dict[int, int], labels: dict[int, str]) -> None:
        """A typed extra zero must not decide the vote: no count beyond what the room could place."""
        eligible = store.eligible_voters(self._store.conn, rnd.voter_unit)
        budget = rnd.rules.budget() or 0
        per_candidate = (rnd.rules.max_per_candidate or budget) * eligible
        dots = rnd.rules.method == Method.DOT
        for cand, count in counts.items():
            if count > per_candidate:
                raise ValidationError(_wall_bound_message(labels[cand], count, per_candidate, dots))
        if sum(counts.values()) > budget * eligible:
            raise ValidationError(_wall_bound_message(None, sum(counts.values()), budget * eligible, dots))

    def fold_in_leftover_wal(self) -> None:
        """After a crash between a secret ballot's commit and its checkpoint, the -wal still holds the
        ballot beside its "has voted" mark: empty it as soon as the file is open again."""
        if not self.read_only and self.secret_round_open():
            self._empty_wal()

    def _empty_wal(self) -> None:
        if not store.checkpoint(self._store.conn):
            log.warning("the write-ahead log could not be emptied after a secret ballot (another connection "
                        "was reading); the next secret ballot or closing the workshop empties it")

    def wall_chart(self, round_id: int) -> dict[int, int]:
        """Dots counted on the wall chart so far, per candidate id."""
        return store.wall_counts(self._store.conn, round_id)

    def record_wall_chart(self, round_id: int, counts: Mapping[int, int],
                          participant_ids: Sequence[int] = ()) -> Turnout:
        """Dot stickers counted per candidate on a wall chart (they replace earlier wall counts).
        participant_ids: people who voted on the wall, so they can't vote again at the laptop."""
        rnd = self._open_round_or_refuse(round_id)
        if rnd.rules.method not in (Method.DOT, Method.POINTS):
            raise ValidationError(translate("Voting", "Wall-chart counts are for dot or point voting. Type in "
                                                      "paper ballots instead."))
        known = {c.id: c.label for c in self.round_candidates(round_id)}
        clean: dict[int, int] = {}
        for cand, dots in counts.items():
            if int(cand) not in known:
                raise ValidationError(translate("Voting", "Candidate {cand} is not in this round.").format(cand=cand))
            if not isinstance(dots, int) or dots < 0:
                raise ValidationError(translate("Voting", "The count for {known} must be a whole number, 0 or more.").format(
                    known=known[int(cand)]))
            clean[int(cand)] = dots
        if rnd.uses_codes and participant_ids:
            raise ValidationError(translate("Voting", "“{title}” uses anonymous ballot codes: nobody is marked by "
                                                      "name. Enter the wall-chart counts without naming who placed "
                                                      "them.").format(
                title=rnd.title))
        people = [self._participant_or_refuse(pid) for pid in dict.fromkeys(participant_ids)]
        keyed = [(p, self.voter_keys(rnd, p)) for p in people]
        self._check_wall_counts(rnd, clean, known)
        conn = self._store.conn
        with self._store.transaction():
            refusals = [why for p, keys in keyed if (why := self._already_voted(rnd, p, keys))]
            if refusals:
                raise ValidationError(" ".join(refusals))
            units = list(dict.fromkeys(keys[0] for _, keys in keyed))
            store.add_voters(conn, round_id, list(dict.fromkeys(k for _, keys in keyed for k in keys)),
                             secret=rnd.secret, unit=rnd.voter_unit)
            store.set_wall_counts(conn, round_id, clean, store.wall_voters(conn, round_id) + len(units))
            writes.audit(conn, "ballot.wall", f"Wall-chart counts entered for “{rnd.title}”",
                         {"round": round_id, "dots": sum(clean.values()), "people": len(units)})
        if rnd.secret:
            self._empty_wal()
        self._announce("ballots", [round_id])
        return self.turnout(round_id)


def _unknown_code() -> str:
    return translate("Voting", "This ballot code is not valid for this round, or it has been used already. Check "
                               "it, or ask the facilitator for a new slip.")


def _wall_bound_message(candidate: str | None, count: int, most: int, dots: bool) -> str:
    """A wall-chart count beyond what the room could place; `candidate` None: the whole chart."""
    if candidate is None:
        text = (Voting.tr("The wall chart has %n dot(s), more than the {most} that everyone registered could "
                          "place. Check the count (a zero too many?) and type it again.", None, count) if dots
                else Voting.tr("The wall chart has %n point(s), more than the {most} that everyone registered "
                               "could place. Check the count (a zero too many?) and type it again.", None, count))
    else:
        text = (Voting.tr("{candidate} has %n dot(s), more than the {most} that everyone registered could "
                          "place. Check the count (a zero too many?) and type it again.", None, count) if dots
                else Voting.tr("{candidate} has %n point(s), more than the {most} that everyone registered could "
                               "place. Check the count (a zero too many?) and type it again.", None, count))
    return text.format(candidate=candidate, most=most)

