"""scripts/real_set.py refuses an excerpt the set already holds under other furniture."""

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "real_set", Path(__file__).resolve().parent.parent / "scripts" / "real_set.py")
assert _SPEC and _SPEC.loader
real_set = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(real_set)

# a made-up report, long enough to compare (sixty words and more)
BODY = " ".join(
    f"Đoàn đại biểu tỉnh số {n} đã hội đàm với tỉnh bạn về hợp tác thương mại, giáo dục và y tế."
    for n in range(12))


def test_a_copy_under_a_site_header_is_the_same_excerpt():
    copy = "Trang chủ | Thời sự | Quốc tế | Đăng nhập\n" + BODY
    assert not real_set.same_opening(BODY, copy)
    assert real_set.near_copy(BODY, copy)


def test_another_report_is_not():
    other = " ".join(
        f"Kim ngạch xuất nhập khẩu qua cửa khẩu số {n} tăng mạnh trong quý đầu năm nay."
        for n in range(12))
    assert not real_set.near_copy(BODY, other)
    assert not real_set.near_copy(BODY, "Quá ngắn để so sánh.")
