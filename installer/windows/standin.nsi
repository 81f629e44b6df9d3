; A stand-in for the frozen Spiegelplan.exe, used to test the installers on Linux under Wine
; (PyInstaller cannot build the real Windows program here). When started it does what the
; checks need from the real app: it records its command line (so the .pop association can be
; checked) in the user's data folder, %LOCALAPPDATA%\Spiegelplan, which the uninstaller must
; leave in place.
;   makensis -DOUTFILE=<Spiegelplan.exe> -DICON=<.ico> standin.nsi

Unicode true
Target amd64-unicode
RequestExecutionLevel user
SilentInstall silent
Name "Spiegelplan (stand-in)"
OutFile "${OUTFILE}"
Icon "${ICON}"

Section
  SetShellVarContext current
  CreateDirectory "$LOCALAPPDATA\Spiegelplan"
  FileOpen $0 "$LOCALAPPDATA\Spiegelplan\standin-runs.txt" a
  FileSeek $0 0 END
  FileWrite $0 "$CMDLINE$\r$\n"
  FileClose $0
SectionEnd
