"""ASGI entry point, for servers that prefer it (same set-up as wsgi.py)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "site"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.production")

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
