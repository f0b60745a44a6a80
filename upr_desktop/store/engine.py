"""The one place a workshop file is connected to, plain or encrypted.

A plain workshop is read with Python's own sqlite3. An encrypted one with SQLCipher 4 (the `sqlcipher3`
package, a drop-in for sqlite3 that bundles SQLCipher with FTS5): AES-256-CBC per 4 KiB page with an
HMAC-SHA512 per page, the key derived from the passphrase with PBKDF2-HMAC-SHA512 over 256,000 iterations
and a random 16-byte salt kept in the file's first bytes. The -wal's frames are pages, encrypted alike.

The two modules raise different exception classes, so the store catches the tuples below (`Error`,
`DatabaseError`, ...), which hold both.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import zlib
import sqlite3 as _plain
from dataclasses import dataclass, field
from pathlib import Path

try:  # a build without it still opens plain workshops, and says so plainly for encrypted ones
    import sqlcipher3.dbapi2 as _cipher
except ImportError:  # pragma: no cover - every supported build has it
    _cipher = None

from ..domain.errors import EncryptionUnavailable
from ..text import translate

HAS_ENCRYPTION = _cipher is not None
_MODULES = (_plain,) if _cipher is None else (_plain, _cipher)

Error = tuple(m.Error for m in _MODULES)
DatabaseError = tuple(m.DatabaseError for m in _MODULES)
OperationalError = tuple(m.OperationalError for m in _MODULES)
IntegrityError = tuple(m.IntegrityError for m in _MODULES)
Connection = _plain.Connection  # for annotations: a sqlcipher3 connection has the same shape
Row = _plain.Row
Binary = _plain.Binary

SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4's default page size: an intact encrypted file is a whole number of pages
KDF_ITERATIONS = 256_000  # SQLCipher 4's default (PBKDF2-HMAC-SHA512)
SALT_BYTES = 16
KEY_BYTES = 32
RECOVERY_PREFIX = "UPR1"
_RECOVERY = re.compile(r"^\s*UPR1[\s-]*((?:[A-Z2-7]{4}[\s-]*){13})$", re.IGNORECASE)
_OTHER_FORMATS = (b"PK\x03\x04", b"%PDF-", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # zip (docx, xlsx), PDF, old Office


@dataclass(frozen=True, repr=False)
class WorkshopKey:
    """The raw 256-bit key of an encrypted workshop and its file's salt: every connection to that
    workshop (and to its backups) is keyed with these, so the passphrase is stretched once per open,
    not once per connection. repr() never shows them."""

    raw: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    def pragma(self) -> str:
        return f"PRAGMA key = \"x'{self.raw.hex()}{self.salt.hex()}'\""

    def attach_clause(self) -> str:
        return f"KEY \"x'{self.raw.hex()}{self.salt.hex()}'\""

    def recovery_key(self) -> str:
        """The raw key as 13 groups of 4 base32 letters: it opens the file in place of the passphrase."""
        letters = base64.b32encode(self.raw).decode("ascii").rstrip("=")
        return "-".join([RECOVERY_PREFIX, *(letters[i:i + 4] for i in range(0, len(letters), 4))])

    def __repr__(self) -> str:
        return "WorkshopKey(…)"


def derive(passphrase: str, salt: bytes) -> WorkshopKey:
    """SQLCipher 4's own derivation, so `PRAGMA key = '<passphrase>'` opens the same file."""
    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    return WorkshopKey(raw=raw, salt=salt)


def new_key(passphrase: str) -> WorkshopKey:
    """The key of a file about to be written: a fresh random salt."""
    return derive(passphrase, os.urandom(SALT_BYTES))


def recovery_key_bytes(text: str) -> bytes | None:
    """The raw key a recovery key spells, or None when `text` is not shaped like one."""
    match = _RECOVERY.match(text or "")
    if not match:
        return None
    letters = re.sub(r"[\s-]", "", match.group(1)).upper()
    try:
        raw = base64.b32decode(letters + "====")
    except ValueError:
        return None
    return raw if len(raw) == KEY_BYTES else None


def candidate_keys(passphrase: str, salt: bytes) -> list[WorkshopKey]:
    """The keys `passphrase` may stand for on a file with this salt: a recovery key's, then the
    passphrase's own (a passphrase could, in theory, look like a recovery key)."""
    keys = []
    raw = recovery_key_bytes(passphrase)
    if raw is not None:
        keys.append(WorkshopKey(raw=raw, salt=salt))
    keys.append(derive(passphrase, salt))
    return keys


def file_head(path: Path, size: int = 1024) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(size)


def looks_encrypted(head: bytes) -> bool:
    """Whether a file's first bytes look like an encrypted workshop: not SQLite's plain header and
    indistinguishable from random (a text file, a spreadsheet or a PDF is neither)."""
    if head.startswith(SQLITE_MAGIC) or len(head) < 1024 or head.startswith(_OTHER_FORMATS):
        return False
    head = head[:1024]
    # random bytes: ~251 distinct values in 1024 (text: < 100), and nothing for zlib to squeeze out
    return len(set(head)) >= 200 and len(zlib.compress(head, 9)) > 0.95 * len(head)


def is_encrypted_file(path: str | os.PathLike) -> bool:
    """Header check, no key needed."""
    try:
        return looks_encrypted(file_head(Path(path)))
    except OSError:
        return False


def connect(database: str | os.PathLike, *, key: WorkshopKey | None = None, **kwargs):
    """A connection to a workshop file (or a file beside it), keyed first thing when the workshop is
    encrypted: nothing may read a page before the key is set."""
    if key is None:
        return _plain.connect(database, **kwargs)
    if _cipher is None:
        raise EncryptionUnavailable(translate(
            "Encryption",
            "This workshop is encrypted, and this copy of UPR Desktop was built without encryption support. "
            "Install UPR Desktop from its official installer to open it. The file has not been changed."))
    conn = _cipher.connect(str(database) if isinstance(database, Path) else database, **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print each failed page to stderr
        conn.execute(key.pragma())
    except BaseException:
        conn.close()
        raise
    return conn


def plain_cipher_connection(database: str | os.PathLike, **kwargs):
    """A SQLCipher connection to a plain file: only to export it into an encrypted one."""
    if _cipher is None:
        raise EncryptionUnavailable(translate(
            "Encryption", "This copy of UPR Desktop was built without encryption support, so it can't "
            "encrypt a workshop. Install UPR Desktop from its official installer."))
    conn = _cipher.connect(str(database), **kwargs)
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn
