"""The showcase's fixed lists (a leaf module: models, forms and filters all read it)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EntryKind(models.TextChoices):
    OCOP = "ocop", _("OCOP product")
    TECHNOLOGY = "technology", _("Research result or technology")


class ProducerType(models.TextChoices):
    COOPERATIVE = "cooperative", _("Cooperative")
    ENTERPRISE = "enterprise", _("Enterprise")
    COOPERATIVE_GROUP = "cooperative_group", _("Cooperative group")
    HOUSEHOLD = "household", _("Household business")


class DecisionLevel(models.TextChoices):
    PROVINCIAL = "provincial", _("Provincial People's Committee")
    NATIONAL = "national", _("Ministry (national level)")


class IPType(models.TextChoices):
    PATENT = "patent", _("Patent")
    UTILITY_SOLUTION = "utility_solution", _("Utility solution")
    PLANT_VARIETY = "plant_variety", _("Plant variety")
    COPYRIGHT = "copyright", _("Copyright")
    KNOW_HOW = "know_how", _("Know-how or trade secret")
    NONE = "none", _("No protection")


class IPStatus(models.TextChoices):
    FILED = "filed", _("Application filed")
    GRANTED = "granted", _("Granted")


class TechnologyStatus(models.TextChoices):
    OPEN = "open", _("Open for transfer")
    TRANSFERRED = "transferred", _("Transferred")
    COMMERCIALIZED = "commercialized", _("Commercialized")


class Currency(models.TextChoices):
    VND = "VND", "VND"
    USD = "USD", "USD"


class InquiryNeed(models.TextChoices):
    BUY = "buy", _("Buy the product")
    LICENSE = "license", _("License or take over the technology")
    PARTNER = "partner", _("Partnership or investment")
    VISIT = "visit", _("Visit or see a demonstration")
    OTHER = "other", _("Something else")


class InquiryStatus(models.TextChoices):
    NEW = "new", _("New")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
