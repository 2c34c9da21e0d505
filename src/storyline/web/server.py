"""The HTTP server ``storyline serve`` runs: uvicorn, with deadlines a slow client cannot
stretch. A request's headers must arrive within ``HEADER_TIMEOUT`` seconds of its first byte
(or of the connection); between requests uvicorn's keep-alive timeout applies; a body
that stalls is cut by :class:`storyline.web.app.BodyLimit` (408)."""

from __future__ import annotations

import asyncio
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0  # seconds for a request's headers
KEEP_ALIVE_TIMEOUT = 5  # seconds an idle connection is kept


class DeadlineH11(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, closing a connection whose request headers are too slow
    (a slowloris client otherwise holds it, and a server slot, forever)."""

    header_timeout = HEADER_TIMEOUT
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self.cycle is None or self.cycle.response_complete:
            self._arm()  # a new request starts: its headers are on the clock
        before = self.cycle
        super().data_received(data)
        if self.cycle is not before:  # the headers are complete: the request is under way
            self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        if (self.cycle is None or self.cycle.response_complete) and not self.transport.is_closing():
            self.transport.close()


def config(app: Any, *, host: str, port: int, **options: Any) -> uvicorn.Config:
    return uvicorn.Config(app, host=host, port=port, http=DeadlineH11, timeout_keep_alive=KEEP_ALIVE_TIMEOUT,
                          **options)


def run(app: Any, *, host: str, port: int) -> None:
    uvicorn.Server(config(app, host=host, port=port, log_level="warning")).run()
