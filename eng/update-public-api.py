#!/usr/bin/env python3
"""Brings the public API baseline (PublicAPI.Unshipped.txt) of every packable project under src/ up to date.

Usage, from anywhere in the repository:  python3 eng/update-public-api.py   (docs/public-api.md)

Builds each project once per target framework, reads the PublicApiAnalyzers findings RS0016 (a public symbol missing from
the baseline: added to PublicAPI.Unshipped.txt) and RS0017 (a listed symbol that no longer exists: removed from
PublicAPI.Unshipped.txt), and repeats until the build has neither. PublicAPI.Shipped.txt is never edited: a shipped symbol
that disappeared is a breaking change, reported here and left for a person to mark (*REMOVED* in the unshipped file).
The code fix of `dotnet format analyzers` does the same for one target framework only (it edits a file once per path) and
skips source-generated members; this script covers both targets of the multi-targeted packages and generated code.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# In dependency order: a project's build needs the projects before it to be clean.
PROJECTS = ["GovInfoDisclosure.Schema", "GovInfoDisclosure.Schema.Import", "GovInfoDisclosure.Cli"]
HEADER = "#nullable enable"
MISSING = re.compile(r"\b(?:warning|error) RS0016: Symbol '(.+)' is not part of the declared public API")
GONE = re.compile(r"\b(?:warning|error) RS0017: Symbol '(.+)' is part of the declared API, but is either not public or could not be found")


def target_frameworks(csproj):
    text = open(csproj, encoding="utf-8").read()
    many = re.search(r"<TargetFrameworks>([^<]+)</TargetFrameworks>", text)
    if many:
        return [t.strip() for t in many.group(1).split(";") if t.strip()], True
    return [re.search(r"<TargetFramework>([^<]+)</TargetFramework>", text).group(1).strip()], False


def read_lines(path):
    if not os.path.exists(path):
        return []
    return [line for line in open(path, encoding="utf-8").read().splitlines() if line.strip() and line.strip() != HEADER]


def write_lines(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    body = sorted(set(lines), key=lambda s: s.encode("utf-8"))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n" + "".join(line + "\n" for line in body))


def findings(csproj, tfm):
    """The RS0016 and RS0017 symbols of one project and target framework."""
    run = subprocess.run(["dotnet", "build", csproj, "-p:TargetFramework=" + tfm, "--no-incremental", "-nologo", "-v", "quiet",
                          "-clp:NoSummary"], cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    mine = [line for line in run.stdout.splitlines() if line.rstrip().endswith("[" + csproj + "]")
            or line.rstrip().endswith("[" + csproj + "::TargetFramework=" + tfm + "]")]
    missing = {m.group(1) for m in (MISSING.search(line) for line in mine) if m}
    gone = {m.group(1) for m in (GONE.search(line) for line in mine) if m}
    other = [line for line in run.stdout.splitlines() if ": error " in line and " RS0016: " not in line and " RS0017: " not in line]
    return missing, gone, other, run.returncode


def main():
    broken = []
    for name in PROJECTS:
        project_dir = os.path.join(ROOT, "src", name)
        csproj = os.path.join(project_dir, name + ".csproj")
        tfms, multi = target_frameworks(csproj)
        for tfm in tfms:
            folder = os.path.join(project_dir, "PublicAPI", tfm) if multi else project_dir
            shipped_path = os.path.join(folder, "PublicAPI.Shipped.txt")
            unshipped_path = os.path.join(folder, "PublicAPI.Unshipped.txt")
            if not os.path.exists(shipped_path):
                write_lines(shipped_path, [])
            for attempt in range(4):
                missing, gone, other, code = findings(csproj, tfm)
                shipped = set(read_lines(shipped_path))
                unshipped = set(read_lines(unshipped_path))
                added = missing - shipped - unshipped
                removed = gone & unshipped
                for symbol in sorted(gone & shipped):
                    broken.append(f"{name} ({tfm}): shipped API removed: {symbol}")
                if not added and not removed:
                    if code != 0:
                        print(f"{name} ({tfm}): the build fails for another reason:", *other[:20], sep="\n  ", file=sys.stderr)
                        return 1
                    print(f"{name} ({tfm}): up to date")
                    break
                write_lines(unshipped_path, (unshipped | added) - removed)
                print(f"{name} ({tfm}): {len(added)} added, {len(removed)} removed in {os.path.relpath(unshipped_path, ROOT)}")
            else:
                print(f"{name} ({tfm}): still changing after 4 builds", file=sys.stderr)
                return 1
    for line in sorted(set(broken)):
        print(line, file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
