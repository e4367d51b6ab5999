// A virtual X display (Debian's Xvfb) for the browsers that need one: WebKitGTK's MiniBrowser has no
// headless mode here, and headless Firefox has no WebGL (under Xvfb it draws with Mesa's llvmpipe).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Display {
  name: string;
  stop(): void;
}

/** Starts Xvfb on a free display number (it picks one and writes it to fd 3), or says why not. */
export async function startXvfb(): Promise<Display> {
  if (!existsSync('/usr/bin/Xvfb')) throw new Error('Xvfb is not installed (Debian package xvfb)');
  const proc: ChildProcess = spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (b: Buffer) => {
    stderr += b.toString();
  });
  const name = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display in 10 s: ${stderr.slice(-500)}`)), 10_000);
    (proc.stdio[3] as NodeJS.ReadableStream).on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${stderr.slice(-500)}`));
    });
  });
  return {
    name,
    stop: () => {
      proc.kill();
    },
  };
}
