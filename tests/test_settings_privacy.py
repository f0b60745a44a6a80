"""The privacy settings: an encrypted workshop's path is not written to the settings file unless the person asks
for it; the idle lock's minutes. Checked by reading the settings file itself."""

from __future__ import annotations

import json

from upr_desktop import settings


def _file() -> dict:
    return json.loads(settings._settings_file().read_text(encoding="utf-8"))


def test_plain_workshops_are_remembered_as_before(tmp_path):
    plain = tmp_path / "Kenya 2025.uprw"
    plain.write_bytes(b"x")
    settings.add_recent(plain)
    assert _file()["recent"] == [str(plain.resolve())]


def test_an_encrypted_workshop_is_not_written_to_the_settings_by_default(tmp_path):
    secret = tmp_path / "Testimony Ward 7.uprw"
    secret.write_bytes(b"x")
    plain = tmp_path / "plain.uprw"
    plain.write_bytes(b"x")
    settings.add_recent(plain)
    settings.add_recent(secret, encrypted=True)
    text = settings._settings_file().read_text(encoding="utf-8")
    assert "Testimony" not in text
    assert _file()["recent"] == [str(plain.resolve())]
    assert not settings.remember_encrypted_in_recent()


def test_an_encrypted_workshop_already_listed_is_taken_out(tmp_path):
    once_plain = tmp_path / "Evidence.uprw"
    once_plain.write_bytes(b"x")
    settings.add_recent(once_plain)
    assert "Evidence" in settings._settings_file().read_text(encoding="utf-8")
    settings.add_recent(once_plain, encrypted=True)  # it was encrypted since
    assert "Evidence" not in settings._settings_file().read_text(encoding="utf-8")


def test_remembered_when_the_person_turns_it_on(tmp_path):
    secret = tmp_path / "Testimony.uprw"
    secret.write_bytes(b"x")
    settings.set_remember_encrypted_in_recent(True)
    settings.add_recent(secret, encrypted=True)
    assert _file()["recent"] == [str(secret.resolve())]
    assert _file()["remember_encrypted_in_recent"] is True


def test_lock_minutes(tmp_path):
    assert settings.lock_after_minutes() == settings.DEFAULT_LOCK_AFTER_MINUTES == 10
    settings.set_lock_after_minutes(0)
    assert _file()["lock_after_minutes"] == 0 and settings.lock_after_minutes() == 0
    data = _file()
    data["lock_after_minutes"] = "soon"  # a hand-edited file
    settings.save(data)
    assert settings.lock_after_minutes() == 10
