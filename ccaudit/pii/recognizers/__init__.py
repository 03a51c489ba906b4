"""One recognizer per entity; RECOGNIZERS is what the engine registers."""

from ccaudit.pii.recognizers.bank_account import BankAccountRecognizer
from ccaudit.pii.recognizers.card_cvv import CardCvvRecognizer
from ccaudit.pii.recognizers.card_expiry import CardExpiryRecognizer
from ccaudit.pii.recognizers.credit_card import CardNumberRecognizer
from ccaudit.pii.recognizers.date_of_birth import DateOfBirthRecognizer
from ccaudit.pii.recognizers.email_address import EmailAddressRecognizer
from ccaudit.pii.recognizers.otp import OtpRecognizer
from ccaudit.pii.recognizers.passport import PassportRecognizer
from ccaudit.pii.recognizers.person import PersonRecognizer
from ccaudit.pii.recognizers.phone_number import PhoneNumberRecognizer
from ccaudit.pii.recognizers.th_tnin import ThaiNationalIdRecognizer

RECOGNIZERS = (
    CardNumberRecognizer,
    CardCvvRecognizer,
    CardExpiryRecognizer,
    ThaiNationalIdRecognizer,
    BankAccountRecognizer,
    PhoneNumberRecognizer,
    EmailAddressRecognizer,
    OtpRecognizer,
    PassportRecognizer,
    DateOfBirthRecognizer,
    PersonRecognizer,
)

__all__ = ["RECOGNIZERS"]
