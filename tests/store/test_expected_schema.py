"""The kept copy of the expected schema (store/expected_schema.py) is what the migrations make."""

from upr_desktop.store import expected_schema, schema_check
from upr_desktop.store.schema import KNOWN_MIGRATIONS

REGENERATE = "python -m upr_desktop.store.make_expected_schema"


def test_the_kept_schema_is_what_replaying_the_migrations_makes():
    assert tuple(expected_schema.MIGRATIONS) == tuple(KNOWN_MIGRATIONS), (
        f"a migration was added or renamed without regenerating store/expected_schema.py: run `{REGENERATE}`")
    assert schema_check.expected_schema_source() == schema_check.EXPECTED_SCHEMA_FILE.read_text(encoding="utf-8"), (
        f"store/expected_schema.py differs from what the migrations make: run `{REGENERATE}`")


def test_the_full_list_uses_the_kept_copy_and_an_older_list_replays(monkeypatch):
    replayed = []
    real = schema_check.replayed_objects
    monkeypatch.setattr(schema_check, "replayed_objects", lambda applied: replayed.append(applied) or real(applied))
    schema_check.expected_objects.cache_clear()
    try:
        full = schema_check.expected_objects(tuple(KNOWN_MIGRATIONS))
        assert replayed == []
        assert full == real(tuple(KNOWN_MIGRATIONS))
        older = tuple(KNOWN_MIGRATIONS[:-1])
        assert schema_check.expected_objects(older) == real(older)
        assert replayed == [older]
    finally:
        schema_check.expected_objects.cache_clear()
