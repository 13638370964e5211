"""The core assembled exactly as the app assembles it, on a real SQLite file and the simulated
carrier, with a clock the test moves."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from softphone.carriers.simulated import SimulatedCarrier
from softphone.core.assembly import Core, assemble
from softphone.core.phone import Phone
from softphone.core.storage import Database
from softphone.profile import Profile
from softphone.settings.store import Settings
from tests.helpers import (
    ManualClock,
    ManualScheduler,
    QueueingNotifier,
    RecordingAudio,
    StaticLocation,
)

POOL = ["+15551230001", "+15551230002"]
OWN = "+15551230000"


@dataclass
class Rig:
    core: Core
    settings: Settings
    database: Database
    scheduler: ManualScheduler
    clock: ManualClock
    location: StaticLocation
    notifier: QueueingNotifier
    audio: RecordingAudio

    @property
    def phone(self) -> Phone:
        return self.core.phone

    @property
    def carrier(self) -> SimulatedCarrier:
        assert isinstance(self.core.carrier, SimulatedCarrier)
        return self.core.carrier

    def restart(self) -> Rig:
        """A new process on the same profile: everything rebuilt from the files."""
        self.database.close()
        database = Database(self.database.path)
        settings = Settings(self.settings.user_file)
        core = assemble(settings, database, self.scheduler, self.audio, self.location,
                        self.notifier, clock=self.clock)
        core.phone.start()
        return Rig(core, settings, database, self.scheduler, self.clock, self.location,
                   self.notifier, self.audio)


@pytest.fixture
def rig(profile: Profile, settings: Settings, scheduler: ManualScheduler,
        clock: ManualClock) -> Rig:
    settings.update({
        "outbound.caller_id": OWN,
        "callback.pool": POOL,
        "carrier.simulated.speak_greeting": False,
    })
    settings.save()
    database = Database(profile.database)
    location, notifier, audio = StaticLocation(), QueueingNotifier(), RecordingAudio()
    core = assemble(settings, database, scheduler, audio, location, notifier, clock=clock)
    core.phone.start()
    made = Rig(core, settings, database, scheduler, clock, location, notifier, audio)
    yield made
    made.database.close()
