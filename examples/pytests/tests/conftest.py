import sys


def notes_of(exc):
    """The PEP 678 notes of an exception (none before Python 3.11)."""
    return getattr(exc, "__notes__", None)


HAS_NOTES = sys.version_info >= (3, 11)
