; Inno Setup script for Digituki Desk (Inno Setup 6.4 or newer: its Swedish messages are official).
;
; Build on Windows, from the repository root (packaging/README.md has the whole sequence):
;   python -m desk.i18n_build
;   python -m PyInstaller --noconfirm --distpath dist packaging\desk.spec
;   python packaging\build_info.py inno-version packaging\windows\version.iss
;   iscc /DSign "/Ssigntool=signtool sign /f city.pfx /p PASSWORD /fd sha256 /tr TIMESTAMP_URL /td sha256 $f" packaging\windows\desk.iss
; (leave out /DSign and /Ssigntool=... for an unsigned test build; see "Signing" in packaging/README.md).
;
; Installs per user by default: %LOCALAPPDATA%\Programs\Digituki Desk, no administrator rights.
; IT can install for all users under Program Files instead, silently:
;   DigitukiDesk-<version>-setup.exe /ALLUSERS /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="%TEMP%\desk-setup.log"
; and per user, silently:
;   DigitukiDesk-<version>-setup.exe /CURRENTUSER /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Uninstalling removes the program only: the user's data (%LOCALAPPDATA%\digituki-desk: the
; database, backups, settings and logs) and the site config (%PROGRAMDATA%\digituki-desk) stay.

#if VER < EncodeVer(6, 4, 0)
  #error Inno Setup 6.4 or newer is needed (Swedish messages, {autopf} per-user folders)
#endif

; Generated from desk.__version__ by packaging/build_info.py (the single version source).
#include "version.iss"
#ifndef AppVersion
  #error version.iss must define AppVersion; run: python packaging\build_info.py inno-version packaging\windows\version.iss
#endif

#define Bundle "..\..\dist\DigitukiDesk"

[Setup]
AppId={{5B0B4D3E-6C1F-4E0A-9A57-2F4C1D1E7A10}
AppName=Digituki Desk
AppVersion={#AppVersion}
AppVerName=Digituki Desk {#AppVersion}
AppPublisher=Digituki Desk
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Digituki Desk
; Per-user by default; /ALLUSERS (or the dialog, for an administrator) installs for every user.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
; {autopf} is %LOCALAPPDATA%\Programs per user and Program Files for all users, so an
; all-users install never lands in the administrator's own profile; the same for {autoprograms}.
DefaultDirName={autopf}\Digituki Desk
DefaultGroupName=Digituki Desk
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=DigitukiDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\fi.digituki.Desk.ico
UninstallDisplayIcon={app}\DigitukiDesk.exe
UninstallDisplayName=Digituki Desk {#AppVersion}
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; Signing hook: iscc /DSign "/Ssigntool=..." signs setup.exe and the uninstaller; without /DSign
; nothing is signed. The programs in the bundle are signed before this (DESK_SIGN_COMMAND).
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion
; The licence notices also beside the programs, where IT and users look for them.
Source: "{#Bundle}\_internal\THIRD-PARTY-NOTICES.txt"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Digituki Desk"; Filename: "{app}\DigitukiDesk.exe"; AppUserModelID: "fi.digituki.Desk"
Name: "{autodesktop}\Digituki Desk"; Filename: "{app}\DigitukiDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\DigitukiDesk.exe"; Description: "{cm:LaunchProgram,Digituki Desk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Code] that touches user data: the database, backups, settings and
; logs under %LOCALAPPDATA%\digituki-desk outlive an uninstall and a reinstall.
