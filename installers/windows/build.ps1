# Builds UPR Desktop for Windows (the Windows counterpart of scripts/build.sh). From the repository folder:
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
#
# Needs Python 3.11 or newer (python.org, or: winget install Python.Python.3.12) and Inno Setup 6.3 or newer
# (winget install JRSoftware.InnoSetup). Makes, in dist\:
#   upr-desktop\                                     the app folder (upr-desktop.exe, upr-desktop-cli.exe, _internal)
#   UPR-Desktop-<version>-windows-x64-setup.exe      the installer (per user, no administrator rights)
#   UPR-Desktop-<version>-windows-x64-portable.zip   the same folder with portable.txt, for a USB stick
# -SkipInstaller makes only the folder and the zip (no Inno Setup needed).
param([switch]$SkipInstaller)

$ErrorActionPreference = "Stop"
# -LiteralPath throughout: a folder name may hold [ ] (wildcards to -Path), spaces or any script.
$Root = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot "..\..")).Path
Set-Location -LiteralPath $Root
$Started = Get-Date

function Invoke-Checked {
    # Runs a program; stops the build when it fails (PowerShell does not, for programs).
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed (exit code $LASTEXITCODE)" }
}

function Find-Python {
    # The newest Python 3.11+ that the py launcher knows, else python on the PATH. "Continue" here: with "Stop",
    # Windows PowerShell 5.1 turns a redirected line on stderr ("no such runtime") into an error that ends the build.
    $ErrorActionPreference = "Continue"
    if (Get-Command py -ErrorAction SilentlyContinue) {
        foreach ($version in "3.13", "3.12", "3.11") {
            & py "-$version" -c "import sys" 2>$null
            if ($LASTEXITCODE -eq 0) { return @("py", "-$version") }
        }
    }
    if (Get-Command python -ErrorAction SilentlyContinue) {
        & python -c "import sys; sys.exit(sys.version_info < (3, 11))" 2>$null
        if ($LASTEXITCODE -eq 0) { return @("python") }
    }
    throw "UPR Desktop needs Python 3.11 or newer: winget install Python.Python.3.12"
}

$Python = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path -LiteralPath $Python)) {
    $Found = @(Find-Python)
    $FoundArgs = @($Found | Select-Object -Skip 1)
    Invoke-Checked $Found[0] ($FoundArgs + @("-m", "venv", ".venv"))
}
Invoke-Checked $Python @("-m", "pip", "install", "-q", "--disable-pip-version-check", "--upgrade", "pip")
Invoke-Checked $Python @("-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", ".[build]")
$Version = (& $Python -c "from importlib.metadata import version; print(version('upr-desktop'))").Trim()
if ($LASTEXITCODE -ne 0) { throw "could not read the version of upr-desktop" }
# The installer's version resource takes numbers only: "1.2.0rc1" -> "1.2.0".
if ($Version -match '^\d+(\.\d+){0,3}') { $VersionNumbers = $Matches[0] }
else { throw "version $Version does not start with a number" }

Write-Host "Building UPR Desktop $Version for Windows..."
# The interface's translations (resources/i18n/*.qm), compiled from the .ts files the translators keep.
Invoke-Checked $Python @("scripts\i18n.py", "release")
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", "dist",
    "--workpath", "build\pyinstaller", "installers\pyinstaller\upr_desktop.spec")
$Bundle = Join-Path $Root "dist\upr-desktop"
if (-not (Test-Path -LiteralPath (Join-Path $Bundle "upr-desktop.exe"))) { throw "PyInstaller made no $Bundle\upr-desktop.exe" }

# A quick check that the frozen app runs here: the commands, then the app itself for two seconds.
Invoke-Checked (Join-Path $Bundle "upr-desktop-cli.exe") @("--version")
$Check = Join-Path $env:TEMP "upr-desktop-build-check"
Remove-Item -LiteralPath $Check -Recurse -Force -ErrorAction SilentlyContinue
# The demo command writes into an existing folder only ("The folder ... does not exist" otherwise).
New-Item -ItemType Directory -Force -Path $Check | Out-Null
$env:UPR_DESKTOP_HOME = $Check
try {
    Invoke-Checked (Join-Path $Bundle "upr-desktop-cli.exe") @("demo", (Join-Path $Check "demo.uprw"))
    $App = Start-Process -FilePath (Join-Path $Bundle "upr-desktop.exe") -ArgumentList "--quit-after", "2000" `
        -PassThru -Wait
    if ($App.ExitCode -ne 0) { throw "upr-desktop.exe --quit-after 2000 exited with $($App.ExitCode)" }
} finally {
    Remove-Item Env:\UPR_DESKTOP_HOME
    Remove-Item -LiteralPath $Check -Recurse -Force -ErrorAction SilentlyContinue
}

# The portable zip: the app folder, renamed, with portable.txt beside the program.
$PortableName = "UPR-Desktop-$Version-windows-x64-portable"
$Stage = Join-Path $Root "build\portable\UPR Desktop"
Remove-Item -LiteralPath (Join-Path $Root "build\portable") -Recurse -Force -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force -Path (Split-Path $Stage) | Out-Null
Copy-Item -LiteralPath $Bundle -Destination $Stage -Recurse
Set-Content -LiteralPath (Join-Path $Stage "portable.txt") -Encoding UTF8 -Value @(
    "This file makes UPR Desktop portable: its settings, recent workshops, logs and backups are kept in the",
    "folder 'UPR Desktop data' beside it, and nothing is written to the computer it runs on. Delete this file",
    "to keep them in your user profile instead.")
$Zip = Join-Path $Root "dist\$PortableName.zip"
Remove-Item -LiteralPath $Zip -Force -ErrorAction SilentlyContinue
# .NET's ZipFile rather than Compress-Archive: Windows PowerShell 5.1's Compress-Archive writes "\" into the names
# inside the zip, which other unzip tools (and macOS, Linux) do not read as folders; so does ZipFile under Windows
# PowerShell unless this switch is set before first use (PowerShell 7 always writes "/"). The zip holds "UPR Desktop\".
[AppContext]::SetSwitch("Switch.System.IO.Compression.ZipFile.UseBackslash", $false)
Add-Type -AssemblyName System.IO.Compression
Add-Type -AssemblyName System.IO.Compression.FileSystem
[System.IO.Compression.ZipFile]::CreateFromDirectory($Stage, $Zip, [System.IO.Compression.CompressionLevel]::Optimal, $true)

if (-not $SkipInstaller) {
    # ISCC.exe: on the PATH, else where Inno Setup's own uninstall entry says it is (any install folder, machine
    # or per-user: winget installs it either way), else its default folders.
    $Candidates = @()
    $OnPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($OnPath) { $Candidates += $OnPath.Path }
    foreach ($Key in "HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\Inno Setup 6_is1",
                     "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\Inno Setup 6_is1",
                     "HKCU:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\Inno Setup 6_is1") {
        $Location = (Get-ItemProperty -LiteralPath $Key -ErrorAction SilentlyContinue).InstallLocation
        if ($Location) { $Candidates += Join-Path $Location "ISCC.exe" }
    }
    foreach ($Folder in ${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs")) {
        if ($Folder) { $Candidates += Join-Path $Folder "Inno Setup 6\ISCC.exe" }
    }
    $Iscc = $Candidates | Where-Object { Test-Path -LiteralPath $_ } | Select-Object -First 1
    if (-not $Iscc) {
        throw "Inno Setup 6 is not installed (winget install JRSoftware.InnoSetup), or use -SkipInstaller."
    }
    Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DAppVersionNumbers=$VersionNumbers", "/DBundleDir=$Bundle",
        "/O$(Join-Path $Root 'dist')",
        (Join-Path $Root "installers\windows\upr_desktop.iss"))
}

$Seconds = [int]((Get-Date) - $Started).TotalSeconds
Write-Host "Built in $Seconds s:"
Get-ChildItem -LiteralPath (Join-Path $Root "dist") -File | Where-Object { $_.Name -like "UPR-Desktop-$Version-windows-*" } |
    ForEach-Object { Write-Host ("  dist\{0}  {1:N0} MB" -f $_.Name, ($_.Length / 1MB)) }
