"""Builds the compiled translations (.qm) into the package, for wheels and editable installs.

Everything else about the package is in pyproject.toml, which lists PySide6 among the build
requirements for Qt's lrelease; packaging/translations.py does the compiling (the .qm files are
generated, never committed).
"""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        sys.path.insert(0, str(ROOT / "packaging"))
        import translations  # packaging/translations.py

        base = ROOT if self.editable_mode else Path(self.build_lib)
        translations.build(base / "softphone" / "translations")


setup(cmdclass={"build_py": BuildWithTranslations})
