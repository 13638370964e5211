"""The headset settings: device pickers, microphone level, test tone, volume and mute.

Shown in the normal settings and inside the emergency view, where it is the only thing besides
End call, so every control applies at once, to the running call too. The panel holds no state
of its own: it shows the engine's ``AudioState`` and sends the agent's choices to the engine.

The engine emits its events on the GUI thread (it was given the GUI thread's ``post``), so the
panel simply listens, and stops listening when it is destroyed; nothing is relayed across
threads here (an earlier panel that held Qt signals for the engine's threads crashed the
interpreter at exit). The level meter is the one thing read on a timer: the microphone's peak
changes 50 times a second inside the audio callback, which must not post anything, so the
panel samples it at display rate, only while it is shown and a microphone is open.
"""

from __future__ import annotations

import math

from softphone.audio.devices import Role
from softphone.audio.engine import AudioState, Engine
from softphone.blocks.text import localized, translate
from softphone.qt import QtCore, QtWidgets
from softphone.settings.store import SettingError, SettingsFileError
from softphone.widgets.language import Retranslating

METER_FLOOR_DB = -60.0


def role_label(role: Role) -> str:
    return {Role.MICROPHONE: translate("DevicePanel", "Microphone"),
            Role.SPEAKER: translate("DevicePanel", "Speaker"),
            Role.RINGER: translate("DevicePanel", "Ringer")}[role]


def level_percent(peak: float) -> int:
    """A peak (0.0–1.0) as a meter position on a decibel scale from -60 dBFS to 0 dBFS."""
    if peak <= 0.0:
        return 0
    decibels = 20 * math.log10(min(peak, 1.0))
    return max(0, min(100, round(100 * (1 - decibels / METER_FLOOR_DB))))


class DevicePanel(Retranslating, QtWidgets.QWidget):
    def __init__(self, engine: Engine, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicePanel")
        self._engine = engine

        self.pickers: dict[Role, QtWidgets.QComboBox] = {}
        self.in_use: dict[Role, QtWidgets.QLabel] = {}
        self.labels: dict[str, QtWidgets.QLabel] = {}
        self._notice = ""
        form = QtWidgets.QFormLayout()
        # Labels above their controls when the row is narrow (a long word in Danish or
        # French, a large font): wrapped rather than cut off.
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        for role in Role:
            picker = QtWidgets.QComboBox()
            picker.setObjectName(f"{role.value}Picker")
            picker.activated.connect(lambda _index, role=role: self._picked(role))
            used = QtWidgets.QLabel()
            used.setObjectName(f"{role.value}InUse")
            used.setWordWrap(True)
            self.pickers[role], self.in_use[role] = picker, used
            column = QtWidgets.QVBoxLayout()
            column.addWidget(picker)
            column.addWidget(used)
            form.addRow(self._label(role.value, picker), column)

        self.meter = QtWidgets.QProgressBar()
        self.meter.setObjectName("microphoneLevel")
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(12)
        form.addRow(self._label("level", self.meter), self.meter)

        self.speaker_volume = self._slider("speakerVolume", 10, 200, Role.SPEAKER)
        form.addRow(self._label("speakerVolume", self.speaker_volume), self.speaker_volume)
        self.ringer_volume = self._slider("ringerVolume", 10, 100, Role.RINGER)
        form.addRow(self._label("ringerVolume", self.ringer_volume), self.ringer_volume)

        self.mute = QtWidgets.QPushButton()
        self.mute.setObjectName("mute")
        self.mute.setCheckable(True)
        self.mute.toggled.connect(self._engine.set_muted)
        self.test_tone = QtWidgets.QPushButton()
        self.test_tone.setObjectName("testTone")
        self.test_tone.clicked.connect(self._engine.play_test_tone)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.mute)
        buttons.addWidget(self.test_tone)
        buttons.addStretch()

        self.message = QtWidgets.QLabel()
        self.message.setObjectName("deviceMessage")
        self.message.setWordWrap(True)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self._meter_timer = QtCore.QTimer(self)  # 20 times a second, see the module docstring
        self._meter_timer.setInterval(50)
        self._meter_timer.timeout.connect(self._update_meter)
        self._save_timer = QtCore.QTimer(self)  # remember volumes once the slider rests
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self._remember)
        self.retranslate()
        _listen(engine, self)

    def _label(self, name: str, buddy: QtWidgets.QWidget) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel()
        label.setObjectName(f"{name}Label")
        label.setWordWrap(True)
        label.setBuddy(buddy)
        self.labels[name] = label
        return label

    def retranslate(self) -> None:
        for role in Role:
            self.labels[role.value].setText(role_label(role))
            self.pickers[role].setAccessibleName(role_label(role))
        self.labels["level"].setText(translate("DevicePanel", "Microphone level"))
        self.meter.setAccessibleName(translate("DevicePanel", "Microphone level"))
        self.labels["speakerVolume"].setText(translate("DevicePanel", "Call volume"))
        self.speaker_volume.setAccessibleName(translate("DevicePanel", "Call volume"))
        self.labels["ringerVolume"].setText(translate("DevicePanel", "Ringer volume"))
        self.ringer_volume.setAccessibleName(translate("DevicePanel", "Ringer volume"))
        self.mute.setText(translate("DevicePanel", "Mute microphone"))
        self.test_tone.setText(translate("DevicePanel", "Play test tone"))
        self._show_state(self._engine.state)  # the pickers' and reasons' words too
        if self._notice:
            self.message.setText(localized(self._notice))

    def _slider(self, name: str, low: int, high: int, role: Role) -> QtWidgets.QSlider:
        slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        slider.setObjectName(name)
        slider.setRange(low, high)
        slider.setValue(self._engine.volume(role))
        slider.valueChanged.connect(lambda value: self._volume_changed(role, value))
        return slider

    # -- showing ------------------------------------------------------------------------------

    def show_notice(self, text: str) -> None:
        self._notice = text
        self.message.setText(localized(text))

    def show_state(self, state: AudioState) -> None:
        self._show_state(state)
        self._run_meter()

    def _show_state(self, state: AudioState) -> None:
        for role, picker in self.pickers.items():
            choice = state.choices.get(role)
            preferred = choice.preferred if choice else self._engine.preferred(role)
            picker.blockSignals(True)
            picker.clear()
            picker.addItem(translate("DevicePanel", "System default"), "")
            for device in state.snapshot.for_role(role):
                picker.addItem(device.name, device.name)
            if preferred and picker.findData(preferred) < 0:
                picker.addItem(translate("DevicePanel", "{device} (not connected)").format(
                    device=preferred), preferred)
            picker.setCurrentIndex(max(0, picker.findData(preferred)))
            picker.blockSignals(False)
            active = state.active.get(role)
            if choice is not None and choice.reason:
                text = localized(choice.reason)
            elif active is not None:
                text = translate("DevicePanel", "In use: {device} ({rate} Hz)").format(
                    device=active.device, rate=active.rate)
            elif choice is not None and choice.device is not None:
                text = translate("DevicePanel", "Will use: {device}").format(
                    device=choice.device.name)
            else:
                text = ""
            self.in_use[role].setText(text)
        self.mute.blockSignals(True)
        self.mute.setChecked(state.muted)
        self.mute.blockSignals(False)
        if state.snapshot.problem:
            self.message.setText(localized(state.snapshot.problem))

    def _update_meter(self) -> None:
        self.meter.setValue(level_percent(self._engine.input_level))

    def _run_meter(self) -> None:
        if self.isVisible() and Role.MICROPHONE in self._engine.state.active:
            self._meter_timer.start()
        else:
            self._meter_timer.stop()
            self.meter.setValue(0)

    # -- the agent's actions ------------------------------------------------------------------

    def _picked(self, role: Role) -> None:
        name = self.pickers[role].currentData() or ""
        try:
            self._engine.select(role, name)
        except (SettingError, SettingsFileError) as error:
            self.message.setText(str(error))

    def _volume_changed(self, role: Role, value: int) -> None:
        try:
            self._engine.set_volume(role, value)
        except SettingError as error:
            self.message.setText(str(error))
            return
        self._save_timer.start()

    def _remember(self) -> None:
        try:
            self._engine.remember()
        except SettingsFileError as error:
            self.message.setText(str(error))

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        self._engine.set_monitoring(True)
        super().showEvent(event)  # type: ignore[arg-type]
        self._run_meter()

    def hideEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        self._engine.set_monitoring(False)
        super().hideEvent(event)  # type: ignore[arg-type]
        self._run_meter()


def _listen(engine: Engine, panel: DevicePanel) -> None:
    """Show the engine's events in ``panel`` until Qt destroys it.

    Both the events and ``destroyed`` arrive on the GUI thread, so once the panel is gone no
    event can reach it. The observers are the panel's bound methods, kept here to disconnect
    exactly those.
    """
    state, notice = panel.show_state, panel.show_notice

    def gone() -> None:
        engine.state_changed.disconnect(state)
        engine.notice.disconnect(notice)

    engine.state_changed.connect(state)
    engine.notice.connect(notice)
    panel.destroyed.connect(gone)


