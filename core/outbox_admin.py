"""The outbox in the admin: staff see what could not be delivered (to whom, what, why,
how many tries) and send one or all again; the dashboard says when mail is failing."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.permission_policies import ModelPermissionPolicy

from core.exports import StaffInspectView
from core.outbox import EmailStatus, MailOutage, OutgoingEmail, resend

RESEND_PERMISSION = "core.resend_outgoingemail"


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """Read-only for everyone: an email is made by what it is about, never typed in.
    Sending again has its own permission (see resend views)."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


class OutgoingEmailFilterSet(WagtailFilterSet):
    class Meta:
        model = OutgoingEmail
        fields = ["status", "created_at"]


class OutgoingEmailIndexView(IndexView):
    def get_base_queryset(self):
        # The message body stays out of the list (it can be long); the inspect view has it.
        return super().get_base_queryset().defer("body", "attachments")

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        user = self.request.user
        if user.has_perm(RESEND_PERMISSION) and OutgoingEmail.objects.undelivered().exists():
            buttons.append(
                HeaderButton(
                    _("Send all undelivered emails again"),
                    url=reverse("outgoing_emails:resend_all"),
                    icon_name="mail",
                )
            )
        return buttons

    def get_list_buttons(self, instance):
        buttons = list(super().get_list_buttons(instance))
        if instance.status != EmailStatus.SENT and self.request.user.has_perm(RESEND_PERMISSION):
            buttons.insert(
                0,
                ListingButton(
                    _("Send again"),
                    url=reverse("outgoing_emails:resend", args=[instance.pk]),
                    icon_name="mail",
                    priority=5,
                ),
            )
        return buttons


def resend_view(request, pk=None):
    """GET: what will be sent again; POST: send it (a confirmation step, as for delete)."""
    if not request.user.has_perm(RESEND_PERMISSION):
        raise PermissionDenied
    if pk is None:
        emails = OutgoingEmail.objects.undelivered()
    else:
        emails = OutgoingEmail.objects.filter(pk=get_object_or_404(OutgoingEmail, pk=pk).pk)
    if request.method == "POST":
        count = resend(emails)
        messages.success(
            request, _("%(count)s email(s) will be sent again now.") % {"count": count}
        )
        return redirect("outgoing_emails:index")
    return TemplateResponse(
        request,
        "core/admin/resend_confirm.html",
        {
            "emails": emails.exclude(status=EmailStatus.SENT)[:50],
            "count": emails.exclude(status=EmailStatus.SENT).count(),
            "header_icon": "mail",
            "page_title": _("Send again"),
        },
    )


class OutgoingEmailViewSet(ModelViewSet):
    model = OutgoingEmail
    icon = "mail"
    menu_label = gettext_lazy("Outgoing emails")
    menu_order = 270
    add_to_settings_menu = True
    index_view_class = OutgoingEmailIndexView
    inspect_view_class = StaffInspectView
    inspect_view_enabled = True
    permission_policy = OutboxPermissionPolicy(OutgoingEmail)
    filterset_class = OutgoingEmailFilterSet
    list_display = [
        "created_at",
        "to",
        "subject",
        "status",
        "attempts",
        "last_error",
        "next_attempt_at",
    ]
    search_fields = ["to", "subject", "reference"]
    inspect_view_fields = [
        "created_at",
        "to",
        "reply_to",
        "from_email",
        "subject",
        "body",
        "reference",
        "status",
        "attempts",
        "last_error",
        "next_attempt_at",
        "sent_at",
    ]
    form_fields: list[str] = []

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("resend/", resend_view, name="resend_all"),
            path("resend/<int:pk>/", resend_view, name="resend"),
        ]


outgoing_email_viewset = OutgoingEmailViewSet("outgoing_emails")


class MailTroublePanel(Component):
    """On the dashboard, for those who may send again: mail is failing, or emails wait."""

    name = "mail_trouble"
    order = 50
    template_name = "core/admin/mail_trouble_panel.html"

    def __init__(self, outage, undelivered, failed):
        self.outage, self.undelivered, self.failed = outage, undelivered, failed

    def get_context_data(self, parent_context=None):
        return {
            "outage": self.outage,
            "undelivered": self.undelivered,
            "failed": self.failed,
            "url": reverse("outgoing_emails:index"),
        }


def mail_trouble_panel(user) -> MailTroublePanel | None:
    if not user.has_perm(RESEND_PERMISSION):
        return None
    undelivered = OutgoingEmail.objects.undelivered()
    outage = MailOutage.objects.filter(ended_at=None).first()
    count = undelivered.count()
    if not outage and not count:
        return None
    return MailTroublePanel(outage, count, undelivered.filter(status=EmailStatus.FAILED).count())
