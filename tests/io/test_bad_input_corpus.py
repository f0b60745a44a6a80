"""Hostile and broken files, each imported by the command line in a process of its own, as a person would.

Every one is refused with exit code 1 and one plain line (no traceback), leaves the workshop as it was, and
takes under 10 s and 1 GB. The child's address space is capped, so that a regression fails the test instead
of taking the machine down. The files are built in tmp_path at test time (tests/io/hostile_files.py).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from upr_desktop.domain.participant import Participant
from upr_desktop.domain.workshop import ALL_COUNTRIES, WorkshopInfo
from upr_desktop.io import importers
from upr_desktop.io.importers import read_source, uhri
from upr_desktop.ops import Workshop

from .hostile_files import (
    attendance_xlsx, dimension_lie_xlsx, docx_bomb, far_cell_xls, far_cell_xlsb, ods_repeat_bomb,
    shared_strings_lie_xlsx, xlsx_bomb,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
REAL_XLS = (REPO_ROOT / ".." / "shared" / "data" / "uprinfo_export_sessions1-5_original.xls").resolve()
GB = 1024 ** 3
PEAK_LIMIT = 1 * GB
SECONDS_LIMIT = 10.0
ADDRESS_SPACE_CAP = 3 * GB  # the child's, so a bomb that still goes off cannot exhaust the machine
KILL_AFTER = 60.0


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    peak: int  # bytes: the command's peak resident memory


# A child's peak memory starts at its parent's when it forks, so the command is started by a small Python that
# caps its address space, waits for it, and writes down its exit code and peak (wait4's ru_maxrss, in KB).
_LAUNCHER = """
import os, resource, subprocess, sys
report, cap, *args = sys.argv[1:]
resource.setrlimit(resource.RLIMIT_AS, (int(cap), int(cap)))
child = subprocess.Popen([sys.executable, "-m", "upr_desktop", *args])
_, status, usage = os.wait4(child.pid, 0)
with open(report, "w") as out:
    out.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""


def run_cli(tmp_path: Path, home: Path, *args) -> Run:
    """`python -m upr_desktop ARGS` in a process of its own, timed, with its exit code and peak memory."""
    env = {**os.environ, "UPR_DESKTOP_HOME": str(home), "PYTHONPATH": str(REPO_ROOT)}
    out_path, err_path, report = tmp_path / "stdout.txt", tmp_path / "stderr.txt", tmp_path / "report.txt"
    report.unlink(missing_ok=True)
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.monotonic()
        launcher = subprocess.Popen([sys.executable, "-c", _LAUNCHER, str(report), str(ADDRESS_SPACE_CAP),
                                     *map(str, args)], stdout=out, stderr=err, env=env, cwd=REPO_ROOT,
                                    start_new_session=True)
        try:
            launcher.wait(timeout=KILL_AFTER)
        except subprocess.TimeoutExpired:
            os.killpg(launcher.pid, signal.SIGKILL)
            launcher.wait()
            pytest.fail(f"{args[0]} was still running after {KILL_AFTER:.0f} s")
        seconds = time.monotonic() - start
    code, peak_kb = map(int, report.read_text().split())
    return Run(code, out_path.read_text("utf-8", "replace"), err_path.read_text("utf-8", "replace"), seconds,
               peak_kb * 1024)


# --- the files -------------------------------------------------------------------------------------

def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _truncated_xlsx(path: Path) -> Path:
    whole = attendance_xlsx(path.with_name("whole.xlsx")).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _docx_without_table(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Minutes of the coalition meeting, 3 March")
    document.save(path)
    return path


def _garbage(path: Path) -> Path:
    path.write_bytes(random.Random(12).randbytes(200_000))
    return path


def _csv_with_nul(path: Path) -> Path:
    path.write_bytes(b"Name,Organisation,Recommendation\nAmina\x00 Diallo,Droits,Ratify the convention\n")
    return path


def _json_nested_deep(path: Path) -> Path:
    """Big enough to be read as a stream, and nothing but "[" (ijson's prefixes grow with the depth)."""
    path.write_bytes(b"[" * (uhri.STREAM_FROM_BYTES + 1024))
    return path


def _json_over_the_cap(path: Path) -> Path:
    """Bigger than the JSON cap, without writing it: a sparse file that starts like a UHRI export."""
    with open(path, "wb") as file:
        file.write(b'[{"Text": "Ratify the convention", "CountriesConcerned": ["Slovenia"]}')
        file.truncate(importers.MAX_JSON_BYTES + 1024 * 1024)
    return path


BOTH = ("import", "participant import")
CORPUS = {
    # name: (how to build it, which commands, what the refusal says)
    "dimension-lie.xlsx": (dimension_lie_xlsx, BOTH, "whose cells reach XFD1048576"),
    "bomb.xlsx": (xlsx_bomb, BOTH, "is not a normal spreadsheet: it would expand from"),
    "lying-header-bomb.xlsx": (lambda p: xlsx_bomb(p, declared=40 * 1024 * 1024), BOTH,
                               "unpacks to more than the 40 MB the file declares"),
    "shared-texts-lie.xlsx": (shared_strings_lie_xlsx, BOTH, "it claims 2,000,000,000 different texts"),
    "far-cell.xlsb": (far_cell_xlsb, BOTH, "whose cells reach XFD1048576"),
    "far-cell.xls": (lambda p: far_cell_xls(p, REAL_XLS), BOTH, r"whose cells reach CRXO65535: 65,535 rows"),
    "bomb.docx": (docx_bomb, BOTH, "is not a normal document: it would expand from"),
    "repeat-bomb.ods": (ods_repeat_bomb, BOTH, r"whose cells reach XFD5003: 5,003 rows by 16,384 columns"),
    "huge.json": (_json_over_the_cap, ("import",), "JSON files can be imported up to"),
    "deep.json": (_json_nested_deep, ("import",), "nests lists or objects more than 32 deep"),
    "empty.xlsx": (_empty, BOTH, r"is empty \(0 bytes\)"),
    "empty.docx": (_empty, BOTH, r"is empty \(0 bytes\)"),
    "empty.json": (_empty, BOTH, r"is empty \(0 bytes\)"),
    "empty.csv": (_empty, BOTH, r"is empty \(0 bytes\)"),
    "truncated.xlsx": (_truncated_xlsx, BOTH, "the Excel file is damaged or incomplete"),
    "no-table.docx": (_docx_without_table, ("import",), "has no table of recommendations"),
    "garbage.csv": (_garbage, BOTH, "holds binary data"),
    "nul.csv": (_csv_with_nul, BOTH, "holds binary data"),
}


# --- the workshop they must not change ----------------------------------------------------------------

@pytest.fixture
def workshop(tmp_path) -> Path:
    """A real workshop with one import and one participant in it."""
    path = tmp_path / "coalition.uprw"
    with Workshop.create(path, WorkshopInfo(title="Coalition", country=ALL_COUNTRIES)) as created:
        parsed = read_source(attendance_xlsx(tmp_path / "first.xlsx"))
        created.import_recommendations(parsed.recommendations, source_file="first.xlsx", format=parsed.format)
        created.add_participant(Participant(name="Amina Diallo", organisation="Droits Maintenant"))
    return path


def _state(path: Path) -> tuple[bytes, int, int]:
    data = path.read_bytes()
    with Workshop.open(path, read_only=True) as opened:
        return data, opened.count(), opened.participant_count()


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_refused_in_one_plain_line_quickly_and_changing_nothing(tmp_path, workshop, name):
    build, commands, says = CORPUS[name]
    (tmp_path / "in").mkdir()
    source = build(tmp_path / "in" / name)
    home = tmp_path / "home"
    before = _state(workshop)
    assert before[1:] == (2, 1)
    for command in commands:
        run = run_cli(tmp_path, home, *command.split(), workshop, source)
        print(f"{name} {command}: exit {run.code}, {run.seconds:.2f} s, peak {run.peak / 2**20:.0f} MB")
        assert run.code == 1, (command, run.code, run.err[-2000:])
        assert run.peak < PEAK_LIMIT, (command, run.peak)
        assert run.seconds < SECONDS_LIMIT, (command, run.seconds)
        assert "Traceback" not in run.err and "Traceback" not in run.out
        lines = run.err.splitlines()
        assert len(lines) == 1, (command, run.err[-2000:])
        assert lines[0].startswith("upr-desktop: “") and re.search(says, lines[0]), lines[0]
        assert "something went wrong" not in lines[0]
        assert _state(workshop) == before


def test_a_dimension_that_lies_is_not_believed_either_way(tmp_path, workshop):
    """<dimension ref="A1:XFD1048576"/> over a small table: the cells decide, and the table imports."""
    source = dimension_lie_xlsx(tmp_path / "claims-everything.xlsx", far_cell=False)
    run = run_cli(tmp_path, tmp_path / "home", "participant", "import", workshop, source)
    assert run.code == 0, run.err
    assert run.seconds < SECONDS_LIMIT and run.peak < PEAK_LIMIT
    with Workshop.open(workshop, read_only=True) as opened:
        assert sorted(p.name for p in opened.participants()) == ["Amina Diallo", "Jean Martin"]


@pytest.mark.parametrize("name, data", [
    ("really-a-csv.xlsx", "Name,Organisation,Recommendation\nJean Martin,Ligue,Adopt a law on defenders\n"
                          .encode("utf-8")),
    ("utf16-without-bom.csv", "Name,Organisation,Recommendation\nJean Martin,Ligue,Adopt a law on defenders\n"
                              .encode("utf-16-le")),
])
def test_a_readable_table_in_disguise_is_read_for_what_it_is(tmp_path, workshop, name, data):
    """A CSV named .xlsx, and UTF-16 text without a byte-order mark, are tables all the same: imported, not
    refused, by their content."""
    source = tmp_path / name
    source.write_bytes(data)
    run = run_cli(tmp_path, tmp_path / "home", "participant", "import", workshop, source)
    assert run.code == 0, run.err
    assert run.seconds < SECONDS_LIMIT and run.peak < PEAK_LIMIT
    with Workshop.open(workshop, read_only=True) as opened:
        assert sorted(p.name for p in opened.participants()) == ["Amina Diallo", "Jean Martin"]
