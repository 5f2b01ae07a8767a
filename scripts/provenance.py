"""Which QGIS wrote a generated file (.qpt templates, the .model3 model).

QGIS writes the same content in a newer XML form from one version to the next, so the
drift tests compare bytes only when the running QGIS is the one that wrote the committed
file, and meaning otherwise. The build scripts put that version in an XML comment at the
top of the file; the tests read it back here."""

import re

STAMP = re.compile(r"<!-- Written by QGIS (?P<name>[^ ]+) \((?P<version>\d+)\) with (?P<tool>[\w./]+) -->\n")


def stamp(text, tool):
    """``text`` (a whole XML file) with the running QGIS's stamp before its root element
    (after a DOCTYPE line), any previous stamp removed."""
    from qgis.core import Qgis

    text = STAMP.sub("", text)
    line = "<!-- Written by QGIS {} ({}) with {} -->\n".format(Qgis.QGIS_VERSION.split("-")[0],
                                                            Qgis.QGIS_VERSION_INT, tool)
    if text.startswith("<!DOCTYPE"):
        first, _, rest = text.partition("\n")
        return first + "\n" + line + rest
    return line + text


def written_by(text):
    """Qgis.QGIS_VERSION_INT of the QGIS that wrote ``text``, or None when unstamped."""
    found = STAMP.search(text)
    return int(found.group("version")) if found else None
