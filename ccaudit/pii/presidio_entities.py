# ruff: noqa: E501 (a table reads best one entity a line)
"""The entity types only Presidio's own predefined recognizers find, offered through
`--entities` and off by default.

Each row is the entity's one declaration, as a ccaudit recognizer's class attributes are for
its own: Presidio's recognizer class, severity, whether its canonical value is its digits, and
what it is called. Left out: what ccaudit's own recognizers find (cards, e-mail addresses,
phones, Thai IDs, and IBANs, which are bank accounts here), Presidio's e-mail recognizer
(its tldextract would fetch the public suffix list) and the NER-model ones (spaCy, Stanza,
transformers and cloud services), which need models ccaudit does not download.
"""

from __future__ import annotations

from typing import NamedTuple

from ccaudit.model import Severity
from ccaudit.pii.entity import EntityFacts, words_of
from ccaudit.pii.numbers import digits_only

H, M, L = Severity.high, Severity.medium, Severity.low

# Country prefixes of Presidio's entity names, in English and Thai.
COUNTRIES = {
    "AU": ("Australia", "ออสเตรเลีย"), "CA": ("Canada", "แคนาดา"), "DE": ("Germany", "เยอรมนี"),
    "ES": ("Spain", "สเปน"), "FI": ("Finland", "ฟินแลนด์"), "IN": ("India", "อินเดีย"),
    "IT": ("Italy", "อิตาลี"), "KR": ("Korea", "เกาหลีใต้"), "NG": ("Nigeria", "ไนจีเรีย"),
    "PH": ("Philippines", "ฟิลิปปินส์"), "PL": ("Poland", "โปแลนด์"), "SE": ("Sweden", "สวีเดน"),
    "SG": ("Singapore", "สิงคโปร์"), "TR": ("Türkiye", "ตุรกี"), "UK": ("UK", "สหราชอาณาจักร"),
    "US": ("US", "สหรัฐฯ"), "ZA": ("South Africa", "แอฟริกาใต้"),
}  # fmt: skip


class PresidioEntity(NamedTuple):
    entity: str
    recognizer: str  # class name in presidio_analyzer.predefined_recognizers
    severity: Severity
    numeric: bool
    label_en: str  # the country, from the entity's prefix, is added to both labels
    label_th: str


ROWS = tuple(
    PresidioEntity(*row)
    for row in (
        ("ABA_ROUTING_NUMBER", "AbaRoutingRecognizer", L, True, "US bank routing number", "เลขเส้นทางธนาคารสหรัฐฯ"),
        ("AU_ABN", "AuAbnRecognizer", L, True, "business number", "เลขทะเบียนธุรกิจ"),
        ("AU_ACN", "AuAcnRecognizer", L, True, "company number", "เลขทะเบียนบริษัท"),
        ("AU_MEDICARE", "AuMedicareRecognizer", H, True, "Medicare number", "เลขเมดิแคร์"),
        ("AU_TFN", "AuTfnRecognizer", H, True, "tax file number", "เลขประจำตัวผู้เสียภาษี"),
        ("CA_POSTAL_CODE", "CaPostalCodeRecognizer", L, False, "postal code", "รหัสไปรษณีย์"),
        ("CA_SIN", "CaSinRecognizer", H, True, "social insurance number", "เลขประกันสังคม"),
        ("CRYPTO", "CryptoRecognizer", M, False, "crypto wallet address", "ที่อยู่กระเป๋าเงินคริปโต"),
        ("DATE_TIME", "DateRecognizer", L, False, "date or time", "วันที่หรือเวลา"),
        ("DE_BSNR", "DeBsnrRecognizer", L, True, "practice number", "เลขสถานพยาบาล"),
        ("DE_FUEHRERSCHEIN", "DeFuehrerscheinRecognizer", H, False, "driving licence", "เลขใบขับขี่"),
        ("DE_HANDELSREGISTER", "DeHandelsregisterRecognizer", L, False, "commercial register number", "เลขทะเบียนการค้า"),
        ("DE_HEALTH_INSURANCE", "DeHealthInsuranceRecognizer", H, False, "health insurance number", "เลขประกันสุขภาพ"),
        ("DE_ID_CARD", "DeIdCardRecognizer", H, False, "ID card number", "เลขบัตรประจำตัว"),
        ("DE_KFZ", "DeKfzRecognizer", L, False, "vehicle registration", "ทะเบียนรถ"),
        ("DE_LANR", "DeLanrRecognizer", L, True, "physician number", "เลขประจำตัวแพทย์"),
        ("DE_PASSPORT", "DePassportRecognizer", H, False, "passport number", "เลขหนังสือเดินทาง"),
        ("DE_PLZ", "DePlzRecognizer", L, True, "postal code", "รหัสไปรษณีย์"),
        ("DE_SOCIAL_SECURITY", "DeSocialSecurityRecognizer", H, False, "social security number", "เลขประกันสังคม"),
        ("DE_TAX_ID", "DeTaxIdRecognizer", H, True, "tax ID", "เลขประจำตัวผู้เสียภาษี"),
        ("DE_TAX_NUMBER", "DeTaxNumberRecognizer", H, True, "tax number", "เลขผู้เสียภาษี"),
        ("DE_VAT_ID", "DeVatIdRecognizer", L, False, "VAT ID", "เลขภาษีมูลค่าเพิ่ม"),
        ("ES_NIE", "EsNieRecognizer", H, False, "foreigner ID (NIE)", "เลขประจำตัวคนต่างชาติ (NIE)"),
        ("ES_NIF", "EsNifRecognizer", H, False, "tax ID (NIF)", "เลขประจำตัวผู้เสียภาษี (NIF)"),
        ("ES_PASSPORT", "EsPassportRecognizer", H, False, "passport number", "เลขหนังสือเดินทาง"),
        ("FI_PERSONAL_IDENTITY_CODE", "FiPersonalIdentityCodeRecognizer", H, False, "personal identity code", "เลขประจำตัวประชาชน"),
        ("IN_AADHAAR", "InAadhaarRecognizer", H, True, "Aadhaar number", "เลขอาธาร์"),
        ("IN_GSTIN", "InGstinRecognizer", L, False, "GST number", "เลขภาษีสินค้าและบริการ"),
        ("IN_PAN", "InPanRecognizer", H, False, "PAN", "เลขบัตรภาษี (PAN)"),
        ("IN_PASSPORT", "InPassportRecognizer", H, False, "passport number", "เลขหนังสือเดินทาง"),
        ("IN_VEHICLE_REGISTRATION", "InVehicleRegistrationRecognizer", L, False, "vehicle registration", "ทะเบียนรถ"),
        ("IN_VOTER", "InVoterRecognizer", H, False, "voter ID", "เลขบัตรผู้มีสิทธิเลือกตั้ง"),
        ("IP_ADDRESS", "IpRecognizer", L, False, "IP address", "ที่อยู่ IP"),
        ("IT_DRIVER_LICENSE", "ItDriverLicenseRecognizer", H, False, "driving licence", "เลขใบขับขี่"),
        ("IT_FISCAL_CODE", "ItFiscalCodeRecognizer", H, False, "fiscal code", "รหัสภาษี"),
        ("IT_IDENTITY_CARD", "ItIdentityCardRecognizer", H, False, "identity card number", "เลขบัตรประจำตัว"),
        ("IT_PASSPORT", "ItPassportRecognizer", H, False, "passport number", "เลขหนังสือเดินทาง"),
        ("IT_VAT_CODE", "ItVatCodeRecognizer", L, True, "VAT code", "เลขภาษีมูลค่าเพิ่ม"),
        ("KR_BRN", "KrBrnRecognizer", L, True, "business registration number", "เลขทะเบียนธุรกิจ"),
        ("KR_DRIVER_LICENSE", "KrDriverLicenseRecognizer", H, True, "driving licence", "เลขใบขับขี่"),
        ("KR_FRN", "KrFrnRecognizer", H, True, "foreigner registration number", "เลขทะเบียนคนต่างชาติ"),
        ("KR_PASSPORT", "KrPassportRecognizer", H, False, "passport number", "เลขหนังสือเดินทาง"),
        ("KR_RRN", "KrRrnRecognizer", H, True, "resident registration number", "เลขทะเบียนผู้พำนัก"),
        ("MAC_ADDRESS", "MacAddressRecognizer", L, False, "MAC address", "ที่อยู่ MAC"),
        ("MEDICAL_LICENSE", "MedicalLicenseRecognizer", M, False, "medical licence number", "เลขใบอนุญาตประกอบวิชาชีพ"),
        ("NG_NIN", "NgNinRecognizer", H, True, "national identification number", "เลขประจำตัวประชาชน"),
        ("NG_VEHICLE_REGISTRATION", "NgVehicleRegistrationRecognizer", L, False, "vehicle registration", "ทะเบียนรถ"),
        ("PH_PASSPORT", "PhPassportRecognizer", H, False, "passport number", "เลขหนังสือเดินทาง"),
        ("PH_TIN", "PhTinRecognizer", H, True, "tax identification number", "เลขประจำตัวผู้เสียภาษี"),
        ("PH_UMID", "PhUmidRecognizer", H, True, "unified multi-purpose ID", "เลขบัตร UMID"),
        ("PL_PESEL", "PlPeselRecognizer", H, True, "PESEL number", "เลข PESEL"),
        ("SE_ORGANISATIONSNUMMER", "SeOrganisationsnummerRecognizer", L, True, "organisation number", "เลขทะเบียนองค์กร"),
        ("SE_PERSONNUMMER", "SePersonnummerRecognizer", H, True, "personal identity number", "เลขประจำตัวประชาชน"),
        ("SG_NRIC_FIN", "SgFinRecognizer", H, False, "NRIC/FIN", "เลขบัตรประจำตัว NRIC/FIN"),
        ("SG_UEN", "SgUenRecognizer", L, False, "entity number (UEN)", "เลขทะเบียนนิติบุคคล (UEN)"),
        ("TR_LICENSE_PLATE", "TrLicensePlateRecognizer", L, False, "licence plate", "ทะเบียนรถ"),
        ("TR_NATIONAL_ID", "TrNationalIdRecognizer", H, True, "national ID", "เลขประจำตัวประชาชน"),
        ("UK_DRIVING_LICENCE", "UkDrivingLicenceRecognizer", H, False, "driving licence", "เลขใบขับขี่"),
        ("UK_NHS", "NhsRecognizer", H, True, "NHS number", "เลข NHS"),
        ("UK_NINO", "UkNinoRecognizer", H, False, "National Insurance number", "เลขประกันสังคม"),
        ("UK_PASSPORT", "UkPassportRecognizer", H, False, "passport number", "เลขหนังสือเดินทาง"),
        ("UK_POSTCODE", "UkPostcodeRecognizer", L, False, "postcode", "รหัสไปรษณีย์"),
        ("UK_VEHICLE_REGISTRATION", "UkVehicleRegistrationRecognizer", L, False, "vehicle registration", "ทะเบียนรถ"),
        ("URL", "UrlRecognizer", L, False, "web address", "ที่อยู่เว็บ"),
        ("US_BANK_NUMBER", "UsBankRecognizer", H, True, "bank account number", "เลขบัญชีธนาคาร"),
        ("US_CLAIM_NUMBER", "UsClaimNumberRecognizer", M, False, "insurance claim number", "เลขเคลมประกัน"),
        ("US_DRIVER_LICENSE", "UsLicenseRecognizer", H, False, "driver's license", "เลขใบขับขี่"),
        ("US_HEALTH_INSURANCE_MEMBER_ID", "UsHealthInsuranceMemberIdRecognizer", H, False, "health insurance member ID", "เลขสมาชิกประกันสุขภาพ"),
        ("US_ITIN", "UsItinRecognizer", H, True, "individual taxpayer number", "เลขผู้เสียภาษีบุคคล"),
        ("US_MBI", "UsMbiRecognizer", H, False, "Medicare beneficiary ID", "เลขผู้รับสิทธิ์เมดิแคร์"),
        ("US_NPI", "UsNpiRecognizer", L, True, "provider identifier (NPI)", "เลขผู้ให้บริการสุขภาพ (NPI)"),
        ("US_PASSPORT", "UsPassportRecognizer", H, False, "passport number", "เลขหนังสือเดินทาง"),
        ("US_PRESCRIPTION_NUMBER", "UsPrescriptionNumberRecognizer", M, False, "prescription number", "เลขใบสั่งยา"),
        ("US_PRIOR_AUTHORIZATION_NUMBER", "UsPriorAuthorizationNumberRecognizer", M, False, "prior authorization number", "เลขอนุมัติล่วงหน้า"),
        ("US_PROVIDER_TAX_ID", "UsProviderTaxIdRecognizer", L, True, "provider tax ID", "เลขผู้เสียภาษีของผู้ให้บริการ"),
        ("US_REFERRAL_NUMBER", "UsReferralNumberRecognizer", M, False, "referral number", "เลขใบส่งตัว"),
        ("US_SSN", "UsSsnRecognizer", H, True, "Social Security number", "เลขประกันสังคม"),
        ("UUID", "UuidRecognizer", L, False, "UUID", "รหัส UUID"),
        ("ZA_COMPANY_REGISTRATION", "ZaCompanyRegistrationRecognizer", L, False, "company registration", "เลขทะเบียนบริษัท"),
        ("ZA_DRIVER_LICENSE", "ZaDriverLicenseRecognizer", H, False, "driving licence", "เลขใบขับขี่"),
        ("ZA_ID_NUMBER", "ZaIdNumberRecognizer", H, True, "ID number", "เลขประจำตัวประชาชน"),
        ("ZA_INCOME_TAX_NUMBER", "ZaIncomeTaxNumberRecognizer", H, True, "income tax number", "เลขผู้เสียภาษีเงินได้"),
        ("ZA_LICENSE_PLATE", "ZaLicensePlateRecognizer", L, False, "licence plate", "ทะเบียนรถ"),
        ("ZA_MOBILE_NUMBER", "ZaMobileNumberRecognizer", M, True, "mobile number", "เบอร์โทรศัพท์มือถือ"),
        ("ZA_PASSPORT", "ZaPassportRecognizer", H, False, "passport number", "เลขหนังสือเดินทาง"),
        ("ZA_TELEPHONE_NUMBER", "ZaTelephoneNumberRecognizer", M, True, "telephone number", "เบอร์โทรศัพท์"),
        ("ZA_TRAFFIC_REGISTER_NUMBER", "ZaTrafficRegisterNumberRecognizer", H, False, "traffic register number", "เลขทะเบียนจราจร"),
        ("ZA_VAT_NUMBER", "ZaVatNumberRecognizer", L, True, "VAT number", "เลขภาษีมูลค่าเพิ่ม"),
    )
)  # fmt: skip


def facts(row: PresidioEntity) -> EntityFacts:
    label_en, label_th = row.label_en, row.label_th
    country = COUNTRIES.get(row.entity.split("_", 1)[0])
    if country:
        label_en, label_th = f"{label_en} ({country[0]})", f"{label_th} ({country[1]})"
    canonical = digits_only if row.numeric else words_of
    return EntityFacts(row.entity, row.severity, row.numeric, label_en, label_th, canonical)


def recognizers_for(entities: set[str] | frozenset[str], languages: tuple[str, ...]) -> list:
    """Presidio's recognizers of these entities, one per language; imported only when asked."""
    from presidio_analyzer import predefined_recognizers

    wanted = [row for row in ROWS if row.entity in entities]
    return [
        getattr(predefined_recognizers, row.recognizer)(supported_language=language)
        for row in wanted
        for language in languages
    ]
