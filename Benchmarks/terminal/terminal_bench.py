#!/usr/bin/env python3
"""Measures the gluetop release binary the way an ssh user experiences it, in a pseudo-terminal.

  start to first full frame   spawn -> all five pane titles and the first tenant's connectors on the screen
  idle CPU and bytes/s        live-watching a tenant where nothing changes (no running job or discovery)
  busy bytes/s                live-watching the demo tenant while its job runs
  RSS                         resident memory after the runs

The dashboard runs against a separate `gluetop emulator` process, so the CPU measured is the dashboard's alone.
Usage: python3 Benchmarks/terminal/terminal_bench.py [path/to/gluetop] [--runs N] [--idle-seconds S]
Needs pyte (pip install pyte) to read the screen.
"""
import argparse
import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time

import pyte

TITLES = ["Tenants", "Linked connectors", "Discover", "State", "Jobs"]
CLK_TCK = os.sysconf("SC_CLK_TCK")


class Pty:
    def __init__(self, argv, cols, rows, env):
        self.cols, self.rows = cols, rows
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.bytes = 0
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(argv[0], argv, env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def pump(self, seconds):
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:
                    return
                if not data:
                    return
                self.bytes += len(data)
                self.stream.feed(data)

    def text(self):
        return "\n".join(self.screen.display)

    def wait_for(self, predicate, timeout):
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            self.pump(0.01)
            if predicate(self.text()):
                return time.monotonic() - start
        raise TimeoutError("screen never matched; last screen:\n" + self.text())

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK

    def rss_mb(self):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def close(self):
        try:
            self.send("q")
            self.pump(0.5)
            os.kill(self.pid, signal.SIGTERM)
        except OSError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass


def start_emulator(binary, extra):
    proc = subprocess.Popen([binary, "emulator", "--port", "0", "--quiet"] + extra,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    info = {}
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not {"url", "env", "flow", "key"} <= info.keys():
        line = proc.stdout.readline()
        if not line:
            break
        for name, key in (("base URL", "url"), ("env id", "env"), ("flow id", "flow"), ("API key", "key")):
            if m := re.match(r"\s*" + name + r"\s+(\S+)", line):
                info.setdefault(key, m.group(1))
    if not {"url", "env", "flow", "key"} <= info.keys():
        proc.kill()
        raise RuntimeError(f"could not read the emulator's banner (got {info})")
    return proc, info


def dashboard(binary, info, cols, rows):
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", HOTGLUE_API_KEY=info["key"])
    argv = [binary, "--base-url", info["url"], "--env", info["env"], "--flow", info["flow"]]
    return Pty(argv, cols, rows, env)


def full_frame(text):
    return all(t in text for t in TITLES) and "Linked connectors · " in text and "loading" not in text.lower()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary", nargs="?", default=".build/release/gluetop")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle-seconds", type=float, default=20)
    parser.add_argument("--quiet-tenant", default="initech")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)

    # Jobs and discoveries are slowed right down, so "nothing changing" holds while measuring idle.
    emulator, info = start_emulator(binary, ["--job-stage-seconds", "100000", "--discover-seconds", "100000"])
    try:
        firsts, starts = [], []
        for _ in range(args.runs):
            term = dashboard(binary, info, 200, 50)
            firsts.append(term.wait_for(lambda t: all(x in t for x in TITLES), 30))
            starts.append(firsts[-1] + term.wait_for(full_frame, 30))
            term.close()
        for label, values in (("start to first frame, all five panes drawn", firsts),
                              ("start to first full frame, tenants + connectors + jobs loaded", starts)):
            values.sort()
            print(f"{label} (200x50, {args.runs} runs): median {values[len(values)//2]*1000:.0f} ms, "
                  f"min {values[0]*1000:.0f} ms, max {values[-1]*1000:.0f} ms")

        term = dashboard(binary, info, 200, 50)
        term.wait_for(full_frame, 30)
        term.send(":tenant " + args.quiet_tenant + "\r")
        term.wait_for(lambda t: f"Linked connectors · {args.quiet_tenant}" in t, 10)
        term.pump(3)  # let the tenant's first loads land
        cpu0, bytes0, t0 = term.cpu_seconds(), term.bytes, time.monotonic()
        term.pump(args.idle_seconds)
        elapsed = time.monotonic() - t0
        cpu = (term.cpu_seconds() - cpu0) / elapsed * 100
        rate = (term.bytes - bytes0) / elapsed
        print(f"idle, live-watching {args.quiet_tenant}, 200x50, {elapsed:.0f} s: CPU {cpu:.2f} %, "
              f"{rate:.1f} bytes/s to the terminal")
        print(f"RSS after start and idle: {term.rss_mb():.1f} MB")
        term.close()
    finally:
        emulator.terminate()
        emulator.wait()


if __name__ == "__main__":
    sys.exit(main())
