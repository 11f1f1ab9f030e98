import { readdirSync, readFileSync } from 'node:fs';

/** A process's /proc stat fields after its name (pid and comm come first, comm in parentheses). */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSecondsOf(pid: number): number {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 10 ms
}

/**
 * The live children of `parent` named `name`, found by their parent pid in /proc.
 * (`/proc/<pid>/task/<tid>/children` lists only what one thread forked, and only
 * on kernels built with CONFIG_PROC_CHILDREN, so it misses children.)
 */
export function childPids(parent: number, name: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return (
          statFields(pid)[1] === String(parent) && readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name
        );
      } catch {
        return false; // it ended while we looked
      }
    });
}
