"""Runs the app: exactly one instance per profile, headless when there is no display.

The instance lock (``lock.py``) lives beside the control socket in the user's private folder.
A second start finds the lock taken and hands over: it brings the running instance to the front
and exits. An instance still closing (``softphone quit`` a moment ago, or a CRM's click-to-dial
arriving while it closes) is waited for: the new one starts the moment the old one has let go
of the profile, so the dial that started it still goes out.
"""

from __future__ import annotations

import gc
import linecache
import logging
import os
import sys
import time

from softphone.blocks.profile import Profile
from softphone.blocks.text import localized, translate
from softphone.cli import EXIT_OK, EXIT_UNREACHABLE, speak
from softphone.control.client import send
from softphone.control.endpoint import Endpoint, EndpointError
from softphone.control.errors import ControlNoAnswer, ControlNotOurs, ControlUnavailable
from softphone.control.lock import InstanceLock

HANDOVER_TIMEOUT_S = 30.0
POLL_S = 0.01

crash_log = logging.getLogger("crash")

_collecting = False  # whether garbage collection was on before ``import_before_qt`` paused it


def say(profile: Profile, message: str) -> None:
    """Tell the person who started it, on stderr, in their language (the app is not up)."""
    speak(str(profile.root))
    print(localized(message), file=sys.stderr)


def take_or_hand_over(profile: Profile, endpoint: Endpoint, lock: InstanceLock,
                      show: bool) -> int | None:
    """None once this process holds the profile's lock; else the exit status after handing
    over to the instance that holds it."""
    deadline = time.monotonic() + HANDOVER_TIMEOUT_S
    while True:
        if lock.acquire():
            return None
        try:
            send(endpoint, {"command": "show" if show else "status", "args": {}}, timeout=5.0)
        except (ControlUnavailable, ControlNotOurs):  # the holder is starting or closing, or
            pass  # another account's socket sits in its place until the holder takes it back
        except ControlNoAnswer:
            break
        else:
            say(profile, translate("Launcher", "The softphone is already running for this "
                                   "profile; it was brought to the front.") if show else
                translate("Launcher", "The softphone is already running for this profile."))
            return EXIT_OK
        if time.monotonic() > deadline:
            break
        time.sleep(POLL_S)
    say(profile, translate("Launcher", "Another softphone (process {pid}) holds this profile but "
                           "does not answer; end it and start again.").format(pid=lock.holder()))
    return EXIT_UNREACHABLE


def import_before_qt(profile: Profile) -> None:
    """Import the plain-Python parts of the start-up before Qt, above all the carrier the
    profile names: PySide6 reads the source of every module imported after it (its
    ``__feature__`` check, ``inspect.getsource``), a tenth of the SIP carrier's import time.
    The carrier's name is only peeked at here (fleet file first, as it wins); the settings
    decide, and a wrong guess costs nothing but this saving.

    Automatic garbage collection pauses from here to ``forget_sources``: the start-up's
    imports ran some 70 collections (~18 ms of CPU here) over objects that nearly all live as
    long as the process."""
    global _collecting
    _collecting = gc.isenabled()
    gc.disable()
    import softphone.location.service  # noqa: F401
    import softphone.notify.notifier  # noqa: F401
    from softphone.settings import files  # reads whatever is there without blocking or raising

    adapter = None
    for path in (profile.fleet_file, profile.settings_file):
        carrier = (files.read(path).table or {}).get("carrier")
        if isinstance(carrier, dict) and "adapter" in carrier:
            adapter = carrier["adapter"]
            break
    if adapter == "sip":
        import softphone.carriers.sip.adapter  # noqa: F401


def forget_sources() -> None:
    """Drop the source text of every module imported since Qt: PySide6 reads each one (its
    ``__feature__`` check, ``inspect.getsource``) and ``linecache`` keeps it, some 5 MiB the
    softphone never reads (a traceback reads its files again). Dropped before the objects of
    the start-up are made, they reuse that memory instead of adding to it. Only here, while
    this is the process's only thread: ``linecache`` is not thread-safe, and an import on
    another thread (the SIP carrier's, say) reading it while it is cleared fails.

    The objects the imports made (some 50,000; their garbage is ~80 KiB) are then set aside
    for good (``gc.freeze``): no collection looks at them again (a full one here costs ~1 ms
    instead of ~27), and garbage collection goes on as it was before ``import_before_qt``."""
    linecache.clearcache()
    gc.freeze()
    if _collecting:
        gc.enable()


def run_app(profile: Profile, show: bool = True, verbose: bool = False) -> int:
    lock: InstanceLock | None = None
    try:
        endpoint = Endpoint.for_instance(profile.server_name)
    except EndpointError as error:  # the app still starts; it shows the problem itself
        say(profile, translate("Launcher", "{error} Starting without command-line control.").format(
            error=error))
    else:
        lock = InstanceLock(endpoint.lock_path)
        handed_over = take_or_hand_over(profile, endpoint, lock, show)
        if handed_over is not None:
            return handed_over
    try:
        if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
                and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import_before_qt(profile)
        from softphone.app import Application
        from softphone.collector import GuiThreadCollector
        from softphone.crash import CrashReporter
        from softphone.qt import QtWidgets
        from softphone.qtbridge import GuiThread
        from softphone.widgets.crash_dialog import CrashDialogs

        forget_sources()
        qt_app = QtWidgets.QApplication(sys.argv[:1])
        qt_app.setApplicationName("Softphone")
        qt_app.setDesktopFileName("softphone")
        collector = GuiThreadCollector(qt_app)  # before any worker thread starts
        crashes = CrashReporter(CrashDialogs(profile.logs_dir).show, GuiThread().post)
        crashes.install()
        try:
            try:
                application = Application(profile, verbose=verbose)
            except Exception:
                crash_log.critical("The softphone could not start", exc_info=True)
                raise
            application.start(show=show, dial_first=True)
            code = qt_app.exec()
            application.shutdown()
        finally:
            crashes.uninstall()
            collector.stop()
        return code
    finally:
        if lock is not None:
            lock.release()  # after shutdown: the next instance may start at once
