"""Load bilingual demo content and the admin account; safe to run again and again."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Site

from core.demo import DemoContext, loaders

CREDENTIALS_FILE = settings.BASE_DIR / ".demo-admin-password"


class Command(BaseCommand):
    help = "Create the bilingual demo site and an admin account (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Host name of the demo site.")
        parser.add_argument("--port", type=int, default=8000, help="Port of the demo site.")
        parser.add_argument("--no-admin", action="store_true", help="Do not create the admin.")

    def handle(self, *args, host, port, no_admin, **options):
        with transaction.atomic():
            vi = Locale.objects.get_or_create(language_code="vi")[0]
            en = Locale.objects.get_or_create(language_code="en")[0]
            context = DemoContext(vi=vi, en=en)
            # Each app's demo package, in INSTALLED_APPS order: later ones link to earlier ones.
            for module in loaders():
                module.load(context)
            Site.objects.filter(is_default_site=True).exclude(hostname=host, port=port).update(
                hostname=host, port=port
            )
        if context.created:
            self.stdout.write(f"Demo content created: {len(context.created)} items.")
        else:
            self.stdout.write("Demo content already present: nothing changed.")
        if not no_admin:
            self.ensure_admin()

    def ensure_admin(self):
        User = get_user_model()
        if not User.objects.filter(username="admin").exists():
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser("admin", "admin@example.com", password)
            CREDENTIALS_FILE.write_text(password)
            CREDENTIALS_FILE.chmod(0o600)
        password = (
            CREDENTIALS_FILE.read_text().strip()
            if CREDENTIALS_FILE.exists()
            else "(unchanged; set one with: python3 manage.py changepassword admin)"
        )
        self.stdout.write(
            self.style.SUCCESS(f"Admin account: username 'admin', password '{password}'")
        )
