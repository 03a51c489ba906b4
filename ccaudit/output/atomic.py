"""Reports are written to a temporary file beside the target and renamed: never half-written.
A target that exists and is not a regular file (/dev/null, /dev/stdout, a FIFO) is written to
directly: renaming over it would replace the device with a file.

A write that fails (a full disk, a quota, an I/O error) is one `ccaudit: error:` line and
exit 2, and the old target, if any, is left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ccaudit.errors import CcauditError


class OutputWriteError(CcauditError):
    def __init__(self, path: Path | None, exc: OSError):
        reason = exc.strerror or type(exc).__name__
        where = f"{path}: cannot write" if path else "cannot write the output"
        super().__init__(f"{where} ({reason})")


class _GuardedStream:
    """The stream a formatter writes to: an OSError while writing is an OutputWriteError."""

    def __init__(self, stream: IO, path: Path | None):
        self._stream = stream
        self._path = path

    def write(self, data: Any) -> int:
        with self.guard():
            return self._stream.write(data)

    def flush(self) -> None:
        with self.guard():
            self._stream.flush()

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        try:
            yield
        except OSError as exc:
            if exc.errno == errno.EPIPE and self._path is None:
                raise  # `| head` closed stdout: Click ends the run quietly
            raise OutputWriteError(self._path, exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def atomic_output(path: Path | None, binary: bool = False) -> Iterator[IO]:
    """Yield a stream for the report; stdout when path is None."""
    if path is None:
        stdout = _GuardedStream(sys.stdout.buffer if binary else sys.stdout, None)
        yield stdout
        stdout.flush()
        return
    if _is_special_file(path):
        yield from _direct_output(path, binary)
        return
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise CcauditError(f"{path}: cannot write here ({exc.strerror})") from None
    mode = "wb" if binary else "w"
    encoding = None if binary else "utf-8"
    raw = os.fdopen(fd, mode, encoding=encoding, newline=None if binary else "")
    try:
        stream = _GuardedStream(raw, path)
        yield stream
        with stream.guard():
            raw.flush()
            os.fsync(raw.fileno())
            raw.close()
        # mkstemp makes the file private (0600); the output gets what any new file would.
        os.chmod(temp_name, _new_file_mode(path))
        try:
            os.replace(temp_name, path)
        except OSError as exc:
            raise CcauditError(f"{path}: cannot write here ({exc.strerror})") from None
    except BaseException:
        # Closing flushes what is left, which fails again on a full disk: that error is not news.
        with contextlib.suppress(OSError):
            raw.close()
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _is_special_file(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _direct_output(path: Path, binary: bool) -> Iterator[IO]:
    try:
        raw = open(path, "wb" if binary else "w", encoding=None if binary else "utf-8")  # noqa: SIM115
    except OSError as exc:
        raise CcauditError(f"{path}: cannot write here ({exc.strerror})") from None
    with raw:
        stream = _GuardedStream(raw, path)
        yield stream
        stream.flush()


def _new_file_mode(path: Path) -> int:
    """The mode a file written in place would have: the old file's, or 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
