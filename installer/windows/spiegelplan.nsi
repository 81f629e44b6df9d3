; Spiegelplan for Windows: a per-user installer that needs no administrator rights.
;
; Installs into %LOCALAPPDATA%\Programs\Spiegelplan, adds a Start-menu entry and the .pop
; file type (opening a plan file starts Spiegelplan, which offers the import), and registers
; an uninstaller under "Apps" for this user only. The uninstaller removes the program and
; leaves the user's plans (%LOCALAPPDATA%\Spiegelplan) in place.
;
; Compiled by installer/windows_packages.py:
;   makensis -DVERSION=0.1.0 -DPAYLOAD=<frozen folder> -DOUTFILE=<setup.exe> -DICON=<.ico>
; Silent use: setup.exe /S   and   "%LOCALAPPDATA%\Programs\Spiegelplan\Uninstall.exe" /S

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef PAYLOAD
  !error "pass -DPAYLOAD=<the frozen Spiegelplan folder>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Spiegelplan-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\icons\spiegelplan.ico"
!endif

!define APP "Spiegelplan"
!define EXE "Spiegelplan.exe"
!define PROGID "Spiegelplan.Plan"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Spiegelplan"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Spiegelplan"

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; Dutch first: it is the default when Windows speaks neither language.
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

LangString FileTypeName ${LANG_DUTCH} "Spiegelplan-planbestand"
LangString FileTypeName ${LANG_ENGLISH} "Spiegelplan plan file"
LangString DataKept ${LANG_DUTCH} "Je plannen blijven bewaard in $LOCALAPPDATA\${APP}."
LangString DataKept ${LANG_ENGLISH} "Your plans are kept in $LOCALAPPDATA\${APP}."

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update replaces the program files as a whole; data never lives here.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; The .pop file type, for this user only: opening a plan file starts the import.
  WriteRegStr HKCU "Software\Classes\.pop" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${EXE}\SupportedTypes" ".pop" ""

  ; "Apps" in Settings, for this user.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; Tell Explorer that file types changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only what the installer put here: a folder chosen by the user is never emptied blindly.
  Delete "$INSTDIR\${EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"

  ; The .pop file type, only while it still points to Spiegelplan.
  ReadRegStr $0 HKCU "Software\Classes\.pop" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.pop"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${EXE}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; The user's plans, backups and settings stay: $LOCALAPPDATA\Spiegelplan is not touched.
  DetailPrint "$(DataKept)"
SectionEnd
