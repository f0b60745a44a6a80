"""Participants and their organisations.

A participant may be recorded by number or alias only; nothing identifying is then stored,
and outputs name people only with their consent and when the workshop is not anonymised.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from ..text import translate

# Personal codes for the kiosk: no 0/O, 1/I/L, so a code read aloud or off a slip is typed right.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
NAME_MAX = 200


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """What a person typed at the kiosk: case, spaces and dashes don't matter."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


@dataclass(frozen=True)
class Participant:
    id: int | None = None
    number: int | None = None  # given in order of registration; "Participant 7" in anonymous outputs
    name: str | None = None  # None: recorded by number or alias only
    alias: str | None = None
    organisation: str | None = None
    thematic_focus: str | None = None
    contact: str | None = None
    consent_named: bool = False  # may be named in printed and exported outputs
    code: str | None = None  # personal code typed at the kiosk

    @property
    def anonymous(self) -> bool:
        return self.name is None

    def label(self) -> str:
        """How the facilitator sees them in the room."""
        return self.name or self.alias or translate("Participants", "Participant {number}").format(number=self.number)

    def output_name(self, anonymise_all: bool) -> str:
        """How outputs (PDFs, exports, the projector) name them."""
        if not anonymise_all and self.name and self.consent_named:
            return self.name
        if not anonymise_all and self.alias:
            return self.alias
        return f"Participant {self.number}"

    def cleaned(self) -> "Participant":
        """Whitespace tidied; an anonymous participant keeps nothing that identifies them."""
        name = _clean(self.name)
        if name is None:
            return replace(self, name=None, alias=_clean(self.alias), organisation=None, thematic_focus=None,
                           contact=None, consent_named=False)
        return replace(self, name=name, alias=_clean(self.alias), organisation=_clean(self.organisation),
                       thematic_focus=_clean(self.thematic_focus), contact=_clean(self.contact))


def validate_participant(p: Participant) -> list[str]:
    problems = []
    too_long = {
        "name": lambda: translate("Participants", "The name is too long ({length} characters; at most {most})."),
        "alias": lambda: translate("Participants", "The alias is too long ({length} characters; at most {most})."),
        "organisation": lambda: translate("Participants", "The organisation is too long ({length} characters; at "
                                                          "most {most})."),
        "thematic focus": lambda: translate("Participants", "The thematic focus is too long ({length} characters; "
                                                            "at most {most})."),
        "contact": lambda: translate("Participants", "The contact is too long ({length} characters; at most "
                                                     "{most})."),
    }
    for field, value in (("name", p.name), ("alias", p.alias), ("organisation", p.organisation),
                         ("thematic focus", p.thematic_focus), ("contact", p.contact)):
        if value and len(value) > NAME_MAX:
            problems.append(too_long[field]().format(length=len(value), most=NAME_MAX))
    if p.anonymous and any((p.organisation, p.thematic_focus, p.contact)):
        problems.append(translate("Participants", "A participant recorded by number or alias only keeps no "
                                                  "organisation, focus or contact."))
    return problems


def identity_key(name: str | None, organisation: str | None) -> tuple[str, str] | None:
    """Two attendance rows for the same person: same name and organisation, ignoring case and spacing."""
    name = _clean(name)
    if name is None:
        return None
    return (name.casefold(), (_clean(organisation) or "").casefold())


@dataclass(frozen=True)
class Organisation:
    id: int
    name: str
    participants: int = 0
