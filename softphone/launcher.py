"""Runs the app: exactly one instance per profile, headless when there is no display.

The instance lock (``lock.py``) lives beside the control socket in the user's private folder.
A second start finds the lock taken and hands over: it brings the running instance to the front
and exits. An instance still closing (``softphone quit`` a moment ago, or a CRM's click-to-dial
arriving while it closes) is waited for: the new one starts the moment the old one has let go
of the profile, so the dial that started it still goes out.

Every start is ready to dial before Qt is loaded (``run_instance``): the instance builds its
plain-Python parts, starts the carrier and listens on the control socket, and only then loads
Qt and the window, serving requests all the while (``softphone.early``). A click-to-dial that
starts the instance hands it the request (``control.handoff``), carried out just before the
socket listens; the window then opens the emergency view for the call already up. If Qt
cannot be loaded, the instance goes on without a window: a call stays up, the control socket
still serves (``softphone hangup``), and the failure is in the log and ``softphone status``.
"""

from __future__ import annotations

import contextlib
import gc
import linecache
import logging
import os
import sys
import threading
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


def start_qt(profile: Profile) -> tuple[QtWidgets.QApplication, GuiThreadCollector,
                                        CrashReporter]:
    """Qt's application, the GUI thread's garbage collector and the crash reporter; the caller
    stops the last two when it ends. Made on the main thread, which Qt's application makes
    Qt's main thread (Qt itself was imported on another: ``load_window_modules``)."""
    from softphone.collector import GuiThreadCollector
    from softphone.crash import CrashReporter
    from softphone.qt import QtCore, QtWidgets
    from softphone.qtbridge import GuiThread
    from softphone.widgets.crash_dialog import CrashDialogs

    qt_app = QtWidgets.QApplication(sys.argv[:1])
    if (threading.current_thread() is not threading.main_thread()
            or qt_app.thread() != QtCore.QThread.currentThread()):  # Qt imported elsewhere
        raise RuntimeError("Qt's main thread is not the process's main thread")
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
        if callee is not None and request is None:
            callee.close()
        return run_instance(profile, show, verbose, request,
                            callee.reply if callee is not None and request is not None else None)
    finally:
        if lock is not None:
            lock.release()  # after shutdown: the next instance may start at once


def read_subnets() -> list[str]:
    """The workstation's subnets, read through Qt's network module (imported on first use)."""
    from softphone.location.network import interface_subnets

    return interface_subnets()


def run_instance(profile: Profile, show: bool, verbose: bool,
                 request: dict[str, Any] | None = None,
                 reply: Callable[[dict[str, Any]], None] | None = None) -> int:
    """Every start: the plain-Python parts first, on the main thread's early loop
    (``softphone.early``), then Qt and the window around them. This process holds the profile.

    Ready first: the carrier starts and the control socket listens before Qt is imported, so
    a dial sent from then on goes out at once; ``request`` (a click-to-dial that started this
    instance) is carried out just before, and answered through ``reply`` once the socket
    listens (the command line's next command, a hangup, finds it). Qt and the window's modules
    are then imported on a thread of their own while this thread keeps serving requests
    (``load_window_modules``); Qt's application and the window are made here, Qt's main thread
    being the process's.

    No automatic garbage collection during the start-up: the imports' objects live as long as
    the process, and collecting over them (some 70 collections, ~18 ms of CPU) is time before
    the first dial; none runs on the import thread either. The GUI thread's collector takes
    over once Qt is up (``softphone.collector``), the early loop's if Qt cannot be loaded; what
    the start-up made is set aside for good (``gc.freeze``) once the window is built.
    Automatic collection is given back as it was when the instance ends."""
    collecting = gc.isenabled()
    gc.disable()
    from softphone.early import EarlyLoop
    from softphone.parts import Parts

    loop = EarlyLoop()
    try:
        parts = Parts(profile, loop.post, loop, read_subnets, verbose=verbose)
        speak_before_qt(parts.settings["ui.language"])  # what build makes speaks it
        parts.build()
    except Exception:
        crash_log.critical("The softphone could not start", exc_info=True)
        raise
    try:
        parts.start_carrier()
        if parts.sites_need_networks():  # read now: a dial must not wait for Qt's import
            parts.read_networks()
        answer = carry_out(parts.handle, request) if request is not None else None
        parts.listen()  # ready: a dial sent from here on goes out at once
        if reply is not None and answer is not None:
            reply(answer)
        parts.start_notifier()
        return run_window(profile, parts, loop, show, verbose)
    finally:
        parts.stop()
        if collecting:
            gc.enable()


def speak_before_qt(setting: str) -> None:
    """The agent's language (the ``ui.language`` setting, else the system's) from the start,
    read without Qt (``blocks.qm``): the parts' readiness checks, refusals and problems, and the
    answers a request gets before the window is up, speak it. The window's Qt translator takes
    over in the same language (``widgets.language``), and tells the agent if the translations
    are missing (English meanwhile)."""
    from softphone.blocks import text
    from softphone.blocks.languages import choose, environment_preferences, load_catalogue
    from softphone.blocks.qm import QmError

    code = choose(environment_preferences(), setting)
    if code != text.ENGLISH:
        with contextlib.suppress(OSError, QmError):
            text.install(load_catalogue(code))


def load_window_modules(loop: EarlyLoop) -> BaseException | None:
    """Import Qt and the window's modules on a thread of their own, serving ``loop`` on this
    one meanwhile: a request that arrives while Qt loads (120-200 ms here) is carried out at
    once, not after. The import lets go of the interpreter often enough: this thread waits
    for it 15 ms at most here, and a request, which the control thread reads and answers,
    some 50 ms at most (``bench/cold_start.py`` prints it). What the import raised, or None.

    Only imports run there, nothing that makes a Qt object: Qt's application is made on the
    main thread afterwards (``start_qt``), so that the main thread is Qt's."""
    outcome: list[BaseException | None] = []

    def load() -> None:
        try:
            import softphone.app  # noqa: F401
            import softphone.collector  # noqa: F401
            import softphone.crash  # noqa: F401
            import softphone.qtbridge  # noqa: F401
            import softphone.widgets.crash_dialog  # noqa: F401
        except BaseException as error:  # reported by the main thread, which goes on without
            outcome.append(error)
        else:
            outcome.append(None)
        finally:
            loop.post(lambda: None)  # wakes the loop: the outcome is in

    thread = threading.Thread(target=load, name="load-window", daemon=True)
    thread.start()
    while not outcome:
        loop.run_once(timeout=1.0)
    thread.join()
    return outcome[0]


def forget_sources() -> None:
    """Forget the source text of the modules imported since Qt: PySide6 reads each one (its
    ``__feature__`` check, ``inspect.getsource``) and ``linecache`` keeps it, some 4 MiB the
    softphone never reads (a traceback reads its files again). Forgotten before the window is
    made, whose objects then reuse that memory instead of adding to it.

    Other threads run by now (the carrier's, the notifier's, the control socket's), and
    ``linecache`` is not thread-safe: an entry removed while another thread reads it raises
    there (``KeyError``). So no entry is removed: each is emptied in one step (one store into
    the cache, under the interpreter's lock) and marked stale (a modification time no file
    has). A reader gets the old lines or none, never an error; a traceback, which checks its
    files first (``linecache.checkcache``), reads the file again."""
    for filename, entry in list(linecache.cache.items()):
        if len(entry) == 4:
            size, _, _, fullname = entry
            linecache.cache[filename] = (size, -1.0, [], fullname)


def run_window(profile: Profile, parts: Parts, loop: EarlyLoop, show: bool,
               verbose: bool) -> int:
    """Load Qt and the window around ``parts``, whose call may be up already; if that fails,
    go on without a window: the call stays up and the control socket serves.

    Requests are served between the steps, none of which holds this thread for long (the
    window's construction, some 30 ms here, the longest): on the early loop until Qt's runs,
    then in Qt's, where the rest of the start-up runs a step per turn (``Application.steps``).
    A ``softphone quit`` while Qt loads ends the instance without a window; a ``softphone
    show`` shows the window once it is there."""
    quitting: list[bool] = []
    shown: list[bool] = []
    parts.exit = lambda: quitting.append(True)
    parts.show_window = lambda: shown.append(True)
    wanted = fall_back_to_offscreen()
    failed = load_window_modules(loop)
    if quitting:
        return 0
    if failed is not None:
        return run_without_window(parts, loop, failed)
    from softphone.app import Application
    from softphone.qt import QtCore, QtGui

    try:
        qt_app, collector, crashes = start_qt(profile)
    except Exception as error:
        return run_without_window(parts, loop, error)
    # After the start-up's last import statement: PySide6 reads a module's source the first
    # time an import statement names it (``from softphone.app import ...`` just above).
    forget_sources()
    try:
        loop.run_once()  # what came while Qt's application was made
        if quitting:
            return 0
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
        run_in_turns(application.steps(show=show or bool(shown)), QtCore.QTimer.singleShot)
        code = qt_app.exec()
        application.shutdown()
        return code
    finally:
        crashes.uninstall()
        collector.stop()


def run_in_turns(steps: list[Callable[[], object]],
                 later: Callable[[int, Callable[[], None]], None]) -> None:
    """Each step in a turn of its own of the event loop (``later(0, ...)``): a request that
    arrives meanwhile is carried out after the step under way, not after them all."""
    if steps:
        def turn() -> None:
            steps.pop(0)()
            run_in_turns(steps, later)

        later(0, turn)


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


def run_without_window(parts: Parts, loop: EarlyLoop, error: BaseException) -> int:
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
