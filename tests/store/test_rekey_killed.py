"""A rekey killed (SIGKILL) at any moment leaves the workshop opening with the old key or the new one, whole."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from upr_desktop.domain.errors import WrongPassphrase
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops.workshop import Workshop

REPO = Path(__file__).resolve().parents[2]
KEYS = ("the first passphrase here", "the second passphrase here")
ROWS = 400

SCRIPT = """
import os, signal, sys
from upr_desktop.ops.workshop import Workshop
from upr_desktop.store import encryption
path, old, new, kill_at = sys.argv[1:5]
def step(name):
    if name == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
encryption._between_steps = step
w = Workshop.open(path, passphrase=old)
print("rekeying", flush=True)
w.change_passphrase(new)
w.close()
"""

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL")


def _which_key_opens(path: Path) -> str:
    opened = []
    for passphrase in KEYS:
        try:
            w = Workshop.open(path, passphrase=passphrase)
        except WrongPassphrase:
            continue
        assert w.count() == ROWS and len(w.search("number", limit=ROWS)) == ROWS  # whole, search index too
        w.close()
        opened.append(passphrase)
    assert len(opened) == 1, f"opened by {len(opened)} keys"
    return opened[0]


def _rekey(path: Path, old: str, new: str, kill_at: str, app_home: Path):
    env = {**os.environ, "UPR_DESKTOP_HOME": str(app_home), "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(path), old, new, kill_at], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def workshop(tmp_path) -> Path:
    path = tmp_path / "w.uprw"
    w = Workshop.create(path, WorkshopInfo(title="Kill test"), passphrase=KEYS[0])
    w.import_recommendations([Recommendation(text=f"Recommendation number {i} about detention") for i in range(ROWS)],
                             source_file="a.csv", format="table")
    w.close()
    return path


def test_a_rekey_killed_at_each_step_leaves_one_key_working(workshop, app_home):
    current = KEYS[0]
    for kill_at in ("export", "check", "replace", "replaced", "reopen", "never"):
        other = KEYS[1] if current == KEYS[0] else KEYS[0]
        process = _rekey(workshop, current, other, kill_at, app_home)
        out, err = process.communicate(timeout=120)
        if kill_at == "never":
            assert process.returncode == 0, err
        else:
            assert process.returncode == -signal.SIGKILL, (kill_at, err)
        now = _which_key_opens(workshop)
        # killed before the rename: the old key; from the rename on: the new one
        assert now == (current if kill_at in ("export", "check", "replace") else other), kill_at
        current = now
    assert not [p for p in workshop.parent.iterdir() if p.name.endswith(".rekey")]


def test_a_rekey_killed_after_random_delays_never_leaves_neither_key(workshop, app_home):
    rng = random.Random(16)
    current = KEYS[0]
    for _ in range(10):
        other = KEYS[1] if current == KEYS[0] else KEYS[0]
        process = _rekey(workshop, current, other, "never", app_home)
        assert process.stdout.readline().strip() == "rekeying"  # opened: the rewrite starts now
        time.sleep(rng.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        now = _which_key_opens(workshop)
        current = now
    w = Workshop.open(workshop, passphrase=current)  # and it still opens for changes and takes them
    w.add_recommendation(Recommendation(text="Added after the kills"))
    w.close()
