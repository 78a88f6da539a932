; WrapDesk for Windows: an installer around the one-folder bundle (dist\wrapdesk).
;
; On Windows, from the repository (packaging\README.md has every step):
;   py -m PyInstaller --noconfirm --clean packaging\pyinstaller\wrapdesk.spec
;   iscc packaging\windows\wrapdesk.iss
; and the installer is dist\WrapDesk-<version>-setup.exe.
;
; It installs for the current user (no administrator needed; an administrator may choose
; everyone), adds WrapDesk to the Start menu, and makes .wrapdesk files open in WrapDesk.
; The version is read from the bundle's own version resource, which the spec sets from
; src\wrapdesk\__init__.py: there is no second copy to forget.

#define AppName "WrapDesk"
#define AppExe "wrapdesk-gui.exe"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\wrapdesk"
#if !FileExists(BundleDir + "\" + AppExe)
  #error Build the bundle first: py -m PyInstaller packaging\pyinstaller\wrapdesk.spec
#endif
#define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")

[Setup]
; AppId is WrapDesk's identity to Windows: never change it, or updates install beside it.
AppId={{27E18CF3-6623-4FA2-8D15-3E9E7FCA08B7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The WrapDesk team
AppCopyright=GPL-3.0-or-later
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; Qt 6 needs 64-bit Windows 10 (1809) or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=WrapDesk-{#AppVersion}-setup
SetupIconFile=wrapdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; Close a running WrapDesk before replacing its files; it saves as it goes.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Excludes: "wrapdesk-selftest.exe"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version may leave out files the old one had: start from a clean folder.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .wrapdesk files: a ProgID of their own, opened with WrapDesk on a double-click. HKA is the
; current user's classes, or the machine's when installed for everyone. Uninstalling removes
; the ProgID, and the extension's default only if it still points at WrapDesk.
Root: HKA; Subkey: "Software\Classes\.wrapdesk"; ValueType: string; ValueName: ""; ValueData: "WrapDesk.Plan"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.wrapdesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-wrapdesk"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.wrapdesk\OpenWithProgids"; ValueType: string; ValueName: "WrapDesk.Plan"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\WrapDesk.Plan"; ValueType: string; ValueName: ""; ValueData: "WrapDesk plan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\WrapDesk.Plan\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\WrapDesk.Plan\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".wrapdesk"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
