#!/bin/sh
# Regenerates the text dictionaries from the OpenCC data installed by the
# system package (apt-get install opencc), so that the converter matches the
# `opencc` command-line tool of the same machine byte for byte.
set -eu
cd "$(dirname "$0")"
src=${OPENCC_DATA:-/usr/share/opencc}
for d in TSPhrases TSCharacters \
	TWPhrasesRev TWVariantsRevPhrases TWVariantsRev \
	HKVariantsRevPhrases HKVariantsRev; do
	opencc_dict -i "$src/$d.ocd2" -o "$d.txt" -f ocd2 -t text
done
opencc --version 2>&1 | sed -n 's/^Version: /OpenCC /p' > VERSION
