"""Where the plugin's files are, in the repository and once installed.

Installed, the plugin folder holds ``metadata.txt``, ``resources/``, ``styles/`` and
``i18n/`` beside the code; in the repository they sit one level up, beside
``peuplement_plugin/``. Files are found by path: no compiled Qt resources.
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def plugin_root():
    """The folder that holds ``metadata.txt``."""
    for candidate in (_PACKAGE, _PACKAGE.parent):
        if (candidate / "metadata.txt").is_file():
            return candidate
    return _PACKAGE


def resource(*parts):
    return plugin_root().joinpath("resources", *parts)


def style(name):
    return plugin_root().joinpath("styles", name)


def icon_path(name="peuplement.svg"):
    return str(resource("icons", name))


def i18n_dir():
    return plugin_root() / "i18n"
