@echo off
chcp 65001 >nul
rem Puts a `shenbao` command on the user's PATH on Windows, so that the tool runs as
rem `shenbao validate 璧山区` from any folder and every hint it prints can be copied as it stands.
rem Usage: scripts\install.cmd [BIN]   BIN defaults to %LOCALAPPDATA%\shenbao\bin. The command
rem written there runs this copy of shenbao (scripts\shenbao.cmd); it is replaced only if an
rem earlier run of this script wrote it. The user's PATH is changed for new windows (user scope).
setlocal
for %%I in ("%~dp0..") do set "ROOT=%%~fI"
set "BIN=%LOCALAPPDATA%\shenbao\bin"
if not "%~1"=="" set "BIN=%~f1"
set "TARGET=%BIN%\shenbao.cmd"
set "MARK=written by shenbao's scripts\install.cmd"
if exist "%TARGET%" (
  findstr /c:"%MARK%" "%TARGET%" >nul 2>&1 || (
    echo scripts\install.cmd：%TARGET% 已存在，且不是本脚本写的，未改动它。请指定另一个文件夹。
    echo scripts\install.cmd: %TARGET% exists and was not written by this script; left alone.
    exit /b 2
  )
)
if not exist "%BIN%" mkdir "%BIN%"
(
  echo @echo off
  echo rem %MARK%: runs the shenbao in %ROOT%
  echo if not defined SHENBAO_COMMAND set "SHENBAO_COMMAND=shenbao"
  echo call "%ROOT%\scripts\shenbao.cmd" %%*
) > "%TARGET%"
rem build the tool now, so that the first check is fast
call "%ROOT%\scripts\shenbao.cmd" --version >nul
rem add BIN to the user's PATH unless it is there (PowerShell: setx would cut a long PATH)
powershell -NoProfile -ExecutionPolicy Bypass -Command ^
  "$b = '%BIN%'; $p = [Environment]::GetEnvironmentVariable('Path', 'User');" ^
  "if (-not (($p -split ';') -contains $b)) {" ^
  "  [Environment]::SetEnvironmentVariable('Path', (@($p, $b) | Where-Object { $_ }) -join ';', 'User') }"
echo 已安装 shenbao 命令：%TARGET%
echo 请打开新的命令提示符窗口，然后在任何文件夹中运行：shenbao --help
echo Installed the shenbao command: %TARGET%
echo Open a new command prompt window, then run it from any folder: shenbao --help
endlocal
