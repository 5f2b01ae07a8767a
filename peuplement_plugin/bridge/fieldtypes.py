"""Field types that every supported QGIS reads without a deprecation: ``QMetaType.Type``
from QGIS 3.38 on (where ``QgsField(name, QVariant.Type)`` is deprecated, and the only
form on Qt6 / QGIS 4), ``QVariant.Type`` before (QGIS 3.22 to 3.36 know no other).

``FieldType.String`` & co. stand where ``QVariant.String`` stood: in ``QgsField(name,
FieldType.Int)`` and in comparisons with ``QgsField.type()``, which returns the same
kind of type on each version.
"""

from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType, QVariant

#: The first QGIS whose QgsField takes a QMetaType.Type.
QMETATYPE_SINCE = 33800


def uses_qmetatype(version=None):
    """Whether QGIS ``version`` (Qgis.QGIS_VERSION_INT, the running one by default) types
    fields with QMetaType.Type."""
    return (Qgis.QGIS_VERSION_INT if version is None else version) >= QMETATYPE_SINCE


class _QMetaTypes:
    String = QMetaType.Type.QString
    Int = QMetaType.Type.Int
    LongLong = QMetaType.Type.LongLong
    Double = QMetaType.Type.Double
    Bool = QMetaType.Type.Bool
    Date = QMetaType.Type.QDate
    DateTime = QMetaType.Type.QDateTime


class _QVariantTypes:
    # QVariant.Type exists on Qt5 only, where QGIS < 3.38 runs: looked up on use, so that
    # this module imports on Qt6 too.
    _NAMES = ("String", "Int", "LongLong", "Double", "Bool", "Date", "DateTime")

    def __getattr__(self, name):
        if name not in self._NAMES:
            raise AttributeError(name)
        return getattr(QVariant, name)


def types_for(version=None):
    """The field-type namespace of QGIS ``version`` (the running one by default)."""
    return _QMetaTypes if uses_qmetatype(version) else _QVariantTypes()


FieldType = types_for()
