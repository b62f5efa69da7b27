"""A loopback TCP proxy for sync tests and benchmarks: counts bytes, cuts, shapes the link.

* counts every byte each way (`bytes_up`, `bytes_down`), headers included;
* `cut(direction, offset)`: the next time `offset` more bytes have gone that way, the
  connection is reset mid-stream (RST), as a weak link drops mid-transfer;
* `shape(rate, delay)`: each direction is limited to `rate` bytes/s and delayed by `delay`
  seconds (a 32 KB/s link with 150 ms each way).
"""

from __future__ import annotations

import contextlib
import queue
import socket
import struct
import threading
import time
from dataclasses import dataclass


@dataclass
class _Cut:
    direction: str
    remaining: int


class TcpProxy:
    """Forward 127.0.0.1:<port> to an upstream port, one pair of threads per direction."""

    def __init__(self, upstream_port: int, *, upstream_host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port: int = self._listener.getsockname()[1]
        self.bytes_up = 0
        self.bytes_down = 0
        self.connections = 0
        self.cuts_done = 0
        self.rate: float | None = None
        self.delay = 0.0
        self._cut: _Cut | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._sockets: set[socket.socket] = set()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def total_bytes(self) -> int:
        return self.bytes_up + self.bytes_down

    def reset_counters(self) -> None:
        with self._lock:
            self.bytes_up = self.bytes_down = 0
            self.connections = 0

    def cut(self, direction: str, offset: int) -> None:
        """Reset the connection once `offset` more bytes went `direction` ("up" or "down")."""
        with self._lock:
            self._cut = _Cut(direction, max(0, offset))

    def disarm(self) -> None:
        with self._lock:
            self._cut = None

    def shape(self, *, rate: float | None, delay: float) -> None:
        self.rate, self.delay = rate, delay

    def drop_connections(self) -> None:
        """Reset every open connection (the client's kept-alive one included)."""
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _reset(sock)

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        self.drop_connections()

    # --- plumbing -------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.upstream, timeout=10)
            except OSError:
                _reset(client)
                continue
            upstream.settimeout(None)
            for sock in (client, upstream):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self.connections += 1
                self._sockets.update((client, upstream))
            pair = (client, upstream)
            self._pipe(client, upstream, "up", pair)
            self._pipe(upstream, client, "down", pair)

    def _pipe(
        self,
        src: socket.socket,
        dst: socket.socket,
        direction: str,
        pair: tuple[socket.socket, socket.socket],
    ) -> None:
        chunks: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
        threading.Thread(target=self._read, args=(src, chunks), daemon=True).start()
        threading.Thread(
            target=self._write, args=(dst, chunks, direction, pair), daemon=True
        ).start()

    def _read(self, src: socket.socket, chunks: queue.Queue[tuple[float, bytes] | None]) -> None:
        try:
            while True:
                data = src.recv(16384)
                if not data:
                    break
                chunks.put((time.monotonic(), data))
        except OSError:
            pass
        chunks.put(None)

    def _write(
        self,
        dst: socket.socket,
        chunks: queue.Queue[tuple[float, bytes] | None],
        direction: str,
        pair: tuple[socket.socket, socket.socket],
    ) -> None:
        busy_until = 0.0
        try:
            while True:
                item = chunks.get()
                if item is None:
                    dst.shutdown(socket.SHUT_WR)
                    return
                arrived, data = item
                if self.delay or self.rate:
                    start = max(arrived + self.delay, busy_until)
                    if self.rate:
                        busy_until = start + len(data) / self.rate
                        start = busy_until
                    pause = start - time.monotonic()
                    if pause > 0:
                        time.sleep(pause)
                data, cut_now = self._take(direction, data)
                if data:
                    dst.sendall(data)
                if cut_now:
                    for sock in pair:
                        _reset(sock)
                    return
        except OSError:
            for sock in pair:
                _reset(sock)

    def _take(self, direction: str, data: bytes) -> tuple[bytes, bool]:
        with self._lock:
            cut = self._cut
            if cut is not None and cut.direction == direction:
                if cut.remaining < len(data):
                    data = data[: cut.remaining]
                    self._cut = None
                    self.cuts_done += 1
                    self._count(direction, len(data))
                    return data, True
                cut.remaining -= len(data)
            self._count(direction, len(data))
            return data, False

    def _count(self, direction: str, n: int) -> None:
        if direction == "up":
            self.bytes_up += n
        else:
            self.bytes_down += n


def _reset(sock: socket.socket) -> None:
    """Drop the connection now, as a dropped link looks to the other end.

    shutdown() first: closing a socket another thread is blocked reading does not wake
    that thread, and the peer would then wait for its read timeout instead.
    """
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
