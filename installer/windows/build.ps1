# Build the Windows installer of Puente: PyInstaller one-folder build, then NSIS.
# Run from the repository root in PowerShell on Windows with Python 3.11 and NSIS 3:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
if (-not (Test-Path .venv)) { python -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q -e ".[dev]" "pyinstaller>=6.10"
if ($LASTEXITCODE) { throw "pip install failed" }
& $py tools\i18n.py build
if ($LASTEXITCODE) { throw "translations failed" }
$version = & $py -c "import app; print(app.__version__)"
& $py -m PyInstaller --noconfirm --distpath dist --workpath build installer\puente.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
$env:QT_QPA_PLATFORM = "offscreen"
& dist\puente\puente.exe --self-test
if ($LASTEXITCODE) { throw "the frozen app failed its self-test" }
$makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $makensis) { $makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
& $makensis /V2 "/DVERSION=$version" "/DPAYLOAD=$root\dist\puente" installer\windows\puente.nsi
if ($LASTEXITCODE) { throw "makensis failed" }
Move-Item -Force "installer\windows\puente-$version-setup.exe" dist\
Write-Host "dist\puente-$version-setup.exe"
