"""What the command groups share: opening a workshop to change it, a usage error, a plain table."""

from __future__ import annotations

import sys
from pathlib import Path

from ..domain.errors import WorkshopError
from ..text import translate


def writable(path: Path):
    from ..ops import Workshop

    workshop = Workshop.open(path, command_line=True)
    if workshop.read_only:
        workshop.close()
        raise WorkshopError(translate("CommandLine", "“{name}” is read-only; copy it to a writable folder first.").format(
            name=path.name))
    return workshop



def usage(command: str, message: str) -> int:
    print(f"usage: upr-desktop {command} FILE [options]\nupr-desktop {command}: error: {message}", file=sys.stderr)
    return 2



def print_table(headings, rows, right=()) -> None:
    widths = [max(len(str(h)), *(len(str(row[i])) for row in rows)) for i, h in enumerate(headings)]

    def line(cells) -> str:
        out = [str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(cells, widths))]
        return "  ".join(out).rstrip()

    print(line(headings))
    print(line("-" * w for w in widths))
    for row in rows:
        print(line(row))

