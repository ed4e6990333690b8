# Sourced by the other scripts: the shared cargo target directory, and the system packages
# the build needs, installed when missing: protoc (litep2p), a C++ compiler (wasm-opt),
# OpenSSL headers (litep2p's WebRTC), Node.js and npm (the e2e tests), Chromium (the
# dashboard's browser tests).

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/diem-chain/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# The target directory lies outside the clone, so substrate-wasm-builder cannot find the
# workspace's Cargo.lock by walking up from it: point it there, so the runtime's Wasm is built
# from the locked versions.
WASM_BUILD_WORKSPACE_HINT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export WASM_BUILD_WORKSPACE_HINT
# frame-benchmarking-cli builds a test runtime for `benchmark storage`, which this node does not
# offer; with the hint above its Wasm build cannot find its own package, so skip it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
mkdir -p "$CARGO_TARGET_DIR"
# Chopsticks (the upgrade rehearsal's Wasm fork) is installed outside the clone too, from
# e2e/chopsticks's lockfile: a clean clone reuses it; a changed lockfile reinstalls it.
export DIEM_CHOPSTICKS_DIR="${DIEM_CHOPSTICKS_DIR:-$HOME/.cache/diem-chain/chopsticks}"

diem_install_system_deps() {
	local missing=()
	command -v protoc >/dev/null || missing+=(protobuf-compiler)
	command -v g++ >/dev/null || missing+=(g++)
	command -v pkg-config >/dev/null || missing+=(pkg-config)
	[ -e /usr/include/openssl/ssl.h ] || missing+=(libssl-dev)
	command -v node >/dev/null || missing+=(nodejs)
	command -v npm >/dev/null || missing+=(npm)
	[ -x /usr/bin/chromium ] || missing+=(chromium)
	# zstd: the upgrade rehearsal compresses the runtime it uploads, as `:code` accepts it.
	command -v zstd >/dev/null || missing+=(zstd)
	if [ ${#missing[@]} -gt 0 ]; then
		echo "installing ${missing[*]}"
		local sudo=""
		[ "$(id -u)" -eq 0 ] || sudo=sudo
		$sudo apt-get update -qq
		DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
	fi
	# rustup reads rust-toolchain.toml: this installs the pinned toolchain, its Wasm target and
	# rust-src if they are not there yet.
	(cd "$(dirname "${BASH_SOURCE[0]}")/.." && rustup toolchain install >/dev/null)
}

# Installs e2e/chopsticks's locked packages into $DIEM_CHOPSTICKS_DIR unless that lockfile is
# already installed there (a fresh install takes 1.5 min here).
diem_install_chopsticks() {
	local source
	source="$(cd "$(dirname "${BASH_SOURCE[0]}")/../e2e/chopsticks" && pwd)"
	mkdir -p "$DIEM_CHOPSTICKS_DIR"
	if [ -d "$DIEM_CHOPSTICKS_DIR/node_modules" ] &&
		cmp -s "$source/package-lock.json" "$DIEM_CHOPSTICKS_DIR/package-lock.json"; then
		return
	fi
	cp "$source/package.json" "$source/package-lock.json" "$DIEM_CHOPSTICKS_DIR/"
	(cd "$DIEM_CHOPSTICKS_DIR" && npm ci --no-audit --no-fund --loglevel=error)
}
