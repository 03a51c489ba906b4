"""Reports are written to a temporary file beside the target and renamed: never half-written."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ccaudit.errors import CcauditError


@contextlib.contextmanager
def atomic_output(path: Path | None, binary: bool = False) -> Iterator[TextIO]:
    """Yield a stream for the report; stdout when path is None."""
    if path is None:
        yield sys.stdout.buffer if binary else sys.stdout
        return
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise CcauditError(f"{path}: cannot write here ({exc.strerror})") from None
    try:
        mode = "wb" if binary else "w"
        encoding = None if binary else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding, newline=None if binary else "") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); the output gets what any new file would.
        os.chmod(temp_name, _new_file_mode(path))
        try:
            os.replace(temp_name, path)
        except OSError as exc:
            raise CcauditError(f"{path}: cannot write here ({exc.strerror})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _new_file_mode(path: Path) -> int:
    """The mode a file written in place would have: the old file's, or 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
