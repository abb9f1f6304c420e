from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared pieces: users, media models, base page, blocks, site chrome, i18n helpers."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        # Receivers are connected once the app registry is ready (Django's convention).
        from core import cache, signals  # noqa: F401, PLC0415

        cache.connect_signals()
