; Puente: per-user Windows installer (no administrator rights), NSIS 3 with Modern UI 2.
; Build: installer\windows\build.ps1 (PyInstaller first, then makensis). Inputs:
;   /DVERSION=x.y.z    the app version
;   /DPAYLOAD=path     the PyInstaller one-folder output (dist\puente)
; Installs into %LOCALAPPDATA%\Programs\Puente; the officer's data lives elsewhere
; (%LOCALAPPDATA%\IOM\Puente, made by the app) and is kept on upgrade and uninstall unless
; the person ticks "also remove my data" in the uninstaller.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\puente"
!endif
!define APPNAME "Puente"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Puente"
!define APPKEY "Software\IOM\Puente"

Name "${APPNAME} ${VERSION}"
!ifndef OUTFILE
  !define OUTFILE "puente-${VERSION}-setup.exe"
!endif
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Puente"
InstallDirRegKey HKCU "${APPKEY}" "InstallDir"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "puente.ico"
!define MUI_UNICON "puente.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APPKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\puente.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows speaks none of the three.
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"

LangString DESC_SHORTCUT ${LANG_ENGLISH} "Case management for labour mobility programmes"
LangString DESC_SHORTCUT ${LANG_SPANISH} "Gestión de casos para programas de movilidad laboral"
LangString DESC_SHORTCUT ${LANG_FRENCH} "Gestion de dossiers pour les programmes de mobilité de la main-d'œuvre"
LangString MSG_RUNNING ${LANG_ENGLISH} "Puente is open. Close it, then press OK to continue."
LangString MSG_RUNNING ${LANG_SPANISH} "Puente está abierto. Ciérrelo y pulse Aceptar para continuar."
LangString MSG_RUNNING ${LANG_FRENCH} "Puente est ouvert. Fermez-le, puis appuyez sur OK pour continuer."
LangString MSG_UPGRADE ${LANG_ENGLISH} "Puente ${VERSION} replaces the version already installed. Your data is kept; it is backed up when Puente next opens."
LangString MSG_UPGRADE ${LANG_SPANISH} "Puente ${VERSION} reemplaza la versión ya instalada. Sus datos se conservan; se hace una copia de seguridad al abrir Puente."
LangString MSG_UPGRADE ${LANG_FRENCH} "Puente ${VERSION} remplace la version déjà installée. Vos données sont conservées ; une sauvegarde est faite à la prochaine ouverture de Puente."
LangString SEC_APP ${LANG_ENGLISH} "Puente (the program)"
LangString SEC_APP ${LANG_SPANISH} "Puente (el programa)"
LangString SEC_APP ${LANG_FRENCH} "Puente (le programme)"
LangString SEC_DATA ${LANG_ENGLISH} "Also remove my data (workers, settings, backups): cannot be undone"
LangString SEC_DATA ${LANG_SPANISH} "Eliminar también mis datos (trabajadores, ajustes, copias): no se puede deshacer"
LangString SEC_DATA ${LANG_FRENCH} "Supprimer aussi mes données (travailleurs, réglages, sauvegardes) : irréversible"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ReadRegStr $0 HKCU "${APPKEY}" "Version"
  ${If} $0 != ""
    MessageBox MB_OK|MB_ICONINFORMATION "$(MSG_UPGRADE)" /SD IDOK
  ${EndIf}
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(SEC_APP)" SecApp
  SectionIn RO
  ; An upgrade replaces the program folder as a whole, so no file of the old version stays.
  ; The data folder is elsewhere and never touched here.
  retry:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\puente.exe"
    Rename "$INSTDIR\puente.exe" "$INSTDIR\puente.exe.old"
    ${If} ${Errors}
      MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "$(MSG_RUNNING)" /SD IDCANCEL IDOK retry
      Abort
    ${EndIf}
    RMDir /r "$INSTDIR\_internal"
    Delete "$INSTDIR\puente.exe.old"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  File "puente.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Puente.lnk" "$INSTDIR\puente.exe" "" "$INSTDIR\puente.ico" 0 \
    SW_SHOWNORMAL "" "$(DESC_SHORTCUT)"
  WriteRegStr HKCU "${APPKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APPKEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "Puente"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "IOM"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\puente.ico"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section "un.$(SEC_APP)" UnSecApp
  SectionIn RO
  Delete "$SMPROGRAMS\Puente.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\puente.exe"
  Delete "$INSTDIR\puente.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "${APPKEY}"
SectionEnd

; Off unless ticked: the officer's records are removed only when asked for.
Section /o "un.$(SEC_DATA)" UnSecData
  RMDir /r "$LOCALAPPDATA\IOM\Puente"
SectionEnd
