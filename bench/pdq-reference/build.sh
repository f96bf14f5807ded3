#!/usr/bin/env bash
# Builds driver.cpp against Meta's C++ PDQ reference, with the flags of the reference's own Makefile (g++ -O3),
# for the side-by-side comparison in docs/BENCHMARKS.md:
#   bench/pdq-reference/build.sh THREATEXCHANGE-CHECKOUT [OUTPUT]
#   java --add-modules=jdk.incubator.vector -cp bench/target/benchmarks.jar \
#       org.custos.bench.hash.PdqAlternating OUTPUT 3 300 7 150
# The reference's sources are not part of Custos; give the root of a facebook/ThreatExchange checkout (BSD).
# CImg and the reference's image I/O are not needed: the driver is handed decoded RGB bytes.
set -euo pipefail
upstream=${1:?usage: $0 THREATEXCHANGE-CHECKOUT [OUTPUT]}
out=${2:-${TMPDIR:-/tmp}/pdq-reference-driver}
cpp="$upstream/pdq/cpp"
for f in hashing/pdqhashing.cpp hashing/torben.cpp downscaling/downscaling.cpp common/pdqhashtypes.cpp \
         common/pdqhamming.cpp; do
  [[ -f "$cpp/$f" ]] || { echo "$cpp/$f is missing: not a ThreatExchange checkout?" >&2; exit 2; }
done
g++ -std=c++11 -O3 -I"$upstream" "$(dirname "$0")/driver.cpp" "$cpp/hashing/pdqhashing.cpp" \
    "$cpp/hashing/torben.cpp" "$cpp/downscaling/downscaling.cpp" "$cpp/common/pdqhashtypes.cpp" \
    "$cpp/common/pdqhamming.cpp" -o "$out" -lm -lpthread
echo "$out"
