"""Redis connections that stop asking a failing Redis for a few seconds (a circuit breaker).

The caches ignore Redis errors (settings/caching.py), but each error still costs its
timeout, and a page makes dozens of cache calls: with Redis hung (it still accepts
connections: the kernel does) every page would wait seconds. After one connection error
or timeout, this process skips that Redis for SKIP_SECONDS: calls fail at once, the caches
answer a miss, the page is built from the database. Then one call tries again.

Used as django-redis's CONNECTION_POOL_CLASS; imports nothing of Django's.
"""

import functools
import logging
import time

from redis import ConnectionError as RedisConnectionError
from redis import TimeoutError as RedisTimeoutError
from redis.connection import Connection, ConnectionPool

logger = logging.getLogger(__name__)

SKIP_SECONDS = 5.0

# Per server address, in this process: until when to skip it, and whether it is failing
# (so an outage is logged once when it starts and once when it ends, not per call).
_skip_until: dict[tuple, float] = {}
_failing: set[tuple] = set()


class _BreakerMixin:
    def _breaker_address(self) -> tuple:
        return (
            getattr(self, "host", None),
            getattr(self, "port", None),
            getattr(self, "path", None),
        )

    def _guarded(self, call, *args, answered=False, **kwargs):
        address = self._breaker_address()
        if time.monotonic() < _skip_until.get(address, 0.0):
            raise RedisConnectionError(f"Redis skipped for {SKIP_SECONDS:g} s after an error")
        try:
            result = call(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError) as error:
            _skip_until[address] = time.monotonic() + SKIP_SECONDS
            if address not in _failing:
                _failing.add(address)
                logger.warning(
                    "Redis %s unreachable (%s): caches bypassed, retried every %g s",
                    _describe(address),
                    error,
                    SKIP_SECONDS,
                )
            raise
        # Only a reply proves Redis is back: a write to a dead peer's socket can succeed.
        if answered and address in _failing:
            _failing.discard(address)
            logger.warning("Redis %s reachable again", _describe(address))
        return result

    def connect(self):
        return self._guarded(super().connect)  # type: ignore[misc]

    def send_packed_command(self, *args, **kwargs):
        return self._guarded(super().send_packed_command, *args, **kwargs)  # type: ignore[misc]

    def read_response(self, *args, **kwargs):
        return self._guarded(super().read_response, *args, answered=True, **kwargs)  # type: ignore[misc]


def _describe(address: tuple) -> str:
    host, port, path = address
    return path or f"{host}:{port}"


@functools.cache
def _with_breaker(connection_class: type) -> type:
    return type(f"Breaker{connection_class.__name__}", (_BreakerMixin, connection_class), {})


class CircuitBreakerConnectionPool(ConnectionPool):
    """A ConnectionPool whose connections (TCP, TLS or Unix socket, as the URL says) go
    through the breaker."""

    def __init__(self, *args, connection_class=Connection, **kwargs):
        super().__init__(*args, connection_class=_with_breaker(connection_class), **kwargs)
