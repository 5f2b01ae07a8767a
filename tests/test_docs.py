"""docs/algorithms.md is what scripts/build_docs.py writes from the provider now: a
parameter, an algorithm or a help text changed without `make docs` fails here."""

import os
import subprocess

from conftest import ROOT


def test_algorithm_reference_does_not_drift(tmp_path):
    generated = tmp_path / "algorithms.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path), HOME=str(tmp_path))
    result = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "build_docs.py"), "--out", str(generated)],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    committed = (ROOT / "docs" / "algorithms.md").read_text(encoding="utf-8")
    assert generated.read_text(encoding="utf-8") == committed, "docs/algorithms.md is stale: run `make docs`"


def test_reference_lists_every_algorithm_and_parameter(provider):
    """Independently of the generator: every id and every parameter name of the provider
    appears in the committed reference."""
    text = (ROOT / "docs" / "algorithms.md").read_text(encoding="utf-8")
    for algorithm in provider.algorithms():
        section = text.split("## `{}`".format(algorithm.id()))
        assert len(section) == 2, algorithm.id()
        body = section[1].split("\n## ")[0]
        for parameter in algorithm.parameterDefinitions():
            assert "| `{}` |".format(parameter.name()) in body, (algorithm.id(), parameter.name())
        for output in algorithm.outputDefinitions():
            assert "`{}`".format(output.name()) in body.split("### Outputs")[1], (algorithm.id(), output.name())


def test_readme_links_the_reference():
    assert "(docs/algorithms.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
