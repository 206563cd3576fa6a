# Build the desktop bundle dist\twinparks\ on Windows (PowerShell 5.1 or 7).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -Installer   # + Inno Setup
#
# Same steps as build.sh: its own venv under build\, `pip install .`, PyInstaller 6,
# packaging\twinparks.spec; prints size and time. -Installer then runs Inno Setup's
# iscc.exe (on PATH or in its default folder) on packaging\windows\twinparks.iss.
[CmdletBinding()]
param(
    [string]$Python = "py",
    [string]$Venv = "build\venv",
    [switch]$Installer
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = Resolve-Path (Join-Path $PSScriptRoot "..")
Set-Location $Root
$Watch = [System.Diagnostics.Stopwatch]::StartNew()

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) {
    Write-Host "== creating $Venv"
    if ($Python -eq "py") { Invoke-Checked "py" @("-3.11", "-m", "venv", $Venv) }
    else { Invoke-Checked $Python @("-m", "venv", $Venv) }
}
$Venv = (Resolve-Path $Venv).Path
$Py = Join-Path $Venv "Scripts\python.exe"

Write-Host "== installing the project and PyInstaller into $Venv"
foreach ($stale in @("build\lib", "build\bdist.win-amd64")) {
    if (Test-Path $stale) { Remove-Item -Recurse -Force $stale }
}
Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "--disable-pip-version-check", ".", "pyinstaller>=6,<7")

Write-Host "== running PyInstaller"
if (Test-Path "dist\twinparks") { Remove-Item -Recurse -Force "dist\twinparks" }
# From build\, so that the checkout is not on sys.path (the spec needs the installed packages).
Push-Location "build"
try {
    Invoke-Checked (Join-Path $Venv "Scripts\pyinstaller.exe") @(
        "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", (Join-Path $Root "dist"), "--workpath", (Join-Path $Root "build\pyinstaller"),
        (Join-Path $Root "packaging\twinparks.spec"))
} finally { Pop-Location }

$Bytes = (Get-ChildItem -Recurse -File "dist\twinparks" | Measure-Object -Sum Length).Sum
$Seconds = [int]$Watch.Elapsed.TotalSeconds
Write-Host ("== bundle: dist\twinparks\ ({0:N0} MB), built in {1} s" -f ($Bytes / 1MB), $Seconds)

if ($Installer) {
    $Iscc = (Get-Command "iscc.exe" -ErrorAction SilentlyContinue).Source
    if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
    if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 (iscc.exe) not found; install it from jrsoftware.org" }
    $Version = & $Py -c "from importlib.metadata import version; print(version('twinparks'))"
    Invoke-Checked $Iscc @("/DAppVersion=$Version", "packaging\windows\twinparks.iss")
    Write-Host "== installer: dist\twinparks-$Version-setup.exe"
}
