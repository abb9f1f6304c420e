#!/usr/bin/env python
import os
import sys
from pathlib import Path

# site/ holds the configuration (settings, urls, wsgi); it is a source root rather
# than a package because "site" is a standard-library module (see README).
sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
