"""What the command-line tests share: running a command in-process, and fingerprinting a file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from upr_desktop.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of `upr-desktop ARGS`."""
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    """A file's fingerprint, to show a refused command changed nothing."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
