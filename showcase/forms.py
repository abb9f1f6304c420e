from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import PublicForm, normalize_phone
from showcase.choices import EntryKind, InquiryNeed


class InquiryForm(PublicForm):
    organization = forms.CharField(label=_("Organization"), max_length=200)
    contact_name = forms.CharField(label=_("Contact person"), max_length=120)
    email = forms.EmailField(label=_("Email"), max_length=254)
    phone = forms.CharField(label=_("Phone"), max_length=30)
    need = forms.ChoiceField(label=_("What do you need?"), choices=InquiryNeed.choices)
    message = forms.CharField(
        label=_("Message"), min_length=10, max_length=2000, widget=forms.Textarea(attrs={"rows": 5})
    )
    consent = forms.BooleanField(
        label=_("I agree that the Department processes these details to handle my request."),
        error_messages={"required": _("We can only handle your request with your consent.")},
    )

    def __init__(self, *args, entry=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.entry = entry
        if not self.is_bound:
            if entry is not None and entry.kind == EntryKind.OCOP:
                self.initial["need"] = InquiryNeed.BUY
            else:
                self.initial["need"] = InquiryNeed.LICENSE

    def clean_phone(self):
        return normalize_phone(self.cleaned_data["phone"])
