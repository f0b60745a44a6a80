"""Participants and organisations through the one write path, over a real workshop file."""

from __future__ import annotations

import sqlite3

import pytest

from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.participant import CODE_ALPHABET, CODE_LENGTH, Participant
from upr_desktop.domain.rounds import VoterUnit
from upr_desktop.domain.voting import Method, RoundRules

from .voting_setup import make_workshop, people, rec_ids


@pytest.fixture
def w(tmp_path):
    workshop = make_workshop(tmp_path / "w.uprw")
    yield workshop
    workshop.close()


def test_participants_get_numbers_and_distinct_kiosk_codes(w):
    everyone = w.participants()
    assert [p.number for p in everyone] == list(range(1, 13))
    codes = [p.code for p in everyone]
    assert len(set(codes)) == 12
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert w.participant_by_code(codes[3].lower()[:3] + "-" + codes[3][3:]).id == everyone[3].id
    assert w.participant_by_code("nope") is None


def test_a_number_only_participant_stores_nothing_identifying(w, tmp_path):
    pid, _ = w.add_participant(Participant(name="  ", alias="Blue", organisation="Secret Org",
                                           contact="+123", thematic_focus="LGBTI", consent_named=True))
    p = w.participant(pid)
    assert (p.name, p.organisation, p.contact, p.thematic_focus, p.consent_named) == (None, None, None, None, False)
    assert p.alias == "Blue" and p.output_name(False) == "Blue" and p.output_name(True) == f"Participant {p.number}"
    raw = (tmp_path / "w.uprw").read_bytes()
    assert b"Secret Org" not in raw and b"+123" not in raw


def test_the_same_person_cannot_be_registered_twice(w):
    with pytest.raises(ValidationError, match="already registered"):
        w.add_participant(Participant(name="person  00", organisation="org 0"))
    # Same name in another organisation is another person.
    w.add_participant(Participant(name="Person 00", organisation="Org 9"))
    assert len(w.participants()) == 13


def test_edit_and_undo(w):
    first = w.participants()[0]
    change = w.edit_participant(Participant(id=first.id, name="Amina Diallo", organisation="New Org"))
    after = w.participant(first.id)
    assert (after.name, after.organisation, after.number, after.code) == ("Amina Diallo", "New Org", 1, first.code)
    change.undo()
    assert w.participant(first.id) == first
    change.redo()
    assert w.participant(first.id).name == "Amina Diallo"


def test_removal_is_undone_with_the_same_number_and_code(w):
    before = w.participants()
    change = w.delete_participants([before[2].id, before[5].id])
    assert len(w.participants()) == 10
    change.undo()
    assert w.participants() == before


def test_someone_who_voted_stays_registered(w):
    round_id, _ = w.create_round("R", RoundRules(Method.APPROVAL), rec_ids(w)[:3])
    w.open_round(round_id)
    voter = people(w)[0]
    w.cast_ballot(round_id, voter, [w.round_candidates(round_id)[0].id])
    with pytest.raises(ValidationError, match="took part in a vote"):
        w.delete_participants([voter])
    assert w.participant(voter) is not None


def test_attendance_import_skips_people_already_registered(w):
    rows = [Participant(name="Person 01", organisation="Org 1"), Participant(name="Nadia Haddad", organisation="X"),
            Participant(alias="Green")]
    summary, change = w.import_participants(rows, source_file="attendance.csv")
    assert (summary.added, summary.already_registered) == (2, 1)
    assert "1 already registered" in summary.message()
    assert len(w.participants()) == 14
    change.undo()
    assert len(w.participants()) == 12
    again, no_change = w.import_participants(rows[:1], source_file="attendance.csv")
    assert again.added == 0 and no_change is None


def test_organisations_are_a_list_of_their_own(w):
    names = [o.name for o in w.organisations()]
    assert names == ["Org 0", "Org 1", "Org 2", "Org 3"]
    org_id, change = w.add_organisation("Coalition for Justice")
    with pytest.raises(ValidationError, match="already in the list"):
        w.add_organisation("coalition for justice")
    w.rename_organisation(org_id, "Justice Coalition")
    assert "Justice Coalition" in [o.name for o in w.organisations()]
    busy = next(o for o in w.organisations() if o.name == "Org 0")
    with pytest.raises(ValidationError, match="3 registered participant"):
        w.delete_organisation(busy.id)
    w.delete_organisation(org_id)
    assert "Justice Coalition" not in [o.name for o in w.organisations()]


def test_the_privacy_switch_names_only_consenting_people(w):
    names = w.output_names()
    everyone = w.participants()
    assert names[everyone[0].id] == "Person 00"  # consented
    assert names[everyone[1].id] == "Participant 2"  # did not
    change = w.set_anonymise_outputs(True)
    assert w.anonymise_outputs()
    assert set(w.output_names().values()) == {f"Participant {n}" for n in range(1, 13)}
    change.undo()
    assert not w.anonymise_outputs()


def test_per_organisation_rounds_need_an_organisation(w):
    anon, _ = w.add_participant(Participant(alias="Nobody"))
    round_id, _ = w.create_round("R", RoundRules(Method.APPROVAL), rec_ids(w)[:3], voter_unit=VoterUnit.ORGANISATION)
    w.open_round(round_id)
    with pytest.raises(ValidationError, match="not registered with an organisation"):
        w.cast_ballot(round_id, anon, [])
    assert w.turnout(round_id).eligible == 4


def test_the_schema_refuses_identifying_data_for_anonymous_rows(w, tmp_path):
    conn = sqlite3.connect(tmp_path / "w.uprw")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO participants (number, name, contact, code, created_at, updated_at) "
                     "VALUES (99, NULL, 'x@y', 'ZZZZZZ', '', '')")
    conn.close()


def test_undoing_an_add_takes_back_the_organisation_it_brought(w):
    _, change = w.add_participant(Participant(name="Kofi Mensah", organisation="Free Press Demoland"))
    assert "Free Press Demoland" in [o.name for o in w.organisations()]
    change.undo()
    assert "Free Press Demoland" not in [o.name for o in w.organisations()]
    _, change = w.add_participant(Participant(name="Kofi Mensah", organisation="Org 1"))
    change.undo()
    assert "Org 1" in [o.name for o in w.organisations()]  # it was there before
