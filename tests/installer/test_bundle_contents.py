"""What the frozen app contains: hidden imports, data files, Qt trimming (no build needed)."""

from __future__ import annotations

import importlib.util

import bundle_contents as contents
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pop.cli import COMMAND_MODULES
from ui.pages.registry import PAGES


def test_every_page_module_is_a_hidden_import() -> None:
    hidden = set(contents.hidden_imports())
    for page in PAGES:
        module = page.factory.partition(":")[0]
        assert module in hidden, f"page {page.name}: {module} would be missing when frozen"


def test_every_command_module_is_a_hidden_import() -> None:
    hidden = set(contents.hidden_imports())
    for name in COMMAND_MODULES:
        assert f"pop.commands.{name}" in hidden


def test_the_example_plan_generator_is_a_hidden_import() -> None:
    assert "pop.demo.generator" in contents.hidden_imports()


def test_hidden_imports_name_modules_that_exist() -> None:
    for name in contents.hidden_imports():
        assert importlib.util.find_spec(name) is not None, name


def test_no_test_or_network_module_is_frozen() -> None:
    hidden = contents.hidden_imports()
    assert not [name for name in hidden if name.startswith(("tests", "installer"))]
    for banned in ("PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtPdf",
                   "PySide6.QtOpenGL", "ssl", "pytest", "hypothesis"):
        assert banned in contents.EXCLUDES


def test_resources_go_along_whole() -> None:
    folders = {folder for _source, folder in contents.data_files()}
    files = {source.replace("\\", "/").rsplit("/resources/", 1)[1]
             for source, _folder in contents.data_files()}
    assert "catalogues/default.json" in files
    assert "fonts/NotoSans-Regular.ttf" in files and "fonts/OFL.txt" in files
    po_files = {p.name for p in (contents.ROOT / "resources" / "locale" / "nl").glob("*.po")}
    assert po_files and {f"locale/nl/{name}" for name in po_files} <= files
    assert all(folder.replace("\\", "/").startswith("resources") for folder in folders)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6OpenGL.so.6", "PySide6/Qt6Network.dll", "PySide6/Qt6Quick.dll",
    "PySide6/opengl32sw.dll", "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
    "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so", "PySide6/plugins/imageformats/qwebp.dll",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/translations/qtbase_de.qm", "PySide6/translations/qtwebengine_nl.qm",
    "libdbus-1.so.3",
])
def test_trimmed_away(dest: str) -> None:
    assert not contents.keep(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Gui.so.6",
    "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6DBus.so.6", "PySide6/Qt6Core.dll",
    "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/translations/qtbase_nl.qm", "PySide6/translations/qtbase_nl.qm",
    "resources/locale/nl/ui-launch.po", "resources/fonts/NotoSans-Regular.ttf",
    "libpython3.11.so.1.0", "base_library.zip",
])
def test_kept(dest: str) -> None:
    assert contents.keep(dest)


@given(st.text(alphabet="abcQt6_-./\\lsopdy", max_size=60))
def test_keep_decides_for_any_path(dest: str) -> None:
    assert contents.keep(dest) in (True, False)


def test_showcase_expects_a_picture_of_every_page() -> None:
    expected = contents.expected_showcase_files()
    assert [name for name in expected if name.endswith(".png")] == [
        f"{number:02d}-{page.name}.png" for number, page in enumerate(PAGES, start=1)]
    assert ("voorbeeldplan.pdf" in expected) == ("export_pdf" in COMMAND_MODULES)
