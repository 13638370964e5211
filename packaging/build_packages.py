"""Build the one-folder app with PyInstaller and, on Debian/Ubuntu, the .deb around it.

    .venv/bin/python packaging/build_packages.py bundle [--build-dir DIR]   # DIR/dist/softphone/
    .venv/bin/python packaging/build_packages.py deb    [--build-dir DIR]   # DIR/softphone_<v>_<arch>.deb
    .venv/bin/python packaging/build_packages.py all    [--build-dir DIR]   # both

DIR defaults to build/ in the repository. The .deb puts the bundle in /opt/softphone with a
/usr/bin/softphone link, and the desktop entry, icons (SVG and rendered PNGs) and AppStream
metadata where desktops and software centres look for them. tests/workstation builds both.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

import icons  # noqa: E402  (packaging/icons.py)
import translations  # noqa: E402  (packaging/translations.py)

from softphone import __version__  # noqa: E402

PACKAGE = "softphone"
APP_ID = "com.example.softphone"
RESOURCES = ROOT / "softphone" / "resources"

# What the bundle takes from the system rather than carrying itself:
# - the graphics stack and libc, which PyInstaller never bundles (libc6, libegl1, libgl1, libxcb1);
# - what is loaded by name at run time: PortAudio (sounddevice) and espeak-ng (pyttsx3);
# - data files read by bundled libraries: fontconfig's configuration and a font, xkb keymaps;
# - the X11 libraries Qt's xcb platform plugin needs. PyInstaller bundles copies of most of
#   these from the build machine, but depending on them keeps the package working when those
#   copies are left out (and tests check that every system library the bundle resolves comes
#   from one of these packages).
DEPENDS = [
    "libc6 (>= 2.36)",
    "libegl1", "libgl1", "libopengl0",
    "libxcb1", "libx11-xcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-image0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0",
    "libxcb-xkb1", "libxkbcommon0", "libxkbcommon-x11-0",
    "libfontconfig1", "libfreetype6", "libdbus-1-3", "libglib2.0-0",
    "libportaudio2", "espeak-ng", "libespeak-ng1",
]
# Useful, not required: the desktop's location service, a sound server, a font.
RECOMMENDS = ["geoclue-2.0", "pulseaudio | pipewire-pulse", "fonts-dejavu-core"]

DESCRIPTION = """Contact-center softphone whose emergency calls never wait
 A desktop softphone for contact-center agents. An emergency call goes out to
 the carrier before anything else happens; the callback number, location and
 notifications follow. Click-to-call through tel:, callto: and sip: links,
 fleet-wide settings in /etc/softphone/settings.toml, and a tray icon that keeps
 emergency callbacks ringing with the window closed."""

COPYRIGHT = """Softphone: proprietary; all rights reserved by its owner.

The bundle in /opt/softphone carries third-party software under its own licences (Python,
Qt for Python (LGPLv3), NumPy, phonenumbers, timezonefinder, tzdata and others); their licence
files are in /opt/softphone/_internal next to each package.

Country boundaries © OpenStreetMap contributors, available under the Open Database License
(https://opendatacommons.org/licenses/odbl/1-0/), via timezone-boundary-builder and the
timezonefinder-data package.
"""


def run(command: list[str], **options: object) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, **options)  # type: ignore[call-overload]


def bundle(build: Path) -> Path:
    """Render the icons, compile the translations, then run PyInstaller; returns the app
    folder."""
    icons.render(icons.svg_icon(), build / "icons")
    translations.build()  # into softphone/translations, where the spec takes them from
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(build / "dist"), "--workpath", str(build / "work"),
         str(ROOT / "packaging" / "softphone.spec")])
    return build / "dist" / PACKAGE


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def installed_size_kib(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return (total + 1023) // 1024


def control(size_kib: int, arch: str) -> str:
    fields = {
        "Package": PACKAGE,
        "Version": __version__,
        "Architecture": arch,
        "Maintainer": "The softphone team <softphone@example.com>",
        "Installed-Size": str(size_kib),
        "Depends": ", ".join(DEPENDS),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "comm",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    return "".join(f"{name}: {value}\n" for name, value in fields.items())


def normalise_permissions(root: Path) -> None:
    """0755 for folders and executables, 0644 for the rest, whatever the build's umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def deb(build: Path) -> Path:
    """Stage the package tree from the built bundle and pack it with dpkg-deb."""
    app = build / "dist" / PACKAGE
    if not (app / PACKAGE).is_file():
        raise SystemExit(f"No bundle in {app}: run `packaging/build_packages.py bundle` first.")
    stage = build / "deb" / "root"
    if stage.exists():
        shutil.rmtree(stage)
    # Hard links: the bundle is 250 MB and dpkg-deb only reads it.
    shutil.copytree(app, stage / "opt" / PACKAGE, symlinks=True, copy_function=os.link)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = stage / "usr" / "share"
    for source, target in (
        (RESOURCES / "desktop" / "softphone.desktop", share / "applications" / "softphone.desktop"),
        (RESOURCES / "desktop" / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (RESOURCES / "icons" / "softphone.svg",
         share / "icons" / "hicolor" / "scalable" / "apps" / "softphone.svg"),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    for png in sorted((build / "icons").glob("*/softphone.png")):
        target = share / "icons" / "hicolor" / png.parent.name / "apps" / "softphone.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    docs = share / "doc" / PACKAGE
    docs.mkdir(parents=True)
    (docs / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    arch = architecture()
    (stage / "DEBIAN").mkdir()
    size = installed_size_kib(stage)
    (stage / "DEBIAN" / "control").write_text(control(size, arch), encoding="utf-8")
    normalise_permissions(stage)
    output = build / f"{PACKAGE}_{__version__}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(output)])
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("bundle", "deb", "all"))
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build")
    args = parser.parse_args()
    build = args.build_dir.resolve()
    build.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # icons are rendered without a screen
    if args.what in ("bundle", "all"):
        print(f"bundle: {bundle(build)}")
    if args.what in ("deb", "all"):
        print(f"deb: {deb(build)}")


if __name__ == "__main__":
    main()
