#!/usr/bin/env python3
"""Checks the Flatpak manifest as far as can be done without the network or the KDE SDK.

    flatpak_manifest.py MANIFEST REPOSITORY

The app id matches the desktop file's; no finish-arg opens the home folder or the host's files; every
archive source has a SHA-256 and every git source a tag and a commit; and where the tag exists in the
repository, the pinned commit is the one it names (packaging/flatpak/pin-release.sh writes it). Exits 0
when all hold, 1 otherwise, 77 (skipped) without PyYAML.
"""
import re
import subprocess
import sys

try:
    import yaml
except ImportError as e:
    print(f"skipped: {e.name} is not installed (apt-get install python3-yaml)")
    sys.exit(77)

manifest_path, repository = sys.argv[1], sys.argv[2]
with open(manifest_path, encoding="utf-8") as f:
    manifest = yaml.safe_load(f)
problems = []

if manifest.get("app-id") != "io.github.khronika.Khronika":
    problems.append(f"app-id is {manifest.get('app-id')!r}")
if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
    problems.append("runtime and sdk should be org.kde.Platform and org.kde.Sdk")
for arg in manifest.get("finish-args", []):
    if re.match(r"--filesystem=(home|host|~)", arg):
        problems.append(f"finish-arg {arg} opens the user's files: use the file chooser portal")

for module in manifest.get("modules", []):
    for source in module.get("sources", []):
        kind = source.get("type")
        where = f"module {module.get('name')}: {kind} source"
        if kind == "archive":
            if not re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256", ""))):
                problems.append(f"{where} has no sha256")
        elif kind == "git":
            tag, commit = source.get("tag"), str(source.get("commit", ""))
            if not tag or not commit:
                problems.append(f"{where} needs both a tag and a commit")
                continue
            named = subprocess.run(
                ["git", "-C", repository, "rev-parse", "--verify", "--quiet", f"refs/tags/{tag}^{{commit}}"],
                capture_output=True, text=True)
            if named.returncode == 0 and named.stdout.strip() != commit:
                problems.append(f"{where}: tag {tag} names {named.stdout.strip()}, the manifest pins {commit}"
                                f" (run packaging/flatpak/pin-release.sh {tag})")
            elif named.returncode != 0:
                print(f"{where}: tag {tag} is not in this repository yet; its commit is pinned when it is")
        else:
            problems.append(f"{where}: only archives with a checksum and tagged git sources are pinned")

for p in problems:
    print(f"{manifest_path}: {p}")
print(f"{manifest_path}: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
