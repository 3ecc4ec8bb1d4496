#!/usr/bin/env bash
# Fails when the committed dist/ differs from a fresh `npm run bundle`: the action runs dist/, so a
# stale bundle would ship code that was never reviewed or tested.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s bundle
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ differs from a fresh build; run 'npm run bundle' and commit dist/:" >&2
  git status --porcelain -- dist >&2
  git --no-pager diff --stat -- dist >&2
  exit 1
fi
echo "dist/ matches a fresh build"
