#!/usr/bin/env python3
"""Times `illuminate-perms check --inventory` on 500 districts pointing at one standalone mock.

Builds the tool in Release (unless --cli names a built one), starts `illuminate-perms mock --port 0
--scale 200 --latency 50` on 127.0.0.1, writes an inventory of 500 districts all using the mock's
`full` certificate through env:CERT, runs the check N times and prints, per run and as medians:
wall time, the tool's CPU (user + sys, from wait4), the mock's CPU over the run (from
/proc/PID/stat), the requests the reports count, the latency floor (latency x requests / requests
in flight) and the ratio of the wall time to it. The goal of issue 12 is a ratio within 1.5x.

Usage: python3 bench/inventory/measure.py [--runs N] [--districts N] [--latency MS]
                                          [--cli PATH] [-- EXTRA CHECK ARGUMENTS]
Writes nothing to the repository: the build, the inventory and the reports live in a temp folder.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TICKS = os.sysconf("SC_CLK_TCK")


def build(out):
    result = subprocess.run(["dotnet", "build", os.path.join(REPO, "src", "Cli"), "-c", "Release", "-nologo", "-v:q", "-o", out],
                            capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stdout}\n{result.stderr}")
    return os.path.join(out, "illuminate-perms")


def cpu_seconds(pid):
    """User + system CPU of a live process and its waited-for children, from /proc/PID/stat."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # After the command's closing parenthesis: utime is field 14 of stat, index 11 here.
    return sum(int(v) for v in fields[11:13]) / TICKS


def start_mock(cli, latency):
    mock = subprocess.Popen([cli, "mock", "--port", "0", "--host", "127.0.0.1", "--scale", "200", "--latency", str(latency)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = certificate = None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (url is None or certificate is None):
        line = mock.stdout.readline()
        if not line:
            break
        if (m := re.match(r"Mock Aeries base URL: (\S+)", line)):
            url = m.group(1)
        if (m := re.match(r"\s+full\s+(\S+)", line)):
            certificate = m.group(1)
    if url is None or certificate is None:
        mock.kill()
        sys.exit("the mock did not print its base URL and 'full' certificate")
    return mock, url, certificate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--districts", type=int, default=500, help="districts in the inventory")
    parser.add_argument("--latency", type=int, default=50, help="the mock's injected latency, ms")
    parser.add_argument("--in-flight", type=int, default=32 * 8, help="requests in flight (--districts x --concurrency of the check)")
    parser.add_argument("--cli", help="a built illuminate-perms to use instead of building one")
    parser.add_argument("extra", nargs="*", help="more arguments for check (after --)")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="illuminateperms-inventory-bench-")
    mock = None
    try:
        cli = args.cli or build(os.path.join(work, "cli"))
        mock, url, certificate = start_mock(cli, args.latency)
        inventory = os.path.join(work, "districts.csv")
        with open(inventory, "w") as f:
            f.write("name,base_url,certificate\n")
            for i in range(args.districts):
                f.write(f"District {i},{url},env:CERT\n")
        env = dict(os.environ, CERT=certificate)
        with open("/proc/loadavg") as f:
            load = " ".join(f.read().split()[:3])
        print(f"load average before: {load}; {args.districts} districts at {url}, latency {args.latency} ms, {args.runs} runs")
        print("| run | wall s | tool CPU s (user+sys) | tool peak MiB | mock CPU s | requests | floor s | ratio |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        rows = []
        for run in range(1, args.runs + 1):
            out = os.path.join(work, f"reports{run}")
            mock_before = cpu_seconds(mock.pid)
            started = time.monotonic()
            tool = subprocess.Popen([cli, "check", "--inventory", inventory, "--output", out, *args.extra],
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(tool.pid, 0)
            wall = time.monotonic() - started
            tool.returncode = os.waitstatus_to_exitcode(status)
            mock_cpu = cpu_seconds(mock.pid) - mock_before
            if tool.returncode not in (0, 2):
                sys.exit(f"run {run}: check exited {tool.returncode}")
            requests = 0
            for name in os.listdir(out):
                if name != "summary.json" and name.endswith(".json"):
                    with open(os.path.join(out, name)) as f:
                        requests += json.load(f)["requests"]
            floor = args.latency / 1000 * requests / args.in_flight
            row = (wall, usage.ru_utime + usage.ru_stime, usage.ru_utime, usage.ru_stime, mock_cpu, requests, floor, wall / floor, usage.ru_maxrss / 1024)
            rows.append(row)
            print(f"| {run} | {wall:.2f} | {row[1]:.2f} ({row[2]:.2f}+{row[3]:.2f}) | {row[8]:.0f} | {mock_cpu:.2f} | {requests:,} | {floor:.2f} | {row[7]:.2f}x |", flush=True)
            shutil.rmtree(out, ignore_errors=True)
        median = lambda i: statistics.median(r[i] for r in rows)
        with open("/proc/loadavg") as f:
            load = " ".join(f.read().split()[:3])
        print(f"median: wall {median(0):.2f} s (min {min(r[0] for r in rows):.2f}, max {max(r[0] for r in rows):.2f}), "
              f"tool CPU {median(1):.2f} s (user {median(2):.2f}, sys {median(3):.2f}), tool peak {median(8):.0f} MiB, mock CPU {median(4):.2f} s, "
              f"requests {median(5):,.0f}, floor {median(6):.2f} s, ratio {median(0) / median(6):.2f}x; load average after: {load}")
    finally:
        if mock is not None:
            mock.terminate()
            try:
                mock.wait(timeout=10)
            except subprocess.TimeoutExpired:
                mock.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
