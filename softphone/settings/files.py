"""Reads one settings file defensively, and writes one atomically.

Whatever is at the path, the softphone still starts.

A settings file is typed by people in any editor on any platform, deployed by scripts, and sits
where another local user, a sync tool or a broken disk can reach it. So the path may be a folder,
a link that loops or points nowhere, a pipe that would block a read for ever, a device that never
ends; the bytes may be in another encoding, binary, truncated, nested thousands of levels deep or
megabytes long. ``read`` never raises, never blocks and never reads more than ``MAX_BYTES``: it
returns the parsed table, or no table and one sentence that names the file and the fix (marked
for translation, so that the agent reads it in their language and again after a switch).

A UTF-8 byte-order mark (Windows Notepad writes one) is accepted: it hides nothing and loses
nothing, so refusing the file for it would only punish the admin.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from softphone.blocks.text import translate

# Far above any real settings file (every option, three templates at their longest), far below
# what could slow the start or fill memory.
MAX_BYTES = 1_000_000

# Options are at most four levels deep (``location.address.street`` in its table); a file that
# nests deeper is not a settings file, and a very deep one would break every recursive reader
# (including the one that writes the file back).
MAX_DEPTH = 16

_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0))


@dataclass(frozen=True)
class FileRead:
    """What one file gave: ``table`` (``None`` when absent or unusable), the ``problem`` in one
    sentence (``None`` when fine), and the bytes read (kept aside before an overwrite)."""

    table: dict[str, Any] | None
    problem: str | None = None
    content: bytes | None = None

    @property
    def unusable(self) -> bool:
        return self.problem is not None and self.table is None


def read(path: Path) -> FileRead:
    """The TOML table in ``path``; see the module docstring."""
    content, problem = _read_bytes(path)
    if content is None:
        return FileRead(None, problem)
    table, problem = _parse(path, content)
    return FileRead(table, problem, content)


def _read_bytes(path: Path) -> tuple[bytes | None, str | None]:
    try:
        # Non-blocking: opening a pipe for reading would otherwise wait for a writer.
        descriptor = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        if os.path.islink(path):
            return None, translate("SettingsFiles", "{path} is a link to {target}, which does "
                                                    "not exist; point the link at the settings "
                                                    "file or remove it, then restart.").format(
                path=path, target=os.readlink(path))
        return None, None  # no file: the defaults (a new install)
    except OSError as error:
        return None, _open_problem(path, error)
    try:
        info = os.fstat(descriptor)  # of what was opened, not of what the path names now
        if stat.S_ISDIR(info.st_mode):
            return None, _a_folder(path)
        if not stat.S_ISREG(info.st_mode):
            return None, translate("SettingsFiles", "{path} is not a regular file (it is a pipe, "
                                                    "socket or device); replace it with a "
                                                    "settings file, then restart.").format(
                path=path)
        if info.st_size > MAX_BYTES:
            return None, _too_large(path, info.st_size)
        if os.name == "posix" and info.st_mode & stat.S_IWOTH:
            return None, translate("SettingsFiles", "{path} can be changed by every user of this "
                                                    "computer, so it was not used; make it "
                                                    "writable by its owner only ({command}), "
                                                    "then restart.").format(
                path=path, command=f"chmod o-w '{path}'")
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:
            chunk = os.read(descriptor, MAX_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_BYTES:  # it grew after it was measured
            return None, _too_large(path, size)
        return b"".join(chunks), None
    except OSError as error:
        return None, _unreadable(path, error)
    finally:
        os.close(descriptor)


def _open_problem(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return translate("SettingsFiles", "{path} is a symbolic link that leads back to itself; "
                                          "remove the link and put the settings file there, then "
                                          "restart.").format(path=path)
    if error.errno == errno.ENOTDIR:
        return translate("SettingsFiles", "{path} cannot be reached: a part of its folder path is "
                                          "a file, not a folder; fix the folder, then restart.")\
            .format(path=path)
    if error.errno in (errno.EISDIR, errno.EACCES) and os.path.isdir(path):
        return _a_folder(path)
    if isinstance(error, PermissionError):
        return translate("SettingsFiles", "{path} cannot be read (permission denied); make it "
                                          "readable by the agent's account, then restart.")\
            .format(path=path)
    return _unreadable(path, error)


def _a_folder(path: Path) -> str:
    return translate("SettingsFiles", "{path} is a folder, not a settings file; move the folder "
                                      "away (the settings file goes in its place), then "
                                      "restart.").format(path=path)


def _unreadable(path: Path, error: OSError) -> str:
    """(The system's own words for the error stay as the system said them.)"""
    return translate("SettingsFiles", "{path} cannot be read ({error}); check the disk, then "
                                      "restart.").format(path=path, error=error.strerror or error)


def _too_large(path: Path, size: int) -> str:
    return translate("SettingsFiles", "{path} is {size} MB; a settings file is at most {limit} "
                                      "MB, so it was not read; remove what does not belong in it, "
                                      "then restart.").format(
        path=path, size=f"{size / 1_000_000:.1f}", limit=MAX_BYTES // 1_000_000)


def _parse(path: Path, content: bytes) -> tuple[dict[str, Any] | None, str | None]:
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, translate("SettingsFiles", "{path} is saved as UTF-16; save it as UTF-8 (in "
                                                "Notepad: Save as, Encoding UTF-8), then "
                                                "restart.").format(path=path)
    body = content.removeprefix(codecs.BOM_UTF8)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        line = body.count(b"\n", 0, error.start) + 1
        return None, translate("SettingsFiles", "{path} is not UTF-8 text: byte {byte} on line "
                                                "{line} is not valid UTF-8 (the file may be "
                                                "binary, or saved in another encoding such as "
                                                "Windows-1252); save it as UTF-8, then restart.")\
            .format(path=path, byte=f"0x{body[error.start]:02X}", line=line)
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return None, translate("SettingsFiles", "{path} is not valid TOML ({error}). The "
                                                "softphone is using defaults for everything in it "
                                                "and has not changed the file: fix that line and "
                                                "restart.").format(path=path, error=error)
    except RecursionError:
        return None, _too_deep(path)
    if _depth(table) > MAX_DEPTH:
        return None, _too_deep(path)
    return table, None


def _too_deep(path: Path) -> str:
    return translate("SettingsFiles", "{path} nests tables or lists more than {depth} levels "
                                      "deep, which no setting does; remove the nesting, then "
                                      "restart.").format(path=path, depth=MAX_DEPTH)


def _depth(value: object) -> int:
    """How deep tables and lists nest in ``value``, measured without recursion."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if deepest > MAX_DEPTH:
                return deepest
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file
    (readable by the user alone: ``mkstemp`` creates it so). ``tempfile`` is imported here:
    a start-up reads the settings, and writes them later if at all."""
    import tempfile

    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
