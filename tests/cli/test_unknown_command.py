"""A typo is not a file to open: only no arguments, or an existing file, start the app. Run as a real process
with no display, as a person at a terminal over SSH would, so that starting Qt would show as a plugin abort."""

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def _headless_env(app_home) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["UPR_DESKTOP_HOME"] = str(app_home)
    env["PYTHONPATH"] = str(REPO_ROOT)
    return env


def _run(code: str, *args, app_home):
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                          timeout=60, env=_headless_env(app_home), cwd=REPO_ROOT)


MAIN = "import sys; from upr_desktop.cli import main; sys.exit(main())"
CLI_MAIN = ("import sys; from upr_desktop.cli import cli_main; "
            "code = cli_main(); assert 'PySide6.QtWidgets' not in sys.modules, 'Qt was started'; sys.exit(code)")
NO_QT = ("import sys; from upr_desktop.cli import main; code = main(); "
         "assert 'PySide6.QtWidgets' not in sys.modules, 'Qt was started'; sys.exit(code)")


def test_a_mistyped_command_is_a_usage_error_listing_the_commands(tmp_path, app_home):
    workshop = tmp_path / "w.uprw"
    workshop.write_bytes(b"")
    result = _run(NO_QT, "folowup", workshop, app_home=app_home)
    assert result.returncode == 2, result.stderr
    assert "folowup" in result.stderr
    assert "participant" in result.stderr and "tally" in result.stderr and "export" in result.stderr
    assert "qt.qpa" not in result.stderr.lower() and "plugin" not in result.stderr.lower()


def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path, app_home):
    result = _run(NO_QT, tmp_path / "missing.uprw", app_home=app_home)
    assert result.returncode == 2 and "missing.uprw" in result.stderr


def test_upr_desktop_cli_with_no_arguments_prints_the_commands_not_the_app(app_home):
    result = _run(CLI_MAIN, app_home=app_home)
    assert result.returncode == 0, result.stderr
    assert "participant" in result.stdout and "usage" in result.stdout.lower()


def test_the_cli_entry_point_is_the_one_that_never_opens_the_app():
    import tomllib

    scripts = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["upr-desktop-cli"] == "upr_desktop.cli:cli_main"
