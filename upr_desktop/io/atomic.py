"""Files we produce are written whole or not at all (Picard's atomic_write)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ..domain.errors import WorkshopError
from ..text import translate

# The permissions a new file gets (0644 under the usual umask); mkstemp's own 0600 would leave an exported PDF
# unreadable to the colleague it is shared with. Read once, at import, while nothing else runs.
_UMASK = os.umask(0)
os.umask(_UMASK)
_NEW_FILE_MODE = 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_write(target: str | os.PathLike, mode: str = "wb", **open_args):
    """Yield a file in the target's folder; on success it is fsynced and replaces the target.
    On any error the target is untouched and the partial file removed. Errors of the disk
    (full, read-only folder) come out as a WorkshopError that says what to do."""
    target = Path(target)
    try:
        handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    except OSError as error:
        raise WorkshopError(translate("WorkshopFile", "Can't write to “{parent}”: {value}. Choose another folder.").format(
            parent=target.parent, value=error.strerror or error)) from error
    try:
        try:
            os.chmod(partial, target.stat().st_mode & 0o7777 if target.exists() else _NEW_FILE_MODE)
        except OSError:
            pass  # a file system without permissions (FAT on a USB stick): nothing to keep
        with os.fdopen(handle, mode, **open_args) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except OSError as error:
        Path(partial).unlink(missing_ok=True)
        raise WorkshopError(translate("WorkshopFile", "“{name}” could not be written: {value}. Free some space or "
                                                      "choose another folder; nothing was changed.").format(
            name=target.name, value=error.strerror or error)) from error
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
