"""The event editor's registrations panel: where seats stand, and the way to the list.

Below the page models (events.models imports it): it reads the page it is bound to and
names the registrations' admin screens by URL, never by import."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from events.choices import RegistrationStatus

# The registrations' ModelViewSet name (events.wagtail_hooks), hence its URL namespace.
REGISTRATIONS_ADMIN = "registrations"


def registrations_url(event) -> str:
    """The staff list of one event's registrations (those of its default-language version)."""
    return reverse(f"{REGISTRATIONS_ADMIN}:index") + f"?event={event.registration_source().pk}"


def registration_summary(event) -> dict:
    """Confirmed and waiting totals and seats left, counted on the version that holds the
    registrations (EventPage.registration_totals and registration_state)."""
    source = event.registration_source()
    totals = source.registration_totals()
    state = source.registration_state()
    return {
        "source": source,
        "confirmed": totals[RegistrationStatus.CONFIRMED],
        "waitlisted": totals[RegistrationStatus.WAITLISTED],
        "capacity": state["capacity"],
        "left": state["left"] if state["capacity"] else None,
        "url": registrations_url(source),
    }


class RegistrationsPanel(Panel):
    """For those who may see registrations (Event managers' permission); hidden on a new page."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "events/admin/registrations_panel.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk) and self.request.user.has_perm(
                "events.view_registration"
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(registration_summary(self.instance))
            context["is_source"] = context["source"].pk == self.instance.pk
            return context
