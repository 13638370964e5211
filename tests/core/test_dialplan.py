import pytest

from softphone.core.calls import CallKind
from softphone.core.dialplan import DialPlan, DialPlanError


def plan(*countries: str, prefix: str = "") -> DialPlan:
    return DialPlan(lambda: countries, lambda: prefix)


@pytest.mark.parametrize(
    ("country", "number"),
    [("US", "911"), ("CA", "911"), ("PR", "911"), ("GB", "911"), ("GB", "999"), ("GB", "112"),
     ("DK", "911"), ("DK", "112"), ("US", "112")],
)
def test_emergency_numbers_are_recognised_per_country(country: str, number: str) -> None:
    target = plan(country).classify(number)
    assert target.kind is CallKind.EMERGENCY
    assert target.number == number
    assert target.country == country


@pytest.mark.parametrize(("country", "number"), [("US", "999"), ("DK", "999"), ("PR", "112")])
def test_another_countrys_emergency_number_is_a_normal_call(country: str, number: str) -> None:
    assert plan(country).classify(number).kind is CallKind.NORMAL


@pytest.mark.parametrize("typed", ["9911", "9 911", "9,911", "9-911", "tel:9911"])
def test_emergency_numbers_work_behind_the_outside_line_prefix(typed: str) -> None:
    target = plan("US", prefix="9").classify(typed)
    assert (target.kind, target.number) == (CallKind.EMERGENCY, "911")


def test_prefixed_local_emergency_number_in_the_uk() -> None:
    target = plan("GB", prefix="9").classify("9999")
    assert (target.kind, target.number) == (CallKind.EMERGENCY, "999")


def test_without_a_configured_prefix_9911_is_not_an_emergency_call() -> None:
    assert plan("US").classify("9911").kind is CallKind.NORMAL


@pytest.mark.parametrize("typed", ["911", "tel:911", "sip:911@sbc.example.com", "callto:911", " 9 1 1 "])
def test_uris_and_formatting_are_understood(typed: str) -> None:
    assert plan("US").classify(typed).kind is CallKind.EMERGENCY


def test_933_is_a_test_call_in_the_us_with_and_without_prefix() -> None:
    assert plan("US", prefix="9").classify("933").kind is CallKind.TEST
    assert plan("US", prefix="9").classify("9933").kind is CallKind.TEST
    assert plan("GB").classify("933").kind is CallKind.NORMAL


def test_the_location_country_adds_its_emergency_numbers() -> None:
    target = plan("US", "GB").classify("999")
    assert (target.kind, target.country) == (CallKind.EMERGENCY, "GB")


def test_911_is_an_emergency_number_even_outside_supported_countries() -> None:
    assert plan("SE").classify("911").kind is CallKind.EMERGENCY


def test_normal_numbers_keep_their_digits() -> None:
    target = plan("US").classify("tel:+1-555-123-4567")
    assert (target.kind, target.number) == (CallKind.NORMAL, "+15551234567")


@pytest.mark.parametrize("typed", ["", "   ", "call mom", "91a1", "+"])
def test_malformed_input_is_refused_with_a_message_saying_what_a_number_is(typed: str) -> None:
    with pytest.raises(DialPlanError, match="number"):
        plan("US").classify(typed)


@pytest.mark.parametrize("typed", ["９１１", "٩١١", "۹۱۱", "९११", "tel:９１１", "９ １ １", "９９１１"])
def test_emergency_numbers_typed_in_other_digit_forms_are_emergency_calls(typed: str) -> None:
    target = plan("US", prefix="9").classify(typed)
    assert (target.kind, target.number) == (CallKind.EMERGENCY, "911")


def test_a_fullwidth_international_number_is_dialled_in_ascii() -> None:
    target = plan("US").classify("＋１ ５５５ １２３ ４５６７")
    assert (target.kind, target.number) == (CallKind.NORMAL, "+15551234567")
