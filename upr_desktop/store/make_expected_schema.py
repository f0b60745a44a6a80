"""Regenerate expected_schema.py after adding a migration: `python -m upr_desktop.store.make_expected_schema`."""

from .schema_check import EXPECTED_SCHEMA_FILE, expected_schema_source

if __name__ == "__main__":
    EXPECTED_SCHEMA_FILE.write_text(expected_schema_source(), encoding="utf-8")
    print(f"wrote {EXPECTED_SCHEMA_FILE}")
