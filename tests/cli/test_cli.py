"""The command line, run as a person would run it: a real process over real files."""

import json
import subprocess
import sys

import pytest

from .cli_helpers import digest

REPO_ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def run(*args, env_home):
    import os

    env = {**os.environ, "UPR_DESKTOP_HOME": str(env_home)}
    return subprocess.run([sys.executable, "-m", "upr_desktop", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env=env, cwd=REPO_ROOT)


def test_new_import_info_search(tmp_path, shared_data, app_home):
    w = tmp_path / "slovenia.uprw"
    assert run("new", w, "--title", "Slovenia follow-up", "--country", "Slovenia", env_home=app_home).returncode == 0
    result = run("import", w, shared_data / "ohchr_upr48_slovenia_thematic_list_2025.docx", env_home=app_home)
    assert result.returncode == 0, result.stderr
    assert "Added 254" in result.stdout
    again = run("import", w, shared_data / "ohchr_upr48_slovenia_thematic_list_2025.docx", env_home=app_home)
    assert again.returncode == 0 and "Nothing new" in again.stdout
    info = json.loads(run("info", w, "--json", env_home=app_home).stdout)
    assert info["schema_version"] >= 1 and info["title"] == "Slovenia follow-up" and info["country"] == "Slovenia"
    assert info["recommendations"] == 254
    assert info["responses"] == {"supported": 217, "noted": 37, "pending": 0, "unknown": 0, "voluntary_pledge": 0}
    hits = json.loads(run("search", w, "statelessness", "--limit", "5", "--json", env_home=app_home).stdout)
    assert 1 <= len(hits) <= 5 and all("statelessness" in h["text"].lower() for h in hits)
    plain = run("search", w, "statelessness", env_home=app_home)
    assert "[Statelessness]" in plain.stdout or "[statelessness]" in plain.stdout


def test_uprinfo_csv_needs_a_country_then_imports_it(tmp_path, shared_data, app_home):
    w = tmp_path / "w.uprw"
    run("new", w, "--title", "Coalition", env_home=app_home)
    source = shared_data / "uprinfo_export_sessions18-20_2014.csv"
    before = digest(w)
    asked = run("import", w, source, env_home=app_home)
    assert asked.returncode == 1 and "--country" in asked.stderr and len(asked.stderr.strip().splitlines()) == 1
    assert digest(w) == before
    done = run("import", w, source, "--country", "all", "--json", env_home=app_home)
    summary = json.loads(done.stdout)
    assert summary["rows_read"] == 7984
    assert summary["added"] + summary["duplicates"] + summary["skipped"] == 7984


@pytest.mark.parametrize("content, name", [
    (b"", "empty.csv"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "picture.csv"),
    (b"PK\x03\x04" + b"\x00" * 200, "truncated.xlsx"),
])
def test_bad_source_exits_nonzero_with_one_line_and_changes_nothing(tmp_path, app_home, content, name):
    w = tmp_path / "w.uprw"
    run("demo", w, env_home=app_home)
    before = digest(w)
    source = tmp_path / name
    source.write_bytes(content)
    result = run("import", w, source, env_home=app_home)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("upr-desktop: ") and "Traceback" not in result.stderr
    assert digest(w) == before


def test_bad_workshop_file_gets_a_plain_message(tmp_path, app_home):
    not_workshop = tmp_path / "notes.uprw"
    not_workshop.write_text("hello")
    result = run("info", not_workshop, env_home=app_home)
    assert result.returncode == 1 and "not a UPR Desktop workshop" in result.stderr and "Traceback" not in result.stderr


def test_demo_command_writes_the_illustrative_workshop(tmp_path, app_home):
    w = tmp_path / "demo.uprw"
    assert run("demo", w, env_home=app_home).returncode == 0
    info = json.loads(run("info", w, "--json", env_home=app_home).stdout)
    assert 78 <= info["recommendations"] <= 84 and info["themes"] == 12
    assert info["responses"]["supported"] > 0 and info["responses"]["noted"] > 0
