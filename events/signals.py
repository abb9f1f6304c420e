from django.db import transaction
from django.dispatch import receiver
from wagtail.models import Locale
from wagtail.signals import page_published

from events.models import EventPage, EventStatus, RegistrationLock


@receiver(page_published, sender=EventPage)
def tell_registrants_of_cancellation_or_postponement(sender, instance, **kwargs):
    """When an event is published as cancelled or postponed, email its registrants once."""
    from events.tasks import notify_event_change

    event = instance
    if event.locale_id != Locale.get_default().pk:
        return  # registrations belong to the default-language version
    ledger, _created = RegistrationLock.objects.get_or_create(event_key=event.translation_key)
    notified = ledger.notified_status
    status = "" if event.status == EventStatus.SCHEDULED else event.status
    if status == notified:
        return
    RegistrationLock.objects.filter(pk=ledger.pk).update(notified_status=status)
    if status:
        kind = "cancelled_event" if status == EventStatus.CANCELLED else "postponed_event"
        transaction.on_commit(lambda: notify_event_change.enqueue(event.pk, kind))
