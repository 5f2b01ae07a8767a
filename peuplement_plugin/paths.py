"""Where the plugin's files are. The plugin folder (the repository root, or the installed
``peuplement/``: the same layout) holds ``metadata.txt``, ``resources/``, ``styles/`` and
``i18n/`` beside this package ``peuplement_plugin/``. Files are found by path: no compiled
Qt resources.
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def plugin_root():
    """The folder that holds ``metadata.txt``: the parent of this package, in a checkout,
    a ``make dev`` link, a ``pb_tool deploy`` and an installed zip alike."""
    return _PACKAGE.parent


def resource(*parts):
    return plugin_root().joinpath("resources", *parts)


def style(name):
    return plugin_root().joinpath("styles", name)


def icon_path(name="peuplement.svg"):
    return str(resource("icons", name))


def i18n_dir():
    return plugin_root() / "i18n"
