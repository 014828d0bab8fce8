#!/usr/bin/env bash
# Starts npay-sandbox in the background for the rest of the job and writes where it listens, the default
# merchant's credentials (read from its banner), its pid and its log file to $GITHUB_OUTPUT.
# action.yml passes every input as an environment variable, never by interpolating it into this script.
#
#   NPAY_SANDBOX_VERSION       npm version or dist-tag to run (default latest)
#   NPAY_SANDBOX_PORT          port on the runner (default 8787; 0 picks a free one)
#   NPAY_SANDBOX_SEED          --seed, optional
#   NPAY_SANDBOX_ARGS          more `npay-sandbox start` arguments, split on whitespace
#   NPAY_SANDBOX_WAIT_SECONDS  how long to wait for /__sandbox/health (default 60)
#   NPAY_SANDBOX_ADMIN_TOKEN   admin token of the control plane, optional; the emulator reads it from the
#                              environment (never from its command line, where ps would show it)
#   NPAY_SANDBOX_COMMAND       what to launch instead of `npx --yes npay-sandbox@VERSION`, split on
#                              whitespace (the single executable, or the workspace CLI in a test)
set -euo pipefail

version="${NPAY_SANDBOX_VERSION:-latest}"
port="${NPAY_SANDBOX_PORT:-8787}"
seed="${NPAY_SANDBOX_SEED:-}"
wait_seconds="${NPAY_SANDBOX_WAIT_SECONDS:-60}"
: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set: run this from a GitHub Actions step}"

fail() {
  echo "::error title=npay-sandbox::$*" >&2
  exit 1
}

[[ "$port" =~ ^[0-9]+$ ]] || fail "port must be a number, got '$port'"
[[ -z "$seed" || "$seed" =~ ^-?[0-9]+$ ]] || fail "seed must be an integer, got '$seed'"
[[ "$wait_seconds" =~ ^[0-9]+$ && "$wait_seconds" -gt 0 ]] || fail "wait-seconds must be a positive number, got '$wait_seconds'"

# An empty input means no token: the emulator must not see an empty variable as one.
if [[ -n "${NPAY_SANDBOX_ADMIN_TOKEN:-}" ]]; then
  echo "::add-mask::$NPAY_SANDBOX_ADMIN_TOKEN"
  export NPAY_SANDBOX_ADMIN_TOKEN
else
  unset NPAY_SANDBOX_ADMIN_TOKEN
fi

# The published CLI needs Node ≥ 20.19 (require(esm)); say so before npx fails in a less readable way.
require_node() {
  command -v node >/dev/null || fail "Node.js ≥ 20.19 is needed: add actions/setup-node before this action"
  local major minor
  IFS=. read -r major minor _ <<<"$(node -p 'process.versions.node')"
  if ((major < 20 || (major == 20 && minor < 19))); then
    fail "Node.js ≥ 20.19 is needed, this runner has $(node --version): set node-version in actions/setup-node"
  fi
}

if [[ -n "${NPAY_SANDBOX_COMMAND:-}" ]]; then
  read -r -a launch <<<"$NPAY_SANDBOX_COMMAND"
else
  require_node
  launch=(npx --yes "npay-sandbox@${version}")
fi
args=(start --port "$port")
[[ -z "$seed" ]] || args+=(--seed "$seed")
read -r -a extra <<<"${NPAY_SANDBOX_ARGS:-}"
args+=(${extra[@]+"${extra[@]}"})

log_dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
log_file="$(mktemp "${log_dir%/}/npay-sandbox-log.XXXXXX")"

# nohup and a session of its own (where setsid exists) so that the emulator outlives this step; stdin and
# both outputs leave the step's pipes, or the runner would wait for them to close.
detach=(nohup)
if command -v setsid >/dev/null; then detach+=(setsid); fi
"${detach[@]}" "${launch[@]}" "${args[@]}" <"/dev/null" >"$log_file" 2>&1 &
pid=$!

stop_and_fail() {
  {
    echo "---- npay-sandbox log ($log_file) ----"
    cat "$log_file"
    echo "---- end of log ----"
  } >&2
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  fail "$1"
}

base_url_re='API base URL +(http://[^[:space:]]+)'
client_id_re='client_id +([^[:space:]]+)'
client_secret_re='client_secret +([^[:space:]]+)'
base_url=""
deadline=$((SECONDS + wait_seconds))
# The banner names the port (with --port 0 only the banner knows it); health says the server answers.
while :; do
  if ! kill -0 "$pid" 2>/dev/null; then
    status=0
    wait "$pid" || status=$?
    stop_and_fail "npay-sandbox exited with status $status before it answered /__sandbox/health"
  fi
  if [[ -z "$base_url" && "$(cat "$log_file")" =~ $base_url_re ]]; then
    base_url="${BASH_REMATCH[1]}"
    # Bound to every interface: clients on this runner reach it on loopback.
    base_url="${base_url/\/\/0.0.0.0:/\/\/127.0.0.1:}"
    base_url="${base_url/\/\/\[::\]:/\/\/[::1]:}"
  fi
  origin="${base_url%/npay/partner}"
  if [[ -n "$base_url" ]] && curl -fsS --max-time 2 -o /dev/null "$origin/__sandbox/health" 2>/dev/null; then
    break
  fi
  if ((SECONDS >= deadline)); then
    stop_and_fail "npay-sandbox did not answer /__sandbox/health within ${wait_seconds} s"
  fi
  sleep 0.5
done

banner="$(cat "$log_file")"
[[ "$banner" =~ $client_id_re ]] || stop_and_fail "the banner names no client_id"
client_id="${BASH_REMATCH[1]}"
[[ "$banner" =~ $client_secret_re ]] || stop_and_fail "the banner names no client_secret"
client_secret="${BASH_REMATCH[1]}"

{
  echo "base-url=$base_url"
  echo "origin=$origin"
  echo "client-id=$client_id"
  echo "client-secret=$client_secret"
  echo "pid=$pid"
  echo "log-file=$log_file"
} >>"$GITHUB_OUTPUT"
echo "npay-sandbox is up at $base_url (pid $pid, log $log_file)"
