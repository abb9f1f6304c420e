"""Vietnam's administrative map since 1 July 2025: 34 provinces and cities, no districts.

An address is a street line, a commune or ward (xã, phường, đặc khu) and a province.
Province names are translated: Vietnamese with its diacritics, English with the accepted
English name (Hanoi, Ho Chi Minh City) or the name without diacritics (Hung Yen).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Province(models.TextChoices):
    # The six centrally-run cities
    HA_NOI = "ha-noi", _("Hanoi")
    HUE = "hue", _("Hue")
    HAI_PHONG = "hai-phong", _("Hai Phong")
    DA_NANG = "da-nang", _("Da Nang")
    HO_CHI_MINH = "ho-chi-minh", _("Ho Chi Minh City")
    CAN_THO = "can-tho", _("Can Tho")
    # The 28 provinces
    TUYEN_QUANG = "tuyen-quang", _("Tuyen Quang")
    CAO_BANG = "cao-bang", _("Cao Bang")
    LAI_CHAU = "lai-chau", _("Lai Chau")
    LAO_CAI = "lao-cai", _("Lao Cai")
    THAI_NGUYEN = "thai-nguyen", _("Thai Nguyen")
    DIEN_BIEN = "dien-bien", _("Dien Bien")
    LANG_SON = "lang-son", _("Lang Son")
    SON_LA = "son-la", _("Son La")
    PHU_THO = "phu-tho", _("Phu Tho")
    BAC_NINH = "bac-ninh", _("Bac Ninh")
    QUANG_NINH = "quang-ninh", _("Quang Ninh")
    HUNG_YEN = "hung-yen", _("Hung Yen")
    NINH_BINH = "ninh-binh", _("Ninh Binh")
    THANH_HOA = "thanh-hoa", _("Thanh Hoa")
    NGHE_AN = "nghe-an", _("Nghe An")
    HA_TINH = "ha-tinh", _("Ha Tinh")
    QUANG_TRI = "quang-tri", _("Quang Tri")
    QUANG_NGAI = "quang-ngai", _("Quang Ngai")
    GIA_LAI = "gia-lai", _("Gia Lai")
    KHANH_HOA = "khanh-hoa", _("Khanh Hoa")
    LAM_DONG = "lam-dong", _("Lam Dong")
    DAK_LAK = "dak-lak", _("Dak Lak")
    DONG_NAI = "dong-nai", _("Dong Nai")
    TAY_NINH = "tay-ninh", _("Tay Ninh")
    VINH_LONG = "vinh-long", _("Vinh Long")
    DONG_THAP = "dong-thap", _("Dong Thap")
    CA_MAU = "ca-mau", _("Ca Mau")
    AN_GIANG = "an-giang", _("An Giang")


def address_lines(street: str, commune: str, province: str) -> list[str]:
    """An address as the site writes it, one part a line: street, commune or ward,
    province (the agency, an event's venue, an OCOP producer)."""
    return [part for part in (street, commune, province) if part]


class AddressFields(models.Model):
    """Street, commune or ward, province: the two-level address in force since July 2025."""

    street_address = models.CharField(
        _("street address"),
        max_length=255,
        blank=True,
        help_text=_("House number, street, village or hamlet."),
    )
    commune = models.CharField(
        _("commune or ward"),
        max_length=120,
        blank=True,
        help_text=_("For example: Phường Phố Hiến, Xã Tân Hưng."),
    )
    province = models.CharField(
        _("province or city"), max_length=32, choices=Province.choices, blank=True
    )

    class Meta:
        abstract = True

    @property
    def address_lines(self) -> list[str]:
        return address_lines(self.street_address, self.commune, self.get_province_display())
