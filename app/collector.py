"""The cyclic garbage collector, set for a long-running server process.

Measured on ``make bench-graphql``'s 20-credit query under wrk (32 connections, one
worker), the collector took 18% of the server's CPU, most of it in full collections of
about 250 ms each. Two causes, two fixes:

- every request's objects were cyclic garbage (graphql-core's execution context kept a
  cycle; ``schema.execution`` breaks it), so they waited for a collection instead of going
  when the request ended;
- every full collection walked everything loaded at startup (modules, the schema, the
  ORM's models), which never becomes garbage. ``gc.freeze()`` once the app has started
  moves those objects out of the collector's sight; full collections then took about 3 ms.

With no garbage made per request, the youngest generation's threshold only decides how
often the collector walks the objects of the requests in flight, which are all alive: it is
raised so that it rarely does.
"""

from __future__ import annotations

import gc

# Allocations (net of deallocations) before a collection of the youngest generation;
# CPython's default is 700, reached within one request of a large answer.
YOUNGEST_THRESHOLD = 10_000


def settle_after_startup() -> None:
    """Collect once, then keep what startup loaded out of every later collection."""
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNGEST_THRESHOLD, middle, oldest)
