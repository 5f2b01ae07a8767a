"""One plugin layout for QGIS, pb_tool and make package: `pb_tool deploy`, `pb_tool zip` and
scripts/package.py (what `make package` runs) build the same plugin from a fresh copy of the
checkout, and QGIS (qgis_process.bin) loads each of them, and a checkout linked into a
profile by `make dev` (scripts/dev.py), with its algorithms in French."""

import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
PB_TOOL = Path(sys.executable).parent / "pb_tool"
NAME = "peuplement"
# What is not part of a fresh clone: build outputs, caches, the local venv.
NOT_CLONED = shutil.ignore_patterns(".git", ".venv", "build", "dist", "__pycache__", "*.pyc", ".pytest_cache",
                                    "*.qm", "peuplement.zip", ".qgis-settings")
# The keys `pb_tool zip` stamps into the metadata.txt it ships (its patch_metadata), lower-cased
# as configparser reads them; commitSha1 / commitNumber only inside a git work tree.
PB_TOOL_STAMPS = {"datetime", "commitsha1", "commitnumber"}

pytestmark = pytest.mark.skipif(not Path(QGIS_PROCESS).exists(), reason="qgis_process.bin not installed")


def files_under(folder):
    return sorted(p.relative_to(folder).as_posix() for p in Path(folder).rglob("*") if p.is_file())


def zip_files(archive):
    with zipfile.ZipFile(archive) as zipped:
        return sorted(n for n in zipped.namelist() if not n.endswith("/"))


def pb_tool(source, *arguments, stdin=None):
    # Debian's Qt 5 tools first: /usr/bin/lrelease is qtchooser's wrapper.
    env = dict(os.environ, PATH="/usr/lib/qt5/bin:" + os.environ.get("PATH", "/usr/bin:/bin"))
    result = subprocess.run([str(PB_TOOL), *arguments], cwd=str(source), input=stdin, capture_output=True,
                            text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """The plugin built three ways from one copy of the checkout as a clone has it (no .qm,
    no caches): scripts/package.py, `pb_tool deploy`, `pb_tool translate` + `pb_tool zip`."""
    assert PB_TOOL.exists(), "pb_tool is not in the test venv: make venv (requirements-test.txt)"
    base = tmp_path_factory.mktemp("packaging")
    source = base / "checkout"
    shutil.copytree(ROOT, source, ignore=NOT_CLONED, symlinks=True)
    make = subprocess.run(["/usr/bin/python3", str(source / "scripts" / "package.py"), "--out", str(base / "make")],
                          capture_output=True, text=True, timeout=300)
    assert make.returncode == 0, make.stderr
    (source / "i18n" / "peuplement_fr.qm").unlink()   # pb_tool must compile its own
    pb_tool(source, "translate")
    pb_tool(source, "deploy", "-y", "-n", "-p", str(base / "deploy"))
    pb_tool(source, "zip", "-n", "-p", str(base / "zip_deploy"), stdin="y\n")
    return {"source": source, "make": base / "make", "make_zip": base / "make" / "peuplement.zip",
            "deploy": base / "deploy" / NAME, "pb_zip": source / "peuplement.zip"}


def test_make_package_ships_the_plugin_folder_and_nothing_else(builds):
    """Checked against the checkout itself, not against pb_tool.cfg: every module of the code,
    every style and resource, the compiled French; no test, no .ts, no script, no cache."""
    source = builds["source"]
    shipped = [name[len(NAME) + 1:] for name in zip_files(builds["make_zip"])]
    assert all(name.startswith(NAME + "/") for name in zip_files(builds["make_zip"]))
    expected = {"__init__.py", "metadata.txt", "LICENSE", "README.md", "i18n/peuplement_fr.qm"}
    for folder in ("peuplement_plugin", "resources", "styles"):
        expected |= {"{}/{}".format(folder, name) for name in files_under(source / folder)}
    assert set(shipped) == expected
    assert "peuplement_plugin/processing/provider.py" in shipped and "styles/indicateurs_parc.qml" in shipped
    assert not [n for n in shipped if n.startswith(("tests/", "scripts/", "tools/", "docs/")) or n.endswith(
        (".ts", ".pyc")) or "__pycache__" in n]
    metadata = configparser.ConfigParser()
    metadata.read(builds["make"] / NAME / "metadata.txt", encoding="utf-8")
    assert metadata["general"]["icon"] in shipped   # the icon path QGIS resolves in the plugin folder


def test_pb_tool_deploy_is_make_package(builds):
    make_stage = builds["make"] / NAME
    assert files_under(builds["deploy"]) == files_under(make_stage)
    for name in files_under(make_stage):
        assert (builds["deploy"] / name).read_bytes() == (make_stage / name).read_bytes(), name


def test_pb_tool_zip_is_make_package(builds):
    assert zip_files(builds["pb_zip"]) == zip_files(builds["make_zip"])
    with zipfile.ZipFile(builds["pb_zip"]) as pb, zipfile.ZipFile(builds["make_zip"]) as make:
        for name in zip_files(builds["make_zip"]):
            if name != NAME + "/metadata.txt":
                assert pb.read(name) == make.read(name), name
        ours, theirs = configparser.ConfigParser(), configparser.ConfigParser()
        ours.read_string(make.read(NAME + "/metadata.txt").decode("utf-8"))
        theirs.read_string(pb.read(NAME + "/metadata.txt").decode("utf-8"))
    # pb_tool zip only adds its build stamps (dateTime, and the commit inside a git tree)
    assert "datetime" in theirs["general"]
    assert set(theirs["general"]) - set(ours["general"]) <= PB_TOOL_STAMPS
    assert {key: theirs["general"][key] for key in ours["general"]} == dict(ours["general"])


def test_pb_tool_cfg_compiles_every_translation():
    config = configparser.ConfigParser()
    config.read(ROOT / "pb_tool.cfg", encoding="utf-8")
    locales = config.get("files", "locales").split()
    assert sorted(ts.stem for ts in (ROOT / "i18n").glob("*.ts")) == sorted(locales)
    assert {"i18n/{}.qm".format(locale) for locale in locales} <= set(config.get("files", "extras").split())
    assert "__init__.py" in config.get("files", "python_files").split()


def french_names():
    """The French of every translated string of i18n/peuplement_fr.ts, and the English sources."""
    root = ET.parse(str(ROOT / "i18n" / "peuplement_fr.ts")).getroot()
    return ({m.find("translation").text for m in root.iter("message")},
            {m.find("source").text for m in root.iter("message")})


def loaded_algorithms(config, extra_env=None):
    """`plugins enable peuplement` then `list` in a throw-away QGIS config whose profile
    speaks French; returns {algorithm id: displayed name}."""
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[locale]\nuserLocale=fr\noverrideFlag=true\n", encoding="utf-8")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen",
               XDG_RUNTIME_DIR=str(config), HOME=str(config), PYTHONPATH="")
    env.pop("QGIS_PLUGINPATH", None)
    env.update(extra_env or {})
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", NAME], env=env, capture_output=True, text=True,
                             cwd=str(config), timeout=300)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    listing = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, cwd=str(config),
                             timeout=300)
    assert listing.returncode == 0, listing.stderr
    algorithms = dict(line.strip().split("\t", 1) for line in listing.stdout.splitlines()
                      if line.strip().startswith(NAME + ":"))
    assert len(algorithms) >= 10, listing.stdout + listing.stderr
    french, english = french_names()
    # in French: the .qm was shipped and found beside the code
    assert set(algorithms.values()) <= french and set(algorithms.values()) - english, algorithms
    return algorithms


def profile_plugins(config):
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    return plugins


def test_qgis_loads_the_make_package_zip(builds, tmp_path):
    with zipfile.ZipFile(builds["make_zip"]) as zipped:
        zipped.extractall(profile_plugins(tmp_path))
    assert "peuplement:indicateurs_parc" in loaded_algorithms(tmp_path)


def test_qgis_loads_the_pb_tool_zip(builds, tmp_path):
    with zipfile.ZipFile(builds["pb_zip"]) as zipped:
        zipped.extractall(profile_plugins(tmp_path))
    assert "peuplement:observatoire" in loaded_algorithms(tmp_path)


def test_qgis_loads_the_pb_tool_deploy_through_qgis_pluginpath(builds, tmp_path):
    profile_plugins(tmp_path)   # empty: the plugin comes from QGIS_PLUGINPATH
    algorithms = loaded_algorithms(tmp_path, {"QGIS_PLUGINPATH": str(builds["deploy"].parent)})
    assert "peuplement:import_table" in algorithms


def make(*arguments, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "MAKEFLAGS")}
    environment.update(env)
    return subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), *arguments], capture_output=True,
                          text=True, timeout=300, env=environment)


def test_make_dev_links_the_checkout_and_qgis_loads_it(tmp_path):
    """`make dev` with QGIS_CUSTOM_CONFIG_PATH (which QGIS reads too): the link lands in that
    config's default profile, where qgis_process finds it."""
    linked = make("dev", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path))
    assert linked.returncode == 0, linked.stdout + linked.stderr
    link = tmp_path / "profiles" / "default" / "python" / "plugins" / NAME
    assert link.is_symlink() and link.resolve() == ROOT
    assert "Plugin Reloader" in linked.stdout
    assert "peuplement:atlas" in loaded_algorithms(tmp_path)
    again = make("dev", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path))
    assert again.returncode == 0 and "already linked" in again.stdout
    unlinked = make("dev-unlink", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path))
    assert unlinked.returncode == 0 and not os.path.lexists(link)
    assert ROOT.joinpath("metadata.txt").is_file()   # the link went, not the checkout


def test_make_dev_profile_and_plugins_dir(tmp_path):
    """The default place, ~/.local/share/QGIS/QGIS3/profiles/<PROFILE>/python/plugins, and PLUGINS_DIR."""
    assert make("dev", "PROFILE=travail", HOME=str(tmp_path)).returncode == 0
    link = tmp_path / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "travail" / "python" / "plugins" / NAME
    assert link.is_symlink() and link.resolve() == ROOT
    plugins = tmp_path / "ailleurs"
    assert make("dev", "PLUGINS_DIR={}".format(plugins), HOME=str(tmp_path)).returncode == 0
    assert (plugins / NAME).resolve() == ROOT
    assert make("dev-unlink", "PLUGINS_DIR={}".format(plugins), HOME=str(tmp_path)).returncode == 0
    assert not os.path.lexists(plugins / NAME) and link.is_symlink()


def test_make_dev_leaves_an_installed_copy_alone(tmp_path):
    installed = tmp_path / NAME
    installed.mkdir()
    (installed / "metadata.txt").write_text("[general]\n", encoding="utf-8")
    result = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "dev.py"), "--plugins-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode != 0 and "installed copy" in result.stderr
    assert not installed.is_symlink() and (installed / "metadata.txt").is_file()


RELOAD = """
import sys
plugins = sys.argv[1]
sys.path[:0] = ["/usr/share/qgis/python/plugins", plugins]
from qgis.core import QgsApplication
app = QgsApplication([], True)
app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtWidgets import QMainWindow, QToolBar
import qgis.utils


class Iface:
    # the parts of QgisInterface the plugin calls; menus recorded, the rest does nothing

    def __init__(self):
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.bar = QgsMessageBar(self.window)
        self.menus = []

    def mainWindow(self):
        return self.window

    def mapCanvas(self):
        return self.canvas

    def messageBar(self):
        return self.bar

    def addToolBar(self, name):
        return QToolBar(name, self.window)

    def addPluginToMenu(self, menu, action):
        self.menus.append(action.objectName())

    def removePluginMenu(self, menu, action):
        self.menus.remove(action.objectName())

    def activeLayer(self):
        return None

    def __getattr__(self, name):
        return lambda *arguments: None


iface = qgis.utils.iface = Iface()
qgis.utils.plugin_paths = [plugins]
qgis.utils.updateAvailablePlugins()
registry = QgsApplication.processingRegistry()
assert qgis.utils.loadPlugin("peuplement") and qgis.utils.startPlugin("peuplement")
first = sys.modules["peuplement.peuplement_plugin.plugin"]
print("LOADED", first.__file__, len(registry.providerById("peuplement").algorithms()))
print("MENUS", ",".join(iface.menus))
# what Plugin Reloader does: unload, forget the plugin's modules, load and start again
assert qgis.utils.reloadPlugin("peuplement")
again = sys.modules["peuplement.peuplement_plugin.plugin"]
print("RELOADED", again is not first, len(registry.providerById("peuplement").algorithms()), len(iface.menus))
assert qgis.utils.unloadPlugin("peuplement")
print("UNLOADED", registry.providerById("peuplement") is None, iface.menus == [])
"""


def test_plugin_reloader_reloads_the_linked_checkout(tmp_path):
    """The desktop side of `make dev`: QGIS's own plugin loader (qgis.utils, which Plugin
    Reloader drives) starts the linked checkout with an iface, then reloads it from disk."""
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / NAME).symlink_to(ROOT, target_is_directory=True)
    result = subprocess.run([sys.executable, "-c", RELOAD, str(plugins)], capture_output=True, text=True,
                            timeout=300, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
                                                  XDG_RUNTIME_DIR=str(tmp_path), PYTHONPATH=""))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if line.split(" ")[0].isupper())
    path, count = lines["LOADED"].rsplit(" ", 1)
    # loaded through the link, as the package QGIS names after the folder
    assert Path(path) == plugins / NAME / "peuplement_plugin" / "plugin.py" and int(count) >= 10
    menus = lines["MENUS"].split(",")
    assert "peuplement_import_table" in menus
    # fresh modules, the same algorithms and menu entries (none left over from the first load)
    assert lines["RELOADED"] == "True {} {}".format(count, len(menus))
    assert lines["UNLOADED"] == "True True"


def test_contributing_names_only_real_make_targets():
    """CONTRIBUTING.md (linked from the README) tells the workflow in make targets: each exists."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\bmake ([a-z0-9][a-z0-9-]*)", text))
    defined = set(re.findall(r"^([a-z0-9][a-z0-9-]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))
    assert {"dev", "dev-unlink", "package", "test", "i18n", "i18n-update", "venv"} <= named
    assert named <= defined, named - defined
    assert "(CONTRIBUTING.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_plugin_code_imports_itself_relatively():
    """In QGIS the code is the package peuplement.peuplement_plugin: `import peuplement_plugin`
    (which works in tests, from the repository root) fails there, as do scripts and tools."""
    import ast

    absolute = []
    for module in sorted((ROOT / "peuplement_plugin").rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            absolute += ["{}:{}".format(module.relative_to(ROOT), node.lineno) for name in names
                         if name.split(".")[0] in ("peuplement_plugin", "peuplement", "scripts", "tools", "tests")]
    assert absolute == []
