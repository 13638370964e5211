"""The SIP adapter's pure rules: route choice, INVITE content, inbound reading, readiness."""

from __future__ import annotations

import pytest

from softphone import carrier_plugins
from softphone.carriers.sip import SipCarrier
from softphone.carriers.sip.config import SipConfig
from softphone.carriers.sip.inbound import REFUSAL_STATUS, read_invite, user_part
from softphone.carriers.sip.invite import build_invite_content
from softphone.carriers.sip.readiness import sip_checks
from softphone.carriers.sip.route_plan import plan_routes
from softphone.core.calls import CallKind
from softphone.core.carrier import CarrierContext, OutboundCall, Refusal
from softphone.settings.store import Settings
from tests.helpers import ManualClock, ManualScheduler, RecordingAudio


def config(settings: Settings, **values: object) -> SipConfig:
    settings.update({f"carrier.sip.{key}": value for key, value in values.items()})
    return SipConfig.from_settings(settings)


def hosts(plan) -> list[str]:
    return [str(route.endpoint) for route in plan.routes]


ALL_ROUTES = {"proxy": "sbc1.example.com", "fallback_proxy": "sbc2.example.com:5070",
              "direct_offer_proxy": "plan.example.net"}


def test_a_direct_routing_number_tries_both_sbcs_then_the_calling_plan(settings) -> None:
    plan = plan_routes(config(settings, **ALL_ROUTES), "911")
    assert plan.path == "direct routing"
    assert hosts(plan) == ["sbc1.example.com:5060", "sbc2.example.com:5070",
                           "plan.example.net:5060"]


def test_a_calling_plan_number_takes_the_direct_offer_path_only(settings) -> None:
    plan = plan_routes(config(settings, number_kind="calling_plan", **ALL_ROUTES), "911")
    assert plan.path == "direct offer" and hosts(plan) == ["plan.example.net:5060"]


def test_with_both_kinds_an_emergency_number_no_rule_names_takes_the_direct_offer_path(
        settings) -> None:
    cfg = config(settings, number_kind="both", direct_routing_patterns=["+1*"], **ALL_ROUTES)
    plan = plan_routes(cfg, "911")
    assert plan.path == "direct offer"
    assert hosts(plan) == ["plan.example.net:5060", "sbc1.example.com:5060",
                           "sbc2.example.com:5070"]
    assert plan_routes(cfg, "+15551234567").path == "direct routing"


def test_with_both_kinds_a_matching_rule_keeps_emergency_calls_on_direct_routing(
        settings) -> None:
    cfg = config(settings, number_kind="both", direct_routing_patterns=["911"], **ALL_ROUTES)
    plan = plan_routes(cfg, "911")
    assert plan.path == "direct routing"
    assert plan.describe() == ("Emergency route: direct routing via the SBC sbc1.example.com, "
                               "then the fallback SBC sbc2.example.com, then the calling-plan "
                               "proxy plan.example.net (the direct-routing rule 911 matches).")


def test_a_route_configured_twice_is_tried_once(settings) -> None:
    plan = plan_routes(config(settings, proxy="sbc1.example.com",
                              fallback_proxy="sbc1.example.com:5060"), "911")
    assert hosts(plan) == ["sbc1.example.com:5060"]


def test_readiness_names_the_emergency_route_and_what_is_missing(settings) -> None:
    settings_check, route_check = sip_checks(settings)
    assert not settings_check.passed and "carrier.sip.proxy" in settings_check.detail
    assert not route_check.passed
    config(settings, proxy="sbc1.example.com")
    settings_check, route_check = sip_checks(settings)
    assert settings_check.passed and route_check.passed
    assert route_check.detail.startswith("Emergency route: direct routing via the SBC "
                                         "sbc1.example.com")


def call(kind: CallKind = CallKind.EMERGENCY, callback: str | None = "+15551230001",
         number: str = "911") -> OutboundCall:
    return OutboundCall("c1", number, kind, "+15551230009", callback, None, "US")


@pytest.mark.parametrize(("form", "uri"), [("number@domain", "sip:911@sos.example.com"),
                                           ("tel", "tel:911"),
                                           ("urn:service:sos", "urn:service:sos")])
def test_the_emergency_request_uri_takes_the_configured_form(settings, form, uri) -> None:
    cfg = config(settings, domain="sos.example.com", request_uri=form)
    content = build_invite_content(cfg, call(), "v=0\r\n", "<presence/>")
    assert content.request_uri == uri
    normal = build_invite_content(cfg, call(CallKind.NORMAL, number="+15557654321"),
                                  "v=0\r\n", None)
    assert normal.request_uri == "sip:+15557654321@sos.example.com"


def test_the_callback_number_is_asserted_where_the_carrier_wants_it(settings) -> None:
    cfg = config(settings, domain="sos.example.com")
    content = build_invite_content(cfg, call(), "v=0\r\n", "<presence/>")
    assert ("P-Asserted-Identity", "<sip:+15551230001@sos.example.com;user=phone>") \
        in content.headers
    assert content.from_uri == "sip:+15551230009@sos.example.com"
    cfg = config(settings, identity_header="from", priority_header=False)
    content = build_invite_content(cfg, call(), "v=0\r\n", "<presence/>")
    assert content.from_uri == "sip:+15551230001@sos.example.com"
    assert not any(name in ("P-Asserted-Identity", "Priority") for name, _ in content.headers)


def test_the_location_travels_as_a_pidf_lo_part_named_by_the_geolocation_header(settings) -> None:
    cfg = config(settings, domain="sos.example.com")
    content = build_invite_content(cfg, call(), "v=0\r\nm=audio 4000 RTP/AVP 0\r\n",
                                   "<presence>here</presence>")
    headers = dict(content.headers)
    content_id = headers["Geolocation"].removeprefix("<cid:").removesuffix(">")
    assert headers["Geolocation-Routing"] == "yes" and headers["Priority"] == "emergency"
    boundary = content.content_type.split("boundary=")[1]
    assert content.content_type.startswith("multipart/mixed")
    body = content.body.decode()
    sdp_part, pidf_part = body.split(f"--{boundary}")[1:3]
    assert "Content-Type: application/sdp" in sdp_part and "m=audio 4000" in sdp_part
    assert f"Content-ID: <{content_id}>" in pidf_part and "<presence>here</presence>" in pidf_part
    assert body.endswith(f"--{boundary}--\r\n")


def test_an_ordinary_call_carries_no_location_priority_or_asserted_callback(settings) -> None:
    cfg = config(settings, domain="sos.example.com")
    content = build_invite_content(cfg, call(CallKind.NORMAL, callback=None), "v=0\r\n", None)
    assert content.headers == () and content.content_type == "application/sdp"
    assert content.notes == ()


def test_inbound_headers_are_read_leniently() -> None:
    facts = read_invite('"PSAP" <sip:+15557770000@psap.example.com>;tag=1',
                        "<sip:+15551230001@sos.example.com;user=phone>", None, " PSAP-Callback ")
    assert (facts.caller, facts.callee, facts.psap_callback) == ("+15557770000", "+15551230001",
                                                                 True)
    assert read_invite("garbage", "", "<tel:+15550000000>", "urgent").caller == "+15550000000"
    assert not read_invite("garbage", "", None, None).psap_callback
    assert user_part("<sip:unterminated") == "unterminated"


def test_refusals_map_to_the_sip_statuses_in_the_module_docstring() -> None:
    assert {refusal: status for refusal, (status, _) in REFUSAL_STATUS.items()} == {
        Refusal.BUSY: 486, Refusal.DO_NOT_DISTURB: 480, Refusal.DECLINED: 603,
        Refusal.UNAVAILABLE: 480}


def test_the_adapter_is_found_by_name() -> None:
    assert carrier_plugins.load("sip") is SipCarrier
    assert "sip" in carrier_plugins.available()


def test_the_sip_carrier_adds_its_checks_to_readiness(settings) -> None:
    settings.update({"carrier.adapter": "sip"})
    carrier = SipCarrier(CarrierContext(settings, ManualScheduler(ManualClock()), RecordingAudio()))
    keys = [check.key for check in carrier.readiness_checks()]
    assert keys == ["carrier.sip.settings", "carrier.sip.emergency_route"]
