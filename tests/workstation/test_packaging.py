"""Builds the PyInstaller bundle and the .deb, then runs what was built (several minutes).

Skipped unless SOFTPHONE_TEST_PACKAGING=1; ``sh packaging/dev.sh test`` (and so CI) sets it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import softphone
from softphone.blocks.profile import Profile
from tests.helpers import wait_for_instance

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build_packages  # noqa: E402  (packaging/build_packages.py)
import icons  # noqa: E402

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(os.environ.get("SOFTPHONE_TEST_PACKAGING") != "1",
                       reason="builds the bundle and the .deb; set SOFTPHONE_TEST_PACKAGING=1 "
                              "(packaging/dev.sh test does)"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("build")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_packages.py"), "all",
                           "--build-dir", str(folder)], capture_output=True, text=True,
                          timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    [deb] = folder.glob("softphone_*.deb")
    return {"app": folder / "dist" / "softphone", "deb": deb, "folder": folder}


def bundled(app: Path) -> Path:
    return app / "_internal"


def run(command: list[str], environment: dict[str, str], timeout: float = 60):
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=environment)


@pytest.fixture
def headless(tmp_path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen",
                SOFTPHONE_FLEET_SETTINGS=str(tmp_path / "no-fleet.toml"))


def test_a_wheel_carries_the_compiled_translations(tmp_path):
    """pip builds the wheel as any installer would (an isolated build with the build
    requirements); setup.py compiles the .ts sources into the package."""
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                           str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    [wheel] = tmp_path.glob("softphone-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {f"softphone/translations/softphone_{code}.qm"
            for code in ("en_US", "da_DK", "fr_CA", "es_PR")} <= names


def test_the_bundle_carries_what_the_app_loads_by_name(built):
    internal = bundled(built["app"])
    qt = internal / "PySide6" / "Qt" / "plugins"
    expected = [
        qt / "position" / "libqtposition_nmea.so", qt / "position" / "libqtposition_geoclue2.so",
        qt / "platforms" / "libqxcb.so", qt / "platforms" / "libqoffscreen.so",
        qt / "platforms" / "libqwayland.so", qt / "imageformats" / "libqsvg.so",
        qt / "iconengines" / "libqsvgicon.so", qt / "tls" / "libqopensslbackend.so",
        internal / "softphone" / "resources" / "icons" / "softphone.svg",
        internal / "softphone" / "resources" / "templates" / "emergency_notification.html",
        *(internal / "softphone" / "translations" / f"softphone_{code}.qm"
          for code in ("en_US", "da_DK", "fr_CA", "es_PR")),
        *(internal / "PySide6" / "Qt" / "translations" / f"qtbase_{code}.qm"
          for code in ("da", "fr", "es")),  # Qt's own words: OK, Cancel, Yes, No
        internal / "tzdata" / "zoneinfo" / "zone.tab",
        internal / "tzdata" / "zoneinfo" / "iso3166.tab",
    ]
    missing = [str(path.relative_to(built["app"])) for path in expected if not path.is_file()]
    assert missing == []
    assert any((internal / "timezonefinder_data").rglob("*")), "no boundary data"
    # The shared callback store's driver: psycopg loads its libpq wrapper by name.
    assert list((internal / "psycopg_binary").glob("pq.*.so")), "no libpq wrapper"
    assert list(internal.rglob("libpq*.so*")), "no libpq"
    [metadata] = [p for p in internal.glob("softphone*-info") if p.is_dir()]
    assert "[softphone.carriers]" in (metadata / "entry_points.txt").read_text()
    # Plugins left out on purpose (Qt Quick, the GTK theme) took their libraries with them.
    assert not list(internal.rglob("libQt6Quick.so*")) and not list(qt.glob("platformthemes/libqgtk3*"))
    dangling = [str(p) for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_the_bundle_holds_the_modules_loaded_by_name(built):
    listing = subprocess.run([sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer",
                              "--recursive", str(built["app"] / "softphone")],
                             capture_output=True, text=True, timeout=120)
    assert listing.returncode == 0, listing.stderr
    for module in ("softphone.carriers.simulated", "softphone.carriers.sip.adapter", "aiosipua",
                   "pyttsx3.drivers.espeak",
                   "softphone.widgets.tray", "keyring.backends.SecretService"):
        assert re.search(rf"\b{re.escape(module)}\b", listing.stdout), module


def test_the_bundled_binary_runs_headless_and_answers_the_command_line(built, headless, tmp_path):
    binary = str(built["app"] / "softphone")
    version = run([binary, "--version"], headless)
    assert version.returncode == 0 and version.stdout.strip() == f"softphone {softphone.__version__}"

    profile = Profile.resolve(tmp_path / "profile")
    not_running = run([binary, "--profile", str(profile.root), "status", "--json"], headless)
    assert not_running.returncode == 3 and json.loads(not_running.stdout) == {"running": False}
    # A click-to-dial with the bundle closed: it starts itself and places the call.
    dialled = run([binary, "--profile", str(profile.root), "dial", "+15557654321"], headless)
    try:
        assert dialled.returncode == 0, dialled.stderr
        assert json.loads(dialled.stdout)["carrier_has_it"] is True
        status = run([binary, "--profile", str(profile.root), "status", "--json"], headless)
        assert status.returncode == 0, status.stderr
        result = json.loads(status.stdout)
        assert result["carrier"] == "simulated"
        assert wait_for_instance(profile)["pid"] == result["pid"]
    finally:
        quit_ = run([binary, "--profile", str(profile.root), "quit"], headless)
    assert quit_.returncode == 0, quit_.stderr
    assert (profile.logs_dir / "softphone.log").is_file()


def first_device_list(command: list[str], environment: dict[str, str]) -> dict:
    probe = subprocess.run([*command, "-m", "softphone.audio.probe", "5", str(os.getpid())],
                           capture_output=True, text=True, env=environment, timeout=60)
    assert probe.returncode == 0 and probe.stdout, probe.stderr
    return json.loads(probe.stdout)


def test_the_bundled_binary_runs_the_audio_device_probe_it_starts(built, headless):
    """The engine starts ``<executable> -m softphone.audio.probe``: the bundle must run it, and
    find PortAudio and the devices just as the source install does on this machine."""
    bundled_list = first_device_list([str(built["app"] / "softphone")], headless)
    assert bundled_list == first_device_list([sys.executable], headless)
    refused = run([str(built["app"] / "softphone"), "-m", "json.tool"], headless)
    assert refused.returncode != 0 and "only the softphone's own modules" in refused.stderr


def test_the_bundle_decides_the_country_from_its_own_boundary_data(built, headless):
    where = run([str(built["app"] / "softphone"), "where", "--at", "55.6761,12.5683", "--json"],
                headless)
    assert where.returncode == 0, where.stderr
    assert json.loads(where.stdout)["country"] == "DK"


def test_every_system_library_the_bundle_needs_comes_from_a_declared_dependency(built):
    """What the bundle does not carry must be installed by the .deb's Depends (or by theirs)."""
    internal = bundled(built["app"])
    qt = internal / "PySide6" / "Qt"
    checked = [built["app"] / "softphone", *internal.glob("*.so*"), *qt.glob("lib/*.so*"),
               *(qt / "plugins").glob("platforms/libq[xo]*.so"),
               *(qt / "plugins").glob("xcbglintegrations/*.so"),
               *(qt / "plugins").glob("position/*.so"), *(qt / "plugins").glob("imageformats/*.so")]
    environment = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{qt / 'lib'}")
    from_system: set[str] = set()
    for binary in checked:
        for line in run(["ldd", str(binary)], environment).stdout.splitlines():
            found = re.match(r"\s*(\S+) => (\S+)", line)
            if not found or found.group(2).startswith(str(built["app"])):
                continue
            if "libwayland" in found.group(1):
                continue  # Wayland sessions have it; X11 and offscreen do not need it
            assert found.group(2) != "not", f"{binary.name} needs {found.group(1)}, not found"
            from_system.add(found.group(2))
    owners = {package_owning(library) for library in sorted(from_system)}
    declared = {re.split(r"[ (]", dependency.strip())[0] for dependency in build_packages.DEPENDS}
    reachable = set(declared)
    for package in declared:
        depends = run(["dpkg-query", "-W", "-f=${Depends}", package], dict(os.environ)).stdout
        reachable |= {re.split(r"[ (:]", d.strip())[0] for d in depends.replace("|", ",").split(",")}
    assert owners and owners - reachable == set()


def package_owning(library: str) -> str:
    """The Debian package of a library, whichever of /lib and /usr/lib dpkg recorded it under."""
    real = os.path.realpath(library)
    candidates = [library, real]
    for path in (library, real):
        if path.startswith("/usr/lib/"):
            candidates.append(path.removeprefix("/usr"))
        elif path.startswith("/lib/"):
            candidates.append("/usr" + path)
    for candidate in candidates:
        found = run(["dpkg", "-S", candidate], dict(os.environ))
        if found.returncode == 0:
            return found.stdout.split(":")[0]
    raise AssertionError(f"no Debian package owns {library}")


def test_the_deb_installs_the_app_in_opt_with_its_desktop_files(built):
    deb = str(built["deb"])
    info = subprocess.run(["dpkg-deb", "--info", deb], capture_output=True, text=True, check=True)
    fields = dict(re.findall(r"^ (\S+): (.*)$", info.stdout, re.MULTILINE))
    assert fields["Package"] == "softphone" and fields["Version"] == softphone.__version__
    for needed in ("libportaudio2", "espeak-ng", "libxcb-cursor0", "libxkbcommon-x11-0"):
        assert needed in fields["Depends"]
    contents = subprocess.run(["dpkg-deb", "--contents", deb], capture_output=True, text=True,
                              check=True).stdout
    entries = {line.split()[5].removeprefix("."): line for line in contents.splitlines()}
    assert entries["/opt/softphone/softphone"].startswith("-rwxr-xr-x root/root")
    assert entries["/usr/bin/softphone"].rstrip().endswith("-> /opt/softphone/softphone")
    assert "/usr/share/applications/softphone.desktop" in entries
    assert f"/usr/share/metainfo/{build_packages.APP_ID}.metainfo.xml" in entries
    assert "/usr/share/icons/hicolor/scalable/apps/softphone.svg" in entries
    for size in icons.SIZES:
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/softphone.png" in entries
    assert "/usr/share/doc/softphone/copyright" in entries


def test_the_unpacked_deb_runs_and_its_metadata_validates(built, headless, tmp_path):
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(built["deb"]), str(root)], check=True)
    version = run([str(root / "opt" / "softphone" / "softphone"), "--version"], headless)
    assert version.returncode == 0 and softphone.__version__ in version.stdout
    desktop = run(["desktop-file-validate", str(root / "usr/share/applications/softphone.desktop")],
                  headless)
    assert desktop.returncode == 0 and desktop.stdout == "", desktop.stdout
    metainfo = run(["appstreamcli", "validate", "--no-net",
                    str(root / f"usr/share/metainfo/{build_packages.APP_ID}.metainfo.xml")], headless)
    assert metainfo.returncode == 0, metainfo.stdout
