"""The Message-ID of an emergency notification, made without the ``email`` package.

It is made on the core's thread the moment a notification is queued (``Notifier.notify``),
right after the emergency call went to the carrier; the ``email`` package, ``smtplib`` and
``ssl`` are loaded only on the notifier's worker thread when the first message is sent, so that
neither the start-up nor the emergency flow waits for them.
"""

from __future__ import annotations

import os
import time


def new_message_id(sender: str) -> str:
    """A globally unique Message-ID (RFC 5322 ``<left@right>``: the time, the process and 64
    random bits, at the sender's domain), fixed when the notification is queued, so a retry
    after a crash carries the same id and mail clients can recognise it as the same message."""
    domain = sender.rpartition("@")[2] if "@" in sender else "softphone.invalid"
    unique = int.from_bytes(os.urandom(8), "big")
    return f"<{time.time_ns()}.{os.getpid()}.{unique}.softphone-emergency@{domain}>"
