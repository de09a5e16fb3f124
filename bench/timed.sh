# Sourced by the bench scripts: one timed whole-process run, measured by GNU time.
# timed LABEL N COMMAND...: appends "<label> <n> <wall s> <cpu s> <peak KiB>" to $work/times
# (cpu = user + system); the command's output is dropped, and a failure prints what it said
# and stops the script.
timed() {
  local label=$1 n=$2; shift 2
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" >/dev/null 2>"$work/err"; then
    echo "${0##*/}: $label failed: $*" >&2; cat "$work/err" >&2; exit 1
  fi
  read -r secs user sys kb < "$work/t"
  echo "$label $n $secs $(awk "BEGIN{print $user + $sys}") $kb" >> "$work/times"
}
