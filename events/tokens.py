"""The emailed cancel link: a registration's code, signed, so it cannot be guessed."""

from django.core import signing

from events.models import Registration

CANCEL_SALT = "events.registration.cancel"


def cancel_token(registration: Registration) -> str:
    return signing.dumps(registration.code, salt=CANCEL_SALT)


def registration_for_token(token: str) -> Registration | None:
    try:
        code = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    return Registration.objects.select_related("event").filter(code=code).first()
