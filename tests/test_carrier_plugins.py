import sys
from pathlib import Path

import pytest

from softphone import carrier_plugins
from softphone.carriers.simulated import SimulatedCarrier
from softphone.core.carrier import CarrierError


def test_the_simulated_carrier_is_found_by_name() -> None:
    assert carrier_plugins.load("simulated") is SimulatedCarrier
    assert "simulated" in carrier_plugins.available()


def test_an_unknown_adapter_name_lists_the_ones_that_exist() -> None:
    with pytest.raises(CarrierError, match="Set carrier.adapter to one of: .*simulated"):
        carrier_plugins.load("nosuchtrunk")


def test_a_third_party_adapter_is_loaded_from_its_entry_point(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "acme_trunk.py").write_text(
        "from softphone.carriers.simulated import SimulatedCarrier\n"
        "class AcmeCarrier(SimulatedCarrier):\n    name = 'acme'\n")
    info = tmp_path / "acme_trunk-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-trunk\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[softphone.carriers]\nacme = acme_trunk:AcmeCarrier\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert carrier_plugins.load("acme").__name__ == "AcmeCarrier"
    assert "acme" in carrier_plugins.available()
    sys.modules.pop("acme_trunk", None)


def test_an_entry_point_that_is_not_a_carrier_is_refused(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "not_a_trunk.py").write_text("class Thing:\n    pass\n")
    info = tmp_path / "not_a_trunk-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: not-a-trunk\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[softphone.carriers]\nthing = not_a_trunk:Thing\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(CarrierError, match="must subclass Carrier"):
        carrier_plugins.load("thing")
    sys.modules.pop("not_a_trunk", None)
