"""Fast re-implementations kept honest: each runs only with the library version it was tested against.

Four loops of other libraries are re-implemented here for speed (VADER's
compound, TextBlob's sentiment, NLTK's Punkt span loop, langid's automaton).
Each gives the library's own results, which the test suite checks by comparing
both paths, but only for the versions listed in :data:`TESTED`. With any
other installed version the library's own code runs instead (the same results,
slower), and a warning says so once. Setting the environment variable
``ANALYSIS_LIBRARY_CODE=1`` always uses the libraries' own code.
"""

from __future__ import annotations

import os
import warnings
from functools import cache
from importlib import metadata

#: The library versions each fast path was tested against (the tests compare both paths).
TESTED: dict[str, tuple[str, ...]] = {
    "vaderSentiment": ("3.3.2",),
    "textblob": ("0.20.1",),
    "nltk": ("3.10.4",),
    "langid": ("1.1.6",),
}
ENV_VARIABLE = "ANALYSIS_LIBRARY_CODE"


class ShadowWarning(UserWarning):
    """A fast path is off: the installed library is not the version it was tested against."""


def installed_version(library: str) -> str | None:
    """The installed version of a distribution, or ``None``."""
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return None


@cache
def use_fast_path(library: str, what: str) -> bool:
    """Whether the fast re-implementation of ``library``'s code (``what``) may run; warns once when it may not."""
    if os.environ.get(ENV_VARIABLE, "") not in ("", "0"):
        return False
    version = installed_version(library)
    if version in TESTED[library]:
        return True
    warnings.warn(
        f"{what} was tested against {library} {', '.join(TESTED[library])}, but {library} {version} is installed: "
        f"{library}'s own code is used instead (the same results, slower). Install a tested version for speed.",
        ShadowWarning,
        stacklevel=3,
    )
    return False
