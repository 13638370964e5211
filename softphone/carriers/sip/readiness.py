"""The SIP carrier's readiness checks: are its settings complete, and where would a 911 go?

Pure functions of the settings, so the readiness panel can run them on the GUI thread as often as
it likes (they read memory only, no DNS and no network).
"""

from __future__ import annotations

from softphone.blocks.readiness import Check
from softphone.blocks.text import joined, translate
from softphone.carriers.sip.config import SipConfig
from softphone.carriers.sip.route_plan import plan_routes
from softphone.core.coverage import UNIVERSAL_EMERGENCY_NUMBER
from softphone.settings.store import Settings


def sip_checks(settings: Settings, emergency_number: str = UNIVERSAL_EMERGENCY_NUMBER,
               ) -> list[Check]:
    """Two checks: the SIP settings are complete, and the path an emergency call would take."""
    config = SipConfig.from_settings(settings)
    problems = config.problems()
    plan = plan_routes(config, emergency_number)
    return [
        Check("carrier.sip.settings", translate("Sip", "SIP carrier settings complete"),
              not problems,
              translate("Sip", "All settings needed to place calls are set.") if not problems
              else joined(problems),
              translate("Sip", "Open the carrier settings and fill in what is named.")
              if problems else ""),
        Check("carrier.sip.emergency_route", translate("Sip", "Emergency route"),
              bool(plan.routes), plan.describe(),
              "" if plan.routes else translate("Sip", "Set carrier.sip.proxy (or the "
                                                      "calling-plan proxy).")),
    ]
