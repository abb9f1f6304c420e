from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        # Connects the receivers; the module imports models, so not before the app is ready.
        from events import signals  # noqa: F401, PLC0415
