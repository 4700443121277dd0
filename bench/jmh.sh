#!/bin/sh
# Runs JMH benchmarks from src/jmh/java, e.g. bench/jmh.sh AnalysisBenchmark (any JMH options follow).
# Compiles the test sources (JMH's annotation processor generates the harness), then runs org.openjdk.jmh.Main
# on the test class path. Run from the project directory; the benchmarks read ../shared/data.
set -e
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "$@"
