"""The log file holds what went wrong, never who or what was said.

Messages for people quote what they are about in “…” (a participant's name, a round's title, a recommendation
or a piece of evidence) and exceptions carry those messages; the log keeps the sentence and drops what is
quoted. Code that logs on purpose logs ids and counts (see the store and ops modules).
"""

from __future__ import annotations

import logging
import re

_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|„[^“”]*[“”]|‘[^’]*’")


def redact(text: str) -> str:
    return _QUOTED.sub("“…”", text)


class PrivateFormatter(logging.Formatter):
    """A formatter whose output (message and traceback alike) has every quoted passage replaced by “…”."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def private_formatter() -> PrivateFormatter:
    return PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
