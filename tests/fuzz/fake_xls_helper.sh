#!/bin/sh
# Stands in for sangkien-xls in fuzz_xls_stream: prints the file (its 2nd argument after "--") from byte
# 513 on, so the fuzzed bytes become the helper's stream. Arguments: -- FILE SHEET
exec tail -c +513 "$2"
