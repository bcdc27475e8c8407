"""The declarative module itself: exports, submodules, init, metadata."""

import pytests
from pytests import conversions, signatures


def test_exports():
    assert pytests.exported_from_outside() == "outside"
    assert pytests.VERSION == "1.0"
    assert pytests.INIT_RAN is True


def test_submodules():
    assert signatures.__name__ == "pytests.signatures"
    assert conversions.__name__ == "pytests.conversions"
    assert signatures.__doc__ == "Parameters of every kind."
    assert signatures.required.__module__ == "pytests.signatures"


def test_module_doc_and_all():
    extension = pytests.pytests if hasattr(pytests, "pytests") else pytests
    assert extension.__doc__ == "Functions covering the signatures and conversions of `#[pyfunction]`."
    assert set(extension.__all__) >= {"exported_from_outside", "VERSION", "signatures", "conversions", "INIT_RAN"}
