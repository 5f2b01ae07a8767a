"""Builds the installable plugin zip ``peuplement.zip``: one folder ``peuplement/`` with
the files pb_tool.cfg lists (the same list `pb_tool deploy` and `pb_tool zip` copy), the
translations compiled first. The folder has the repository's own layout: root
``__init__.py``, ``metadata.txt``, ``peuplement_plugin/``, ``resources/``, ``styles/`` and
``i18n/*.qm``; no tests, no .ts, no caches.

Usage: /usr/bin/python3 scripts/package.py [--out build] [--list]
"""

import argparse
import configparser
import fnmatch
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "pb_tool.cfg"
PLUGIN_NAME = "peuplement"
# What `pb_tool zip` leaves out of the extra_dirs it copies (its zip -x patterns).
CACHE_DIRS = {"__pycache__"}
CACHE_SUFFIXES = {".pyc"}


def read_config(root=ROOT):
    config = configparser.ConfigParser()   # as pb_tool reads it
    with open(root / "pb_tool.cfg", encoding="utf-8") as handle:
        config.read_file(handle)
    return config


def _words(config, section, option):
    return config.get(section, option, fallback="").split()


def locales(config):
    """The .ts sources of pb_tool.cfg's ``locales``, as pb_tool translate names them."""
    return ["{}.ts".format(os.path.splitext(locale)[0]) for locale in _words(config, "files", "locales")]


def plugin_name(root=ROOT):
    return read_config(root).get("plugin", "name")


def plugin_files(root=ROOT):
    """The plugin's files, relative to the plugin folder (= to the repository root), sorted:
    pb_tool's install list (python_files, main_dialog, the .py of compiled_ui_files and
    resource_files, extras, less excluded_files) and every file under extra_dirs but caches."""
    config = read_config(root)
    if config.get("help", "dir", fallback="").strip():
        raise ValueError("pb_tool.cfg [help]: Sphinx help is not packaged by scripts/package.py")
    compiled = ["{}.py".format(os.path.splitext(name)[0])
                for option in ("compiled_ui_files", "resource_files") for name in _words(config, "files", option)]
    listed = (_words(config, "files", "python_files") + _words(config, "files", "main_dialog") + compiled
              + _words(config, "files", "extras"))
    excluded = _words(config, "files", "excluded_files")
    files = {name for name in listed if not any(fnmatch.fnmatch(name, pattern) for pattern in excluded)}
    for folder in _words(config, "files", "extra_dirs"):
        for path in (root / folder).rglob("*"):
            relative = path.relative_to(root)
            if path.is_file() and not CACHE_DIRS & set(relative.parts) and path.suffix not in CACHE_SUFFIXES:
                files.add(relative.as_posix())
    for ts in locales(config):
        qm = "i18n/{}.qm".format(os.path.splitext(ts)[0])
        if qm not in files:
            raise ValueError("pb_tool.cfg: locale {} is compiled to {}, which extras must list".format(ts, qm))
    return sorted(files)


def lrelease_binary():
    """Qt's lrelease (Debian: qttools5-dev-tools). The real binary first: /usr/bin/lrelease
    is qtchooser's wrapper, which fails where no default Qt was chosen."""
    direct = Path("/usr/lib/qt5/bin/lrelease")
    return str(direct) if direct.exists() else shutil.which("lrelease")


def compile_translations(root=ROOT):
    """i18n/<locale>.ts → i18n/<locale>.qm for pb_tool.cfg's locales (what pb_tool translate does)."""
    lrelease = lrelease_binary()
    for ts in locales(read_config(root)):
        source = root / "i18n" / ts
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True)


def build(out, root=ROOT):
    out = Path(out).resolve()
    name = plugin_name(root)
    stage = out / name
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    compile_translations(root)
    for relative in plugin_files(root):
        destination = stage / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / relative, destination)
    archive = out / "{}.zip".format(name)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for path in sorted(stage.rglob("*")):
            if path.is_file():
                zipped.write(path, path.relative_to(out))
    return archive


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "build"))
    parser.add_argument("--list", action="store_true", help="print the plugin's files (from pb_tool.cfg) and stop")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(plugin_files()))
        return 0
    print(build(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
