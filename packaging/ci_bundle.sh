#!/usr/bin/env bash
# CI: build the Linux desktop bundle and check it from the bundle alone.
#
#   bash packaging/ci_bundle.sh
#
# Builds with packaging/build.sh, then runs dist/twinparks/twinparks with an empty
# environment and no Python (nor anything else) on PATH:
#   --version; solve example --json --solver highs; ... --solver cbc (objectives must
#   agree to 1e-6 relative); solve example --report plan.pdf; --smoke-test (offscreen desktop app: open, solve, close).
# Also fails if the bundle is 400 MB or more. Any failure exits non-zero with a
# "ci_bundle: FAILED" line. About 1 minute with pip's cache warm.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
LIMIT_MB=400
BIN="$ROOT/dist/twinparks/twinparks"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() { echo "ci_bundle: FAILED: $*" >&2; exit 1; }
# The bundle must run on its own: empty environment, a PATH with nothing on it.
frozen() {
    env -i PATH="$WORK/empty-path" HOME="$WORK/home" LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$BIN" "$@"
}
mkdir -p "$WORK/empty-path" "$WORK/home"

bash packaging/build.sh || fail "packaging/build.sh"
[ -x "$BIN" ] || fail "no executable $BIN"

SIZE_MB=$(du -sm dist/twinparks | cut -f1)
echo "ci_bundle: bundle size ${SIZE_MB} MB ($(du -sh dist/twinparks | cut -f1))"
[ "$SIZE_MB" -lt "$LIMIT_MB" ] || fail "bundle is ${SIZE_MB} MB, the limit is ${LIMIT_MB} MB"

VERSION=$(frozen --version) || fail "twinparks --version"
echo "ci_bundle: $VERSION"
case "$VERSION" in twinparks\ [0-9]*) ;; *) fail "unexpected --version output: $VERSION" ;; esac

for solver in highs cbc; do
    frozen solve example --json --solver "$solver" >"$WORK/$solver.json" \
        || fail "solve example --solver $solver (exit $?)"
done
# The comparison runs on the CI's own python3 (not the bundle's).
python3 - "$WORK/highs.json" "$WORK/cbc.json" <<'PY' || fail "the two solvers disagree"
import json, sys
highs, cbc = (json.load(open(path)) for path in sys.argv[1:])
for name, plan in (("highs", highs), ("cbc", cbc)):
    if plan.get("status") != "optimal":
        sys.exit(f"{name}: status {plan.get('status')!r}")
a, b = highs["objective"], cbc["objective"]
gap = abs(a - b) / max(1.0, abs(a))
print(f"ci_bundle: objective highs {a:.6f}, cbc {b:.6f}, relative gap {gap:.1e}")
sys.exit(1 if gap > 1e-6 else 0)
PY

# The PDF writer is an entry point of the distribution: the bundle must carry its metadata.
frozen solve example --report "$WORK/plan.pdf" >/dev/null 2>"$WORK/pdf.log" \
    || { cat "$WORK/pdf.log" >&2; fail "solve example --report plan.pdf"; }
head -c 5 "$WORK/plan.pdf" | grep -q "%PDF-" || fail "plan.pdf is not a PDF"

frozen --smoke-test >"$WORK/smoke.log" 2>&1 || { cat "$WORK/smoke.log" >&2; fail "--smoke-test"; }
grep "smoke test:" "$WORK/smoke.log" || { cat "$WORK/smoke.log" >&2; fail "--smoke-test printed no result"; }
echo "ci_bundle: 5 passed, 0 failed"
