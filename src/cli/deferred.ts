/**
 * Work a command defers until argument parsing has returned, so it runs on a
 * shallow call stack: CDKTF captures the whole stack for every token it
 * creates, and commander's dispatch adds a dozen frames to each capture
 * (about 0.2 s on the large benchmark file).
 */
const tasks: Array<() => void> = [];

export function afterParse(task: () => void): void {
  tasks.push(task);
}

export function runDeferred(): void {
  for (let task = tasks.shift(); task; task = tasks.shift()) task();
}
