"""Dates and times on screen follow the agent's language (QLocale), e.g. the call history."""

from __future__ import annotations

from softphone.qt import QtCore
from softphone.widgets.history_view import local_date_time

MOMENT = 1_780_000_000  # 2026-05-28


def test_the_call_history_writes_dates_the_way_the_agents_language_does(
        qtbot, start_app, ready_settings) -> None:
    app = start_app(show=False)
    english = local_date_time(MOMENT)
    app.settings.set("ui.language", "fr_CA")
    french = local_date_time(MOMENT)
    app.settings.set("ui.language", "da_DK")
    danish = local_date_time(MOMENT)
    moment = QtCore.QDateTime.fromSecsSinceEpoch(MOMENT)
    short = QtCore.QLocale.FormatType.ShortFormat
    assert french == QtCore.QLocale("fr_CA").toString(moment, short)
    assert danish == QtCore.QLocale("da_DK").toString(moment, short)
    assert len({english, french, danish}) == 3
