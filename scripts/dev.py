"""Links this checkout into a QGIS profile as ``python/plugins/peuplement``, the way QGIS
plugin developers work: edit here, reload in QGIS with Plugin Reloader, no copy to keep in
sync. The repository root is the plugin folder (its ``__init__.py`` hands over to
``peuplement_plugin/``), so the link loads as is. Translations are compiled first, so the
French interface shows.

Usage: /usr/bin/python3 scripts/dev.py [--profile default] [--plugins-dir DIR] [--unlink]
       make dev [PROFILE=default] [PLUGINS_DIR=DIR]
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.package import compile_translations, lrelease_binary, plugin_name  # noqa: E402


def profiles_dir():
    """Where QGIS 3 keeps its profiles: QGIS_CUSTOM_CONFIG_PATH when set (QGIS reads it too),
    else the platform's default."""
    custom = os.environ.get("QGIS_CUSTOM_CONFIG_PATH")
    if custom:
        return Path(custom) / "profiles"
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "QGIS" / "QGIS3" / "profiles"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "QGIS" / "QGIS3" / "profiles"
    return Path.home() / ".local" / "share" / "QGIS" / "QGIS3" / "profiles"


def link(plugins, name):
    """python/plugins/<name> → this checkout. An existing link is replaced; an installed
    copy (a real folder) is left alone: two versions of one plugin would shadow each other."""
    target = plugins / name
    if target.is_symlink():
        if target.resolve() == ROOT:
            return target, "already linked"
        target.unlink()
    elif target.exists():
        raise SystemExit("{} is an installed copy, not a link: uninstall it (Plugins ▸ Manage and Install "
                         "Plugins ▸ Installed ▸ Uninstall) or move it away, then run again.".format(target))
    plugins.mkdir(parents=True, exist_ok=True)
    target.symlink_to(ROOT, target_is_directory=True)
    return target, "linked"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profile", default="default", help="QGIS profile name (default: default)")
    parser.add_argument("--plugins-dir", help="a python/plugins folder, instead of the profile's")
    parser.add_argument("--unlink", action="store_true", help="remove the link")
    args = parser.parse_args(argv)
    name = plugin_name()
    plugins = Path(args.plugins_dir) if args.plugins_dir else profiles_dir() / args.profile / "python" / "plugins"
    if args.unlink:
        target = plugins / name
        if target.is_symlink():
            target.unlink()
            print("Removed the link {}".format(target))
        else:
            print("No link at {}".format(target))
        return 0
    if lrelease_binary():
        compile_translations()
    else:
        print("lrelease not found (Debian: qttools5-dev-tools): the plugin loads in English only.")
    target, state = link(plugins, name)
    print("{}: {} -> {}".format(state, target, ROOT))
    print("""
Next:
  1. Start QGIS with the profile {profile} and tick "Peuplement" in
     Plugins > Manage and Install Plugins > Installed (once).
  2. Install "Plugin Reloader" from the same dialog (All tab). After each change of the code,
     Plugins > Plugin Reloader > Reload plugin: {name} (Ctrl+F5; choose "{name}" once in
     Plugin Reloader's configuration). A changed .ts needs `make i18n` before the reload.
  3. Headless, the same checkout: qgis_process.bin plugins enable {name}; qgis_process.bin list
  Remove the link: make dev-unlink (with the same PROFILE= / PLUGINS_DIR=).""".format(
        profile='"{}"'.format(args.profile) if not args.plugins_dir else "whose python/plugins is " + str(plugins),
        name=name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
