"""A plain-text progress bar for long command-line work (no dependency): `Læser  [######----]  60 %  60.000/100.000`."""

from __future__ import annotations

from typing import TextIO


class TextProgress:
    """Redraws one line with `\\r`; on a stream that is not a terminal it writes a line per 10 % instead."""

    def __init__(self, stream: TextIO, label: str, total: int | None, *, width: int = 30) -> None:
        self._stream = stream
        self._label = label
        self._total = total if total and total > 0 else None
        self._width = width
        self._shown: int | None = None
        self._tty = bool(getattr(stream, "isatty", lambda: False)())
        self._done = 0

    def update(self, done: int, total: int | None = None) -> None:
        if total:
            self._total = total
        self._done = done
        step = self._step(done)
        if step == self._shown:
            return
        self._shown = step
        line = self._line(done)
        if self._tty:
            self._stream.write("\r" + line)
        else:
            self._stream.write(line + "\n")
        self._stream.flush()

    def finish(self) -> None:
        if self._total is not None:
            self.update(self._total)
        if self._tty and self._shown is not None:
            self._stream.write("\n")
            self._stream.flush()

    def _step(self, done: int) -> int:
        if self._total is None:
            return done
        percent = min(100, done * 100 // self._total)
        return percent if self._tty else percent // 10 * 10

    def _line(self, done: int) -> str:
        if self._total is None:
            return f"{self._label} {_count(done)} rækker"
        share = min(1.0, done / self._total)
        filled = int(share * self._width)
        bar = "#" * filled + "-" * (self._width - filled)
        return f"{self._label} [{bar}] {int(share * 100):3d} %  {_count(min(done, self._total))}/{_count(self._total)}"


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")
