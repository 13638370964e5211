"""The one rule for reaching the GUI thread.

Every subsystem that works on threads of its own (the carrier's event loop, the SMTP worker, the
location lookups, the audio engine's device thread) takes a ``post`` function when it is built
and emits its events only through it: ``post(function)`` may be called from any thread, never
blocks, and runs ``function`` soon, in order, on the thread ``post`` belongs to. So every
observer of a subsystem's events runs on the thread the subsystem was given, and nothing else
is needed: no subsystem touches a widget, no observer wraps another subsystem's events in a
``post`` of its own, and no widget polls a subsystem for its state; widgets connect to events
and call methods, on the GUI thread.

Who gives which ``post``: the composition root (``app``) makes one ``qtbridge.GuiThread`` and
hands its ``post`` to each subsystem; tests and scripts give ``run_now`` (the caller's thread).
Carrier adapters call their listener from any thread (the carrier contract); the ``Phone``,
which takes ``post``, is that listener and posts each call to its own thread. A widget that
starts background work of its own (a keyring lookup) posts the result through a ``GuiThread``
it owns, so that a result arriving after the widget closed is dropped with it.
"""

from __future__ import annotations

from collections.abc import Callable

Post = Callable[[Callable[[], None]], None]


def run_now(function: Callable[[], None]) -> None:
    """The ``post`` of code that has no event loop (tests, scripts): run at once, here."""
    function()
