"""Device changes as events from the sound server, instead of asking PortAudio on a timer.

On Linux the sound server is PulseAudio, or PipeWire through its PulseAudio interface; both
announce every sink and source that appears or goes, and every change of the default devices,
to clients that subscribe (what ``pactl subscribe`` prints). ``PulseEvents`` subscribes through
libpulse's threaded main loop, which waits in ``poll`` on the server's socket: nothing wakes up
while nothing changes. PortAudio itself cannot tell: it only sees what was there when it
started, so the engine re-reads it when, and only when, one of these events arrives.

Where no event source can run (no libpulse library: Windows and macOS today), ``events_for_platform``
returns ``None`` and the engine re-reads the device list every ``audio.rescan_seconds`` while
no stream is open. When the server goes away (restarted, or not running yet) the source says
so once, and the engine reconnects with a growing pause.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
import threading
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger("audio")

# libpulse's constants (pulse/def.h)
CONTEXT_NOAUTOSPAWN = 0x0001
READY, FAILED, TERMINATED = 4, 5, 6
MASK_SINK, MASK_SOURCE, MASK_SERVER, MASK_CARD = 0x0001, 0x0002, 0x0080, 0x0200
FACILITY_MASK, FACILITY_SINK, FACILITY_SOURCE, FACILITY_SERVER, FACILITY_CARD = 0x0F, 0, 1, 7, 9
TYPE_MASK, TYPE_NEW, TYPE_CHANGE, TYPE_REMOVE = 0x30, 0x00, 0x10, 0x20

_NotifyCallback = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
_SubscribeCallback = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32,
                                      ctypes.c_void_p)


class DeviceEvents(Protocol):
    """A source of "the devices may have changed" events.

    ``start`` returns at once; afterwards ``on_event`` is called from the source's own thread
    with ``"ready"`` (connected: changes are announced from now on), ``"changed"`` (a device
    came or went, or a default changed) or ``"lost"`` (no more announcements until started
    again). ``stop`` may be called from any thread but the source's own.
    """

    def start(self, on_event: Callable[[str], None]) -> None: ...

    def stop(self) -> None: ...


def relevant(event: int) -> bool:
    """Devices coming and going, and the defaults changing; not volume or stream changes."""
    facility, kind = event & FACILITY_MASK, event & TYPE_MASK
    if facility in (FACILITY_SINK, FACILITY_SOURCE, FACILITY_CARD):
        return kind in (TYPE_NEW, TYPE_REMOVE)
    return facility == FACILITY_SERVER and kind == TYPE_CHANGE


def _load_libpulse() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("pulse")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    pointer, pointers = ctypes.c_void_p, [ctypes.c_void_p]
    for function, restype, argtypes in (
        ("pa_threaded_mainloop_new", pointer, []),
        ("pa_threaded_mainloop_get_api", pointer, pointers),
        ("pa_threaded_mainloop_start", ctypes.c_int, pointers),
        ("pa_threaded_mainloop_stop", None, pointers),
        ("pa_threaded_mainloop_free", None, pointers),
        ("pa_threaded_mainloop_lock", None, pointers),
        ("pa_threaded_mainloop_unlock", None, pointers),
        ("pa_context_new", pointer, [pointer, ctypes.c_char_p]),
        ("pa_context_set_state_callback", None, [pointer, _NotifyCallback, pointer]),
        ("pa_context_set_subscribe_callback", None, [pointer, _SubscribeCallback, pointer]),
        ("pa_context_connect", ctypes.c_int, [pointer, ctypes.c_char_p, ctypes.c_int, pointer]),
        ("pa_context_get_state", ctypes.c_int, pointers),
        ("pa_context_subscribe", pointer, [pointer, ctypes.c_int, pointer, pointer]),
        ("pa_context_disconnect", None, pointers),
        ("pa_context_unref", None, pointers),
        ("pa_operation_unref", None, pointers),
    ):
        symbol = getattr(lib, function)
        symbol.restype, symbol.argtypes = restype, argtypes
    return lib


class PulseEvents:
    """``DeviceEvents`` from a PulseAudio (or PipeWire) server, through libpulse.

    Never starts a sound server itself (no autospawn): a softphone must not be the reason one
    runs. The callbacks run on libpulse's thread and only classify the event and hand it on.
    """

    def __init__(self, lib: ctypes.CDLL) -> None:
        self._lib = lib
        self._loop: int | None = None
        self._context: int | None = None
        self._on_event: Callable[[str], None] = lambda _event: None
        self._stopping = threading.Event()
        self._lost_told = False
        # kept referenced for as long as libpulse may call them
        self._state_callback = _NotifyCallback(self._state)
        self._subscribe_callback = _SubscribeCallback(self._event)

    def start(self, on_event: Callable[[str], None]) -> None:
        lib = self._lib
        self._on_event = on_event
        self._stopping.clear()
        self._lost_told = False
        self._loop = lib.pa_threaded_mainloop_new()
        self._context = lib.pa_context_new(lib.pa_threaded_mainloop_get_api(self._loop),
                                           b"softphone (audio devices)")
        lib.pa_context_set_state_callback(self._context, self._state_callback, None)
        if lib.pa_context_connect(self._context, None, CONTEXT_NOAUTOSPAWN, None) < 0 \
                or lib.pa_threaded_mainloop_start(self._loop) < 0:
            self._release(running=False)
            self._lost()

    def stop(self) -> None:
        self._stopping.set()
        if self._loop is not None:
            self._release(running=True)

    def _release(self, running: bool) -> None:
        lib, loop, context = self._lib, self._loop, self._context
        self._loop = self._context = None
        if running:
            lib.pa_threaded_mainloop_lock(loop)
        if context is not None:
            lib.pa_context_disconnect(context)
            lib.pa_context_unref(context)
        if running:
            lib.pa_threaded_mainloop_unlock(loop)
            lib.pa_threaded_mainloop_stop(loop)
        lib.pa_threaded_mainloop_free(loop)

    # -- libpulse's thread --------------------------------------------------------------------

    def _state(self, context: int, _userdata: int) -> None:
        state = self._lib.pa_context_get_state(context)
        if state == READY:
            self._lib.pa_context_set_subscribe_callback(context, self._subscribe_callback, None)
            operation = self._lib.pa_context_subscribe(
                context, MASK_SINK | MASK_SOURCE | MASK_SERVER | MASK_CARD, None, None)
            if operation:
                self._lib.pa_operation_unref(operation)
            self._on_event("ready")
        elif state in (FAILED, TERMINATED) and not self._stopping.is_set():
            self._lost()

    def _event(self, _context: int, event: int, _index: int, _userdata: int) -> None:
        if relevant(event):
            self._on_event("changed")

    def _lost(self) -> None:
        if not self._lost_told:
            self._lost_told = True
            self._on_event("lost")


def events_for_platform() -> DeviceEvents | None:
    """The sound server's events where the platform has them (Linux: libpulse); else None."""
    if not sys.platform.startswith("linux"):
        return None
    lib = _load_libpulse()
    if lib is None:
        log.info("libpulse is not installed: audio devices are re-read on a timer")
        return None
    return PulseEvents(lib)
