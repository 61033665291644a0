#!/bin/sh
# Pins the Flatpak manifest's Khronika source to a release: the tag and the commit it names, so that
# flatpak-builder refuses a tag that was moved. Run after tagging, e.g. `git tag v0.1.0`:
#   packaging/flatpak/pin-release.sh v0.1.0
set -eu
tag=${1:?usage: $0 TAG (e.g. v0.1.0)}
manifest=$(dirname "$0")/io.github.khronika.Khronika.yml
commit=$(git rev-parse --verify "refs/tags/$tag^{commit}") || {
    echo "$0: no tag $tag in this repository" >&2
    exit 1
}
tmp=$manifest.tmp
sed -e "s|^\(        tag: \).*|\1$tag|" -e "s|^\(        commit: \).*|\1$commit|" "$manifest" >"$tmp"
mv "$tmp" "$manifest"
echo "$manifest: $tag = $commit"
