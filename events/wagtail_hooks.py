import django_filters
from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import CreateView, DeleteView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.log_actions import log

from core.exports import SafeSpreadsheetExportMixin, StaffInspectView
from core.search import SEARCH_RESULT_TYPE_HOOK, SearchResultType
from core.submissions import PublicSubmission
from events.forms import STABLE_FIELDS, clean_registrant, country_choices
from events.models import EventPage, Registration, RegistrationStatus
from events.panels import REGISTRATIONS_ADMIN, registration_summary
from events.registration import (
    DuplicateRegistration,
    RegistrationRefused,
    cancel_registration,
    change_attendees,
    delete_registration,
    take_seats,
)


def source_events(request=None):
    """The events staff choose from: the versions that hold registrations."""
    return EventPage.objects.registration_sources().order_by("-start")


class RegistrationFilterSet(WagtailFilterSet):
    # English copies never hold registrations: not offered.
    event = django_filters.ModelChoiceFilter(queryset=source_events)

    class Meta:
        model = Registration
        fields = ["status", "created_at", "event"]


class RegistrationIndexView(SafeSpreadsheetExportMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")


class StaffRegistrationForm(forms.ModelForm):
    """A registration taken by phone or at the desk: same rules, same seat count."""

    class Meta:
        model = Registration
        fields = [
            "event",
            "registrant_type",
            "country",
            "organization",
            "tax_code",
            "sector",
            "contact_name",
            "position",
            "email",
            "phone",
            "attendees",
            "booth_requested",
            "products",
            "note",
            "language",
        ]

    def __init__(self, *args, **kwargs):
        kwargs.pop("for_user", None)
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = source_events()
        self.fields["country"].choices = country_choices()

    def clean(self):
        cleaned = super().clean()
        clean_registrant(self)  # the public form's rule
        return cleaned


class StaffRegistrationCreateView(CreateView):
    def save_instance(self):
        data = {
            name: self.form.cleaned_data[name] for name in self.form.Meta.fields if name != "event"
        }
        # Consent given on the phone or at the desk, under the current notice.
        data.update(PublicSubmission.consent_fields(data["language"]))
        return take_seats(self.form.cleaned_data["event"], data, staff=True).registration

    def form_valid(self, form):
        self.form = form
        try:
            return super().form_valid(form)
        except RegistrationRefused:
            form.add_error(None, _("This event does not take registrations."))
        except DuplicateRegistration:
            form.add_error("email", _("This business is already registered for this event."))
        return self.form_invalid(form)


class RegistrationUpdateForm(forms.ModelForm):
    """Staff on the day: tick attendance; or cancel, which frees seats for the waiting list."""

    checked_in = forms.BooleanField(label=gettext_lazy("Checked in"), required=False)
    cancel = forms.BooleanField(
        label=gettext_lazy("Cancel this registration"),
        required=False,
        help_text=gettext_lazy("Frees its seats; the waiting list moves up and is told by email."),
    )

    attendees = forms.IntegerField(
        label=gettext_lazy("Attendees"), min_value=1, max_value=500, required=False
    )

    class Meta:
        model = Registration
        fields = ["note"]

    def __init__(self, *args, **kwargs):
        kwargs.pop("for_user", None)
        super().__init__(*args, **kwargs)
        self.fields["checked_in"].initial = self.instance.checked_in_at is not None
        self.fields["attendees"].initial = self.instance.attendees
        if self.instance.status == RegistrationStatus.CANCELLED:
            del self.fields["cancel"]
            del self.fields["attendees"]

    def clean(self):
        cleaned = super().clean()
        attendees = cleaned.get("attendees")
        if attendees and attendees != self.instance.attendees and not cleaned.get("cancel"):
            try:
                # Seats move only through the guarded path (events/registration.py); here,
                # where a refusal can still become this field's error.
                change_attendees(self.instance, attendees)
            except RegistrationRefused:
                self.add_error("attendees", _("Not enough free seats for this number."))
        return cleaned

    def save(self, commit=True):
        registration = super().save(commit=False)
        if self.cleaned_data["checked_in"] != (registration.checked_in_at is not None):
            registration.checked_in_at = timezone.now() if self.cleaned_data["checked_in"] else None
        registration.save(update_fields=["note", "checked_in_at"])
        if self.cleaned_data.get("cancel"):
            cancel_registration(registration)
        return registration


class RegistrationDeleteView(DeleteView):
    def delete_action(self):
        # Its seats go to the waiting list, which is told (events/registration.py).
        with transaction.atomic():
            log(instance=self.object, action="wagtail.delete")
            delete_registration(self.object)


class RegistrationViewSet(ModelViewSet):
    """Registrations: personal data, for Event managers and administrators only."""

    model = Registration
    icon = "group"
    menu_label = gettext_lazy("Registrations")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = RegistrationIndexView
    inspect_view_class = StaffInspectView
    add_view_class = StaffRegistrationCreateView
    delete_view_class = RegistrationDeleteView
    form_fields = None
    list_display = [
        "code",
        "organization",
        "event",
        "attendees",
        "status",
        "checked_in_at",
        "created_at",
    ]
    filterset_class = RegistrationFilterSet
    search_fields = ["code", "organization", "email", "tax_code", "contact_name"]
    # The public form's field names, kept stable, are the export's data keys; the headings
    # are the fields' verbose names (core.exports).
    list_export = [
        "code",
        "event",
        "status",
        *STABLE_FIELDS,
        "sector",
        "booth_requested",
        "products",
        "note",
        "language",
        "news_consent",
        "consent_at",
        "privacy_notice_version",
        "created_at",
        "checked_in_at",
    ]
    export_filename = "registrations"
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return RegistrationUpdateForm if for_update else StaffRegistrationForm


registration_viewset = RegistrationViewSet(REGISTRATIONS_ADMIN)


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return registration_viewset


@hooks.register("register_page_header_buttons")
def registrations_button(page, user, view_name=None, next_url=None):
    """On an event's edit page: seats taken against capacity, and a link to the list."""
    specific = page.specific_deferred
    if isinstance(specific, EventPage) and user.has_perm("events.view_registration"):
        summary = registration_summary(specific)
        label = _("Registrations: %(taken)s of %(capacity)s seats, %(waiting)s waiting") % {
            "taken": summary["confirmed"]["attendees"],
            "capacity": summary["capacity"] or 0,
            "waiting": summary["waitlisted"]["registrations"],
        }
        yield HeaderButton(label, url=summary["url"], icon_name="group", priority=60)


@hooks.register(SEARCH_RESULT_TYPE_HOOK, order=400)
def register_event_search_results():
    return SearchResultType("events", gettext_lazy("Events"), EventPage)
