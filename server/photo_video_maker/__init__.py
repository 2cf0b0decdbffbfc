"""Photo Video Maker Easy: photos, clips and music into a shareable video."""

__version__ = "0.1.0"
