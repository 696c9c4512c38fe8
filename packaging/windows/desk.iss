; Inno Setup script: a per-user installer that needs no administrator rights.
; Build the one-folder bundle first (pyinstaller packaging/desk.spec), then compile this file.
#define AppVersion "0.1.0"

[Setup]
AppId={{5B0B4D3E-6C1F-4E0A-9A57-2F4C1D1E7A10}
AppName=Digituki Desk
AppVersion={#AppVersion}
AppPublisher=Digituki Desk
DefaultDirName={localappdata}\Programs\Digituki Desk
DefaultGroupName=Digituki Desk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=DigitukiDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\DigitukiDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\Digituki Desk"; Filename: "{app}\desk.exe"
Name: "{userdesktop}\Digituki Desk"; Filename: "{app}\desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\desk.exe"; Flags: nowait postinstall skipifsilent
