"""Progress on a terminal (a Rich bar), and nothing but problems and one summary line otherwise."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from roydad.models import Problem

T = TypeVar("T")


class Reporter:
    def __init__(self, task: str, total: int | None = None) -> None:
        self.console = Console(stderr=True, highlight=False)
        self.problems = 0
        self._progress: Progress | None = None
        self._task_name = task
        self._total = total
        if sys.stderr.isatty():
            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TimeElapsedColumn(), console=self.console, transient=True,
            )
            self._task = self._progress.add_task(task, total=total)

    def __enter__(self) -> Reporter:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def track(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            yield item
            self.advance(1)

    def advance(self, n: int) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def problem(self, problem: Problem) -> None:
        self.problems += 1
        self.console.print(f"skipped: {problem}", markup=False, soft_wrap=True)

    def summary(self, line: str) -> None:
        self.console.print(line, soft_wrap=True, markup=False)
