"""The installer scripts say what they must: per-user NSIS, per-machine MSI, desktop entry,
MIME type, icons, spec, CI workflow (read and parsed, nothing built)."""

from __future__ import annotations

import configparser
import io
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import elf_closure
import linux_packages
import pytest
import windows_packages

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"


def _nsis() -> str:
    return (INSTALLER / "windows" / "spiegelplan.nsi").read_text(encoding="utf-8")


def _section(script: str, name: str) -> str:
    match = re.search(rf'Section "{name}"(.*?)SectionEnd', script, re.S)
    assert match, name
    return match.group(1)


def test_nsis_installs_per_user_without_admin_rights() -> None:
    script = _nsis()
    assert re.search(r"^RequestExecutionLevel user$", script, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\\$\{APP\}"$', script, re.M)
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith(";"))
    assert "HKLM" not in code and "$PROGRAMFILES" not in code
    assert "SetShellVarContext all" not in code


def test_nsis_adds_start_menu_and_pop_association() -> None:
    install = _section(_nsis(), "Install")
    assert 'CreateShortcut "$SMPROGRAMS\\${APP}.lnk"' in install
    assert 'WriteRegStr HKCU "Software\\Classes\\.pop" "" "${PROGID}"' in install
    assert '\'"$INSTDIR\\${EXE}" "%1"\'' in install
    assert "Uninstall" in install and "QuietUninstallString" in install


def test_nsis_uninstall_removes_only_its_own_files_and_keeps_data() -> None:
    uninstall = _section(_nsis(), "Uninstall")
    assert 'RMDir /r "$INSTDIR"' not in uninstall  # a folder the user chose is not emptied
    assert 'RMDir "$INSTDIR"' in uninstall
    assert 'RMDir /r "$INSTDIR\\_internal"' in uninstall
    code = "\n".join(line for line in uninstall.splitlines()
                     if not line.lstrip().startswith(";"))
    assert "$LOCALAPPDATA\\${APP}" not in code and "$APPDATA" not in code
    assert 'DeleteRegKey HKCU "${UNINSTALL_KEY}"' in uninstall


def test_msi_is_per_machine_with_association_and_upgrades() -> None:
    tree = ElementTree.parse(INSTALLER / "windows" / "spiegelplan.wxs")
    package = tree.find(f".//{WIX}Package")
    assert package is not None and package.get("InstallScope") == "perMachine"
    assert tree.find(f".//{WIX}Directory[@Id='ProgramFiles64Folder']") is not None
    assert tree.find(f".//{WIX}MajorUpgrade") is not None
    product = tree.find(f"{WIX}Product")
    assert product is not None
    assert re.fullmatch(r"\{[0-9A-F-]{36}\}", product.get("UpgradeCode", ""))
    values = {(v.get("Key"), v.get("Value")) for v in tree.iter(f"{WIX}RegistryValue")}
    assert ("Software\\Classes\\.pop", "Spiegelplan.Plan") in values
    assert ("Software\\Classes\\Spiegelplan.Plan\\shell\\open\\command",
            '"[INSTALLDIR]Spiegelplan.exe" "%1"') in values
    refs = {ref.get("Id") for ref in tree.iter(f"{WIX}ComponentGroupRef")}
    assert refs == {"CG.Payload"}


HEAT = """<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi"><Fragment><DirectoryRef Id="INSTALLDIR">
<Directory Id="dirA" Name="."><Component Id="c1" Guid="*"><File Id="f1" KeyPath="yes"
 Source="$(var.SourceDir)/Spiegelplan.exe"/></Component></Directory>
<Directory Id="dirB" Name="_internal"><Directory Id="dirC" Name="PySide6"><Component Id="c2"
 Guid="*"><File Id="f2" KeyPath="yes" Source="$(var.SourceDir)/_internal/PySide6/x.dll"/>
</Component></Directory></Directory></DirectoryRef></Fragment>
<Fragment><ComponentGroup Id="CG.Payload"><ComponentRef Id="c1"/><ComponentRef Id="c2"/>
</ComponentGroup></Fragment></Wix>"""


def test_msi_uninstall_removes_folders_that_hold_only_folders() -> None:
    tree = ElementTree.fromstring(windows_packages.with_folder_removal(HEAT))
    folders = {d.get("Id"): d for d in tree.iter(f"{WIX}Directory")}
    for ident in ("dirB", "dirC"):
        assert folders[ident].find(f"{WIX}Component/{WIX}RemoveFolder") is not None, ident
    assert folders["dirA"].find(f"{WIX}Component/{WIX}RemoveFolder") is None
    refs = {ref.get("Id") for ref in tree.iter(f"{WIX}ComponentRef")}
    assert {"c1", "c2", "rmdirB", "rmdirC"} <= refs
    for component in tree.iter(f"{WIX}Component"):
        if component.get("Id", "").startswith("rm"):
            key = component.find(f"{WIX}RegistryValue")
            assert key is not None and key.get("Root") == "HKLM" and key.get("KeyPath") == "yes"


def test_standin_records_its_command_line_in_the_user_data_folder() -> None:
    script = (INSTALLER / "windows" / "standin.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert '"$LOCALAPPDATA\\Spiegelplan\\standin-runs.txt"' in script
    assert "$CMDLINE" in script


def _desktop() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(linux_packages.desktop_entry())
    return parser


def test_desktop_entry_opens_plan_files() -> None:
    entry = _desktop()["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Spiegelplan"
    assert entry["Exec"] == "spiegelplan %f" and entry["Icon"] == "spiegelplan"
    assert entry["MimeType"] == f"{linux_packages.MIME_TYPE};"
    assert entry["Terminal"] == "false" and entry["Comment[nl]"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (Debian desktop-file-utils) not installed")
def test_desktop_entry_validates(tmp_path: Path) -> None:
    path = tmp_path / f"{linux_packages.DESKTOP_ID}.desktop"
    path.write_text(linux_packages.desktop_entry(), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_mime_type_claims_pop_files() -> None:
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    tree = ElementTree.parse(INSTALLER / "linux" / "spiegelplan-mime.xml")
    mime = tree.find(f"{ns}mime-type")
    assert mime is not None and mime.get("type") == linux_packages.MIME_TYPE
    assert mime.find(f"{ns}glob").get("pattern") == "*.pop"  # type: ignore[union-attr]


def test_deb_control_file() -> None:
    control = linux_packages.control_file("1.2.3", 150000, ["libc6 (>= 2.36)", "libegl1"])
    fields = dict(line.split(": ", 1) for line in control.splitlines()
                  if line and not line.startswith(" "))
    assert fields["Package"] == "spiegelplan" and fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64" and fields["Installed-Size"] == "150000"
    assert fields["Depends"] == "libc6 (>= 2.36), libegl1"
    assert control.endswith("\n")


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icons_are_drawn_by_the_committed_script() -> None:
    sys.path.insert(0, str(INSTALLER / "icons"))
    try:
        import make_icons
    finally:
        sys.path.remove(str(INSTALLER / "icons"))
    icons = INSTALLER / "icons"
    assert (icons / "spiegelplan.svg").read_text(encoding="utf-8") == make_icons.svg()
    ElementTree.fromstring(make_icons.svg())
    for size in make_icons.PNG_SIZES:
        assert _png_size((icons / f"spiegelplan-{size}.png").read_bytes()) == (size, size)
    ico = (icons / "spiegelplan.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    assert (icons / "spiegelplan.icns").read_bytes()[:4] == b"icns"
    assert set(linux_packages.ICON_SIZES) <= set(make_icons.PNG_SIZES)
    for name, size in (("welcome", (164, 314)), ("header", (150, 57))):
        bmp = (INSTALLER / "windows" / f"{name}.bmp").read_bytes()
        assert bmp[:2] == b"BM" and struct.unpack("<ii", bmp[18:26]) == size
        assert f'"${{__FILEDIR__}}\\{name}.bmp"' in _nsis()


def test_spec_freezes_one_folder_without_console_or_upx() -> None:
    spec = (INSTALLER / "spiegelplan.spec").read_text(encoding="utf-8")
    assert "exclude_binaries=True" in spec and "COLLECT(" in spec  # one folder
    assert "console=False" in spec and "upx=False" in spec
    assert "contents.hidden_imports()" in spec and "contents.data_files()" in spec
    assert "contents.keep(" in spec and "BUNDLE(" in spec
    assert '"public.filename-extension": ["pop"]' in spec


def test_elf_pruning_keeps_what_is_reached_from_the_roots() -> None:
    needed = {"/s/main.so": ["libA.so.1"], "/s/libA.so.1": ["libB.so.2"], "/s/libB.so.2": [],
              "/s/libgtk.so.0": ["libcairo.so.2"], "/s/libcairo.so.2": [],
              "/s/libqxcb.so": ["libB.so.2"], "/s/libpython3.11.so.1.0": []}
    entries = [("PySide6/QtCore.abi3.so" if src == "/s/main.so" else
                "PySide6/Qt/plugins/platforms/libqxcb.so" if src == "/s/libqxcb.so" else
                src.rsplit("/", 1)[1], src, "BINARY") for src in needed]
    kept, dropped = elf_closure.prune(entries, needed=lambda path: needed[path])
    assert {e[0] for e in dropped} == {"libgtk.so.0", "libcairo.so.2"}
    assert {"libA.so.1", "libB.so.2", "libpython3.11.so.1.0"} <= {e[0] for e in kept}


def test_workflow_builds_smoke_tests_and_signs_on_windows_and_macos() -> None:
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    for needle in ("runs-on: windows-", "runs-on: macos-", "installer/spiegelplan.spec",
                   "--self-test", "--report", "hdiutil create", "xcrun notarytool submit",
                   "xcrun stapler staple", "codesign", "signtool", "secrets.",
                   "makensis", "wixl", "/S", "msiexec"):
        assert needle in workflow, needle
    assert "\t" not in workflow


def test_frozen_entry_gives_a_windowed_build_somewhere_to_write(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import entry

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    entry._give_streams()
    assert isinstance(sys.stdout, io.TextIOBase) and sys.stdout.write("x") == 1
    sys.stdout.close()
    sys.stderr.close()


def test_workflow_parses_with_every_job() -> None:
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "installers.yml").read_text(
        encoding="utf-8"))
    assert set(workflow["jobs"]) == {"linux", "windows-app", "windows-setup",
                                     "windows-install", "macos"}
    for job in workflow["jobs"].values():
        assert job["runs-on"] and job["steps"]


def test_desktop_entry_is_named_as_the_app_tells_the_desktop() -> None:
    app_source = (ROOT / "ui" / "app.py").read_text(encoding="utf-8")
    match = re.search(r'setDesktopFileName\("([^"]+)"\)', app_source)
    assert match is not None
    assert match.group(1) == linux_packages.DESKTOP_ID
    assert (INSTALLER / "linux" / f"{linux_packages.DESKTOP_ID}.desktop").is_file()


def test_a_missing_packaging_tool_is_named_with_its_package(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import build

    monkeypatch.setattr(build.shutil, "which", lambda tool: None if tool == "wixl" else "/x")
    with pytest.raises(build.BuildError, match=r"wixl not found: sudo apt-get install wixl"):
        build.require({"makensis": "nsis", "wixl": "wixl"}, "or build with --skip-windows")
    build.require({"makensis": "nsis"}, "")


def test_a_missing_app_module_fails_the_build(tmp_path: Path) -> None:
    import build

    warnings = tmp_path / "warn.txt"
    warnings.write_text(
        "missing module named 'org.python' - imported by copy (optional)\n"
        "missing module named popular - imported by x (top-level)\n", encoding="utf-8")
    build.check_app_imports(warnings)  # other packages' optional imports are fine
    warnings.write_text("missing module named pop.report.gone - imported by "
                        "pop.commands.export_pdf (delayed)\n", encoding="utf-8")
    with pytest.raises(build.BuildError, match=r"pop\.report\.gone \(imported by pop\.commands"):
        build.check_app_imports(warnings)


def test_every_runtime_dependency_is_named_in_the_open_source_notices() -> None:
    import tomllib

    notices = (ROOT / "resources" / "licenses" / "THIRD-PARTY.md").read_text(encoding="utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [re.split(r"[<>=!~ ;\[]", dep, maxsplit=1)[0] for dep in project["dependencies"]]
    missing = [name for name in names if name.lower() not in notices.lower()]
    assert missing == []
