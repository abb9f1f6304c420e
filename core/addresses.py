"""Vietnam's administrative map since 1 July 2025: 34 provinces and cities, no districts.

An address is a street line, a commune or ward (xã, phường, đặc khu) and a province.
Province names are proper nouns, written the same in both languages.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Province(models.TextChoices):
    # The six centrally-run cities
    HA_NOI = "ha-noi", "Hà Nội"
    HUE = "hue", "Huế"
    HAI_PHONG = "hai-phong", "Hải Phòng"
    DA_NANG = "da-nang", "Đà Nẵng"
    HO_CHI_MINH = "ho-chi-minh", "TP. Hồ Chí Minh"
    CAN_THO = "can-tho", "Cần Thơ"
    # The 28 provinces
    TUYEN_QUANG = "tuyen-quang", "Tuyên Quang"
    CAO_BANG = "cao-bang", "Cao Bằng"
    LAI_CHAU = "lai-chau", "Lai Châu"
    LAO_CAI = "lao-cai", "Lào Cai"
    THAI_NGUYEN = "thai-nguyen", "Thái Nguyên"
    DIEN_BIEN = "dien-bien", "Điện Biên"
    LANG_SON = "lang-son", "Lạng Sơn"
    SON_LA = "son-la", "Sơn La"
    PHU_THO = "phu-tho", "Phú Thọ"
    BAC_NINH = "bac-ninh", "Bắc Ninh"
    QUANG_NINH = "quang-ninh", "Quảng Ninh"
    HUNG_YEN = "hung-yen", "Hưng Yên"
    NINH_BINH = "ninh-binh", "Ninh Bình"
    THANH_HOA = "thanh-hoa", "Thanh Hóa"
    NGHE_AN = "nghe-an", "Nghệ An"
    HA_TINH = "ha-tinh", "Hà Tĩnh"
    QUANG_TRI = "quang-tri", "Quảng Trị"
    QUANG_NGAI = "quang-ngai", "Quảng Ngãi"
    GIA_LAI = "gia-lai", "Gia Lai"
    KHANH_HOA = "khanh-hoa", "Khánh Hòa"
    LAM_DONG = "lam-dong", "Lâm Đồng"
    DAK_LAK = "dak-lak", "Đắk Lắk"
    DONG_NAI = "dong-nai", "Đồng Nai"
    TAY_NINH = "tay-ninh", "Tây Ninh"
    VINH_LONG = "vinh-long", "Vĩnh Long"
    DONG_THAP = "dong-thap", "Đồng Tháp"
    CA_MAU = "ca-mau", "Cà Mau"
    AN_GIANG = "an-giang", "An Giang"


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
