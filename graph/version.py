"""The version of srgraph (its own module: the pipeline stages need it, not the package face)."""

__version__ = "0.1.0"
