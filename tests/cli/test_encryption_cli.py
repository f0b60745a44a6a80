"""Encrypted workshops from the command line, run as a person would: a real process over real files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from upr_desktop.cli.main import _parser

from .cli_helpers import digest

REPO_ROOT = Path(__file__).resolve().parents[2]
PASS = "the coalition's long passphrase"


def run(*args, env_home, stdin: str | None = None):
    env = {**os.environ, "UPR_DESKTOP_HOME": str(env_home)}
    return subprocess.run([sys.executable, "-m", "upr_desktop", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env=env, cwd=REPO_ROOT, input=stdin)


@pytest.fixture
def secrets(tmp_path):
    files = {}
    for name, text in {"pass": PASS, "new": "a different passphrase, longer", "wrong": "not the passphrase",
                       "empty": ""}.items():
        files[name] = tmp_path / f"{name}.txt"
        files[name].write_text(text + "\n", encoding="utf-8")
    return files


def test_new_encrypted_then_every_opening_command_needs_the_passphrase(tmp_path, app_home, secrets):
    w = tmp_path / "w.uprw"
    made = run("new", w, "--title", "Encrypted", "--country", "Kenya", "--passphrase-file", secrets["pass"],
               env_home=app_home)
    assert made.returncode == 0 and "encrypted" in made.stdout
    assert not w.read_bytes().startswith(b"SQLite format 3")
    before = (digest(w), w.stat().st_mtime_ns)
    for given, words in (((), "is encrypted"), (("--passphrase-file", secrets["wrong"]), "does not open"),
                         (("--passphrase-file", secrets["empty"]), "first line is empty"),
                         (("--passphrase-file", tmp_path / "missing.txt"), "no file at")):
        refused = run("info", w, *given, env_home=app_home)
        assert refused.returncode == 1, refused
        assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr, refused.stderr
        assert words in refused.stderr
    assert (digest(w), w.stat().st_mtime_ns) == before
    opened = run("info", w, "--json", "--passphrase-file", secrets["pass"], env_home=app_home)
    assert opened.returncode == 0 and json.loads(opened.stdout)["title"] == "Encrypted"
    from_stdin = run("info", w, "--json", "--passphrase-stdin", env_home=app_home, stdin=PASS + "\n")
    assert from_stdin.returncode == 0, from_stdin.stderr


def test_no_command_takes_the_passphrase_itself_as_an_argument():
    def commands(parser):
        for action in parser._actions:
            if hasattr(action, "choices") and isinstance(action.choices, dict):
                for name, command in action.choices.items():
                    nested = [a for a in command._actions if hasattr(a, "choices") and isinstance(a.choices, dict)]
                    if nested:
                        yield from commands(command)
                    else:
                        yield name, command

    found = list(commands(_parser()))
    assert len(found) > 25
    for name, command in found:
        options = command._option_string_actions
        assert "--passphrase-file" in options and "--passphrase-stdin" in options, name
        assert not any(o in options for o in ("--passphrase", "--password", "--key")), name
        assert options["--passphrase-file"].type is Path, name


def test_encrypt_rekey_recovery_key_and_travel_copy(tmp_path, app_home, secrets):
    w = tmp_path / "demo.uprw"
    assert run("demo", w, env_home=app_home).returncode == 0
    with sqlite3.connect(w) as conn:
        participant = conn.execute("SELECT name FROM participants WHERE name IS NOT NULL").fetchone()[0]
    encrypted = run("encrypt", w, "--passphrase-file", secrets["pass"], env_home=app_home)
    assert encrypted.returncode == 0, encrypted.stderr
    assert "made elsewhere" in encrypted.stdout
    assert participant.encode() not in w.read_bytes()
    again = run("encrypt", w, "--passphrase-file", secrets["pass"], env_home=app_home)
    assert again.returncode == 1 and "already encrypted" in again.stderr

    key = run("recovery-key", w, "--passphrase-file", secrets["pass"], env_home=app_home).stdout.strip()
    assert key.startswith("UPR1-")
    (tmp_path / "key.txt").write_text(key, encoding="utf-8")
    assert run("info", w, "--passphrase-file", tmp_path / "key.txt", env_home=app_home).returncode == 0

    wrong = run("rekey", w, "--passphrase-file", secrets["wrong"], "--new-passphrase-file", secrets["new"],
                env_home=app_home)
    assert wrong.returncode == 1 and "does not open" in wrong.stderr
    rekeyed = run("rekey", w, "--passphrase-file", secrets["pass"], "--new-passphrase-file", secrets["new"],
                  env_home=app_home)
    assert rekeyed.returncode == 0, rekeyed.stderr
    for old in (secrets["pass"], tmp_path / "key.txt"):
        assert run("info", w, "--passphrase-file", old, env_home=app_home).returncode == 1
    assert run("info", w, "--passphrase-file", secrets["new"], env_home=app_home).returncode == 0

    out = tmp_path / "travel.uprw"
    travel = run("travel-copy", w, out, "--passphrase-file", secrets["new"], env_home=app_home)
    assert travel.returncode == 0, travel.stderr
    assert "confidential evidence and testimony: 1" in travel.stdout
    assert out.read_bytes().startswith(b"SQLite format 3") and participant.encode() not in out.read_bytes()
    assert run("info", out, env_home=app_home).returncode == 0
    plain_with_pass = run("travel-copy", out, tmp_path / "t2.uprw", "--passphrase-file", secrets["new"],
                          env_home=app_home)
    assert plain_with_pass.returncode == 0  # a passphrase given for a plain file is not needed, not an error
