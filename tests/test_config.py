"""Settings from LANGGIENG_* variables: a bad value is one clear line and exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from langgieng.cli import main


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("LANGGIENG_PORT", "http"),
        ("LANGGIENG_PORT", "70000"),
        ("LANGGIENG_BATCH_SIZE", "0"),
        ("LANGGIENG_MAX_ARTICLE_BYTES", "10MB"),
    ],
)
def test_a_bad_setting_names_the_variable_and_what_it_expects(
    tmp_path: Path, variable: str, value: str
) -> None:
    args = ["--db", str(tmp_path / "x.db"), "stats"]
    result = CliRunner().invoke(main, args, env={variable: value})
    assert result.exit_code == 2
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"langgieng: {variable}={value!r}: expected a whole number from ")


def test_a_good_setting_is_used(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("Tỉnh Tây Ninh và tỉnh Svay Rieng ký kết hợp tác.\n" * 50)
    result = CliRunner().invoke(
        main,
        ["--db", str(tmp_path / "x.db"), "ingest", str(tmp_path / "big.txt")],
        env={"LANGGIENG_MAX_ARTICLE_BYTES": "100"},
    )
    assert result.exit_code == 1
    assert "over the 0.0 MB limit" in result.output
