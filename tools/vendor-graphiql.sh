#!/usr/bin/env bash
# Re-create hub/static/graphiql/ from the npm registry: the exact files strawberry's GraphiQL page loads
# from unpkg.com, at hub/static/graphiql/<pkg>@<version>/<path>, so hub/graphql_view.py's rewrite of
# https://unpkg.com/ to /ide-assets/ resolves. Each file is checked against the page's SRI hash.
# Usage: tools/vendor-graphiql.sh [path/to/python]   (default: .venv/bin/python; needs npm)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-.venv/bin/python}
dest=hub/static/graphiql
page=$("$python" -c 'import pathlib, strawberry; print(pathlib.Path(strawberry.__file__).parent / "static/graphiql.html")')

# "<pkg>@<version>/<path> <sri>" for every unpkg.com asset of the page, in page order.
assets=$("$python" - "$page" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
tags = re.findall(r"<(?:script|link)\b[^>]*>", html)
for tag in tags:
    url = re.search(r'(?:src|href)="https://unpkg\.com/([^"]+)"', tag)
    sri = re.search(r'integrity="([^"]+)"', tag)
    if url:
        if not sri:
            sys.exit(f"no integrity attribute for {url.group(1)}")
        print(url.group(1), sri.group(1))
PY
)
[ -n "$assets" ] || { echo "no unpkg.com asset found in $page" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/out"  # built aside, swapped in at the end: a failed run leaves the folder as it was
mkdir -p "$out"

mapfile -t packages < <(echo "$assets" | "$python" -c '
import sys
seen = []
for line in sys.stdin:
    spec = line.split()[0]
    at = spec.index("@", 1)  # skip the scope marker of @graphiql/...
    name, rest = spec[:at], spec[at + 1:]
    version = rest.split("/", 1)[0]
    if (name, version) not in seen:
        seen.append((name, version))
for name, version in seen:
    print(f"{name}@{version}")
')
[ "${#packages[@]}" -gt 0 ] || { echo "no package found in $page" >&2; exit 1; }

for spec in "${packages[@]}"; do
  unpack="$work/$(echo "$spec" | tr '/@' '__')"
  mkdir -p "$unpack"
  tarball=$(cd "$unpack" && npm pack --silent "$spec" 2>/dev/null | tail -1)
  tar -xzf "$unpack/$tarball" -C "$unpack"
done

# LICENSES.md, and each package's licence file next to its assets. A package whose tarball has no
# licence file points to the file of a vendored package from the same repository (a monorepo).
"$python" - "$work" "$out" "${packages[@]}" <<'PY'
import json, pathlib, re, shutil, sys
work, dest, specs = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3:]
rows, by_repo = [], {}
for spec in specs:
    package = work / re.sub(r"[/@]", "_", spec) / "package"
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    repo = meta.get("repository")
    repo = (repo.get("url") if isinstance(repo, dict) else repo) or ""
    repo = "https://" + re.sub(r"^(git\+)?[a-z]+://|\.git$", "", repo)  # http://, git://: one spelling
    found = [p for p in package.iterdir() if re.fullmatch(r"(?i)licen[cs]e(\.md|\.txt)?", p.name)]
    shown = None
    if found:
        (dest / spec).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(found[0], dest / spec / "LICENSE")
        shown = f"{spec}/LICENSE"
        by_repo.setdefault(repo, shown)
    rows.append((spec.rsplit("@", 1), meta["license"], repo, shown))
lines = [
    "# Vendored GraphiQL assets",
    "",
    "Exact files from the npm registry, re-created by `tools/vendor-graphiql.sh`. They are the files",
    "strawberry's GraphiQL page loads from https://unpkg.com/; the hub serves them at /ide-assets/ so",
    "GraphiQL works without internet access. Do not edit them: the page's SRI hashes must match.",
    "",
    "| Package | Version | Licence | Licence text | Source |",
    "|---|---|---|---|---|",
]
for (name, version), licence, repo, shown in rows:
    if shown is None:
        other = by_repo.get(repo)
        shown = f"none in the npm tarball; same repository as {other}" if other else "none in the npm tarball"
    lines.append(f"| `{name}` | {version} | {licence} | {shown} | {repo} |")
(dest / "LICENSES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
PY

echo "$assets" | while read -r path sri; do
  spec_dir=$(printf '%s\n' "${packages[@]}" | while read -r spec; do case "$path" in "$spec"/*) echo "$spec";; esac; done)
  file=${path#"$spec_dir"/}
  src="$work/$(echo "$spec_dir" | tr '/@' '__')/package/$file"
  mkdir -p "$(dirname "$out/$path")"
  cp "$src" "$out/$path"
  algo=${sri%%-*}
  got="$algo-$(openssl dgst "-$algo" -binary "$out/$path" | base64 -w0)"
  if [ "$got" != "$sri" ]; then
    echo "SRI mismatch for $path: page says $sri, npm file is $got" >&2
    exit 1
  fi
  echo "ok $path ($(stat -c %s "$out/$path") bytes, $sri)"
done

rm -rf "$dest"
cp -R "$out" "$dest"
echo "vendored into $dest ($(du -sh "$dest" | cut -f1))"
