"""Pausing Python's cyclic garbage collector while a batch of work allocates.

Reading and analysing articles leave no reference cycles behind, but they allocate enough to
set off full collections, and each of those walks every live object (the articles read so
far, an earlier analysis still on screen) for nothing collected.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic cyclic garbage collection is off inside the block, then set back as it was.

    The app's task runner already keeps the collector off the worker threads while a job
    runs; this does the same for the CLI and the benchmarks.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
