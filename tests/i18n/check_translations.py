#!/usr/bin/env python3
"""Fails when the Vietnamese translation misses a message of the sources or leaves one unfinished.

Runs lupdate over a copy of resources/translations/sangkien_vi.ts, so messages added to the code
since the last update show up as unfinished, then lists every unfinished or vanished message.
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

lupdate, source_dir = sys.argv[1], Path(sys.argv[2])
ts = source_dir / "resources" / "translations" / "sangkien_vi.ts"

with tempfile.TemporaryDirectory() as tmp:
    copy = Path(tmp) / "sangkien_vi.ts"
    shutil.copy(ts, copy)
    dirs = [str(source_dir / d) for d in ("core", "ui", "app")]
    subprocess.run([lupdate, "-silent", "-locations", "none", *dirs, "-ts", str(copy)], check=True)
    root = ET.parse(copy).getroot()

problems = []
total = 0
for context in root.iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        total += 1
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "missing") or (kind is None and not (translation.text or "").strip()
                                                 and message.get("numerus") != "yes"):
            problems.append(f"{name}: untranslated: {message.findtext('source')!r}")
        elif kind in ("obsolete", "vanished"):
            problems.append(f"{name}: no longer in the code: {message.findtext('source')!r}")

for p in problems:
    print(p)
print(f"{total} messages, {len(problems)} problems")
if total == 0:
    print("no messages found: lupdate did not see the sources")
    sys.exit(1)
sys.exit(1 if problems else 0)
