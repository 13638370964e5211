"""What can go wrong between ``softphone <command>`` and the running instance.

Each error says whether the request may have been carried out, because a command line that
dials an emergency number must never resend a request that might have gone through, and never
report one as placed that did not.
"""

from __future__ import annotations


class ControlUnavailable(ConnectionError):
    """No instance took the request: nothing was sent, so it is safe to start one and retry."""


class ControlNotOurs(ConnectionError):
    """Something answered that is not this user's softphone: nothing was sent to it (or what it
    said was not believed). The message says what was found and what to do."""


class ControlNoAnswer(ConnectionError):
    """The request was sent but no answer came: it may have been carried out, never resend it."""
