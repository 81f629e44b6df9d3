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
!define MUI_WELCOMEFINISHPAGE_BITMAP "${__FILEDIR__}\welcome.bmp"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${__FILEDIR__}\welcome.bmp"
!define MUI_HEADERIMAGE
!define MUI_HEADERIMAGE_RIGHT
!define MUI_HEADERIMAGE_BITMAP "${__FILEDIR__}\header.bmp"
!define MUI_HEADERIMAGE_UNBITMAP "${__FILEDIR__}\header.bmp"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
; Our own texts: short, and in the "je" form (NSIS's stock Dutch says "u").
!define MUI_WELCOMEPAGE_TITLE "$(WelcomeTitle)"
!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!define MUI_DIRECTORYPAGE_TEXT_TOP "$(FolderText)"
!define MUI_FINISHPAGE_TITLE "$(FinishTitle)"
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunText)"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(RemoveText)"
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_HEADER_TEXT "$(FolderTitle)"
!define MUI_PAGE_HEADER_SUBTEXT "$(FolderSubtitle)"
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
LangString WelcomeTitle ${LANG_DUTCH} "Spiegelplan installeren"
LangString WelcomeTitle ${LANG_ENGLISH} "Install Spiegelplan"
LangString FolderTitle ${LANG_DUTCH} "Map kiezen"
LangString FolderTitle ${LANG_ENGLISH} "Choose a folder"
LangString FolderSubtitle ${LANG_DUTCH} "Waar komt Spiegelplan op je computer?"
LangString FolderSubtitle ${LANG_ENGLISH} "Where Spiegelplan goes on your computer"
LangString FolderText ${LANG_DUTCH} "Spiegelplan komt in deze map. Wil je een andere map? Kies \
  dan Bladeren. Klik op Installeren om te beginnen."
LangString FolderText ${LANG_ENGLISH} "Spiegelplan goes into this folder. To choose another \
  folder, click Browse. Click Install to start."
LangString FinishTitle ${LANG_DUTCH} "Spiegelplan is geïnstalleerd"
LangString FinishTitle ${LANG_ENGLISH} "Spiegelplan is installed"
LangString FinishText ${LANG_DUTCH} "Je vindt Spiegelplan in het menu Start. Krijg je een \
  planbestand (.pop) van een teamlid? Dubbelklik erop om het te openen."
LangString FinishText ${LANG_ENGLISH} "You find Spiegelplan in the Start menu. Did a team member \
  send you a plan file (.pop)? Double-click it to open it."
LangString RunText ${LANG_DUTCH} "Spiegelplan nu starten"
LangString RunText ${LANG_ENGLISH} "Start Spiegelplan now"
LangString RemoveText ${LANG_DUTCH} "Spiegelplan wordt van deze computer verwijderd. Je plannen \
  blijven bewaard in $LOCALAPPDATA\${APP}."
LangString RemoveText ${LANG_ENGLISH} "Spiegelplan will be removed from this computer. Your \
  plans stay in $LOCALAPPDATA\${APP}."
LangString WelcomeText ${LANG_DUTCH} "Spiegelplan komt in je eigen programmamap. Daarvoor heb je \
  geen beheerdersrechten nodig.$\r$\n$\r$\nJe plannen blijven op deze laptop, ook als je \
  Spiegelplan later weer verwijdert.$\r$\n$\r$\nKlik op Volgende om verder te gaan."
LangString WelcomeText ${LANG_ENGLISH} "Spiegelplan goes into your own programs folder. You do \
  not need administrator rights for that.$\r$\n$\r$\nYour plans stay on this laptop, also if \
  you remove Spiegelplan later.$\r$\n$\r$\nClick Next to continue."
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
