"""The notifier's domain error."""

from __future__ import annotations


class NotifierError(RuntimeError):
    """Sending failed or cannot start; the message says, in words, what happened and what to fix."""
