#!/usr/bin/env python3
"""The program's sources (core/, ui/, app/) include POSIX-only and Win32 headers in one file only,
core/platform/system_calls.cpp, so a Windows build has one file to complete (issue 18, item 6).
Tests may use POSIX freely: they run on Linux.
usage: check_system_headers.py PROJECT_SOURCE_DIR"""
import pathlib
import re
import sys

ALLOWED = pathlib.PurePosixPath("core/platform/system_calls.cpp")
# Headers a Windows compiler does not have, or that only Windows has.
SYSTEM_ONLY = re.compile(
    r"^\s*#\s*include\s*<("
    r"unistd\.h|fcntl\.h|pwd\.h|grp\.h|dirent\.h|poll\.h|termios\.h|dlfcn\.h|syslog\.h|spawn\.h|"
    r"signal\.h|csignal|pthread\.h|semaphore\.h|libgen\.h|fnmatch\.h|glob\.h|netdb\.h|"
    r"sys/[^>]+|arpa/[^>]+|netinet/[^>]+|linux/[^>]+|"
    r"windows\.h|io\.h|direct\.h|process\.h|winsock2?\.h|shlobj\.h|shellapi\.h"
    r")>",
    re.IGNORECASE,
)

root = pathlib.Path(sys.argv[1])
found = []
checked = 0
for folder in ("core", "ui", "app"):
    for path in sorted((root / folder).rglob("*")):
        if path.suffix not in (".cpp", ".h", ".c", ".hpp"):
            continue
        relative = pathlib.PurePosixPath(path.relative_to(root).as_posix())
        checked += 1
        if relative == ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = SYSTEM_ONLY.match(line)
            if match:
                found.append(f"{relative}:{number}: <{match.group(1)}>")

if checked == 0:
    sys.exit(f"no sources found under {root}")
if found:
    print(f"System headers outside {ALLOWED} (move the call there, behind a function of system_calls.h):")
    print("\n".join(found))
    sys.exit(1)
print(f"{checked} sources checked: system headers only in {ALLOWED}")
