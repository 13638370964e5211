"""The core assembled exactly as the app assembles it, on a real SQLite file and the simulated
carrier, with a clock the test moves."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from softphone.blocks.post import Post, run_now
from softphone.blocks.profile import Profile
from softphone.carrier_plugins import load_carrier
from softphone.carriers.simulated import SimulatedCarrier
from softphone.core.assembly import Core, assemble
from softphone.core.carrier import CarrierContext
from softphone.core.phone import Phone
from softphone.core.storage import Database
from softphone.location.confirmed_addresses import ConfirmedAddresses
from softphone.location.countries import CountryLocator
from softphone.location.service import LocationService
from softphone.notify.notifier import Notifier
from softphone.settings.store import Settings
from tests.helpers import OWN, POOL, ManualClock, ManualScheduler, RecordingAudio


@dataclass
class Rig:
    core: Core
    settings: Settings
    database: Database
    scheduler: ManualScheduler
    clock: ManualClock
    location: LocationService
    notifier: Notifier
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
        return build(Settings(self.settings.user_file), Database(self.database.path),
                     self.scheduler, self.clock, self.audio, self.notifier)


def build(settings: Settings, database: Database, scheduler: ManualScheduler, clock: ManualClock,
          audio: RecordingAudio, notifier: Notifier, post: Post = run_now) -> Rig:
    """The core's real neighbours: the location service and the notifier (its worker not
    started: nothing is sent from these tests; tests/notify send for real). ``post``: the
    core's thread (``run_now``: the test's, at once)."""
    location = LocationService(settings, CountryLocator(), ConfirmedAddresses(database), clock)
    carrier = load_carrier(CarrierContext(settings, scheduler, audio), problems=[])
    core = assemble(settings, database, carrier, scheduler, location, notifier, post=post,
                    clock=clock)
    core.phone.start()
    return Rig(core, settings, database, scheduler, clock, location, notifier, audio)


@pytest.fixture
def rig(profile: Profile, settings: Settings, scheduler: ManualScheduler,
        clock: ManualClock) -> Rig:
    settings.update({
        "outbound.caller_id": OWN,
        "callback.pool": POOL,
        "carrier.simulated.speak_greeting": False,
    })
    settings.save()
    notifier = Notifier(settings, profile.root / "outbox.db", post=run_now)
    made = build(settings, Database(profile.database), scheduler, clock, RecordingAudio(), notifier)
    yield made
    made.database.close()
