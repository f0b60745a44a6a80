"""Anonymous ballot codes: one-time codes printed on slips that people take at random.

The file only ever holds salted hashes of the codes not yet used, so it never learns which
person held which code: there is no person-to-code relation to recover, from the file, its
write-ahead log or freed disk blocks.

Why these numbers: 10 characters from a 31-letter alphabet (no 0/O, 1/I/L) are 31**10 ≈ 2**49.5
codes. The hashes only guard the unused codes while the round is open (whoever copies the file
could otherwise vote with them); closing a round deletes them. With 100 codes unused, guessing
one takes ~8e12 tries on average; PBKDF2-SHA256 at 4,000 iterations (~2 ms here, so a ballot
still casts well under 10 ms) makes that about six weeks on a top gaming GPU (~2 million tries a
second), far longer than a workshop. scrypt would cost more per try, but also per ballot.
"""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 10
GROUP = 5
ITERATIONS = 4000
SALT_BYTES = 16
MAX_CODES = 5000


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return display(raw)


def new_codes(count: int) -> list[str]:
    codes: set[str] = set()
    while len(codes) < count:
        codes.add(new_code())
    return list(codes)


def display(code: str) -> str:
    """Grouped for reading aloud and typing: K7QP4-XMD2A."""
    raw = normalise(code) or code
    return "-".join(raw[i:i + GROUP] for i in range(0, len(raw), GROUP))


def normalise(typed: str) -> str | None:
    """The code as typed (any case, with or without the dash or spaces), or None if it can't be one.
    The alphabet has no 0/O or 1/I/L, so there is no look-alike to guess between."""
    text = "".join(ch for ch in (typed or "").upper() if not ch.isspace() and ch not in "-_.")
    if len(text) != LENGTH or any(ch not in ALPHABET for ch in text):
        return None
    return text


def digest(code: str, salt: bytes) -> bytes | None:
    raw = normalise(code)
    if raw is None:
        return None
    return hashlib.pbkdf2_hmac("sha256", raw.encode("ascii"), salt, ITERATIONS)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def default_count(eligible: int) -> int:
    """One per eligible voter plus 10% spares (at least 2), for slips that get lost or spoilt."""
    return min(MAX_CODES, eligible + max(2, -(-eligible // 10)))
