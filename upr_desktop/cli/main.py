"""Headless commands over the same operations as the GUI, for preparing files, scripted checks, and running
a vote from a terminal:

    upr-desktop set FILE --document-language ar|en|es|fr|ru|zh   the language of the workshop's documents
    upr-desktop participant add|import|list      register the people in the room
    upr-desktop round create|open|close|list     set up a voting round over recommendations (by paragraph number)
                                                 (--secret --anonymous-codes N: one-time ballot codes, printed
                                                 once by `round open`, one per line)
    upr-desktop ballot cast FILE ROUND ...       one ballot, by --participant or --code, typed at the laptop or from paper
    upr-desktop tally FILE ROUND [--json]        the results of a closed round
    upr-desktop charter FILE [--json]            the outcome charter's structure (--from-template NAME starts one)
    upr-desktop pdf FILE --charter|--handout OUT.pdf | --ballots|--results ROUND OUT.pdf [--paper letter]
    upr-desktop pdf FILE --ballot-codes ROUND OUT.pdf < codes.txt   the ballot code slips, to cut up
    upr-desktop export FILE --xlsx|--csv|--docx|--impactoss OUT   the matrix, the charter, or IMPACT OSS import
    upr-desktop clean FILE COPY                  a copy of a refused workshop without what UPR Desktop didn't put there
    upr-desktop evidence add|list FILE ...       the evidence behind assessments (files kept inside, with SHA-256)
    upr-desktop assess FILE REF --status ...     record an assessment of a recommendation (or P3, a priority)
    upr-desktop followup FILE [--json]           counts by status, latest statuses, assessments, overdue milestones
    upr-desktop report FILE --midterm OUT.pdf|OUT.docx | --submission OUT.docx
    upr-desktop export FILE --recommendations OUT.xlsx|OUT.csv [--query Q] [--response R]
    upr-desktop encrypt FILE --passphrase-file P                  encrypt a plain workshop in place
    upr-desktop rekey FILE --passphrase-file OLD --new-passphrase-file NEW   change its passphrase
    upr-desktop travel-copy FILE OUT.uprw [--passphrase-file P]   a plain copy without what identifies people
    upr-desktop recovery-key FILE --passphrase-file P             print the key that opens it without the passphrase

Every command that opens an encrypted workshop takes --passphrase-file PATH (the first line of the file is the
passphrase, or the recovery key) or --passphrase-stdin. A passphrase is never an argument.

Exit codes: 0 done, 1 refused (a plain one-line message on stderr; the workshop is unchanged),
2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import __version__
from ..text import LANGUAGES
from ..domain.errors import WorkshopError
from ..text import translate
from .common import add_passphrase_options, passphrase_from, set_passphrase

SUBCOMMANDS = ("new", "set", "import", "info", "search", "demo", "participant", "round", "ballot", "tally", "charter",
               "pdf", "export", "clean", "evidence", "assess", "followup", "report", "encrypt", "rekey", "travel-copy",
               "recovery-key")


def _groups() -> tuple:
    """The command groups' modules, imported when a command runs: opening the app (no command, or a file) must
    not pay for them (they bring in the importers, the PDF layouts and the voting methods)."""
    from . import charter, documents, followup, voting, workshop

    return workshop, voting, charter, documents, followup


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="upr-desktop",
        description="UPR Desktop: offline UPR follow-up workshops. Run with no command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"UPR Desktop {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, metavar="|".join(LANGUAGES),
                        help="the language of these commands' messages (default: as in the app's settings, else "
                             "the computer's language); a workshop's documents keep their own language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    for group in _groups():
        group.add_parsers(sub)
    _every_command_takes_a_passphrase(parser)
    return parser


def _every_command_takes_a_passphrase(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in set(action.choices.values()):
                if any(isinstance(a, argparse._SubParsersAction) for a in command._actions):
                    _every_command_takes_a_passphrase(command)
                elif "--passphrase-file" not in command._option_string_actions:
                    add_passphrase_options(command)


def _commands() -> dict:
    return {name: run for group in _groups() for name, run in group.COMMANDS.items()}


def _take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """`--lang xx` / `--lang=xx` anywhere before the command's own arguments: taken out, so that it works
    before or after the command's name."""
    rest, lang, i = [], None, 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            lang, i = argv[i + 1], i + 2
            continue
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGUAGES:
            lang, i = arg.split("=", 1)[1], i + 1
            continue
        rest.append(arg)
        i += 1
    return lang, rest


def use_language(lang: str | None) -> str:
    """The CLI's messages in `lang`, else as the app would choose (settings, then the system). QtCore only: no
    display, no QApplication needed."""
    from .. import i18n

    return i18n.apply(lang or i18n.chosen_language())


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang, argv = _take_lang(argv)
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-") and Path(argv[0]).is_file()):
        from ..ui.shell.app import main as gui_main  # no command, or a file to open: the app

        return gui_main(argv)
    if argv[0] not in SUBCOMMANDS and not argv[0].startswith("-"):
        return _usage_error(translate("CommandLine", "there is no command or file called “{name}”").format(
            name=argv[0]))
    use_language(lang)
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # --help, --version, or wrong usage (argparse has printed why)
        return stop.code if isinstance(stop.code, int) else 2
    if args.command is None:
        _parser().print_help()
        return 2
    try:
        set_passphrase(passphrase_from(args))
        return _commands()[args.command](args)
    except WorkshopError as error:
        print(f"upr-desktop: {_cli_message(error, args)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like, which stopped reading: not an error
        import os

        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit flush does not fail again
        except (OSError, ValueError, AttributeError):
            pass
        return 0
    except Exception as error:  # never a traceback: one plain line, the details in the log
        from ..store.database import plain_error

        plain = plain_error(error, getattr(args, "file", None))
        if plain is not None:  # a full disk, a damaged file: words that say what to do
            _log_unexpected(error)
            print(f"upr-desktop: {plain.message}", file=sys.stderr)
            return 1
        log_file = _log_unexpected(error)
        print(translate("CommandLine", "upr-desktop: something went wrong ({kind}: {error}). Nothing was "
                                       "changed; the details are in {log}.").format(
            kind=type(error).__name__, error=error, log=log_file), file=sys.stderr)
        return 1


def _cli_message(error: WorkshopError, args) -> str:
    from ..domain.errors import ForeignSchemaObjects, PassphraseNeeded

    if isinstance(error, PassphraseNeeded):
        return f"{error.message} Give it with --passphrase-file FILE or --passphrase-stdin."
    if isinstance(error, ForeignSchemaObjects):
        return translate("CommandLine", "{message} To make one: upr-desktop clean \"{file}\" COPY.uprw").format(
            message=error.message, file=args.file)
    return error.message


def cli_main(argv: list[str] | None = None) -> int:
    """`upr-desktop-cli`: commands only; with none, the usage (never the app, which needs a display)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    return main(argv or ["--help"])  # as the frozen launcher does (installers/pyinstaller/launcher.py)


def _usage_error(problem: str) -> int:
    """A typo is not a file to open: say so, list the commands, exit 2 (and never start Qt)."""
    parser = _parser()
    parser.print_usage(sys.stderr)
    print(f"upr-desktop: {problem}.", file=sys.stderr)
    print(translate("CommandLine", "The commands are: {commands}. Run with no arguments, or with a workshop "
                                   "file, to open the app; `upr-desktop COMMAND --help` describes a command.").format(
        commands=", ".join(SUBCOMMANDS)), file=sys.stderr)
    return 2


def _log_unexpected(error: Exception) -> str:
    import logging

    from ..log_privacy import private_formatter
    from ..paths import logs_dir

    log_file = logs_dir() / "upr-desktop-cli.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(private_formatter())
    logger = logging.getLogger("upr_desktop.cli")
    logger.addHandler(handler)
    logger.error("command failed", exc_info=error)
    logger.removeHandler(handler)
    handler.close()
    return str(log_file)


if __name__ == "__main__":
    sys.exit(main())
