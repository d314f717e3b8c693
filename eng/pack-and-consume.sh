#!/usr/bin/env bash
# Packs the library and the CLI tool into a local folder, then proves the packages are consumable:
#  - a consumer app (net10.0) and library (netstandard2.0) restore GovInfoDisclosure.Schema from the .nupkg (not a
#    project reference), load a bundled sample report, and check the package contents (both assemblies, XML docs,
#    README, license, symbols with SourceLink);
#  - the govinfo tool installs from the local folder and validates the samples.
# Packs the committed HEAD from a temporary clone whose origin is the public repository, as a release would.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-local.$(date +%Y%m%d%H%M%S)"

echo "== packing $version from a clone of $(git -C "$root" rev-parse --short HEAD)"
git clone --quiet "$root" "$work/repo"
git -C "$work/repo" remote set-url origin https://github.com/govinfodisclosure/GovInfoDisclosure.Schema.git
for project in GovInfoDisclosure.Schema GovInfoDisclosure.Schema.Import GovInfoDisclosure.Cli; do
  dotnet pack "$work/repo/src/$project" -c Release -o "$work/packages" -p:Version="$version" -p:ContinuousIntegrationBuild=true --nologo -v quiet
done
# The tool is RID-specific (docs/native.md): the pack above made the pointer package; add the Native AOT package of this
# machine's platform and the portable (JIT) package that every other platform installs.
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet pack "$work/repo/src/GovInfoDisclosure.Cli" -c Release -r "$rid" -o "$work/packages" -p:Version="$version" -p:ContinuousIntegrationBuild=true --nologo -v quiet
dotnet pack "$work/repo/src/GovInfoDisclosure.Cli" -c Release -r any -p:PublishAot=false -o "$work/packages" -p:Version="$version" -p:ContinuousIntegrationBuild=true --nologo -v quiet
ls -l "$work/packages"

echo "== building the consumer against the package"
cp -r "$root/tests/PackageConsumer" "$work/consumer"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
mkdir "$work/sample"
cp "$root/docs/samples/2024-pingwu-county-government-office.json" "$root/tests/GovInfoDisclosure.Schema.Tests/Fixtures/text/2024-pingwu-county-government-office.txt" "$work/sample/"
sample="$work/sample/2024-pingwu-county-government-office.json"
dotnet run --project "$work/consumer/ConsumerApp" -c Release -p:GovInfoVersion="$version" -- \
  "$sample" "$work/packages/GovInfoDisclosure.Schema.$version.nupkg" "$work/packages/GovInfoDisclosure.Schema.$version.snupkg"

echo "== installing the govinfo tool from the package"
dotnet tool install GovInfoDisclosure.Cli --version "$version" --tool-path "$work/tools" --add-source "$work/packages" >/dev/null
# On this platform the pointer package must have installed the native (AOT) package, not the portable one.
readlink "$work/tools/govinfo" | grep -q "govinfodisclosure.cli.$rid/"
"$work/tools/govinfo" validate "$root"/docs/samples/*.json
# The tool gives the verdict the library gave the consumer app on the same published text.
"$work/tools/govinfo" validate --json "$work/sample/2024-pingwu-county-government-office.txt" | grep -q '"verdict":"valid"'
"$work/tools/govinfo" validate --rules "$root/docs/examples/local-rules-hb.json" "$root"/docs/samples/*.json
echo "pack-and-consume: ok"
