"""The Linux download's packing and its per-user install.sh, on a stand-in bundle whose upr-desktop only records
how it was started (the frozen app itself is tested in test_frozen_bundle.py). The folder it is unpacked into has
spaces, Cyrillic, quotes and a dollar sign in its name: the menu entry must still start exactly that program."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "installers" / "linux"
NASTY_FOLDER = 'Programs – Ереван "2026" $HOME\'s & co'

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux download")


def _fake_bundle(folder: Path) -> Path:
    bundle = folder / "upr-desktop"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "upr-desktop"
    program.write_text('#!/bin/sh\nprintf "%s\\n" "$0" "$@" > "$UPR_FAKE_RECORD"\n', encoding="utf-8")
    program.chmod(0o755)
    (bundle / "upr-desktop-cli").symlink_to("upr-desktop")
    return bundle


def desktop_exec(line: str, file: str) -> list[str]:
    """The argv a desktop environment runs for an Exec= value and one file (Desktop Entry Specification)."""
    value, text = line.split("=", 1)[1], ""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    i = 0
    while i < len(value):  # the string-level escapes first
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] in escapes:
            text += escapes[value[i + 1]]
            i += 2
        else:
            text += value[i]
            i += 1
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(text):
        char = text[i]
        if quoted:
            if char == "\\" and text[i + 1] in '"`$\\':
                current += text[i + 1]
                i += 1
            elif char == '"':
                quoted = False
            else:
                current += char
        elif char == '"':
            quoted = started = True
        elif char == " ":
            if started:
                args.append(current)
            current, started = "", False
        else:
            current += char
            started = True
        i += 1
    if started:
        args.append(current)
    out = []
    for arg in args:
        if arg == "%f":
            out.append(file)
        else:
            out.append(arg.replace("%%", "%"))
    return out


@pytest.fixture
def unpacked(tmp_path) -> Path:
    build = tmp_path / "dist"
    bundle = _fake_bundle(build)
    packed = subprocess.run(["bash", str(LINUX / "package.sh"), "9.8.7", str(bundle)], capture_output=True,
                            text=True, timeout=120)
    assert packed.returncode == 0, packed.stderr
    archive = build / f"UPR-Desktop-9.8.7-linux-{os.uname().machine}.tar.gz"
    assert archive.is_file()
    listing = subprocess.run(["tar", "tzvf", str(archive)], capture_output=True, text=True, check=True).stdout
    top = archive.name.removesuffix(".tar.gz")
    assert all(line.split()[5].startswith(top) for line in listing.splitlines())
    assert f"{top}/upr-desktop-cli -> upr-desktop" in listing
    place = tmp_path / NASTY_FOLDER
    place.mkdir()
    subprocess.run(["tar", "xzf", str(archive), "-C", str(place)], check=True)
    return place / top


def _env(home: Path, record: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), UPR_FAKE_RECORD=str(record))
    return env


def test_install_adds_a_menu_entry_that_starts_this_folder_s_app(unpacked, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    record = tmp_path / "record.txt"
    env = _env(home, record)
    for name in ("install.sh", "README.txt", "upr-desktop"):
        assert (unpacked / name).is_file(), name
    assert os.access(unpacked / "install.sh", os.X_OK)

    done = subprocess.run([str(unpacked / "install.sh")], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "applications menu" in done.stdout

    share = home / ".local" / "share"
    entry = (share / "applications" / "upr-desktop.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-upr-workshop;" in entry and "Icon=upr-desktop" in entry
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    workshop = tmp_path / "Workshop 2026.uprw"
    argv = desktop_exec(exec_line, str(workshop))
    assert argv == [str(unpacked.resolve() / "upr-desktop"), str(workshop)]
    subprocess.run(argv, env=env, check=True, timeout=30)
    assert record.read_text(encoding="utf-8").splitlines()[1:] == [str(workshop)]
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(["desktop-file-validate", str(share / "applications" / "upr-desktop.desktop")],
                                   capture_output=True, text=True)
        assert validated.returncode == 0, validated.stdout + validated.stderr

    mime = (share / "mime" / "packages" / "upr-desktop-workshop.xml").read_text(encoding="utf-8")
    assert 'type="application/x-upr-workshop"' in mime and 'pattern="*.uprw"' in mime
    for size in (16, 48, 256):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "upr-desktop.png").is_file()
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "mimetypes" /
                "application-x-upr-workshop.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "upr-desktop.svg").is_file()
    for name in ("upr-desktop", "upr-desktop-cli"):
        link = home / ".local" / "bin" / name
        assert link.is_symlink() and link.resolve() == (unpacked / "upr-desktop").resolve()


def test_uninstall_takes_away_only_what_install_added(unpacked, tmp_path):
    home = tmp_path / "home"
    config = home / ".config"
    config.mkdir(parents=True)
    mimeapps = config / "mimeapps.list"
    mimeapps.write_text("[Default Applications]\napplication/x-upr-workshop=upr-desktop.desktop;\n"
                        "text/plain=org.gnome.TextEditor.desktop\n", encoding="utf-8")
    workshop = home / "Documents" / "Kenya.uprw"
    workshop.parent.mkdir()
    workshop.write_bytes(b"SQLite format 3\x00 a workshop")
    own_tool = home / ".local" / "bin" / "upr-desktop-cli"
    own_tool.parent.mkdir(parents=True)
    own_tool.write_text("#!/bin/sh\necho mine\n", encoding="utf-8")  # not ours: left alone both ways
    env = _env(home, tmp_path / "record.txt")

    subprocess.run([str(unpacked / "install.sh")], env=env, check=True, capture_output=True, timeout=60)
    assert own_tool.read_text(encoding="utf-8") == "#!/bin/sh\necho mine\n"
    done = subprocess.run([str(unpacked / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "workshops were not touched" in done.stdout

    share = home / ".local" / "share"
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert not any("upr-desktop" in name or "upr-workshop" in name for name in left
                   if not name.startswith((".local/bin/upr-desktop-cli", ".local/share/mime/"))), left
    assert not (share / "applications" / "upr-desktop.desktop").exists()
    assert not (home / ".local" / "bin" / "upr-desktop").exists()
    assert own_tool.is_file() and not own_tool.is_symlink()
    assert workshop.read_bytes() == b"SQLite format 3\x00 a workshop"
    assert mimeapps.read_text(encoding="utf-8") == ("[Default Applications]\n"
                                                    "text/plain=org.gnome.TextEditor.desktop\n")


def test_install_refuses_to_run_away_from_its_folder(tmp_path):
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy2(LINUX / "install.sh", lone / "install.sh")
    done = subprocess.run(["bash", str(lone / "install.sh")], env=_env(tmp_path / "home", tmp_path / "r"),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "must stay in the UPR Desktop folder" in done.stderr
