"""Corpus tooling: validation (``check``) and template-grouped splitting (``split``)."""
