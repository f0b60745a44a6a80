"""Voting rounds: what is voted on, how, and by whom. The counting rules are in voting.py."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .voting import RoundRules
from ..text import translate


class RoundStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        if self is RoundStatus.DRAFT:
            return translate("Voting", "Draft")
        if self is RoundStatus.OPEN:
            return translate("Voting", "Open for voting")
        return translate("Voting", "Closed")


class VoterUnit(StrEnum):
    PARTICIPANT = "participant"  # each participant casts a ballot
    ORGANISATION = "organisation"  # one ballot per organisation

    @property
    def label(self) -> str:
        if self is VoterUnit.PARTICIPANT:
            return translate("Voting", "Each participant")
        return translate("Voting", "One ballot per organisation")


class BallotSource(StrEnum):
    KIOSK = "kiosk"  # typed by the participant at the shared laptop
    PAPER = "paper"  # a paper ballot typed in by the facilitator

    @property
    def label(self) -> str:
        if self is BallotSource.KIOSK:
            return translate("Voting", "at the laptop")
        return translate("Voting", "on paper")


TITLE_MAX = 200


@dataclass(frozen=True)
class Candidate:
    id: int
    position: int
    label: str  # the reference shown on the ballot ("140.7")
    text: str  # as it read when the round was set up
    recommendation_id: int | None = None
    cluster_id: int | None = None


@dataclass(frozen=True)
class VotingRound:
    id: int
    title: str
    rules: RoundRules
    secret: bool
    voter_unit: VoterUnit
    status: RoundStatus
    candidates: int = 0
    voted: int = 0  # "has voted" records
    runoff_of: int | None = None
    created_at: str = ""
    opened_at: str | None = None
    closed_at: str | None = None
    wall_dots: int = 0  # dots counted on a wall chart
    ballot_codes: int | None = None  # anonymous ballot codes made for the round; None: voters pick their name

    @property
    def uses_codes(self) -> bool:
        return self.ballot_codes is not None

    @property
    def locked(self) -> bool:
        """Method, candidates and budget can no longer change once a ballot (or a wall count) is in."""
        return self.voted > 0 or self.wall_dots > 0 or self.status == RoundStatus.CLOSED


@dataclass(frozen=True)
class Turnout:
    voted: int
    eligible: int
    kiosk: int = 0
    paper: int = 0
    wall_voters: int = 0  # people counted on the wall chart, without a ballot of their own
    wall_points: int = 0
    present: int | None = None  # ticked present in a ballot-code round (None: no attendance list)

    def sentence(self) -> str:
        return translate("Voting", "{voted} of {eligible} have voted").format(voted=self.voted, eligible=self.eligible)


def runoff_title(title: str) -> str:
    return translate("Voting", "Run-off: {title}").format(title=title)[:TITLE_MAX]
