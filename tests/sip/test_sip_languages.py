"""What the SIP carrier tells the agent comes in the agent's language: a call failure reason
and the readiness checks, with the carrier's own SIP words (status and reason phrase) kept as
the server sent them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from softphone.blocks import text
from softphone.blocks.languages import load_catalogue
from softphone.carriers.sip.readiness import sip_checks
from softphone.core.calls import CallState
from tests.sip.test_sip_calls import emergency

pytestmark = pytest.mark.slow

FALLBACK = {
    "da_DK": "SBC'en 127.0.0.1 svarede 503 Service Unavailable; prøver reserve-SBC'en 127.0.0.1.",
    "fr_CA": "Le SBC 127.0.0.1 a répondu 503 Service Unavailable; on essaie maintenant le SBC de "
             "secours 127.0.0.1.",
    "es_PR": "El SBC 127.0.0.1 respondió 503 Service Unavailable; probando el SBC de respaldo "
             "127.0.0.1.",
}


@pytest.fixture(params=sorted(FALLBACK))
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The agent's language, from the compiled catalogue the installation ships."""
    text.install(load_catalogue(request.param))
    yield request.param
    text.install(None)


def test_a_route_that_fails_is_reported_in_the_agents_language(
        language, sipp, start_carrier, recorder) -> None:
    failing = sipp("unavailable.xml")
    psap = sipp("answering_point.xml")
    carrier = start_carrier(proxy=f"127.0.0.1:{failing.port}",
                            fallback_proxy=f"127.0.0.1:{psap.port}")
    carrier.place_call(emergency())
    recorder.wait_for(lambda: CallState.CONNECTED in recorder.state_of("call-1"))
    reason = next(reason for _, state, reason in recorder.states if state is CallState.DIALING)
    assert reason == FALLBACK[language]
    assert reason.english() == ("The SBC 127.0.0.1 answered 503 Service Unavailable; trying the "
                                "fallback SBC 127.0.0.1.")  # and said again in English
    failing.finish()
    psap.finish()


def test_the_readiness_checks_and_their_fixes_are_in_the_agents_language(
        language, sip_settings) -> None:
    sip_settings.update({"carrier.sip.proxy": "", "carrier.sip.direct_offer_proxy": ""})
    checks = sip_checks(sip_settings)
    for check in checks:
        assert not check.passed
        for words in (check.title, check.detail, check.fix):
            assert words and words != words.english()
            assert not {"the", "and", "is", "set"} & set(words.lower().split())
