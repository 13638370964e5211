"""Readiness panel and the address form, real widgets offscreen."""

from __future__ import annotations

from softphone.blocks.readiness import Check, Readiness
from softphone.widgets.address_dialog import AddressDialog, AddressPrompter
from softphone.widgets.readiness_indicator import ReadinessIndicator
from softphone.widgets.readiness_panel import ReadinessPanel


def test_panel_lists_every_check_from_every_provider_with_its_fix(qtbot, make_service):
    service = make_service()
    service.os_fix(55.6050, 13.0038, 20.0)  # Malmö
    readiness = Readiness()
    readiness.add(lambda: [Check("outbound.profile", "Outbound profile configured", True, "ok")])
    readiness.add(service.checks)
    panel = ReadinessPanel(readiness)
    qtbot.addWidget(panel)
    keys = [panel.table.topLevelItem(i).data(0, 256) for i in range(panel.table.topLevelItemCount())]
    assert keys == ["outbound.profile", "location.enabled", "location.country", "location.address"]
    country = panel.row("location.country")
    assert country.text(0).startswith("✖") and "Sweden" in country.text(1)
    assert "local phone" in country.text(2)
    assert "2 of 4 checks failed" in panel.summary.text()
    assert not panel.isModal()


def test_indicator_counts_problems_other_than_an_unsupported_country(qtbot):
    readiness = Readiness()
    readiness.add(lambda: [Check("callback.number", "Callback", False, "none", "set it")])
    indicator = ReadinessIndicator(readiness)
    qtbot.addWidget(indicator)
    readiness.refresh()
    assert indicator.state == "problems" and "1 problem" in indicator.text()


def test_address_form_marks_missing_fields_and_keeps_what_was_typed(qtbot, make_service):
    service = make_service()
    service.network_changed("office-lan")
    dialog = AddressDialog(service, "Please confirm")
    qtbot.addWidget(dialog)
    dialog.fields["street"].setText("Main Street")
    dialog.fields["country"].setText("us")
    dialog.fields["postcode"].setText("4822")
    assert not dialog.confirm()
    assert dialog.errors["house_number"].text() == "Number is required."
    assert "State / region" in dialog.errors["region"].text()
    assert "five digits" in dialog.errors["postcode"].text()
    assert dialog.fields["street"].text() == "Main Street"  # nothing lost
    assert service.latest() is None

    for name, value in {"house_number": "1", "city": "Detroit", "region": "MI",
                        "postcode": "48226"}.items():
        dialog.fields[name].setText(value)
    with qtbot.waitSignal(dialog.confirmed) as confirmed:
        assert dialog.confirm()
    assert confirmed.args[0].country == "US"
    assert service.latest().civic.city == "Detroit"


def test_prompt_waits_while_a_call_is_up_and_is_never_modal(qtbot, make_service):
    service = make_service()
    calls_up = [True]
    prompter = AddressPrompter(service, lambda: calls_up[0])
    service.network_changed("hotel-wifi")
    assert prompter.dialog is None and prompter.pending
    calls_up[0] = False
    prompter.lines_changed()
    assert prompter.dialog is not None and prompter.dialog.isVisible()
    qtbot.addWidget(prompter.dialog)
    assert not prompter.dialog.isModal()
    assert "no address is confirmed" in prompter.dialog.reason.text()
