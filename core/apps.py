from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared pieces: users, media models, base page, blocks, site chrome, i18n helpers."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from core import cache, signals  # noqa: F401

        cache.connect_signals()
