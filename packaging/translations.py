"""The softphone's translations: extract, compile and check them with Qt's own tools.

    .venv/bin/python packaging/translations.py update   # lupdate: softphone/ -> resources/translations/*.ts
    .venv/bin/python packaging/translations.py build    # lrelease: *.ts -> softphone/translations/*.qm
    .venv/bin/python packaging/translations.py check    # exit 1 if a language lacks a translation

The sources are the .ts files in resources/translations (one per language; English holds only
the plural forms, as Qt recommends for the source language). The compiled .qm files are
generated, never committed: ``sh packaging/dev.sh`` builds them into the package folder, and so
do the wheel build (setup.py) and the bundle build (build_packages.py). ``check`` is what CI
runs (tests/test_translations.py): pyside6-lupdate's own counts on a copy of each file must show
no message new to it, none unfinished and none obsolete, and every translation must keep the
source's ``{placeholders}``; a ``%n`` message must be a plural (see softphone/blocks/text.py).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
PACKAGE_FOLDER = ROOT / "softphone" / "translations"
CODES = ("en_US", "da_DK", "fr_CA", "es_PR")  # softphone.blocks.languages.LANGUAGES
SOURCE_LANGUAGE = "en_US"
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")
FOUND = re.compile(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)")


def ts_file(code: str) -> Path:
    return SOURCES / f"softphone_{code}.ts"


def qt_tool(name: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run pyside6-<name> (lupdate, lrelease) of the Python running this, wherever pip put it."""
    command = [sys.executable, "-c",
               f"import sys; from PySide6.scripts.pyside_tool import {name}; "
               f"sys.argv[0] = 'pyside6-{name}'; sys.exit({name}())", *arguments]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"pyside6-{name} failed:\n{done.stdout}{done.stderr}")
    return done


def lupdate(code: str, target: Path) -> str:
    """Extract every marked message of softphone/ into ``target`` (the English file: plurals
    only). No line numbers, so that moving code does not change the translations."""
    options = ["-pluralonly"] if code == SOURCE_LANGUAGE else []
    # Files, not the folder: lupdate's folder scan skips Python.
    files = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "softphone").rglob("*.py"))
    done = qt_tool("lupdate", *files, "-locations", "none",
                   "-no-obsolete", "-source-language", SOURCE_LANGUAGE, "-target-language",
                   code, *options, "-ts", str(target))
    return done.stdout + done.stderr


def update() -> None:
    SOURCES.mkdir(parents=True, exist_ok=True)
    for code in CODES:
        print(lupdate(code, ts_file(code)).strip())


def build(folder: Path = PACKAGE_FOLDER) -> list[Path]:
    """Compile every .ts into ``folder``; returns the .qm files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for code in CODES:
        target = folder / f"softphone_{code}.qm"
        qt_tool("lrelease", "-silent", str(ts_file(code)), "-qm", str(target))
        written.append(target)
    return written


@dataclass
class Report:
    code: str
    found: int = 0
    new: int = 0
    unfinished: list[str] = field(default_factory=list)
    obsolete: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)  # placeholders or plural marks
    stale: bool = False

    def problems(self) -> list[str]:
        said = []
        if self.new:
            said.append(f"{self.new} message(s) in the code are missing from {self.code}")
        if self.unfinished:
            said.append(f"{len(self.unfinished)} unfinished, e.g. {self.unfinished[0]!r}")
        if self.obsolete:
            said.append(f"{len(self.obsolete)} no longer in the code, e.g. {self.obsolete[0]!r}")
        if self.stale and not (self.new or self.obsolete):
            said.append("the file differs from what lupdate writes")
        said.extend(self.wrong)
        return said


def messages(path: Path) -> list[tuple[str, ElementTree.Element]]:
    tree = ElementTree.parse(path)
    return [(context.findtext("name") or "", message)
            for context in tree.getroot().iter("context") for message in context.iter("message")]


def translations_of(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def check_file(code: str, path: Path) -> list[str]:
    """What is wrong in one .ts file beyond lupdate's counts."""
    wrong = []
    for context, message in messages(path):
        source = message.findtext("source") or ""
        plural = message.get("numerus") == "yes"
        where = f"{context}: {source[:60]!r}"
        if "%n" in source and not plural:
            wrong.append(f"{where} uses %n but lupdate did not see a plural: write the count as "
                         "a literal number and give the real one with .plural(n)")
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete"):
            continue
        wanted = set(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            if set(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{code} {where}: the translation's placeholders "
                             f"{sorted(set(PLACEHOLDER.findall(text)))} differ from {sorted(wanted)}")
            if not text.strip():
                wrong.append(f"{code} {where}: an empty translation")
    return wrong


def check() -> list[Report]:
    """lupdate's counts on a copy of each .ts, plus the placeholder and plural checks."""
    reports = []
    with tempfile.TemporaryDirectory() as folder:
        for code in CODES:
            report = Report(code)
            copy = Path(folder) / ts_file(code).name
            if ts_file(code).is_file():
                shutil.copy(ts_file(code), copy)
            said = lupdate(code, copy)
            counts = FOUND.search(said)
            if counts:  # (for English, lupdate counts the non-plurals it then strips as new)
                report.found = int(counts.group(1))
                report.new = int(counts.group(2)) if code != SOURCE_LANGUAGE else 0
            report.stale = not ts_file(code).is_file() or (
                copy.read_text(encoding="utf-8") != ts_file(code).read_text(encoding="utf-8"))
            for context, message in messages(copy):
                translation = message.find("translation")
                state = translation.get("type") if translation is not None else "unfinished"
                label = f"{context}: {message.findtext('source')}"
                if state == "unfinished":
                    report.unfinished.append(label)
                elif state in ("vanished", "obsolete"):
                    report.obsolete.append(label)
            report.wrong = check_file(code, copy)
            reports.append(report)
    return reports


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("update", "build", "check"))
    args = parser.parse_args()
    if args.action == "update":
        update()
    elif args.action == "build":
        for path in build():
            print(path.relative_to(ROOT))
    else:
        failed = False
        for report in check():
            problems = report.problems()
            failed = failed or bool(problems)
            print(f"{report.code}: {report.found} messages; "
                  + ("; ".join(problems) if problems else "complete"))
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
