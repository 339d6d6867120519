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
            if gc.get_freeze_count() == 0:
                # everything allocated in the block sits in the youngest generation, counted
                # as far over its threshold: the first collection after gc.enable() would walk
                # all of it (a whole analysis: about 1% of its time) and keep nearly all of it.
                # Freezing and unfreezing moves every tracked object to the oldest generation
                # without a walk, where full collections see it as they would have in time.
                # (Not done when someone else has frozen objects: unfreeze would release them.)
                gc.freeze()
                gc.unfreeze()
            gc.enable()
