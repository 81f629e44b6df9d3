"""Windows installers, compiled on Linux: the per-user NSIS setup and the per-machine MSI.

Both wrap a frozen Windows folder (``Spiegelplan.exe`` + ``_internal``). PyInstaller freezes
only for the system it runs on, so on Linux the payload is a stand-in
(``windows/standin.nsi``); the CI workflow passes the real folder built on Windows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from bundle_contents import APP_NAME

HERE = Path(__file__).resolve().parent
WINDOWS = HERE / "windows"
ICON = HERE / "icons" / "spiegelplan.ico"
EXE = f"{APP_NAME}.exe"


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, check=False,
                            **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout[-4000:]}"
                           f"{result.stderr[-4000:]}")
    return result  # type: ignore[no-any-return]


def make_standin_payload(work: Path) -> Path:
    """A folder shaped like the frozen app, whose ``Spiegelplan.exe`` is the stand-in."""
    if work.exists():
        shutil.rmtree(work)
    payload = work / APP_NAME
    (payload / "_internal" / "resources").mkdir(parents=True)
    (payload / "_internal" / "resources" / "README.txt").write_text(
        "Stand-in payload: the real program is frozen on Windows.\r\n", encoding="utf-8")
    _run(["makensis", "-V2", f"-DOUTFILE={payload / EXE}", f"-DICON={ICON}",
          str(WINDOWS / "standin.nsi")])
    return payload


def make_nsis(payload: Path, out: Path, version: str, suffix: str = "") -> Path:
    """``Spiegelplan-<version>-setup.exe``: per user, no administrator rights."""
    if not (payload / EXE).is_file():
        raise RuntimeError(f"{payload} holds no {EXE}")
    target = out / f"{APP_NAME}-{version}{suffix}-setup.exe"
    _run(["makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version}",
          f"-DPAYLOAD={payload}", f"-DOUTFILE={target}", f"-DICON={ICON}",
          str(WINDOWS / "spiegelplan.nsi")])
    return target


def payload_fragment(payload: Path, work: Path) -> Path:
    """``payload.wxs``: every file of the frozen folder as components (``wixl-heat``)."""
    files = sorted(str(p) for p in payload.rglob("*") if p.is_file())
    result = _run(["wixl-heat", "-p", f"{payload}/", "--component-group", "CG.Payload",
                   "--var", "var.SourceDir", "--directory-ref", "INSTALLDIR", "--win64"],
                  input="\n".join(files) + "\n")
    target = work / "payload.wxs"
    target.write_text(with_folder_removal(result.stdout), encoding="utf-8")
    return target


def with_folder_removal(fragment: str) -> str:
    """Let the uninstall remove every folder of the payload, also those holding only folders.

    Windows Installer removes a folder only when a component lives in it, so ``_internal``
    and ``PySide6\\plugins`` would stay behind, empty. Each folder gets a small component
    with ``RemoveFolder`` (its key path a registry value, as per-machine components need).
    """
    from xml.etree import ElementTree as ET  # noqa: N817

    ns = "http://schemas.microsoft.com/wix/2006/wi"
    ET.register_namespace("", ns)
    root = ET.fromstring(fragment)
    group = root.find(f".//{{{ns}}}ComponentGroup")
    if group is None:
        raise RuntimeError("wixl-heat wrote no component group")
    for directory in root.iter(f"{{{ns}}}Directory"):
        if directory.get("Name") == ".":
            continue  # the install folder itself: removed by spiegelplan.wxs
        ident = directory.get("Id", "")
        component = ET.SubElement(directory, f"{{{ns}}}Component",
                                  {"Id": f"rm{ident}", "Guid": "*", "Win64": "$(var.Win64)"})
        ET.SubElement(component, f"{{{ns}}}RemoveFolder", {"Id": f"rf{ident}", "On": "uninstall"})
        ET.SubElement(component, f"{{{ns}}}RegistryValue", {
            "Root": "HKLM", "Key": r"Software\Spiegelplan\Installer\Folders", "Name": ident,
            "Type": "integer", "Value": "1", "KeyPath": "yes"})
        ET.SubElement(group, f"{{{ns}}}ComponentRef", {"Id": f"rm{ident}"})
    return ET.tostring(root, encoding="unicode")


def make_msi(payload: Path, out: Path, version: str, suffix: str, work: Path) -> Path:
    """``Spiegelplan-<version>.msi``: per machine, for deployment by IT departments."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    fragment = payload_fragment(payload, work)
    target = out / f"{APP_NAME}-{version}{suffix}.msi"
    target.unlink(missing_ok=True)
    # wixl looks files up relative to the folder it runs in (absolute paths fail).
    _run(["wixl", "-a", "x64", "-D", "Win64=yes", "-D", f"Version={version}",
          "-D", f"SourceDir={os.path.relpath(payload, work)}",
          "-D", f"IconFile={os.path.relpath(ICON, work)}", "-o", str(target),
          str(WINDOWS / "spiegelplan.wxs"), str(fragment)], cwd=work)
    return target
