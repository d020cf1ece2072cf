"""Timing and peak-memory helpers shared by the benchmark scripts."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from contextlib import contextmanager


def _status_mib(field: str) -> float | None:
    """A memory field of ``/proc/self/status`` (``VmHWM``, ``VmRSS``) in MiB; ``None`` off Linux."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def reset_peak() -> bool:
    """Measure this process's peak memory afresh from now on (Linux); ``False`` where it cannot be reset."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _live_children_peak_mib() -> float:
    """The largest peak resident memory of this process's running children (Linux ``/proc``; 0 elsewhere).

    A run keeps its worker pool open across steps, so the workers are measured while they live.
    """
    import os

    peak = 0.0
    try:
        entries = os.listdir("/proc")
    except OSError:
        return peak
    me = str(os.getpid())
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == me and "VmHWM" in fields:
            peak = max(peak, int(fields["VmHWM"].split()[0]) / 1024)
    return peak


def peak_rss_mib() -> tuple[float, float]:
    """Peak resident memory of this process (since :func:`reset_peak`) and of its child processes, in MiB.

    Children: the largest peak of a finished child or of one still running.
    """
    own = _status_mib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, _live_children_peak_mib())
    return own, children


def resident_mib() -> float | None:
    """Resident memory of this process now, in MiB (Linux only; ``None`` elsewhere)."""
    return _status_mib("VmRSS")


@contextmanager
def timed(results: dict, name: str):
    """Record the wall time of a block in ``results[name]`` (seconds)."""
    start = time.perf_counter()
    yield
    results[name] = time.perf_counter() - start


def rate_line(label: str, n: int, seconds: float, baseline: float | None = None) -> str:
    """A report line: items per second, and the ratio to a baseline rate when given."""
    rate = n / seconds if seconds else float("inf")
    ratio = f"  ({rate / baseline:.2f}x the naive rate)" if baseline else ""
    return f"{label:<48} {n:>7} in {seconds:8.2f} s = {rate:9.1f}/s{ratio}"


def best_of(fn: Callable[[], object], repeat: int = 1) -> tuple[float, object]:
    """Run ``fn`` ``repeat`` times; the shortest wall time and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result
