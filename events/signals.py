"""What the section does when its data changes: tell registrants of a cancelled or
postponed event, and keep cached event pages from showing an old seat count."""

from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale
from wagtail.signals import page_published

from core.cache import clear_pages_after_commit, purge_pages_after_commit
from core.tasks import enqueue_with_transaction
from events.choices import EventStatus, RegistrationStatus
from events.models import EventPage, Registration, RegistrationLock
from events.registration import seats_changed
from events.tasks import notify_event_change


@receiver(page_published, sender=EventPage)
def tell_registrants_of_cancellation_or_postponement(sender, instance, **kwargs):
    """When an event is published as cancelled or postponed, email its registrants once.
    Published with more seats: the waiting list moves up."""
    event = instance
    if event.locale_id != Locale.get_default().pk:
        return  # registrations belong to the default-language version
    if event.status == EventStatus.SCHEDULED and event.waitlist_enabled:
        seats_changed(EventPage.objects.get(pk=event.pk))  # not the instance being published
    ledger, _created = RegistrationLock.objects.get_or_create(event_key=event.translation_key)
    notified = ledger.notified_status
    status = "" if event.status == EventStatus.SCHEDULED else event.status
    if status == notified:
        return
    RegistrationLock.objects.filter(pk=ledger.pk).update(notified_status=status)
    if status:
        kind = "cancelled_event" if status == EventStatus.CANCELLED else "postponed_event"
        # Queued with the publish: the notice cannot be lost between commit and queue.
        enqueue_with_transaction(notify_event_change, event.pk, kind)


# --- The page cache (core/cache.py) ----------------------------------------------------------

SEAT_FIELDS = {"status", "attendees", "event", "event_id"}


@receiver(post_save, sender=Registration, dispatch_uid="page_cache_registration_save")
@receiver(post_delete, sender=Registration, dispatch_uid="page_cache_registration_delete")
def registration_changed(sender, instance, created=False, **kwargs):
    """Seats taken or freed: the event page (seats left, open/full/waiting list, its
    JSON-LD availability) must not show the old count.

    Only the event page shows seats, and while it shows the registration form it is never
    cached (the form sets the CSRF cookie). So a new registration that leaves the form on
    the page, the common case, clears nothing: clearing everything on each one emptied
    the whole page cache every second under load (bench/run.py). Anything else (the
    event becomes full, a cancellation reopens it, staff edit a seat count) clears it."""
    update_fields = kwargs.get("update_fields")
    if update_fields and not SEAT_FIELDS & set(update_fields):
        return  # e.g. check-in time, anonymisation: nothing a reader sees
    try:
        event = instance.event
    except ObjectDoesNotExist:  # the event itself is being deleted
        clear_pages_after_commit()
        return
    if created and _form_still_shown(instance, event):
        return
    clear_pages_after_commit()
    purge_pages_after_commit([event])


def _form_still_shown(registration, event) -> bool:
    if registration.status not in (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED):
        return False
    state = event.registration_state()  # inside the transaction: counts this registration
    return state["open"] or state["waitlist"]
