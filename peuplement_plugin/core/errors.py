"""Errors the user can act on.

An algorithm turns a ``PeuplementError`` into a ``QgsProcessingException`` whose
message is shown as is: it must name the file, the field and the rows concerned.
"""


class PeuplementError(ValueError):
    """A problem in the user's data or parameters, with a message meant for them."""
