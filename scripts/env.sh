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
# The real `openai` Python client (the gateway's e2e test talks to diem-gateway through it) is
# installed the same way: a venv outside the clone, from e2e/gateway/requirements.txt (exact
# versions). DIEM_PYTHON is its interpreter, which e2e/gateway/gateway.test.mjs runs.
export DIEM_OPENAI_VENV="${DIEM_OPENAI_VENV:-${DIEM_CACHE:-$HOME/.cache/diem-chain}/venv-openai}"
export DIEM_PYTHON="${DIEM_PYTHON:-$DIEM_OPENAI_VENV/bin/python}"

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
	# Python with venv (and its pip): the gateway's e2e test runs the openai client in a venv.
	command -v python3 >/dev/null || missing+=(python3)
	python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
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

# Creates the venv $DIEM_OPENAI_VENV with e2e/gateway/requirements.txt's exact versions (the
# `openai` client) unless that very file is already installed there; reused across clones.
diem_install_openai() {
	local requirements
	requirements="$(cd "$(dirname "${BASH_SOURCE[0]}")/../e2e/gateway" && pwd)/requirements.txt"
	if [ -x "$DIEM_OPENAI_VENV/bin/python" ] &&
		cmp -s "$requirements" "$DIEM_OPENAI_VENV/requirements.txt"; then
		return
	fi
	rm -rf "$DIEM_OPENAI_VENV"
	python3 -m venv "$DIEM_OPENAI_VENV"
	"$DIEM_OPENAI_VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$requirements"
	# Written last: a venv whose install failed half-way is not taken for a good one.
	cp "$requirements" "$DIEM_OPENAI_VENV/requirements.txt"
}
