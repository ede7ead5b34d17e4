#!/usr/bin/env python3
"""Measures the IlluminatePerms analyzers and generator inside a real build.

Generates a consumer with 2,000 call sites across 200 files that installs the IlluminatePerms
package from a local feed, rebuilds it with -p:ReportAnalyzer=true, and compares the time the
compiler reports for IlluminatePerms' analyzers and generator with the time of the Csc task.
Runs once with the real spec and once with a synthetic 5,000-row spec.

Usage: python3 bench/analyzer-build/measure.py [--runs N] [--feed DIR]
(--feed: measure the IlluminatePerms package already in DIR instead of packing this checkout,
e.g. one packed from an earlier commit, to compare before and after under the same load.)
Writes nothing to the repository; the consumer lives in a temporary folder. Packages are restored
into a folder of its own (never the user's NuGet cache, where a package of the same version packed
earlier would be used instead of the one just packed).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FILES = 200
CALLS_PER_FILE = 10


def run(args, cwd):
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def catalog_areas():
    """Area names from the real spec plus every other row name it can use, read from the spec itself."""
    areas = []
    with open(os.path.join(REPO, "spec", "permissions.csv"), encoding="utf-8") as spec:
        for line in spec:
            if line.startswith("#") or line.startswith("Group,") or not line.strip():
                continue
            areas.append(line.split(",")[1])
    return areas


def dependency_source():
    """The runtime's own dependencies come from the machine's NuGet cache, read as a folder feed."""
    return os.environ.get("NUGET_PACKAGES") or os.path.join(os.path.expanduser("~"), ".nuget", "packages")


def write_consumer(root, feed, version, spec_text, areas):
    os.makedirs(root, exist_ok=True)
    # Source mapping: IlluminatePerms only from the feed just packed, its dependencies from the cache.
    with open(os.path.join(root, "nuget.config"), "w") as f:
        f.write(f"""<configuration>
  <packageSources><clear /><add key="local" value="{feed}" /><add key="dependencies" value="{dependency_source()}" /></packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="*" /></packageSource>
    <packageSource key="dependencies"><package pattern="Microsoft.*" /><package pattern="Polly.*" /><package pattern="System.*" /><package pattern="Scriban.*" /></packageSource>
  </packageSourceMapping>
</configuration>
""")
    with open(os.path.join(root, "Consumer.csproj"), "w") as f:
        f.write(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RestorePackagesPath>$(MSBuildThisFileDirectory)../packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="IlluminatePerms" Version="{version}" />
  </ItemGroup>
</Project>
""")
    # Synthetic specs repeat areas (IP1009); the benchmark measures time, not the spec's errors.
    with open(os.path.join(root, ".globalconfig"), "w") as f:
        f.write("is_global = true\ndotnet_diagnostic.IP1009.severity = none\n")
    with open(os.path.join(root, "permissions.csv"), "w") as f:
        f.write(spec_text)
    members = "\n".join(
        f'    [RequiresGrant("{area}", AeriesAccess.Read)] public void Get{i}() {{ }}' for i, area in enumerate(areas))
    with open(os.path.join(root, "VendorClient.cs"), "w") as f:
        f.write(f"using IlluminatePerms.Grants;\n\npublic class VendorClient\n{{\n{members}\n}}\n")
    for n in range(FILES):
        calls = "\n".join(f"        client.Get{(n * CALLS_PER_FILE + c) % len(areas)}();" for c in range(CALLS_PER_FILE))
        with open(os.path.join(root, f"Sync{n:03}.cs"), "w") as f:
            f.write(f"public static class Sync{n:03}\n{{\n    public static void Run(VendorClient client)\n    {{\n{calls}\n    }}\n}}\n")


def synthetic_spec(rows, areas):
    lines = ["Group,Table/Program Area,Permission Needed,Reason"]
    for i in range(rows):
        lines.append(f'Other,"{areas[i % len(areas)]}",Read,"Synthetic reason {i}, quoted"')
    return "\n".join(lines) + "\n"


def measure(root, runs, shared):
    run(["dotnet", "restore", "-nologo"], root)
    samples = []
    for _ in range(runs):
        out = run(["dotnet", "build", "--no-restore", "--no-incremental", "-nologo", "-v:d",
                   "-p:ReportAnalyzer=true", f"-p:UseSharedCompilation={shared}", "-clp:PerformanceSummary", "-nodeReuse:false"], root)
        csc = float(re.search(r"^\s*(\d+) ms\s+Csc\s+\d+ calls", out, re.M).group(1)) / 1000
        # The assembly lines of both reports (analyzers, then generators) name IlluminatePerms.Generator.
        ours = [float(seconds.lstrip("<")) for seconds in
                re.findall(r"^\s*(<?[\d.]+)\s+<?\d+\s+IlluminatePerms\.Generator, Version=", out, re.M)]
        if len(ours) != 2:
            sys.exit("ReportAnalyzer output not found for IlluminatePerms.Generator:\n" + out[-3000:])
        samples.append((csc, ours[0], ours[1]))
    return samples


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--feed", help="a folder holding the IlluminatePerms package to measure (default: pack this checkout)")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="illuminateperms-analyzer-bench-")
    try:
        feed = os.path.abspath(args.feed) if args.feed else os.path.join(work, "feed")
        if not args.feed:
            run(["dotnet", "pack", os.path.join(REPO, "src", "Runtime", "IlluminatePerms.Runtime.csproj"), "-c", "Release", "-nologo", "-o", feed], REPO)
        version = [f for f in os.listdir(feed) if f.startswith("IlluminatePerms.") and f.endswith(".nupkg")][0][len("IlluminatePerms."):-len(".nupkg")]
        areas = catalog_areas()
        with open(os.path.join(REPO, "spec", "permissions.csv"), encoding="utf-8") as f:
            real = f.read()
        print(f"consumer: {FILES} files, {FILES * CALLS_PER_FILE} call sites, {len(areas)} members with [RequiresGrant]; {args.runs} rebuilds each")
        # Other work on the machine slows a cold compiler's JIT more than the compiler itself: say how busy it was.
        print("| spec | compiler server | Csc task (median s) | analyzer (median s) | generator (median s) | share of Csc | load average (1 min) before, after |")
        print("|---|---|---:|---:|---:|---:|---|")
        for name, text in (("real (41 rows)", real), ("synthetic 5,000 rows", synthetic_spec(5000, areas))):
            root = os.path.join(work, name.split()[0])
            write_consumer(root, feed, version, text, areas)
            for shared in ("false", "true"):
                load_before = os.getloadavg()[0]
                samples = measure(root, args.runs, shared)
                csc = statistics.median(s[0] for s in samples)
                analyzer = statistics.median(s[1] for s in samples)
                generator = statistics.median(s[2] for s in samples)
                print(f"| {name} | {'on' if shared == 'true' else 'off'} | {csc:.3f} | {analyzer:.3f} | {generator:.3f} | {(analyzer + generator) / csc:.1%} | {load_before:.1f}, {os.getloadavg()[0]:.1f} |")
            run(["dotnet", "build-server", "shutdown"], root)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
