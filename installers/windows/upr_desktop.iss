; Inno Setup 6 script for UPR Desktop on Windows 10 and 11 (64-bit).
;
; Built by installers\windows\build.ps1, which first makes dist\upr-desktop with PyInstaller, then runs:
;   ISCC.exe /DAppVersion=0.1.0 /DAppVersionNumbers=0.1.0 /DBundleDir=<repo>\dist\upr-desktop /O<repo>\dist
;            installers\windows\upr_desktop.iss
; and gives dist\UPR-Desktop-<version>-windows-x64-setup.exe.
;
; The installer:
; - installs for the person running it only, without administrator rights (PrivilegesRequired=lowest): into
;   %LOCALAPPDATA%\Programs\UPR Desktop, with the Start menu entry in their own Start menu;
; - offers a desktop shortcut (unticked by default);
; - makes .uprw files open in UPR Desktop, for this person (HKCU\Software\Classes);
; - uninstalls cleanly, and never deletes a workshop. Workshops are not in the install folder: people save them in
;   their Documents folder (the app's default), on a USB stick, or wherever they choose. The app's own settings,
;   logs and automatic backups (copies of workshops) are in %LOCALAPPDATA%\UPR Desktop, which the uninstaller
;   leaves in place too. The uninstaller removes only the files it installed ([Files]) and the registry entries it
;   made ([Registry]); nothing is listed under [UninstallDelete] on purpose. If someone made a portable copy inside
;   the install folder ("UPR Desktop data" beside the program), it stays as well, and so does the folder with it.

#define AppName "UPR Desktop"
#define AppExe "upr-desktop.exe"
#define ProgId "UPRDesktop.Workshop"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef AppVersionNumbers
  ; VersionInfoVersion takes numbers only: build.ps1 passes "1.2.0" for a version such as "1.2.0rc1".
  #define AppVersionNumbers AppVersion
#endif
#ifndef BundleDir
  ; The PyInstaller folder, relative to this script (installers\windows -> repository root -> dist).
  #define BundleDir "..\..\dist\upr-desktop"
#endif

[Setup]
; AppId identifies the app across versions, so a newer installer upgrades it in place. Never change it.
AppId={{657A5A08-31A5-44F2-8FF2-09B9A3164415}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=UPR Desktop
AppComments=Offline workshops for following up the Universal Periodic Review
VersionInfoVersion={#AppVersionNumbers}
VersionInfoDescription={#AppName} installer
; Per-user: {autopf} is then %LOCALAPPDATA%\Programs, {autoprograms} the person's own Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.11 needs Windows 10 1809 or later. x64compatible needs Inno Setup 6.3 or later.
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=UPR-Desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Tell Explorer the .uprw association changed, so icons and "Open" update at once.
ChangesAssociations=yes
; An open UPR Desktop is closed (Restart Manager) before its files are replaced; it saves as it goes.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's own folder whole, so no library of an older version lingers. _internal holds
; only the program (Python, Qt, fonts, templates); never a workshop, a setting or a backup.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller folder: upr-desktop.exe (the app), upr-desktop-cli.exe (the commands, for a console) and
; _internal. A portable marker (under any of the names the app accepts) or a portable data folder left in dist by
; a test run is not shipped: an installed copy must keep its data in the person's profile, not in the program folder.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Excludes: "\portable.txt,\portable.txt.txt,\portable,\UPR Desktop data"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Run a UPR follow-up workshop offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Run a UPR follow-up workshop offline"; Tasks: desktopicon

[Registry]
; .uprw -> UPR Desktop, for this person only (HKCU). uninsdeletevalue/uninsdeletekey remove exactly these entries.
Root: HKCU; Subkey: "Software\Classes\.uprw"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\.uprw"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-upr-workshop"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\.uprw\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "UPR Desktop workshop"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; "Open with" lists the app by its name, for .uprw and for the files it imports.
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".uprw"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xls"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: see the note at the top. Workshops and backups are never deleted.
