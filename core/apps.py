from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared pieces: users, media models, base page, blocks, site chrome, i18n helpers."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        # Receivers are connected once the app registry is ready (Django's convention).
        from django.apps import apps  # noqa: PLC0415

        from core import cache, facts, signals  # noqa: F401, PLC0415

        cache.connect_signals()
        facts.connect_signals()
        facts.make_facts_fixed([m for m in apps.get_models() if issubclass(m, facts.FACT_MODELS)])
