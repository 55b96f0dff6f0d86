@echo off
rem Launches shenbao on Windows. Builds the jar first when it is missing (mvn package from the root,
rem which builds rules and then cli and installs nothing into the local Maven repository).
setlocal
set "ROOT=%~dp0.."
set "JAR=%ROOT%\cli\target\shenbao.jar"
if not exist "%JAR%" (
  echo shenbao: building the tool ^(mvn package^)... 1>&2
  pushd "%ROOT%" && call mvn -B -q -Dmaven.test.skip=true -Dspotless.check.skip=true package & popd
)
rem Hints name the command the way it was typed (scripts\shenbao.cmd, or shenbao once installed).
if not defined SHENBAO_COMMAND set "SHENBAO_COMMAND=%~0"
chcp 65001 >nul
java -XX:+UseSerialGC -XX:CompileThresholdScaling=10 %JAVA_OPTS% -jar "%JAR%" %*
