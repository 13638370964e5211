"""Runs the app: exactly one instance per profile, headless when there is no display.

The instance lock (``lock.py``) lives beside the control socket in the user's private folder.
A second start finds the lock taken and hands over: it brings the running instance to the front
and exits. An instance still closing (``softphone quit`` a moment ago, or a CRM's click-to-dial
arriving while it closes) is waited for: the new one starts the moment the old one has let go
of the profile, so the dial that started it still goes out.

A click-to-dial that starts the instance hands it the request (``control.handoff``): the
instance builds its plain-Python parts, places the call and answers, and only then loads Qt and
the window, which opens the emergency view for the call already up (``softphone.early``). If Qt
cannot be loaded, the call stays up without a window: the control socket still serves
(``softphone hangup``), and the failure is in the log and ``softphone status``.
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
from softphone.control.handoff import DECLINED, Callee
from softphone.control.lock import InstanceLock
from softphone.control.server import carry_out

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from softphone.collector import GuiThreadCollector
    from softphone.crash import CrashReporter
    from softphone.early import EarlyLoop
    from softphone.parts import Parts
    from softphone.qt import QtWidgets

HANDOVER_TIMEOUT_S = 30.0
POLL_S = 0.01
COLLECT_S = 5.0  # without a window: how often cycles are collected (softphone.collector)

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


def start_qt(profile: Profile) -> tuple[QtWidgets.QApplication, GuiThreadCollector,
                                        CrashReporter]:
    """Qt's application, the GUI thread's garbage collector and the crash reporter, as every
    way of bringing up the window needs them; the caller stops the last two when it ends."""
    from softphone.collector import GuiThreadCollector
    from softphone.crash import CrashReporter
    from softphone.qt import QtWidgets
    from softphone.qtbridge import GuiThread
    from softphone.widgets.crash_dialog import CrashDialogs

    qt_app = QtWidgets.QApplication(sys.argv[:1])
    qt_app.setApplicationName("Softphone")
    qt_app.setDesktopFileName("softphone")
    collector = GuiThreadCollector(qt_app)
    crashes = CrashReporter(CrashDialogs(profile.logs_dir).show, GuiThread().post)
    crashes.install()
    return qt_app, collector, crashes


def run_app(profile: Profile, show: bool = True, verbose: bool = False,
            handoff: int | None = None) -> int:
    """``handoff``: the descriptor of a request handed to this instance by the command line
    that started it (``control.handoff``)."""
    callee = Callee(handoff) if handoff is not None else None
    request = callee.request() if callee is not None else None
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
            if callee is not None:  # not carried out here: the holder of the profile will
                callee.reply(DECLINED)
            return handed_over
    try:
        if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
                and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if callee is not None:
            if request is None:
                callee.close()
            else:
                return run_dialled(profile, request, callee.reply, show, verbose)
        import_before_qt(profile)
        from softphone.app import Application

        forget_sources()
        qt_app, collector, crashes = start_qt(profile)  # before any worker thread starts
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


def read_subnets() -> list[str]:
    """The workstation's subnets, read through Qt's network module (imported on first use)."""
    from softphone.location.network import interface_subnets

    return interface_subnets()


def run_dialled(profile: Profile, request: dict[str, Any], reply: Callable[[dict[str, Any]], None],
                show: bool, verbose: bool) -> int:
    """Carry out ``request`` (a click-to-dial) before Qt is loaded, answer it, then bring up
    the window around the call (``softphone.early``). This process holds the profile.

    No automatic garbage collection from here on (as in ``import_before_qt``: the imports'
    objects live as long as the process, and collecting over them is time before the call);
    the GUI thread's collector takes over once Qt is up (see ``softphone.collector``), the
    early loop's if Qt cannot be loaded. What the start-up made is set aside for good
    (``gc.freeze``) once the window is built."""
    gc.disable()
    from softphone.early import EarlyLoop
    from softphone.parts import Parts

    loop = EarlyLoop()
    try:
        parts = Parts(profile, loop.post, loop, read_subnets, verbose=verbose)
        parts.build()
    except Exception:
        crash_log.critical("The softphone could not start", exc_info=True)
        raise
    parts.start_carrier()
    answer = carry_out(parts.handle, request)
    parts.listen()  # before the answer: the command line's next command (hangup) finds it
    reply(answer)
    parts.start_notifier()
    try:
        return run_window(profile, parts, loop, show, verbose)
    finally:
        parts.stop()


def run_window(profile: Profile, parts: Parts, loop: EarlyLoop, show: bool,
               verbose: bool) -> int:
    """Load Qt and the window around ``parts``, whose call may be up already; if that fails,
    go on without a window: the call stays up and the control socket serves."""
    wanted = fall_back_to_offscreen()
    try:
        from softphone.app import Application
        from softphone.qt import QtCore, QtGui

        qt_app, collector, crashes = start_qt(profile)
    except Exception as error:
        return run_without_window(parts, loop, error)
    try:
        try:
            application = Application(profile, verbose=verbose, parts=parts)
        except Exception as error:
            return run_without_window(parts, loop, error)
        gc.freeze()
        loop.hand_over(application.gui_thread.post, application.scheduler)
        tried = [name.partition(":")[0] for name in wanted.split(";")]  # "xcb:options"
        if wanted and QtGui.QGuiApplication.platformName() not in tried:
            problem = translate("Launcher", "The window could not be shown ({platform} failed); "
                                "the softphone runs without one. End calls with {hangup}; "
                                "check the display and restart the softphone.").format(
                platform=wanted.replace(";", ", "), hangup="`softphone hangup`")
            crash_log.critical("the window could not be shown on %s", wanted)
            parts.record_problem(problem)
        # From the event loop, where the crash reporter catches what fails: the call is up.
        QtCore.QTimer.singleShot(0, lambda: application.start(show=show))
        code = qt_app.exec()
        application.shutdown()
        return code
    finally:
        crashes.uninstall()
        collector.stop()


def fall_back_to_offscreen() -> str:
    """Let Qt fall back to no window rather than end the process (Qt ends a process whose
    display it cannot open) while a call is up: the platforms Qt would try, then offscreen
    (Qt tries a ``;``-separated list in order). Returns the list Qt would have tried, "" when
    Qt was to run offscreen anyway or the platform cannot fail that way (Windows, macOS)."""
    wanted = os.environ.get("QT_QPA_PLATFORM", "")
    if not wanted:  # what Qt chooses on its own
        if not sys.platform.startswith("linux"):
            return ""
        wanted = "wayland;xcb" if os.environ.get("XDG_SESSION_TYPE") == "wayland" else "xcb"
    if "offscreen" in wanted.split(";"):
        return ""
    os.environ["QT_QPA_PLATFORM"] = wanted + ";offscreen"
    return wanted


def run_without_window(parts: Parts, loop: EarlyLoop, error: Exception) -> int:
    """Qt or the window failed: keep serving the call and the control socket on ``loop`` until
    ``softphone quit`` (refused while an emergency call is up, as always)."""
    crash_log.critical("The window could not be shown; running without it", exc_info=error)
    parts.record_problem(translate(
        "Launcher", "The window could not be shown ({error}); the softphone runs without one. "
        "End calls with {hangup}; reinstall the softphone if this persists.").format(
        error=type(error).__name__, hangup="`softphone hangup`"))
    parts.exit = loop.stop

    def collect() -> None:  # no Qt objects to free on a worker thread: collect here
        gc.collect()
        loop.call_later(COLLECT_S, collect)

    loop.call_later(COLLECT_S, collect)
    loop.run()
    return 0
