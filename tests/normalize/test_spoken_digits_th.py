import pytest

from ccaudit.normalize import normalize


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("สี่ห้าสามสอง", "4532"),
        ("เลขบัตรสี่ห้าสามสองศูนย์หนึ่งห้าหนึ่งค่ะ", "เลขบัตร 45320151 ค่ะ"),
        ("สี่ ห้า สาม สอง ศูนย์ หนึ่ง", "453201"),
        ("081 สองสาม สี่ห้าหกเจ็ด", "081 234567"),
        ("เบอร์โทรศูนย์แปดหนึ่งสองสามสี่ห้าหกเจ็ดแปดค่ะ", "เบอร์โทร 0812345678 ค่ะ"),
        ("ศูนย์แปดหนึ่ง, สองสามสี่", "081 234"),
        ("สูนแปดโทสามสี่", "08234"),
        ("๐๘๑ สองสามสี่", "081 234"),
        ("เจ็ดแปดเก้าเอ็ด", "7891"),
        ("CVV หลังบัตร หนึ่งสองสาม ค่ะ", "CVV หลังบัตร 123 ค่ะ"),
        ("เก้าเจ็ดสองครับ", "972 ครับ"),
        ("โทหกสูญสามศรีสามหนึ่ง", "2603431"),
        ("เจ็ตเจ็ตห้าสองหนึ่ง", "77521"),
        ("เจ็ดนึงสามสอง", "7132"),
        ("หาโทเก้าสอง แป้ดหนึ่ง", "529281"),
        ("ได้ค่ะ หนึ่งสองสามนะคะ", "ได้ค่ะ 123 นะคะ"),
        ("หนึ่งศูนย์สองหนึ่งห้าแปดเจดสามเกาศูนค่ะ", "1021587390 ค่ะ"),
        ("สูญสองสี่เก้าหนึ่ง", "02491"),
        ("สองสามหาหกเจ็ด ค่ะ", "23567 ค่ะ"),
        ("หนึงเจ็ดแปด สีสามหนึงเกา เจ็ดหกเจ็ด", "1784319767"),
        ("หนึง เจ็ด แปด สี สาม หนึง เกา", "1784319"),
        ("หา แปด เก้า ศูนย์", "5890"),
        ("สี สาม หนึง เกา ค่ะ", "4319 ค่ะ"),
        ("หนึ่งสามแปด ขีด สี่ ขีด ศูนย์เจ็ดสองหนึ่งห้า ขีด หก", "1384072156"),
        ("เก้าเก้าขีดสองสาม", "9923"),
        ("หนึ่ง สี่สองตัว เจ็ด ศูนย์ แปด", "144708"),
        ("ศูนย์ หก เจ็ดสามตัว สอง หนึ่ง", "0677721"),
        ("AGENT_2\tเก้า แปด เจ็ด หก", "AGENT_2\t9876"),
        ("โอ เก้า สอง, สี่ สี่ หนึ่ง", "092 441"),
        ("เบอร์ที่ทำงาน ศูนย์สอง 543 9738", "เบอร์ที่ทำงาน 02 543 9738"),
        ("ทรีเซเว่นเซเว่นโฟร์", "3774"),
        ("ห้าแปดสาม เซเว่นเอทไฟว์", "583785"),
        ("วันเอท โฟร์ทรีซีโร่ ครับ", "18430 ครับ"),
    ],
)
def test_spoken_thai_digit_runs_become_digits(source, expected):
    assert normalize(source).text == expected


@pytest.mark.parametrize(
    ("source", "why"),
    [
        ("สามีของฉันโทรมา", "สามี husband"),
        ("ซื้อหมูสองขีดห้าสิบบาท", "ขีด as a weight (a hundred grams)"),
        ("ห้ามเข้าค่ะ", "ห้าม forbid"),
        ("เก้าอี้ตัวนี้", "เก้าอี้ chair"),
        ("เขาหกล้ม", "หกล้ม fall over"),
        ("ตรงสี่แยก", "สี่แยก crossroads"),
        ("รอสองสามวันนะคะ", "สองสาม two or three days: too short"),
        ("หนึ่งในสามคน", "หนึ่งใน one of"),
        ("ประมาณสามสี่ห้าคนค่ะ", "three words inside a sentence are too short"),
        ("ความสามารถ", "สามารถ able"),
        ("ศูนย์บริการ", "ศูนย์บริการ service centre"),
        ("ศูนย์บริการ 543 9738", "a centre before a number opens no area code"),
        ("ค้นหาสองสามที่", "หา 'look for' opening a run is no digit"),
        ("สามสี่หกหา", "หา closing a run is no digit"),
        ("ขอสีสามหกเจ็ด", "สี 'colour' opening a run is no digit"),
        ("หา สอง สาม", "หา opening the text before two digits only"),
        ("หาหาหาหาหนึ่ง", "หา said over and over"),
        ("เสื้อสองสีสามตัว", "two colours, three pieces"),
        ("สีแดงสองสามอันค่ะ", "a colour before a count"),
        ("สองสาม ค่ะ", "two digit words alone are 'two or three', not a number"),
        ("เก้าเจ็ดสองคะแนน", "three words glued to a word that only starts like a particle"),
        ("สามีสองคนค่ะ", "สามี husband, then a count of people"),
        ("สมศรีสามีค่ะ", "ศรี in a name"),
        ("เครื่องบินเจ็ตสองลำ", "เจ็ต a jet"),
        ("ครั้งนึงสองสามวัน", "นึง in ครั้งนึง 'once', then two or three days"),
        ("ซื้อเสื้อสองตัว", "สองตัว counts things bought after no digit word"),
        ("โอเค ไว้ค่อยโอนสองสามวัน", "โอเค and โอน are words, not an oh"),
        ("หนึ่ง วัน สอง วัน", "one day, two days: วัน as 'one' only in a run of four"),
        ("ไปเซเว่นมาค่ะ บัตรเอทีเอ็มหาย", "เซเว่น the shop, เอท inside เอทีเอ็ม"),
        ("อีก สอง สาม วัน ค่ะ", "a couple of days more"),
    ],
)
def test_digit_words_inside_ordinary_thai_stay(source, why):
    assert normalize(source).text == source, why


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("หนึ่งสองสามห้าม", "หนึ่งสองสามห้าม"),
        ("หนึ่งสองสามสี่ห้าม", "1234 ห้าม"),
        ("สองสามสี่ห้าหกล้ม", "2345 หกล้ม"),
        ("หนึ่งสองสามสี่ห้าสิบบาท", "1234 ห้าสิบบาท"),
    ],
)
def test_last_word_that_runs_into_a_longer_word_is_not_a_digit(source, expected):
    assert normalize(source).text == expected


def test_spoken_thai_run_maps_back_to_the_words():
    source = "เลข 081 สองสาม สี่ห้าหกเจ็ด นะคะ"
    result = normalize(source)
    start = result.text.index("081")
    end = start + len("081 234567")
    assert source[slice(*result.to_source(start, end))] == "081 สองสาม สี่ห้าหกเจ็ด"
    assert source[slice(*result.to_source(start + 4, end))] == "สองสาม สี่ห้าหกเจ็ด"
