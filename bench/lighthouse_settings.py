"""Production settings with the Lighthouse run's own static and media folders
(bench/lighthouse.py sets LIGHTHOUSE_STATIC_ROOT and MEDIA_ROOT to temporary folders)."""

import os

from settings.production import *  # noqa: F403

STATIC_ROOT = os.environ["LIGHTHOUSE_STATIC_ROOT"]
