"""Files we write are whole or absent, and readable like any other file the person saves."""

from __future__ import annotations

import os
import stat

import pytest

from upr_desktop.domain.errors import WorkshopError
from upr_desktop.io.atomic import atomic_write


def test_a_new_file_gets_the_usual_permissions_and_a_replaced_one_keeps_its_own(tmp_path):
    umask = os.umask(0o022)
    try:
        target = tmp_path / "charter.pdf"
        with atomic_write(target) as out:
            out.write(b"%PDF-1.4 first")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not mkstemp's 0600
        target.chmod(0o600)  # the person made it private
        with atomic_write(target) as out:
            out.write(b"%PDF-1.4 second")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert target.read_bytes() == b"%PDF-1.4 second"
    finally:
        os.umask(umask)


def test_a_failure_half_way_leaves_the_old_file_and_no_partial_one(tmp_path):
    target = tmp_path / "matrix.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_write(target, "w") as out:
            out.write("new, half")
            raise RuntimeError("the disk went away")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["matrix.csv"]


def test_a_missing_folder_is_a_plain_message(tmp_path):
    with pytest.raises(WorkshopError, match="Choose another folder"):
        with atomic_write(tmp_path / "nowhere" / "x.pdf") as out:
            out.write(b"x")
