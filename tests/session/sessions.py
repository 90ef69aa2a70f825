"""The one place tests build a session (the fixtures of conftest.py build theirs here too)."""

from __future__ import annotations

import attrs

import ucwa
import ucwa_session


def new_session(token_provider: ucwa.TokenProvider, **settings: object) -> ucwa_session.UcwaSession:
    """``UcwaSession.connect(token_provider, ...)``: a setting that :class:`SessionOptions`
    names goes into ``options``, the others to ``connect`` (``domain``, ``root_url``,
    ``trusted_hosts``, ``clock``) and through it to ``ucwa.Client``."""
    own = attrs.fields_dict(ucwa_session.SessionOptions)
    options = {name: settings.pop(name) for name in list(settings) if name in own}
    return ucwa_session.UcwaSession.connect(
        token_provider,
        options=ucwa_session.SessionOptions(**options),  # type: ignore[arg-type]
        **settings,  # type: ignore[arg-type]
    )
