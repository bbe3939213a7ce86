#!/usr/bin/env python3
"""Soak: an hour of live-watching a busy tenant, compressed by the emulator's clock (issue #10).

Starts `gluetop emulator --live-demo --speed S` (its first tenant, acme, runs scheduled jobs one after another, on
a clock S times faster than the wall) and the release dashboard in a 120x40 pseudo-terminal against it, with acme
selected, so its jobs, job status, log, connectors, state and discover panes are live-watched. Every few wall
seconds it samples:

  dashboard   RSS, its anonymous part (heap) and threads (/proc/PID/status), open fds (/proc/PID/fd), CPU time (/proc/PID/stat),
              bytes written to the terminal
  emulator    RSS; job list size and jobs created (GET /_emulator/stats); request log size
  requests    every request the dashboard made (GET /_emulator/requests, which the emulator does not log itself):
              requests per wall second, the busiest 60 s window, requests in flight at once (from when each
              arrived and was answered), and job pollers still polling a job long after it was first polled
              (a poll task that was never cancelled)

It prints a table over time and a summary, and exits 1 when a figure breaks its bound: dashboard RSS growing
faster than --max-rss-slope MB per emulated hour, threads or fds growing, a 60 s window above the budget of
DESIGN.md (<= 1 request/s steady while live-watching one tenant), more than 4 requests in flight, a job polled
long after it ended, the emulator's job list or request log above its cap; 2 when it could not run. (A 60 s
window may hold --burst requests more than the rate: the dashboard's first loads of a tenant go out together.)

Why 600 s at speed 6 by default: 600 wall seconds at speed 6 are one emulated hour, about 110 scheduled jobs on
the default 4 s stages (a new job every ~5 wall s). The dashboard's own cadence is wall time (jobs and
connectors every 5 s, job status and log every 2 s, state every 15 s, tenants every 30 s), so 600 wall seconds
are ~120 job-list polls and ~100 poll tasks started and cancelled, enough for a leak per poll or per job to show
as a slope. Speed 60 for 60 s is the same hour of jobs but only 12 job-list polls, and most jobs end between two
polls, so the dashboard follows few of them.

It kills only the two processes it started (on exit, an error or Ctrl-C), and gives the dashboard its own
temporary XDG folders, so the journal and log of the machine's user are not touched.

Usage: python3 Benchmarks/soak/soak.py [path/to/gluetop] [--speed 6] [--seconds 600] [--interval 5]
"""
import argparse
import bisect
import collections
import fcntl
import json
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time
import urllib.request

CLK_TCK = os.sysconf("SC_CLK_TCK")
EMULATED_STAGE_SECONDS = 4  # the emulator's default --job-stage-seconds
STAGES_PER_JOB = 7  # JOB_CREATED ... JOB_COMPLETED


# ---------------------------------------------------------------- processes

def proc_status(pid):
    """VmRSS and RssAnon (the heap and stacks, without the code pages mapped from files) in MB, and Threads, from
    /proc/PID/status."""
    rss, anon, threads = 0.0, 0.0, 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("RssAnon:"):
                anon = int(line.split()[1]) / 1024
            elif line.startswith("Threads:"):
                threads = int(line.split()[1])
    return rss, anon, threads


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def open_fds(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


class Emulator:
    """`gluetop emulator` in its own process; its banner says where it listens."""

    def __init__(self, binary, speed, seed):
        argv = [binary, "emulator", "--port", "0", "--quiet", "--seed", str(seed), "--live-demo",
                "--speed", str(speed)]
        # Its own session: a Ctrl-C meant for the soak reaches it only through `stop`, after the dashboard quit.
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                     start_new_session=True)
        self.info = {}
        deadline = time.monotonic() + 60
        wanted = {"url", "env", "flow", "key"}
        while time.monotonic() < deadline and not wanted <= self.info.keys():
            line = self.proc.stdout.readline()
            if not line:
                break
            for name, key in (("base URL", "url"), ("env id", "env"), ("flow id", "flow"), ("API key", "key")):
                if m := re.match(r"\s*" + name + r"\s+(\S+)", line):
                    self.info.setdefault(key, m.group(1))
        if not wanted <= self.info.keys():
            raise RuntimeError(f"could not read the emulator's banner (got {sorted(self.info)})")

    @property
    def pid(self):
        return self.proc.pid

    def get(self, path):
        request = urllib.request.Request(self.info["url"] + path, headers={"x-api-key": self.info["key"]})
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.load(answer)

    def stats(self):
        return self.get("/_emulator/stats")

    def requests_after(self, sequence):
        """Every recorded request numbered after `sequence`, oldest first."""
        found = []
        while True:
            page = self.get(f"/_emulator/requests?after={sequence}&limit=1000")["requests"]
            if not page:
                return found
            found += page
            sequence = page[-1]["sequence"]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class Dashboard:
    """The release dashboard in a pseudo-terminal whose output is drained (and counted) continuously."""

    def __init__(self, binary, info, cols, rows, home):
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", HOTGLUE_API_KEY=info["key"],
                   XDG_STATE_HOME=os.path.join(home, "state"), XDG_CONFIG_HOME=os.path.join(home, "config"))
        env.pop("NO_COLOR", None)
        argv = [binary, "--base-url", info["url"], "--env", info["env"], "--flow", info["flow"]]
        self.bytes = 0
        self.exited = None
        pid, fd = pty.fork()
        if pid == 0:
            try:
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def alive(self):
        if self.exited is not None:
            return False
        done, status = os.waitpid(self.pid, os.WNOHANG)
        if done:
            self.exited = status
            return False
        return True

    def pump(self, seconds):
        """Reads what the dashboard writes for `seconds`, so it never blocks on a full terminal."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                time.sleep(min(left, 0.1))
                continue
            self.bytes += len(data)

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def stop(self):
        if not self.alive():
            return
        try:
            self.send("q")
            self.pump(1.0)
        except OSError:
            pass
        for sig, grace in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
            if not self.alive():
                break
            os.kill(self.pid, sig)
            deadline = time.monotonic() + grace
            while time.monotonic() < deadline and self.alive():
                time.sleep(0.05)
        try:
            os.close(self.fd)
        except OSError:
            pass


# ---------------------------------------------------------------- requests

def request_kind(entry):
    path, query = entry["path"], entry.get("query", {})
    if path.endswith("/jobs/status"):
        return "job status"
    if path.endswith("/jobs/logs"):
        return "job log"
    if path.endswith("/jobs"):
        return "jobs"
    if path.endswith("/state"):
        return "state"
    if "/discover" in path:
        return "discover"
    if path.endswith("/linkedConnectors"):
        return "catalog" if query.get("catalog") == "true" else "connectors"
    if path.startswith("/tenants/"):
        return "tenants"
    return "other"


def peak_in_flight(entries):
    """The most requests between arrival and answer at one instant."""
    events = sorted([(e["received"], 1) for e in entries] + [(e["answered"], -1) for e in entries],
                    key=lambda event: (event[0], event[1]))
    peak = current = 0
    for _, step in events:
        current += step
        peak = max(peak, current)
    return peak


def busiest_window(times, window):
    """The most requests whose arrival falls in any `window`-second span."""
    best = 0
    for index, start in enumerate(times):
        best = max(best, bisect.bisect_right(times, start + window) - index)
    return best


class JobPollers:
    """When each job was first polled; a job still polled long after that is a poll task left running."""

    def __init__(self, stale_after):
        self.first_polled = {}
        self.stale_after = stale_after

    def stale_in(self, entries):
        stale = set()
        for entry in entries:
            if request_kind(entry) not in ("job status", "job log"):
                continue
            root = entry.get("query", {}).get("job_root", "")
            first = self.first_polled.setdefault(root, entry["received"])
            if entry["received"] - first > self.stale_after:
                stale.add(root)
        return stale


# ---------------------------------------------------------------- figures

def slope_per_hour(points):
    """Least-squares slope of (x in hours, y) points."""
    if len(points) < 3:
        return 0.0
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    var = sum((x - mean_x) ** 2 for x, _ in points)
    return 0.0 if var == 0 else sum((x - mean_x) * (y - mean_y) for x, y in points) / var


def median(values):
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0


def first_last_max(values, fmt="{:.1f}"):
    return f"first {fmt.format(values[0])}, last {fmt.format(values[-1])}, max {fmt.format(max(values))}"


def acme_jobs(stats, tenant):
    for counts in stats["jobs"]["tenants"]:
        if counts["tenant"] == tenant:
            return counts["kept"], counts["created"]
    return 0, 0


HEADER = (f"{'wall s':>6} {'emu min':>7} │ {'RSS MB':>6} {'anon':>5} {'thr':>3} {'fds':>3} {'CPU%':>5} {'req/s':>5} "
          f"{'infl':>4} {'stale':>5} {'B/s':>6} │ {'emu MB':>6} {'jobs':>4} {'made':>4} {'log':>5}")


def row(s):
    return (f"{s['wall']:6.0f} {s['emulated_min']:7.1f} │ {s['rss']:6.1f} {s['anon']:5.1f} {s['threads']:3d} {s['fds']:3d} "
            f"{s['cpu_pct']:5.2f} {s['req_rate']:5.2f} {s['in_flight']:4d} {s['stale']:5d} {s['term_bps']:6.0f} │ "
            f"{s['emu_rss']:6.1f} {s['jobs_kept']:4d} {s['jobs_created']:4d} {s['log_kept']:5d}")


# ---------------------------------------------------------------- the run

def soak(args, emulator, dashboard):
    tenant = args.tenant
    requests, last_sequence = [], 0
    samples = []

    # Wait for the dashboard's first loads, then select the busy tenant (the first tenant is selected at start;
    # the palette makes it explicit) and wait until its jobs are being polled.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(request_kind(e) == "tenants" for e in requests):
        dashboard.pump(0.5)
        requests += emulator.requests_after(last_sequence)
        last_sequence = requests[-1]["sequence"] if requests else 0
    if not requests:
        raise RuntimeError("the dashboard made no request in 60 s")
    dashboard.send(f":tenant {tenant}\r")
    while time.monotonic() < deadline and not any(
            request_kind(e) == "jobs" and f"/{tenant}/jobs" in e["path"] for e in requests):
        dashboard.pump(0.5)
        requests += emulator.requests_after(last_sequence)
        last_sequence = requests[-1]["sequence"] if requests else 0
    if not any(f"/{tenant}/jobs" in e["path"] for e in requests):
        raise RuntimeError(f"the dashboard never polled {tenant}'s jobs")

    # A job lasts at most 7 stages of 4 emulated seconds; polled a minute (wall) after that, its poller leaked.
    pollers = JobPollers(stale_after=60 + STAGES_PER_JOB * EMULATED_STAGE_SECONDS / args.speed)
    wall_zero = time.monotonic()
    soak_after = last_sequence
    cpu0, bytes0, t0 = cpu_seconds(dashboard.pid), dashboard.bytes, wall_zero
    window_entries = []
    next_print = 0.0
    print(f"dashboard pid {dashboard.pid}, emulator pid {emulator.pid}, speed {args.speed}, "
          f"{args.seconds:.0f} wall s = {args.seconds * args.speed / 3600:.2f} emulated h, tenant {tenant}")
    print(HEADER)
    while True:
        dashboard.pump(args.interval)
        now = time.monotonic()
        if not dashboard.alive():
            raise RuntimeError(f"the dashboard exited during the soak (wait status {dashboard.exited})")
        new = emulator.requests_after(last_sequence)
        if new:
            last_sequence = new[-1]["sequence"]
        requests += new
        stats = emulator.stats()
        rss, anon, threads = proc_status(dashboard.pid)
        emu_rss, _, _ = proc_status(emulator.pid)
        cpu = cpu_seconds(dashboard.pid)
        kept, created = acme_jobs(stats, tenant)
        elapsed = now - t0
        wall = now - wall_zero
        sample = {
            "wall": wall,
            "emulated_min": wall * args.speed / 60,
            "rss": rss,
            "anon": anon,
            "threads": threads,
            "fds": open_fds(dashboard.pid),
            "cpu_pct": (cpu - cpu0) / elapsed * 100 if elapsed > 0 else 0.0,
            "req_rate": len(new) / elapsed if elapsed > 0 else 0.0,
            "in_flight": peak_in_flight(new),
            "stale": len(pollers.stale_in(new)),
            "term_bps": (dashboard.bytes - bytes0) / elapsed if elapsed > 0 else 0.0,
            "emu_rss": emu_rss,
            "jobs_kept": kept,
            "jobs_created": created,
            "jobs_cap": stats["jobs"]["kept_per_tenant"],
            "log_kept": stats["request_log"]["kept"],
            "log_capacity": stats["request_log"]["capacity"],
            "server_peak_in_flight": stats["request_log"]["peak_in_flight"],
        }
        samples.append(sample)
        window_entries += new
        cpu0, bytes0, t0 = cpu, dashboard.bytes, now
        if wall >= next_print or wall >= args.seconds:
            print(row(sample), flush=True)
            next_print += args.print_every
        if wall >= args.seconds:
            break
    soaked = [e for e in requests if e["sequence"] > soak_after]
    return samples, soaked


def summarize(args, samples, requests):
    """Prints the summary; returns the list of broken bounds."""
    failures = []
    warm = [s for s in samples if s["wall"] >= args.warmup] or samples
    def hours(sample):
        return sample["wall"] * args.speed / 3600  # emulated hours
    rss = [s["rss"] for s in samples]
    rss_slope = slope_per_hour([(hours(s), s["rss"]) for s in warm])
    rss_slope_wall = rss_slope * args.speed  # MB per wall hour
    anon = [s["anon"] for s in samples]
    anon_slope = slope_per_hour([(hours(s), s["anon"]) for s in warm])
    threads = [s["threads"] for s in samples]
    fds = [s["fds"] for s in samples]
    quarter = max(1, len(warm) // 4)
    threads_growth = median([s["threads"] for s in warm[-quarter:]]) - median([s["threads"] for s in warm[:quarter]])
    fds_growth = median([s["fds"] for s in warm[-quarter:]]) - median([s["fds"] for s in warm[:quarter]])

    times = sorted(e["received"] for e in requests)
    span = samples[-1]["wall"]
    mean_rate = len(requests) / span if span else 0.0
    busiest_minute_all = busiest_window(times, 60.0)
    steady_from = times[0] + args.warmup if times else 0.0
    busiest_minute = busiest_window([t for t in times if t >= steady_from], 60.0)
    busiest_second = busiest_window(times, 1.0)
    in_flight = peak_in_flight(requests)
    stale = max(s["stale"] for s in samples)
    kinds = collections.Counter(request_kind(e) for e in requests)
    statuses = collections.Counter(e["status"] for e in requests)

    jobs_kept = [s["jobs_kept"] for s in samples]
    log_kept = [s["log_kept"] for s in samples]
    emu_rss = [s["emu_rss"] for s in samples]
    cap, capacity = samples[-1]["jobs_cap"], samples[-1]["log_capacity"]
    created = samples[-1]["jobs_created"] - samples[0]["jobs_created"]

    print()
    print(f"Soak summary: {span:.0f} wall s at speed {args.speed} = {span * args.speed / 3600:.2f} emulated h, "
          f"{created} jobs run by {args.tenant} meanwhile, {len(samples)} samples, warm-up {args.warmup:.0f} s")
    print(f"  dashboard RSS MB      {first_last_max(rss)}; slope after warm-up {rss_slope:+.2f} MB per emulated h "
          f"({rss_slope_wall:+.2f} MB per wall h), bound {args.max_rss_slope:.1f} MB per emulated h")
    print(f"  dashboard heap MB     {first_last_max(anon)} (RssAnon: RSS without code pages); slope after warm-up "
          f"{anon_slope:+.2f} MB per emulated h ({anon_slope * args.speed:+.2f} MB per wall h)")
    print(f"  dashboard threads     {first_last_max(threads, '{:d}')}; growth (last vs first quarter) {threads_growth:+d}")
    print(f"  dashboard open fds    {first_last_max(fds, '{:d}')}; growth {fds_growth:+d}")
    print(f"  dashboard CPU         mean {sum(s['cpu_pct'] for s in samples) / len(samples):.2f} %, "
          f"terminal {sum(s['term_bps'] for s in samples) / len(samples):.0f} B/s")
    print(f"  requests              {len(requests)}: mean {mean_rate:.2f}/s ({mean_rate * 60:.0f}/min), busiest 60 s "
          f"after warm-up {busiest_minute / 60:.2f}/s ({busiest_minute}/min; {busiest_minute_all}/min with it), "
          f"busiest second {busiest_second}; budget <= {args.rate_budget:g}/s steady")
    print(f"  requests in flight    max {in_flight} (server's own peak {samples[-1]['server_peak_in_flight']}); budget <= 4")
    print("  requests by kind      " + ", ".join(f"{kind} {count / span * 60:.1f}/min"
                                                for kind, count in kinds.most_common()))
    print("  answers               " + ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items())))
    print(f"  job pollers left      max {stale} job(s) still polled {60:.0f}+ s after the job ended")
    print(f"  emulator RSS MB       {first_last_max(emu_rss)}")
    print(f"  emulator job list     {args.tenant}: {first_last_max(jobs_kept, '{:d}')} (cap {cap}; "
          f"{samples[-1]['jobs_created']} created since start)")
    print(f"  emulator request log  {first_last_max(log_kept, '{:d}')} (cap {capacity})")

    if rss_slope > args.max_rss_slope:
        failures.append(f"dashboard RSS grows {rss_slope:+.2f} MB per emulated hour (bound {args.max_rss_slope})")
    if anon_slope > args.max_rss_slope:
        failures.append(f"dashboard heap grows {anon_slope:+.2f} MB per emulated hour (bound {args.max_rss_slope})")
    if threads_growth > 2:
        failures.append(f"dashboard threads grow by {threads_growth}")
    if fds_growth > 2:
        failures.append(f"dashboard open fds grow by {fds_growth}")
    allowed_minute = 60 * args.rate_budget + args.burst
    if busiest_minute > allowed_minute:
        failures.append(f"{busiest_minute} requests in one minute after warm-up (budget {allowed_minute:.0f}: "
                        f"{args.rate_budget:g}/s and a burst of {args.burst})")
    if mean_rate > args.rate_budget:
        failures.append(f"{mean_rate:.2f} requests/s on average (budget {args.rate_budget:g})")
    if in_flight > args.in_flight_budget:
        failures.append(f"{in_flight} requests in flight at once (budget {args.in_flight_budget})")
    if stale:
        failures.append(f"{stale} job(s) polled long after they ended: poll tasks not cancelled")
    if max(jobs_kept) > cap:
        failures.append(f"the emulator's job list reached {max(jobs_kept)} (cap {cap})")
    if max(log_kept) > capacity:
        failures.append(f"the emulator's request log reached {max(log_kept)} (cap {capacity})")
    if kinds["jobs"] == 0:
        failures.append("the dashboard never polled the jobs list: nothing was live-watched")
    print()
    for failure in failures:
        print(f"FAIL  {failure}")
    if not failures:
        print("PASS  every figure within its bound")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary", nargs="?", default=".build/release/gluetop")
    parser.add_argument("--speed", type=float, default=6.0, help="emulated seconds per wall second (default 6)")
    parser.add_argument("--seconds", type=float, default=600.0, help="wall seconds to soak (default 600)")
    parser.add_argument("--interval", type=float, default=5.0, help="wall seconds between samples (default 5)")
    parser.add_argument("--print-every", type=float, default=30.0, help="wall seconds between table rows")
    parser.add_argument("--warmup", type=float, default=60.0, help="wall seconds left out of the slopes")
    parser.add_argument("--tenant", default="acme", help="the live demo's busy tenant (the first tenant)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--cols", type=int, default=120)
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--max-rss-slope", type=float, default=4.0, help="MB per emulated hour (default 4)")
    parser.add_argument("--rate-budget", type=float, default=1.0, help="requests per second, steady (default 1)")
    parser.add_argument("--burst", type=int, default=8,
                        help="polls the dashboard may send at once after a quiet spell, on top of the rate in any "
                             "60 s window (its PollBudget: a tenant's first loads go together; default 8)")
    parser.add_argument("--in-flight-budget", type=int, default=4)
    parser.add_argument("--json", help="also write the samples and summary figures to this file")
    args = parser.parse_args()
    if not (args.speed > 0 and args.seconds > 0 and args.interval > 0):
        parser.error("--speed, --seconds and --interval must be positive")
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        parser.error(f"{binary} is not an executable: swift build -c release --product gluetop")

    # Ctrl-C and SIGTERM unwind through the finally blocks below, which stop only what this script started.
    def interrupted(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")
    signal.signal(signal.SIGTERM, interrupted)

    home = tempfile.mkdtemp(prefix="gluetop-soak-")
    emulator = dashboard = None
    try:
        emulator = Emulator(binary, args.speed, args.seed)
        dashboard = Dashboard(binary, emulator.info, args.cols, args.rows, home)
        samples, requests = soak(args, emulator, dashboard)
        failures = summarize(args, samples, requests)
        if args.json:
            with open(args.json, "w") as f:
                json.dump({"args": vars(args), "samples": samples, "failures": failures}, f, indent=1)
        return 1 if failures else 0
    except KeyboardInterrupt:
        print("\nsoak interrupted", file=sys.stderr)
        return 130
    except (RuntimeError, OSError) as error:
        print(f"soak could not run: {error}", file=sys.stderr)
        return 2
    finally:
        if dashboard:
            dashboard.stop()
        if emulator:
            emulator.stop()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
