#!/bin/sh
# Measures CoreNLP's WikiDict linker against the gazetteer on MEANTIME (see WikiDictProbe.java).
# Usage: tools/wikidict/run.sh [MEANTIME_DIR]   (from the project folder; needs a built target/)
set -e
cd "$(dirname "$0")/../.."
MEANTIME="${1:-../shared/eval-data/meantime-en}"
mvn -q dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-english-kbp
KBP="$HOME/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-english-kbp.jar"
[ -f target/runtime-classpath.txt ] || mvn -q -DskipTests package
CP="target/classes:$(cat target/runtime-classpath.txt)"
OUT="$(mktemp -d)"
javac -d "$OUT" -cp "$CP" tools/wikidict/WikiDictProbe.java
# entitylink needs about 4.5 GB of heap on top of the usual pipeline.
java -Xmx8g -cp "$OUT:$CP:$KBP" org.newsgraph.eval.WikiDictProbe "$MEANTIME"
