"""The bundled packs are found from a checkout and from a wheel, and the build ships all of them.

Building a wheel is too slow for the suite (the wheel is checked by hand: build it, unzip it,
run `ccaudit rules list` outside the checkout); here the build configuration is evaluated instead.
"""

from pathlib import Path

import pytest

import ccaudit
from ccaudit.adherence import loader

REPO = Path(__file__).resolve().parents[2]


def make_packs(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True)
    paths = [folder / name for name in names]
    for path in paths:
        path.write_text("pack: x\n", encoding="utf-8")
    return sorted(paths)


def test_checkout_rules_folder_is_used_in_this_checkout():
    assert loader.bundled_rules_dir() == REPO / "rules"
    packs = loader.default_pack_paths()
    assert packs and packs == sorted((REPO / "rules").glob("*.yaml"))


def test_checkout_rules_win_over_the_packaged_copy(tmp_path, monkeypatch):
    checkout = tmp_path / "checkout"
    checkout_packs = make_packs(checkout / "rules", "th-banking.yaml", "edited.yaml")
    (checkout / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    make_packs(tmp_path / "packaged", "th-banking.yaml")
    monkeypatch.setattr(loader, "_CHECKOUT", checkout)
    monkeypatch.setattr(loader, "_PACKAGED_RULES", tmp_path / "packaged")

    assert loader.bundled_rules_dir() == checkout / "rules"
    assert loader.default_pack_paths() == checkout_packs


def test_packaged_copy_is_used_when_installed_from_a_wheel(tmp_path, monkeypatch):
    # From a wheel, the folder above the package is site-packages; a top-level `rules` package
    # of another distribution there must not be mistaken for the checkout's packs.
    site_packages = tmp_path / "site-packages"
    (site_packages / "rules").mkdir(parents=True)
    (site_packages / "rules" / "__init__.py").write_text("", encoding="utf-8")
    packaged = site_packages / "ccaudit" / "bundled_rules"
    packaged_packs = make_packs(packaged, "th-banking.yaml", "pci-dss.yaml")
    monkeypatch.setattr(loader, "_CHECKOUT", site_packages)
    monkeypatch.setattr(loader, "_PACKAGED_RULES", packaged)

    assert loader.bundled_rules_dir() == packaged
    assert loader.default_pack_paths() == packaged_packs


def test_packaged_location_is_inside_the_package():
    assert Path(ccaudit.__file__).resolve().parent / "bundled_rules" == loader._PACKAGED_RULES


def test_build_ships_every_file_of_rules_as_bundled_rules(monkeypatch):
    # setuptools is a build tool, not a runtime dependency: Python 3.12+ venvs may lack it.
    pytest.importorskip("setuptools")
    from distutils.core import run_setup  # setuptools provides distutils once imported

    monkeypatch.chdir(REPO)
    dist = run_setup(str(REPO / "setup.py"), stop_after="config")
    # Without manifest analysis, build_py does not run egg_info (which writes into the checkout);
    # the packs must then come from package_data alone.
    dist.include_package_data = False
    build_py = dist.get_command_obj("build_py")
    build_py.ensure_finalized()

    shipped = {package: entry for package, *entry in build_py.data_files}
    src_dir, build_dir, files = shipped["ccaudit.bundled_rules"]
    assert Path(src_dir) == Path("rules")
    assert Path(build_dir).relative_to(build_py.build_lib) == Path("ccaudit", "bundled_rules")
    packs_and_lexicon = (REPO / "rules").rglob("*.yaml")
    assert sorted(files) == sorted(str(p.relative_to(REPO / "rules")) for p in packs_and_lexicon)
