; Inno Setup 6 script: a per-user (or all-users) installer for the Windows bundle.
;
;   powershell -File packaging\build.ps1           (makes dist\twinparks\)
;   iscc /DAppVersion=0.1.0 packaging\windows\twinparks.iss
;
; Result: dist\twinparks-<version>-setup.exe. Not built on the Linux CI machine;
; packaging/README.md says what was checked.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Twin Parks planner"
#define AppExe "twinparks-gui.exe"
#define BundleDir "..\..\dist\twinparks"

[Setup]
AppId={{6A0F3C52-7B1E-4C4B-9A1D-2B5E8D7C1F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Twin Parks planner contributors
AppPublisherURL=https://github.com/twinparks
DefaultDirName={autopf}\Twin Parks planner
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=twinparks-{#AppVersion}-setup
SetupIconFile=..\icons\twinparks.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"; Flags: skipifdoesntexist

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the twinparks command to PATH"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Offer the planner in Explorer's "Open with" for .xlsx (it does not take the default).
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" gui ""%1"""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithList\{#AppExe}"; Flags: uninsdeletekey
; The console command on PATH (per-user PATH for a per-user install).
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: not IsAdminInstallMode and NeedsAddPath(ExpandConstant('{app}'))
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: IsAdminInstallMode and NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
  RootKey: Integer;
  SubKey: string;
begin
  if IsAdminInstallMode then begin
    RootKey := HKEY_LOCAL_MACHINE;
    SubKey := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  end else begin
    RootKey := HKEY_CURRENT_USER;
    SubKey := 'Environment';
  end;
  if not RegQueryStringValue(RootKey, SubKey, 'Path', Paths) then begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
