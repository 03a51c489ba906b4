"""Standard output that a departed reader does not cut short: `ccaudit scan calls/ | head -1`
exits with the code the scan means, with no traceback and no "Exception ignored" message.

Once the reader has gone, the rest of the output is dropped and the command runs to its end,
since its exit code depends on every file. Standard output is then pointed at the null device,
so nothing written later, not even the interpreter's last flush, meets the broken pipe.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import IO, Any


class PipeSafeStream:
    """A stream whose writes and flushes stop failing once its reader has gone; any other
    error still raises. Its `buffer` (binary output, e.g. a PDF on stdout) behaves alike."""

    def __init__(self, stream: IO):
        self._stream = stream

    def write(self, data: Any) -> int:
        try:
            return self._stream.write(data)
        except BrokenPipeError:
            self._drop_the_rest()
            return len(data)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._drop_the_rest()

    @property
    def buffer(self) -> PipeSafeStream:
        return PipeSafeStream(self._stream.buffer)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def _drop_the_rest(self) -> None:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, self._stream.fileno())
        except (OSError, ValueError):  # not a file descriptor: nothing left to fail later
            pass
        finally:
            os.close(null)
        # What the stream still holds now goes to the null device.
        with contextlib.suppress(OSError):
            self._stream.flush()


def keep_exit_code_when_stdout_closes() -> None:
    if not isinstance(sys.stdout, PipeSafeStream):
        sys.stdout = PipeSafeStream(sys.stdout)  # type: ignore[assignment]
