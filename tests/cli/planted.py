"""Known synthetic values planted in CLI tests, so every artifact can be searched for them."""

CARD = "4532015112830366"
THAI_ID = "1101700203450"  # passes the mod-11 checksum, so it is detected, not merely ignored
PHONE = "0812345678"

TRANSCRIPT = (
    "Agent ID: A-1001\n"
    "เจ้าหน้าที่: สวัสดีค่ะ ธนาคารตัวอย่าง ยินดีให้บริการค่ะ\n"
    f"ลูกค้า: บัตรเครดิตเลข{CARD}ค่ะ\n"
    f"ลูกค้า: เลขบัตรประชาชน {THAI_ID} เบอร์ {PHONE} ค่ะ\n"
)
