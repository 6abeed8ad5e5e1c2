#!/usr/bin/env bash
# Deploys the CredentialRegistry contract with our DeployRegistry command.
# Usage: deploy-registry.sh CONFIG_TOML KEYSTORE_DIR [JAR] [GROUP]
# Needs TALENTCHAIN_KEYSTORE_PASSWORD; the key 'consortium-admin' becomes the genesis admin.
set -euo pipefail

config=${1:?usage: deploy-registry.sh CONFIG_TOML KEYSTORE_DIR [JAR] [GROUP]}
keys=${2:?usage: deploy-registry.sh CONFIG_TOML KEYSTORE_DIR [JAR] [GROUP]}
jar=${3:-/opt/talentchain/talentchain-web.jar}
group=${4:-group0}
: "${TALENTCHAIN_KEYSTORE_PASSWORD:?set TALENTCHAIN_KEYSTORE_PASSWORD}"

exec java --enable-native-access=ALL-UNNAMED \
  -Dloader.main=org.talentchain.contracts.DeployRegistry \
  -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher \
  "$config" "$keys" consortium-admin "$group"
