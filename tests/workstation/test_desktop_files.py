"""The desktop entry, the AppStream metadata and the icons, checked by the freedesktop tools."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

import softphone
from softphone.qt import QtGui

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "softphone" / "resources"
DESKTOP = RESOURCES / "desktop" / "softphone.desktop"
METAINFO = RESOURCES / "desktop" / "com.example.softphone.metainfo.xml"
SVG = RESOURCES / "icons" / "softphone.svg"

sys.path.insert(0, str(ROOT / "packaging"))
import build_packages  # noqa: E402  (packaging/build_packages.py)
import icons  # noqa: E402  (packaging/icons.py)


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: apt install {package} (packaging/dev.sh does)"
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "", done.stdout


def test_the_desktop_entry_handles_tel_callto_and_sip_links_with_the_cli():
    entry = desktop_entry()
    assert entry["Exec"] == "softphone %u"  # the CLI dials a lone tel:/sip:/callto: argument
    schemes = {mime for mime in entry["MimeType"].split(";") if mime}
    assert schemes == {"x-scheme-handler/tel", "x-scheme-handler/callto", "x-scheme-handler/sip"}
    assert entry["Icon"] == "softphone" and "Telephony" in entry["Categories"]


def test_the_metainfo_passes_appstreamcli_validate_offline():
    done = subprocess.run([tool("appstreamcli", "appstream"), "validate", "--no-net", "--pedantic",
                           "--explain", str(METAINFO)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_metainfo_names_this_version_the_desktop_entry_and_the_binary():
    tree = etree.parse(str(METAINFO))
    assert tree.findtext("id") == build_packages.APP_ID
    assert tree.find("releases/release").get("version") == softphone.__version__
    assert tree.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert tree.findtext("provides/binary") == "softphone"
    assert METAINFO.name == f"{build_packages.APP_ID}.metainfo.xml"


def test_png_icons_are_rendered_from_the_svg_at_every_size(tmp_path):
    written = icons.render(SVG, tmp_path)
    assert [path.parent.name for path in written] == [f"{s}x{s}" for s in icons.SIZES]
    for size, path in zip(icons.SIZES, written, strict=True):
        image = QtGui.QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner stays transparent


@pytest.mark.qt_log_ignore("Cannot read file .*broken.svg", extend=True)  # Qt says why, too
def test_a_broken_svg_stops_the_build_with_its_name(tmp_path):
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg")
    with pytest.raises(SystemExit, match="broken.svg is not a valid SVG"):
        icons.render(broken, tmp_path / "out")


def test_the_control_file_states_the_version_and_the_runtime_dependencies():
    control = build_packages.control(1234, "amd64")
    fields = dict(line.split(": ", 1) for line in control.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "softphone" and fields["Version"] == softphone.__version__
    assert fields["Installed-Size"] == "1234" and fields["Architecture"] == "amd64"
    for needed in ("libportaudio2", "espeak-ng", "libxcb-cursor0", "libxkbcommon-x11-0", "libegl1"):
        assert needed in fields["Depends"].split(", ")
