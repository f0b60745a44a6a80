"""Which other programs have a workshop file open: for a plain refusal when one of them holds a
read that stops the write-ahead log from being emptied after a secret ballot."""

from __future__ import annotations

import os
from pathlib import Path


def other_programs(path: Path) -> list[str]:
    """Names of other processes with the file (or its -wal/-shm) open. Linux reads /proc; elsewhere
    there is no cheap way without extra packages, so the list is empty and the message generic."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    targets = set()
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        try:
            targets.add(str((path.parent / name).resolve()))
        except OSError:
            pass
    found: list[str] = []
    me = os.getpid()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            fds = list((entry / "fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(fd) in targets:
                    name = (entry / "comm").read_text().strip() or entry.name
                    if name not in found:
                        found.append(name)
                    break
            except OSError:
                continue
    return found
