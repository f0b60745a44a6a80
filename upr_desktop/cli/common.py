"""What the command groups share: opening a workshop to change it, a usage error, a plain table."""

from __future__ import annotations

import sys
from contextvars import ContextVar
from pathlib import Path

from ..domain.errors import WorkshopError
from ..text import translate

# The passphrase given with --passphrase-file or --passphrase-stdin, for every workshop this command opens.
_passphrase: ContextVar[str | None] = ContextVar("upr_desktop_cli_passphrase", default=None)


def add_passphrase_options(parser, *, new: bool = False) -> None:
    """--passphrase-file PATH | --passphrase-stdin: never the passphrase itself as an argument, which other
    users of the computer would see in the process list and the shell's history keeps."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--passphrase-file", type=Path, metavar="PATH",
                       help=("the passphrase to encrypt with is the first line of this file" if new else
                             "an encrypted workshop's passphrase (or recovery key): the first line of this file"))
    group.add_argument("--passphrase-stdin", action="store_true",
                       help="read the passphrase from the first line of standard input")


def read_passphrase_file(path: Path, option: str = "--passphrase-file") -> str:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise WorkshopError(translate("Encryption", "{option}: there is no file at “{path}”.")
                            .format(option=option, path=path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise WorkshopError(translate("Encryption", "{option}: “{path}” can't be read ({error}).")
                            .format(option=option, path=path, error=getattr(error, "strerror", None) or error)) \
            from None
    return _first_line(text, option)


def _first_line(text: str, option: str) -> str:
    line = text.splitlines()[0] if text else ""
    if not line.strip():
        raise WorkshopError(translate("Encryption", "{option}: the first line is empty; it must hold the "
                                      "passphrase.").format(option=option))
    return line


def passphrase_from(args) -> str | None:
    """The passphrase the command line gave (read once), or None."""
    if getattr(args, "passphrase_file", None) is not None:
        return read_passphrase_file(args.passphrase_file)
    if getattr(args, "passphrase_stdin", False):
        return _first_line(sys.stdin.readline(), "--passphrase-stdin")
    return None


def set_passphrase(passphrase: str | None) -> None:
    _passphrase.set(passphrase)


def open_workshop(path: Path, **kwargs):
    """Workshop.open with the command line's passphrase (when the workshop is encrypted)."""
    from ..ops import Workshop

    passphrase = _passphrase.get()
    if passphrase is not None and not Workshop.is_encrypted_file(path):
        passphrase = None  # a plain file: the passphrase is for another (a travel copy, `new`)
    return Workshop.open(path, passphrase=passphrase, **kwargs)


def writable(path: Path):
    workshop = open_workshop(path, command_line=True)
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

