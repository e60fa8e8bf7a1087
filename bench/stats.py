"""Shared figures for the benchmark scripts: machine header, repeated timings, cold starts."""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def peak_rss_mb(pid: int | None = None) -> float:
    """Peak resident memory (VmHWM) of a process in MB, from /proc; 0.0 where /proc is missing."""
    try:
        with open(f"/proc/{pid or 'self'}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def header(title: str) -> None:
    """What was measured where: figures only compare on the same machine, so every run names it."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"# {title}")
    print(f"# {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %z}  cores: {os.cpu_count()}  "
          f"Python {platform.python_version()} ({sys.implementation.name})  load avg (1 min): {load:.2f}  "
          f"PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}")


def spread(values: Sequence[float], unit: str = "ms", digits: int = 3) -> str:
    """min / median / max of repeated measurements."""
    return (f"min {min(values):.{digits}f}  median {statistics.median(values):.{digits}f}  "
            f"max {max(values):.{digits}f} {unit}")


def per_call_ms(fn: Callable[[object], object], items: Sequence[object], rounds: int, clock=time.perf_counter) -> list[float]:
    """Median time of one call over `items`, once per round (ms): one figure per round. `clock` may be
    time.process_time for CPU time, which other processes on the machine disturb far less."""
    out = []
    for _ in range(rounds):
        times = []
        for item in items:
            t = clock()
            fn(item)
            times.append(clock() - t)
        out.append(statistics.median(times) * 1000)
    return out


def cold_starts(commands: dict[str, list[str]], n: int, cwd: str | None = None) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall time and CPU time (user + system, ms) of new processes, interleaved so that a busy moment affects
    every command alike. CPU time is what the process itself needed: far less disturbed by a loaded machine."""
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for cmd in commands.values():  # one unmeasured run each: file-system caches, index caches
        subprocess.run(cmd, capture_output=True, check=True, cwd=cwd)
    for _ in range(n):
        for name, cmd in commands.items():
            t = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=cwd)
            out = proc.stdout.read()
            _pid, status, usage = os.wait4(proc.pid, 0)
            wall[name].append((time.perf_counter() - t) * 1000)
            proc.returncode = os.waitstatus_to_exitcode(status)
            proc.stdout.close()
            assert proc.returncode == 0 and out.strip(), f"{name} failed or printed nothing"
            cpu[name].append((usage.ru_utime + usage.ru_stime) * 1000)
    return wall, cpu
