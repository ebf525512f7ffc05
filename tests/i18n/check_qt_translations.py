#!/usr/bin/env python3
"""Fails when our Vietnamese of Qt's own strings (resources/translations/qt_vi.ts) is incomplete.

Qt ships no Vietnamese of its strings, so the program carries its own for the contexts of the dialogs,
buttons and menus it shows. Checked here:
- every context the program shows is there, with at least one message;
- every message is translated (finished, not empty), keeps the source's placeholders (%1, %2, ...) and,
  when the source has a keyboard mnemonic (&X), has one too;
- the keys are Qt's own: every (context, source) pair is in a catalogue Debian ships with Qt
  (qtbase_*.qm of qt6-translations-l10n, read with lconvert, translations dropped), so a message that no
  longer matches Qt's English would never be looked up;
- conversely, every message of a kept context that the catalogues hold and Qt's libraries still contain is
  in qt_vi.ts, so a string Qt shows is never left out.

Usage: check_qt_translations.py LCONVERT QT_TRANSLATIONS_DIR SOURCE_DIR [QT_LIBRARY ...]
"""
import glob
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

# The contexts of the Qt strings the program shows: buttons (QPlatformTheme gives the standard buttons'
# texts in Qt 6, QGnomeTheme on a GNOME desktop), message boxes, the import wizard, file dialogs, print
# preview, print and page setup dialogs, the context menus of line and text edits, undo, input and
# progress dialogs, spin boxes, scroll bars, docks and tab bars.
REQUIRED = [
    "QPlatformTheme", "QGnomeTheme", "QDialogButtonBox", "QMessageBox", "QWizard", "QFileDialog",
    "QFileSystemModel", "QPrintPreviewDialog", "QPrintDialog", "QPageSetupWidget", "QPrintPropertiesDialog",
    "QPrintPropertiesWidget", "QPrintSettingsOutput", "QPrintWidget", "QCupsJobWidget", "QCupsPrinterSupport",
    "Print Device Input Slot", "Print Device Output Bin", "QPageSize", "QLineEdit", "QWidgetTextControl",
    "QUnicodeControlCharacterMenu", "QUndoStack", "QUndoGroup", "QUndoModel", "QInputDialog",
    "QProgressDialog", "QAbstractSpinBox", "QScrollBar", "QDockWidget", "QTabBar", "QDialog",
    "QWhatsThisAction", "QErrorMessage",
]
# Qt's licence texts of the About Qt box, which the program never shows.
NOT_SHOWN = re.compile(r"^<p>Qt is a C\+\+ toolkit")

lconvert, translations_dir, source_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
libraries = sys.argv[4:]
ts = source_dir / "resources" / "translations" / "qt_vi.ts"

problems = []
root = ET.parse(ts).getroot()
ours = {}
for context in root.iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        key = (name, source, message.findtext("comment") or "")
        ours[key] = message
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "missing", "obsolete", "vanished") or not text.strip():
            problems.append(f"{name}: untranslated: {source!r}")
            continue
        if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", text)):
            problems.append(f"{name}: placeholders differ: {source!r} -> {text!r}")
        if re.search(r"&[^&\s]", source) and not re.search(r"&[^&\s]", text):
            problems.append(f"{name}: no keyboard mnemonic: {source!r} -> {text!r}")

contexts = {name for name, _, _ in ours}
for name in REQUIRED:
    if name not in contexts:
        problems.append(f"{name}: context missing from qt_vi.ts")

catalogues = sorted(glob.glob(str(translations_dir / "qtbase_*.qm")))
if not catalogues:
    problems.append(f"no Qt catalogue (qtbase_*.qm) in {translations_dir}: install qt6-translations-l10n")
qt_keys = set()
with tempfile.TemporaryDirectory() as tmp:
    for qm in catalogues:
        out = Path(tmp) / (Path(qm).stem + ".ts")
        subprocess.run([lconvert, "-drop-translations", "-i", qm, "-o", str(out)], check=True)
        for context in ET.parse(out).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                qt_keys.add((name, message.findtext("source") or "", message.findtext("comment") or ""))

if catalogues:
    for key in ours:
        if key not in qt_keys:
            problems.append(f"{key[0]}: not one of Qt's source strings: {key[1]!r}")
    # What Qt's libraries still contain: a catalogue keeps strings of older Qt versions.
    library_text = ""
    for library in libraries:
        data = Path(library).read_bytes()
        library_text += "\n".join(s.decode("utf-8", "replace") for s in re.findall(rb"[\x09\x20-\xff]{1,}", data))
        library_text += "\n"
    for key in sorted(qt_keys):
        name, source, _ = key
        if name not in REQUIRED or key in ours or NOT_SHOWN.search(source):
            continue
        if libraries and not all(part in library_text for part in source.split("\n")):
            continue
        problems.append(f"{name}: Qt's string missing from qt_vi.ts: {source!r}")

for p in problems:
    print(p)
print(f"{len(ours)} messages in {len(contexts)} contexts, {len(catalogues)} Qt catalogues, {len(problems)} problems")
sys.exit(1 if problems or not ours else 0)
