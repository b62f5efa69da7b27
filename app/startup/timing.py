"""How long this process has been running, and its own peak memory (for start-up reports)."""

from __future__ import annotations

import os
import time
from pathlib import Path

_T0 = time.monotonic()  # fallback clock: when this module was first imported


def seconds_since_process_start() -> tuple[float, str]:
    """Seconds since the OS started this process, and which clock said so.

    Linux: /proc/self/stat starttime (boot-time clock ticks) against CLOCK_BOOTTIME, so
    the interpreter's own start-up and every import count. Elsewhere: time.monotonic
    since app.startup.timing was imported (it misses the interpreter start, ~20-50 ms).
    """
    try:
        stat = Path("/proc/self/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        start = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 of proc(5)
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start, "proc_starttime"
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _T0, "monotonic_since_bootstrap_import"


def own_peak_rss_mb() -> float | None:
    """This process's own peak memory (VmHWM, Linux); None elsewhere.

    Not getrusage(RUSAGE_CHILDREN) in the parent: a child's maximum there includes the
    parent's pages it shared between fork and exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        return None
    return None
