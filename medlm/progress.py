"""Progress a person can watch: stage name, count, rate and ETA on stderr."""

from __future__ import annotations

import sys
from typing import Iterable, TypeVar

from tqdm.auto import tqdm

T = TypeVar("T")


def progress(
    iterable: Iterable[T] | None = None,
    *,
    stage: str,
    total: float | None = None,
    unit: str = "it",
    unit_scale: bool = False,
    disable: bool | None = None,
) -> tqdm:
    """A tqdm bar labelled with the stage; use as an iterator or call `.update(n)` yourself."""
    return tqdm(
        iterable,
        desc=f"[{stage}]",
        total=total,
        unit=unit,
        unit_scale=unit_scale,
        dynamic_ncols=True,
        mininterval=0.5,
        file=sys.stderr,
        disable=disable,
    )


def say(stage: str, message: str) -> None:
    """One line of status for a stage (where output went, what was skipped and why)."""
    print(f"[{stage}] {message}", file=sys.stderr, flush=True)
