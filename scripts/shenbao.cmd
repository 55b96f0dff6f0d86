@echo off
rem Launches shenbao on Windows. Build first with: mvn -DskipTests install
setlocal
set "ROOT=%~dp0.."
set "JAR=%ROOT%\cli\target\shenbao.jar"
if not exist "%JAR%" (
  echo shenbao: building the tool ^(mvn install^)... 1>&2
  pushd "%ROOT%" && call mvn -B -q -DskipTests -Dspotless.check.skip=true install & popd
)
rem Hints name the command the way it was typed (scripts\shenbao.cmd, or shenbao once installed).
if not defined SHENBAO_COMMAND set "SHENBAO_COMMAND=%~0"
chcp 65001 >nul
java -XX:+UseSerialGC -XX:CompileThresholdScaling=10 %JAVA_OPTS% -jar "%JAR%" %*
