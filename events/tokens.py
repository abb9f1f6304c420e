"""The emailed cancel link: a registration's code, signed, so it cannot be guessed."""

from events.models import Registration


def cancel_token(registration: Registration) -> str:
    return registration.self_service_token()


def registration_for_token(token: str) -> Registration | None:
    registration = Registration.for_token(token)
    return (
        Registration.objects.select_related("event").get(pk=registration.pk)
        if registration
        else None
    )
