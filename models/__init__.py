"""Bundled scamtext models; installed as the data package ``scamtext._models``."""
