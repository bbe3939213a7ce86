#!/usr/bin/env python3
"""The pulse at issue #13's scale, measured on the release binary in a pseudo-terminal.

An emulator of 10,000 tenants runs beside the dashboard; the dashboard's profile says `start: pulse`, and its pulse
cache ($XDG_CACHE_HOME/gluetop/pulse/ENV__FLOW.jsonl) holds 10 recent jobs for each tenant (100,000 in all: about 5 %
failed with one of 40 causes, 1 % running, the rest completed over the last day), as 10,000 checks would leave it.

  start to pulse       spawn -> the pulse on screen with the cache's 10,000 tenants counted
  RSS                  resident memory once the pulse shows, and after the idle run (VmRSS; VmHWM is the peak)
  idle bytes/s, CPU    the pulse on screen while the sweep checks one tenant a second and nothing fails

Usage: python3 Benchmarks/terminal/pulse_bench.py [path/to/gluetop] [--tenants N] [--idle-seconds S]
Needs pyte (pip install pyte) to read the screen.
"""
import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from terminal_bench import Pty, start_emulator  # noqa: E402


def status_kb(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def heard_from(text):
    """How many tenants the pulse's summary line counts as heard from ("9,999/10,001 tenants heard from")."""
    found = re.search(r"([\d,]+)/[\d,]+ tenants heard from", text)
    return int(found.group(1).replace(",", "")) if found else -1


def tenant_names(info):
    request = urllib.request.Request(f"{info['url']}/tenants/{info['env']}", headers={"x-api-key": info["key"]})
    with urllib.request.urlopen(request, timeout=60) as answer:
        return json.load(answer)


def cache_document(tenants, flow, now, jobs_per_tenant=10):
    dice = random.Random(7)
    entries = {}
    for index, tenant in enumerate(tenants):
        jobs = []
        for number in range(jobs_per_tenant):
            started = now - number * 8_000 - index % 3_000
            roll = dice.randrange(100)
            status = "SYNC_FAILED" if roll < 5 else "SYNC_STARTED" if roll < 6 else "JOB_COMPLETED"
            job = {"id": f"job-{index}-{number}", "status": status, "connector": f"connector-{(index + number) % 60}",
                   "root": f"{tenant}/flows/{flow}/jobs/{index}/{number}", "started": started,
                   "updated": started if status == "SYNC_STARTED" else started + 100 + (index * 7 + number) % 400,
                   "rows": (index * 31 + number * 17) % 50_000}
            if status == "SYNC_FAILED":
                job["message"] = (f"Timeout after {30 + index % 50}s reading 'Object{index % 7}' "
                                  f"(cause {roll % 40}, job {tenant}-{number})")
            jobs.append(job)
        entries[tenant] = {"tenant": tenant, "checked_at": now - index % 600, "failed_at": None, "event_at": None,
                           "jobs": jobs}
    return entries


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary", nargs="?", default=".build/release/gluetop")
    parser.add_argument("--tenants", type=int, default=10_000)
    parser.add_argument("--idle-seconds", type=float, default=30)
    parser.add_argument("--jobs-per-tenant", type=int, default=10,
                        help="jobs per tenant in the cache (0: the tenants alone, for the baseline)")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)

    emulator, info = start_emulator(binary, ["--tenants", str(args.tenants), "--job-stage-seconds", "100000",
                                             "--discover-seconds", "100000"])
    home = tempfile.mkdtemp(prefix="gluetop-pulse-bench-")
    try:
        tenants = tenant_names(info)
        cache_folder = os.path.join(home, "cache", "gluetop", "pulse")
        os.makedirs(cache_folder)
        now = time.time()
        entries = cache_document(tenants, info["flow"], now, args.jobs_per_tenant)
        with open(os.path.join(cache_folder, f"{info['env']}__{info['flow']}.jsonl"), "w") as f:
            f.write(json.dumps({"version": 2, "saved_at": now}) + "\n")
            for entry in entries.values():
                f.write(json.dumps(entry) + "\n")
        jobs = sum(len(entry["jobs"]) for entry in entries.values())
        config_folder = os.path.join(home, "config", "gluetop")
        os.makedirs(config_folder)
        with open(os.path.join(config_folder, "config.yaml"), "w") as f:
            f.write(f"profiles:\n  bench:\n    base_url: {info['url']}\n    env_id: {info['env']}\n"
                    f"    flows: [{info['flow']}]\n    api_key: env:HOTGLUE_API_KEY\n    start: pulse\n")
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", HOTGLUE_API_KEY=info["key"],
                   XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_CACHE_HOME=os.path.join(home, "cache"),
                   XDG_STATE_HOME=os.path.join(home, "state"))
        term = Pty([binary, "--profile", "bench"], 200, 50, env)
        shown = term.wait_for(lambda t: heard_from(t) >= len(tenants), 120)
        term.pump(5)
        rss_shown = status_kb(term.pid, "VmRSS") / 1024
        cpu0, bytes0, t0 = term.cpu_seconds(), term.bytes, time.monotonic()
        term.pump(args.idle_seconds)
        elapsed = time.monotonic() - t0
        cpu = (term.cpu_seconds() - cpu0) / elapsed * 100
        rate = (term.bytes - bytes0) / elapsed
        print(f"pulse of {len(tenants):,} tenants and {jobs:,} jobs restored from its cache, 200x50:")
        print(f"  start to the pulse on screen: {shown * 1000:.0f} ms")
        print(f"  RSS once shown: {rss_shown:.1f} MB; after {elapsed:.0f} s on the pulse: "
              f"{status_kb(term.pid, 'VmRSS') / 1024:.1f} MB (peak {status_kb(term.pid, 'VmHWM') / 1024:.1f} MB)")
        print(f"  on the pulse, sweeping (1 check/s), nothing failing: CPU {cpu:.2f} %, {rate:.1f} bytes/s to the terminal")
        term.close()
    finally:
        emulator.terminate()
        emulator.wait()


if __name__ == "__main__":
    sys.exit(main())
