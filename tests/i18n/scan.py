"""Finds the user-visible strings of softphone/ that are not marked for translation.

Two rules, over every module's syntax tree:

* a sink rule: a string literal or f-string given straight to something that shows it (a
  widget's text setter or constructor, a message box, an exception raised, a readiness check,
  a problem or note appended, an event emitted, an option's label and description, printed
  output) is reported whatever it looks like, a one-word button label included;
* a prose rule: any other literal that reads as words for a person (two words or more,
  starting with a letter) is reported too, so that a sentence kept in a variable first is
  found as well.

Not reported: docstrings; what ``translate("context", "source")`` marks (whose context and
source must be plain literals, never f-strings, and whose count, if any, a literal number);
log lines (English, for whoever reads the log); and what ``ALLOWED`` lists, each with its reason.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SOFTPHONE = Path(__file__).resolve().parents[2] / "softphone"

SINK_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "addItem", "addItems", "insertItem", "setItemText", "addAction", "addMenu", "addTab",
    "setTabText", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels",
    "showMessage", "setSpecialValueText", "setSuffix", "setPrefix", "setLabelText",
    "setButtonText", "setInformativeText", "setDetailedText", "setHtml", "setPlainText",
    "addRow", "insertRow", "setSubTitle", "addButton", "setDefaultSuffix", "setNameFilter",
    "setNameFilters", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
    "question", "information", "warning", "critical", "about", "setItemData",
    "show_problem", "show_notice",
}
SINK_CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMenu", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QMessageBox",
    "QCommandLinkButton", "Check", "Option",
}
KEYED = {"Check", "Option"}  # their first argument is a key, not words
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
PROSE = re.compile(r"^(\{…\}|[^\W\d_][\w'’-]*)[ \t]+[\w(\"'‘“{]")
# Statements for a database, not words for a person.
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|COMMIT|"
                 r"ROLLBACK|GRANT|REVOKE|LOCK|SET|VACUUM|ANALYZE|REINDEX|EXPLAIN)\b")


@dataclass(frozen=True)
class Finding:
    path: str  # relative to softphone/
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"softphone/{self.path}:{self.line}: {self.why}: {self.text[:80]!r}"


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_log_call(node: ast.Call) -> bool:
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr in LOG_METHODS):
        return False
    owner = func.value
    owner_name = owner.id if isinstance(owner, ast.Name) else (
        owner.attr if isinstance(owner, ast.Attribute) else "")
    return owner_name in ("log", "logger", "logging", "_log") or owner_name.endswith("log")


def _literal_text(node: ast.AST) -> str | None:
    """The text of a string literal or f-string (its constant parts)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "{…}"
                       for part in node.values)
    return None


def _has_letters(text: str) -> bool:
    return re.search(r"[^\W\d_]{2,}", text) is not None


def _inside(node: ast.AST) -> Iterator[ast.AST]:
    """``node`` and what it contains, not looking into calls other than string joining."""
    yield node
    if isinstance(node, ast.BinOp | ast.BoolOp | ast.IfExp | ast.JoinedStr | ast.Tuple
                  | ast.List):
        for child in ast.iter_child_nodes(node):
            yield from _inside(child)


def scan_source(source: str, path: str) -> list[Finding]:
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    skipped: set[int] = set(docstrings)
    findings: list[Finding] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if isinstance(node.func, ast.Name) and name == "translate":
            args = node.args
            if len(args) < 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                        for a in args[:2]):
                findings.append(Finding(path, node.lineno, ast.unparse(node)[:80],
                                        "translate() needs a literal context and source"))
            if len(args) >= 4 and not (isinstance(args[3], ast.Constant | ast.UnaryOp)):
                findings.append(Finding(path, node.lineno, ast.unparse(node)[:80],
                                        "a plural's count must be a literal; use .plural(n)"))
            for child in ast.walk(node):
                if child is not node.func:
                    skipped.add(id(child))
            continue
        if _is_log_call(node):
            for child in ast.walk(node):
                skipped.add(id(child))
            continue
        if name in SINK_METHODS or name in SINK_CONSTRUCTORS:
            shown_args = node.args[1:] if name in KEYED else node.args
            for argument in [*shown_args, *(keyword.value for keyword in node.keywords
                                            if keyword.arg not in ("key", "objectName"))]:
                for part in _inside(argument):
                    text = _literal_text(part)
                    if text is not None and id(part) not in skipped and _has_letters(text):
                        findings.append(Finding(path, getattr(part, "lineno", node.lineno), text,
                                                f"shown by {name}() but not translated"))
                        for child in ast.walk(part):
                            skipped.add(id(child))
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):  # compared with, never shown
            for operand in (node.left, *node.comparators):
                skipped.add(id(operand))
        elif isinstance(node, ast.Dict):  # keys name things; values are checked
            for key in node.keys:
                if key is not None:
                    skipped.add(id(key))
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        text = _literal_text(node)
        if text is None:
            continue
        if isinstance(node, ast.JoinedStr):
            for child in ast.walk(node):
                skipped.add(id(child))
        if PROSE.match(text.strip()) and not SQL.match(text):
            findings.append(Finding(path, getattr(node, "lineno", 0), text, "words not translated"))
    return findings


def scan(root: Path = SOFTPHONE) -> list[Finding]:
    findings = []
    for file in sorted(root.rglob("*.py")):
        relative = file.relative_to(root).as_posix()
        findings.extend(scan_source(file.read_text(encoding="utf-8"), relative))
    return findings


if __name__ == "__main__":
    for finding in scan():
        print(finding)
