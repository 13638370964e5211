"""Start the softphone at login, the way each platform does it (setting ``startup.at_login``).

* Linux and other freedesktop systems: a desktop entry in ``$XDG_CONFIG_HOME/autostart``
  (``~/.config/autostart``), per the XDG Autostart specification.
* Windows: a value under ``HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
* macOS: a LaunchAgent property list in ``~/Library/LaunchAgents`` with ``RunAtLoad``.

The entry starts ``softphone [--profile DIR] run --hidden``: into the tray, so that
click-to-call and emergency callbacks work before the agent opens the window. Only the Linux
form is exercised by the tests; the other two are written from the platforms' documentation.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from abc import ABC, abstractmethod
from pathlib import Path

from softphone.blocks.profile import Profile
from softphone.blocks.text import translate


class AutostartError(OSError):
    """The login entry could not be written or removed; the message says where and why."""


def launch_command(profile: Profile) -> list[str]:
    """How this installation starts itself: the frozen executable, or this Python with -m."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
        if sys.platform == "win32":  # the windowed twin: no console window at login
            windowed = Path(sys.executable).with_name("softphonew.exe")
            if windowed.exists():
                command = [str(windowed)]
    else:
        command = [sys.executable, "-m", "softphone"]
    if not profile.default:
        command += ["--profile", str(profile.root)]
    return command + ["run", "--hidden"]


def entry_name(profile: Profile) -> str:
    """One entry per profile: ``softphone`` for the default one, ``softphone-<hash>`` else."""
    return "softphone" if profile.default else profile.server_name


class Autostart(ABC):
    """One platform's login entry for one profile."""

    def __init__(self, name: str, command: list[str]) -> None:
        self.name = name
        self.command = command

    @abstractmethod
    def enabled(self) -> bool:
        """Whether the entry exists now."""

    @abstractmethod
    def _write(self) -> None: ...

    @abstractmethod
    def _remove(self) -> None: ...

    @abstractmethod
    def where(self) -> str:
        """Where the entry lives, for messages."""

    def apply(self, wanted: bool) -> None:
        """Create or remove the entry; ``AutostartError`` says what went wrong."""
        try:
            if wanted:
                self._write()
            elif self.enabled():
                self._remove()
        except OSError as error:
            raise AutostartError((translate(
                "Autostart", "Could not create the start-at-login entry {entry}: {error}. Check "
                "that the folder is writable, or change the setting {option}.") if wanted else
                translate("Autostart", "Could not remove the start-at-login entry {entry}: "
                          "{error}. Check that the folder is writable, or change the setting "
                          "{option}.")).format(entry=self.where(), error=error.strerror or error,
                                               option="startup.at_login")) from error


def windows_only() -> str:
    return translate("Autostart", "The Run registry key exists only on Windows.")


def desktop_exec_quote(argument: str) -> str:
    """Quote one argument for a desktop entry's Exec key (Desktop Entry spec, 'The Exec key')."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if argument and not reserved.intersection(argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


class XdgAutostart(Autostart):
    def __init__(self, name: str, command: list[str], config_home: Path | None = None) -> None:
        super().__init__(name, command)
        home = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = home / "autostart" / f"{name}.desktop"

    def where(self) -> str:
        return str(self.path)

    def enabled(self) -> bool:
        return self.path.exists()

    def content(self) -> str:
        exec_line = " ".join(desktop_exec_quote(part) for part in self.command)
        # Then the escapes every string value gets: a backslash doubled again, % as %%.
        exec_line = exec_line.replace("\\", "\\\\").replace("%", "%%")
        return ("[Desktop Entry]\n"
                "Type=Application\n"
                "Name=Softphone\n"
                "Comment=Start the softphone in the tray at login\n"
                f"Exec={exec_line}\n"
                "Icon=softphone\n"
                "Terminal=false\n"
                "X-GNOME-Autostart-enabled=true\n")

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f".{self.path.name}.tmp")
        temporary.write_text(self.content(), encoding="utf-8")
        os.replace(temporary, self.path)

    def _remove(self) -> None:
        self.path.unlink(missing_ok=True)


class WindowsRunKey(Autostart):
    KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"

    def where(self) -> str:
        return f"HKEY_CURRENT_USER\\{self.KEY}\\{self.name}"

    def command_line(self) -> str:
        return subprocess.list2cmdline(self.command)

    def enabled(self) -> bool:
        if sys.platform != "win32":  # for_platform() builds this only there
            raise AutostartError(windows_only())
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.KEY) as key:
                winreg.QueryValueEx(key, self.name)
        except FileNotFoundError:
            return False
        return True

    def _write(self) -> None:
        if sys.platform != "win32":
            raise AutostartError(windows_only())
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, self.KEY) as key:
            winreg.SetValueEx(key, self.name, 0, winreg.REG_SZ, self.command_line())

    def _remove(self) -> None:
        if sys.platform != "win32":
            raise AutostartError(windows_only())
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, self.name)


class MacLaunchAgent(Autostart):
    def __init__(self, name: str, command: list[str], home: Path | None = None) -> None:
        super().__init__(name, command)
        self.label = f"com.example.{name}"
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{self.label}.plist"

    def where(self) -> str:
        return str(self.path)

    def enabled(self) -> bool:
        return self.path.exists()

    def content(self) -> bytes:
        return plistlib.dumps({"Label": self.label, "ProgramArguments": self.command,
                               "RunAtLoad": True, "ProcessType": "Interactive"})

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(self.content())

    def _remove(self) -> None:
        self.path.unlink(missing_ok=True)


def for_platform(profile: Profile) -> Autostart:
    name, command = entry_name(profile), launch_command(profile)
    if sys.platform == "win32":
        return WindowsRunKey(name, command)
    if sys.platform == "darwin":
        return MacLaunchAgent(name, command)
    return XdgAutostart(name, command)
