"""A one-line progress bar on stderr that gets out of the way of other output.

click.progressbar owns the line it draws on; ``archive pack`` also writes error and warning
lines to stderr (and, on a terminal, record lines to stdout) while the bar runs, so this bar
can be cleared before such a line and redrawn after it. It draws only when asked to (the CLI
asks when stderr is a terminal and --quiet is off) and at most ten times a second.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

_CLEAR = "\r\x1b[K"


class Progress:
    """``done`` of ``total`` inputs, with rate and time left."""

    def __init__(self, total: int = 0, stream: TextIO | None = None, width: int = 30,
                 interval: float = 0.1) -> None:
        self.total = total
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.interval = interval
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._shown = False

    def set_total(self, total: int) -> None:
        self.total = total
        self.draw(force=True)

    def advance(self, count: int = 1) -> None:
        self.done += count
        self.draw(force=not self._shown or self.done >= self.total)

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        if self.total:
            filled = min(self.width, self.width * self.done // self.total)
            bar = "#" * filled + "-" * (self.width - filled)
            left = (self.total - self.done) / rate if rate else 0.0
            return (f"[{bar}] {self.done}/{self.total}  {rate:,.0f}/s  "
                    f"ETA {int(left) // 60}:{int(left) % 60:02d}")
        return f"{self.done} done  {rate:,.0f}/s"

    def draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_draw < self.interval:
            return
        self._last_draw = now
        self.stream.write(_CLEAR + self.line())
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar so that a normal line can be written; the next draw restores it."""
        if self._shown:
            self.stream.write(_CLEAR)
            self.stream.flush()
            self._shown = False

    def close(self) -> None:
        self.clear()
