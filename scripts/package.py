"""Builds the installable plugin zip: one folder ``peuplement/`` holding the code of
``peuplement_plugin/`` with metadata.txt, resources/, styles/ and the compiled i18n/*.qm
beside it, and nothing else (no tests, no caches).

Usage: /usr/bin/python3 scripts/package.py [--out build]
"""

import argparse
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "peuplement"
SKIP = {"__pycache__", ".pytest_cache"}


def lrelease_binary():
    """Qt's lrelease (Debian: qttools5-dev-tools). The real binary first: /usr/bin/lrelease
    is qtchooser's wrapper, which fails where no default Qt was chosen."""
    direct = Path("/usr/lib/qt5/bin/lrelease")
    return str(direct) if direct.exists() else shutil.which("lrelease")


def compile_translations():
    """i18n/*.ts → i18n/*.qm."""
    ts_files = sorted((ROOT / "i18n").glob("*.ts"))
    if not ts_files:
        return
    lrelease = lrelease_binary()
    for ts in ts_files:
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def _copy_tree(source, target):
    for path in sorted(source.rglob("*")):
        if any(part in SKIP for part in path.relative_to(source).parts) or path.suffix == ".pyc":
            continue
        destination = target / path.relative_to(source)
        if path.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
        else:
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)


def build(out):
    out = Path(out).resolve()
    stage = out / PLUGIN_NAME
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    compile_translations()
    _copy_tree(ROOT / "peuplement_plugin", stage)
    for folder in ("resources", "styles"):
        _copy_tree(ROOT / folder, stage / folder)
    (stage / "i18n").mkdir()
    for qm in sorted((ROOT / "i18n").glob("*.qm")):
        shutil.copy2(qm, stage / "i18n" / qm.name)
    for name in ("metadata.txt", "LICENSE", "README.md"):
        shutil.copy2(ROOT / name, stage / name)
    archive = out / "{}.zip".format(PLUGIN_NAME)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for path in sorted(stage.rglob("*")):
            if path.is_file():
                zipped.write(path, path.relative_to(out))
    return archive


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "build"))
    args = parser.parse_args(argv)
    print(build(args.out))


if __name__ == "__main__":
    sys.exit(main())
