"""A notifier in its own process, for the crash test:
``python -m tests.notify.notifier_process PROFILE [--notify]``. Prints each status's state on
its own line; exits once contacts are notified.

The test SIGKILLs it while it retries, so nothing here may depend on a clean shutdown.
"""

from __future__ import annotations

import sys
import threading
import time

from softphone.blocks.post import run_now
from softphone.blocks.profile import Profile
from softphone.notify.notifier import Notifier, NotifyState, NotifyStatus
from softphone.notify.placeholders import sample_notice
from softphone.settings.store import Settings
from tests.notify.notify_helpers import FAST_RETRY


def main() -> int:
    profile = Profile.resolve(sys.argv[1])
    settings = Settings(profile.settings_file, profile.fleet_file)
    notifier = Notifier(settings, profile.root / "outbox.db", post=run_now, retry=FAST_RETRY)
    notified = threading.Event()

    def show(status: NotifyStatus) -> None:
        print(status.state.value, flush=True)
        if status.state is NotifyState.NOTIFIED:
            notified.set()

    notifier.status_changed.connect(show)
    notifier.start()
    if "--notify" in sys.argv:
        notifier.notify(sample_notice(time.time()))
    notified.wait(60)
    notifier.stop()
    return 0 if notified.is_set() else 1


if __name__ == "__main__":
    sys.exit(main())
